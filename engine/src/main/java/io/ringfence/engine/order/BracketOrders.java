package io.ringfence.engine.order;

import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.NewBracketDecoder;
import io.ringfence.codecs.sbe.NewOrderDecoder;
import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.sbe.Side;
import io.ringfence.engine.BracketKeys;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * The three orders of a bracket as NewOrders the order stage treats like any other: the entry
 * (the bracket's side, type and limit, under its key); the take-profit, a LIMIT of the other side
 * at the take-profit price (key {@code /tp}); the stop-loss, a STOP of the other side at the
 * stop-loss price (key {@code /sl}). Each is a {@link DerivedOrder} of its own.
 */
final class BracketOrders
{
    static final int ENTRY = 0;

    private final DerivedOrder[] legs = {new DerivedOrder(), new DerivedOrder(), new DerivedOrder()};
    private final UnsafeBuffer legKey = new UnsafeBuffer(new byte[NewBracketDecoder.idempotencyKeyLength()]);

    /**
     * @param leg {@link #ENTRY}, {@link BracketKeys#TAKE_PROFIT} or {@link BracketKeys#STOP_LOSS}.
     * @return the leg's order, valid until the bracket's next derive of that leg.
     */
    NewOrderDecoder derive(final NewBracketDecoder bracket, final int leg)
    {
        final int base = bracket.offset();
        final boolean exit = leg != ENTRY;
        final Side side = !exit ? bracket.side() : bracket.side() == Side.BUY ? Side.SELL : Side.BUY;
        final int keyOffset = base + NewBracketDecoder.idempotencyKeyEncodingOffset();
        if (exit)
        {
            BracketKeys.legKey(bracket.buffer(), keyOffset, leg, legKey, 0);
        }
        return legs[leg].write(bracket.correlationId(), bracket.mode(), side,
            leg == ENTRY ? bracket.orderType() : leg == BracketKeys.TAKE_PROFIT ? OrderType.LIMIT : OrderType.STOP,
            bracket.timeInForce(), bracket.outsideRthRaw(), bracket.quantity(),
            leg == ENTRY ? bracket.limitPrice() : leg == BracketKeys.TAKE_PROFIT ? bracket.takeProfitPrice() : Price.NULL,
            leg == BracketKeys.STOP_LOSS ? bracket.stopLossPrice() : Price.NULL, bracket.buffer(),
            base + NewBracketDecoder.accountEncodingOffset(), base + NewBracketDecoder.symbolEncodingOffset(),
            exit ? legKey : bracket.buffer(), exit ? 0 : keyOffset);
    }
}
