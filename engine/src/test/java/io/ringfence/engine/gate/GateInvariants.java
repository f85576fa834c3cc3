package io.ringfence.engine.gate;

import io.ringfence.codecs.sbe.InputKind;
import io.ringfence.codecs.sbe.MessageHeaderDecoder;
import io.ringfence.codecs.sbe.NewOrderDecoder;
import io.ringfence.codecs.sbe.TradingMode;
import io.ringfence.engine.InboundEvent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What holds after every input the gate stage decides, whatever the input: a refused input
 * changed nothing the later stages act on; an accepted order's mode matches its account
 * ({@code DU…} paper, else live); only accepted inputs carry a reply or an approval.
 */
final class GateInvariants
{
    private static final MessageHeaderDecoder HEADER = new MessageHeaderDecoder();
    private static final NewOrderDecoder ORDER = new NewOrderDecoder();

    private GateInvariants()
    {
    }

    static void check(final InboundEvent event)
    {
        if (event.kind != InputKind.CLIENT_INTENT && event.kind != InputKind.ADMIN_COMMAND)
        {
            assertThat(event.refusal).isNull();
            assertThat(event.gateReplyLength).isZero();
            return;
        }
        if (event.isRefused())
        {
            assertThat(event.gateReplyLength).isZero();
            assertThat(event.approvalConsumed).isZero();
            assertThat(event.killSwitchEngaged).isNull();
            return;
        }
        if (event.bodyLength >= MessageHeaderDecoder.ENCODED_LENGTH &&
            HEADER.wrap(event.body, 0).templateId() == NewOrderDecoder.TEMPLATE_ID)
        {
            ORDER.wrap(event.body, MessageHeaderDecoder.ENCODED_LENGTH, HEADER.blockLength(), HEADER.version());
            final boolean paperAccount = ORDER.account().startsWith("DU");
            assertThat(ORDER.mode()).isEqualTo(paperAccount ? TradingMode.PAPER : TradingMode.LIVE);
            assertThat(event.gateReplyLength).isZero();
        }
    }
}
