package io.ringfence.engine.gate;

import io.ringfence.codecs.sbe.CancelOrderDecoder;
import io.ringfence.codecs.sbe.MessageHeaderDecoder;
import io.ringfence.codecs.sbe.NewOrderDecoder;
import io.ringfence.config.ConfigLoader;
import io.ringfence.engine.InboundEvent;
import io.ringfence.engine.Intents;
import io.ringfence.engine.IntentDecoder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Schema evolution: a version-0 NewOrder (no approval id, a shorter block) still decodes and
 * passes the gates; a version-1 header with a version-0 block does not; a version-1 CancelOrder
 * (no broker ids) decodes and passes.
 */
class SchemaVersionTest
{
    private static final int APPROVAL_ID_LENGTH = NewOrderDecoder.approvalIdEncodingLength();
    private static final int BROKER_IDS_LENGTH =
        CancelOrderDecoder.targetBrokerOrderIdEncodingLength() + CancelOrderDecoder.targetPermIdEncodingLength();

    @Test
    void shouldDecodeAVersionZeroNewOrder()
    {
        final InboundEvent event = versionZero(Intents.newOrder(0, 1_000, o -> { }), 0);
        final IntentDecoder decoder = new IntentDecoder();

        assertThat(decoder.wrap(event)).isEqualTo(NewOrderDecoder.TEMPLATE_ID);
        assertThat(decoder.newOrder().approvalId()).isEqualTo(NewOrderDecoder.approvalIdNullValue());
        assertThat(decoder.newOrder().account()).isEqualTo(Intents.ACCOUNT);
    }

    @Test
    void shouldAcceptAVersionZeroNewOrderWhereNoApprovalIsRequired()
    {
        final GateStage stage = new GateStage(new Gates(ConfigLoader.loadDefault()));
        final InboundEvent event = versionZero(Intents.newOrder(0, 1_000, o -> { }), 0);

        stage.onEvent(event, 0, true);

        assertThat(event.refusal).isNull();
    }

    @Test
    void shouldRefuseAVersionOneHeaderOverAVersionZeroBlock()
    {
        final InboundEvent event = versionZero(Intents.newOrder(0, 1_000, o -> { }), 1);

        assertThat(new IntentDecoder().wrap(event)).isEqualTo(IntentDecoder.MALFORMED);
    }

    @Test
    void shouldDecodeAndAcceptAVersionOneCancelWithoutTheBrokerIds()
    {
        final InboundEvent event = older(Intents.cancel(0, 1_000, c -> { }), 1, BROKER_IDS_LENGTH);
        final IntentDecoder decoder = new IntentDecoder();

        assertThat(decoder.wrap(event)).isEqualTo(CancelOrderDecoder.TEMPLATE_ID);
        assertThat(decoder.cancelOrder().targetBrokerOrderId()).isEqualTo(CancelOrderDecoder.targetBrokerOrderIdNullValue());
        assertThat(decoder.cancelOrder().targetIdempotencyKey()).isEqualTo("k1");
        new GateStage(new Gates(ConfigLoader.loadDefault())).onEvent(event, 0, true);
        assertThat(event.refusal).isNull();
    }

    private static InboundEvent versionZero(final InboundEvent event, final int headerVersion)
    {
        return older(event, headerVersion, APPROVAL_ID_LENGTH);
    }

    /**
     * The event as an older client writes it: a block without the newer fields at its end.
     */
    private static InboundEvent older(final InboundEvent event, final int headerVersion, final int missingBytes)
    {
        final MessageHeaderDecoder header = new MessageHeaderDecoder().wrap(event.body, 0);
        event.body.putShort(0, (short)(header.blockLength() - missingBytes));
        event.body.putShort(6, (short)headerVersion);
        event.bodyLength -= missingBytes;
        return event;
    }
}
