package io.ringfence.engine.gate;

import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.BooleanType;
import io.ringfence.codecs.sbe.CreateApprovalEncoder;
import io.ringfence.codecs.sbe.InputKind;
import io.ringfence.codecs.sbe.KillSwitchCommandEncoder;
import io.ringfence.codecs.sbe.KillSwitchScope;
import io.ringfence.codecs.sbe.MessageHeaderEncoder;
import io.ringfence.codecs.sbe.NewOrderEncoder;
import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.sbe.PreviewOrderEncoder;
import io.ringfence.codecs.sbe.PromoteClientEncoder;
import io.ringfence.codecs.sbe.Side;
import io.ringfence.codecs.sbe.TimeInForce;
import io.ringfence.codecs.sbe.TradingMode;
import io.ringfence.engine.InboundEvent;
import io.ringfence.engine.Intents;
import org.agrona.concurrent.UnsafeBuffer;

import java.util.function.Consumer;

/**
 * Test intents for the gates' own messages, as pipeline events: a preview of the same default
 * order as {@link Intents#defaults}, an approval, kill switch and promotion commands.
 */
final class GateIntents
{
    private GateIntents()
    {
    }

    static InboundEvent preview(final int client, final long timestampNs, final Consumer<PreviewOrderEncoder> change)
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[256]);
        final PreviewOrderEncoder encoder = new PreviewOrderEncoder()
            .wrapAndApplyHeader(buffer, 0, new MessageHeaderEncoder())
            .correlationId(7)
            .mode(TradingMode.PAPER)
            .side(Side.BUY)
            .orderType(OrderType.MARKET)
            .timeInForce(TimeInForce.DAY)
            .outsideRth(BooleanType.TRUE)
            .quantity(10)
            .limitPrice(Price.NULL)
            .stopPrice(Price.NULL)
            .account(Intents.ACCOUNT)
            .symbol("AAPL");
        change.accept(encoder);
        return event(client, timestampNs, buffer, encoder.encodedLength());
    }

    /**
     * A submit of the default order with an approval id.
     */
    static InboundEvent submit(
        final int client, final long timestampNs, final long approvalId, final Consumer<NewOrderEncoder> change)
    {
        return Intents.newOrder(client, timestampNs, o ->
        {
            o.approvalId(approvalId);
            change.accept(o);
        });
    }

    static InboundEvent approve(
        final int client, final long timestampNs, final String account, final long previewId, final int ttlSeconds)
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[128]);
        final CreateApprovalEncoder encoder = new CreateApprovalEncoder()
            .wrapAndApplyHeader(buffer, 0, new MessageHeaderEncoder())
            .correlationId(8)
            .account(account)
            .previewId(previewId)
            .ttlSeconds(ttlSeconds);
        return event(client, timestampNs, buffer, encoder.encodedLength());
    }

    static InboundEvent killSwitch(
        final int client, final long timestampNs, final boolean engage, final KillSwitchScope scope, final String target)
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[256]);
        final KillSwitchCommandEncoder encoder = new KillSwitchCommandEncoder()
            .wrapAndApplyHeader(buffer, 0, new MessageHeaderEncoder())
            .correlationId(9)
            .engage(engage ? BooleanType.TRUE : BooleanType.FALSE)
            .scope(scope)
            .account(scope == KillSwitchScope.ACCOUNT ? target : "")
            .client(scope == KillSwitchScope.CLIENT ? target : "")
            .reason("test");
        return event(client, timestampNs, buffer, encoder.encodedLength());
    }

    static InboundEvent promote(final int client, final long timestampNs, final String clientName)
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[256]);
        final PromoteClientEncoder encoder = new PromoteClientEncoder()
            .wrapAndApplyHeader(buffer, 0, new MessageHeaderEncoder())
            .correlationId(10)
            .client(clientName)
            .reason("passed paper");
        return event(client, timestampNs, buffer, encoder.encodedLength());
    }

    private static InboundEvent event(final int client, final long timestampNs, final UnsafeBuffer buffer, final int length)
    {
        return Intents.event(InputKind.CLIENT_INTENT, client, timestampNs, buffer, MessageHeaderEncoder.ENCODED_LENGTH + length);
    }
}
