package io.ringfence.engine;

import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.BooleanType;
import io.ringfence.codecs.sbe.CancelOrderEncoder;
import io.ringfence.codecs.sbe.InputKind;
import io.ringfence.codecs.sbe.MessageHeaderEncoder;
import io.ringfence.codecs.sbe.ModifyOrderEncoder;
import io.ringfence.codecs.sbe.NewBracketEncoder;
import io.ringfence.codecs.sbe.NewOrderEncoder;
import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.sbe.QueryEncoder;
import io.ringfence.codecs.sbe.QueryKind;
import io.ringfence.codecs.sbe.Side;
import io.ringfence.codecs.sbe.TargetPositionEncoder;
import io.ringfence.codecs.sbe.TimeInForce;
import io.ringfence.codecs.sbe.TradingMode;
import org.agrona.concurrent.UnsafeBuffer;

import java.util.function.Consumer;

/**
 * Test intents: a valid paper market order by default, changed by a lambda, as pipeline events.
 */
public final class Intents
{
    public static final String ACCOUNT = "DU8730189";

    private Intents()
    {
    }

    public static InboundEvent newOrder(final int client, final long timestampNs, final Consumer<NewOrderEncoder> change)
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[256]);
        final NewOrderEncoder encoder = defaults(new NewOrderEncoder().wrapAndApplyHeader(buffer, 0, new MessageHeaderEncoder()), 42);
        change.accept(encoder);
        return event(InputKind.CLIENT_INTENT, client, timestampNs, buffer,
            MessageHeaderEncoder.ENCODED_LENGTH + encoder.encodedLength());
    }

    /**
     * A valid paper market buy of 10 AAPL on {@link #ACCOUNT} with key {@code k1}.
     */
    public static NewOrderEncoder defaults(final NewOrderEncoder encoder, final long correlationId)
    {
        return encoder
            .correlationId(correlationId)
            .mode(TradingMode.PAPER)
            .side(Side.BUY)
            .orderType(OrderType.MARKET)
            .timeInForce(TimeInForce.DAY)
            .outsideRth(BooleanType.TRUE)
            .quantity(10)
            .limitPrice(Price.NULL)
            .stopPrice(Price.NULL)
            .account(ACCOUNT)
            .symbol("AAPL")
            .idempotencyKey("k1");
    }

    /**
     * A target of 100 AAPL on {@link #ACCOUNT}, market, with key {@code b1/AAPL}.
     */
    public static InboundEvent target(final int client, final long timestampNs, final Consumer<TargetPositionEncoder> change)
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[256]);
        final TargetPositionEncoder encoder = defaults(
            new TargetPositionEncoder().wrapAndApplyHeader(buffer, 0, new MessageHeaderEncoder()), 43);
        change.accept(encoder);
        return event(InputKind.CLIENT_INTENT, client, timestampNs, buffer,
            MessageHeaderEncoder.ENCODED_LENGTH + encoder.encodedLength());
    }

    public static TargetPositionEncoder defaults(final TargetPositionEncoder encoder, final long correlationId)
    {
        return encoder
            .correlationId(correlationId)
            .mode(TradingMode.PAPER)
            .timeInForce(TimeInForce.DAY)
            .outsideRth(BooleanType.TRUE)
            .targetQuantity(100)
            .limitPrice(Price.NULL)
            .expectedPrice(Price.NULL)
            .tolerancePercent(Price.NULL)
            .account(ACCOUNT)
            .symbol("AAPL")
            .idempotencyKey("b1/AAPL");
    }

    /**
     * A bracket: BUY 10 AAPL at market on {@link #ACCOUNT}, take-profit 195, stop-loss 185, key {@code br1}.
     */
    public static InboundEvent bracket(final int client, final long timestampNs, final Consumer<NewBracketEncoder> change)
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[256]);
        final NewBracketEncoder encoder = new NewBracketEncoder().wrapAndApplyHeader(buffer, 0, new MessageHeaderEncoder())
            .correlationId(44)
            .mode(TradingMode.PAPER)
            .side(Side.BUY)
            .orderType(OrderType.MARKET)
            .timeInForce(TimeInForce.DAY)
            .outsideRth(BooleanType.TRUE)
            .quantity(10)
            .limitPrice(Price.NULL)
            .takeProfitPrice(Price.parse("195"))
            .stopLossPrice(Price.parse("185"))
            .account(ACCOUNT)
            .symbol("AAPL")
            .idempotencyKey("br1");
        change.accept(encoder);
        return event(InputKind.CLIENT_INTENT, client, timestampNs, buffer,
            MessageHeaderEncoder.ENCODED_LENGTH + encoder.encodedLength());
    }

    public static InboundEvent query(final int client, final long timestampNs, final QueryKind kind, final String key)
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[256]);
        final QueryEncoder encoder = new QueryEncoder().wrapAndApplyHeader(buffer, 0, new MessageHeaderEncoder())
            .correlationId(45)
            .kind(kind)
            .account(ACCOUNT)
            .idempotencyKey(key)
            .sinceNs(0);
        return event(InputKind.CLIENT_INTENT, client, timestampNs, buffer,
            MessageHeaderEncoder.ENCODED_LENGTH + encoder.encodedLength());
    }

    public static InboundEvent cancel(final int client, final long timestampNs, final Consumer<CancelOrderEncoder> change)
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[256]);
        final CancelOrderEncoder encoder = new CancelOrderEncoder()
            .wrapAndApplyHeader(buffer, 0, new MessageHeaderEncoder())
            .correlationId(43)
            .mode(TradingMode.PAPER)
            .account(ACCOUNT)
            .idempotencyKey("c1")
            .targetIdempotencyKey("k1");
        change.accept(encoder);
        return event(InputKind.CLIENT_INTENT, client, timestampNs, buffer,
            MessageHeaderEncoder.ENCODED_LENGTH + encoder.encodedLength());
    }

    /**
     * A paper modify of order {@code k1} with key {@code m1} that changes nothing until {@code change} does.
     */
    public static InboundEvent modify(final int client, final long timestampNs, final Consumer<ModifyOrderEncoder> change)
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[256]);
        final ModifyOrderEncoder encoder = new ModifyOrderEncoder()
            .wrapAndApplyHeader(buffer, 0, new MessageHeaderEncoder())
            .correlationId(44)
            .mode(TradingMode.PAPER)
            .timeInForce(TimeInForce.NULL_VAL)
            .quantity(ModifyOrderEncoder.quantityNullValue())
            .limitPrice(Price.NULL)
            .stopPrice(Price.NULL)
            .account(ACCOUNT)
            .idempotencyKey("m1")
            .targetIdempotencyKey("k1");
        change.accept(encoder);
        return event(InputKind.CLIENT_INTENT, client, timestampNs, buffer,
            MessageHeaderEncoder.ENCODED_LENGTH + encoder.encodedLength());
    }

    public static InboundEvent event(
        final InputKind kind, final int source, final long timestampNs, final UnsafeBuffer buffer, final int length)
    {
        final InboundEvent event = new InboundEvent();
        event.input(kind, source, timestampNs, buffer, 0, length);
        return event;
    }
}
