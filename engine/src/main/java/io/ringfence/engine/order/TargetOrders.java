package io.ringfence.engine.order;

import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.NewOrderDecoder;
import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.sbe.Side;
import io.ringfence.codecs.sbe.TargetPositionDecoder;

/**
 * The order a target position becomes, as a NewOrder the order stage then treats like any other
 * ({@link DerivedOrder}).
 * <p>
 * Its price, by the rule of the target-positions workflow: a limit price gives a LMT at exactly
 * that price; an expected price with a tolerance gives a LMT at price × (1 + tolerance/100) for a
 * BUY and × (1 − tolerance/100) for a SELL, kept inside the tolerance on a cent tick (a BUY
 * rounds down, a SELL up); neither gives a MKT. Fixed point throughout: no {@code double}.
 */
final class TargetOrders
{
    private static final long CENT = Price.parse("0.01");
    private static final long PERCENT_SCALE = 100L * Price.parse("1");

    private final DerivedOrder order = new DerivedOrder();

    /**
     * @param target   the intent.
     * @param side     of the order: BUY when the difference is positive.
     * @param quantity of the order: the difference's size (1 to look up the position first).
     * @return the order, valid until the next call.
     */
    NewOrderDecoder derive(final TargetPositionDecoder target, final Side side, final long quantity)
    {
        final long limit = limitPrice(target, side);
        final int base = target.offset();
        return order.write(target.correlationId(), target.mode(), side, Price.isSet(limit) ? OrderType.LIMIT : OrderType.MARKET,
            target.timeInForce(), target.outsideRthRaw(), quantity, limit, Price.NULL, target.buffer(),
            base + TargetPositionDecoder.accountEncodingOffset(), base + TargetPositionDecoder.symbolEncodingOffset(),
            target.buffer(), base + TargetPositionDecoder.idempotencyKeyEncodingOffset());
    }

    /**
     * @return the LMT price for this side, or {@link Price#NULL} for a market order.
     */
    static long limitPrice(final TargetPositionDecoder target, final Side side)
    {
        if (Price.isSet(target.limitPrice()))
        {
            return target.limitPrice();
        }
        final long expected = target.expectedPrice();
        if (!Price.isSet(expected))
        {
            return Price.NULL;
        }
        final long tolerance = target.tolerancePercent();
        final long allowance = (expected / 10_000) * (tolerance / 100) / (PERCENT_SCALE / 1_000_000);
        return side == Side.BUY ?
            Math.floorDiv(expected + allowance, CENT) * CENT :
            -Math.floorDiv(-(expected - allowance), CENT) * CENT;
    }
}
