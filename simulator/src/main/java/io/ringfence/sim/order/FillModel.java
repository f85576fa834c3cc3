package io.ringfence.sim.order;

import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.sbe.Side;
import io.ringfence.sim.market.Quote;

import java.math.BigInteger;

/**
 * The conservative fill rule, applied to a working order and a tradable quote (the caller checks
 * missing, crossed and stale quotes and the trading session):
 * <ul>
 *     <li>a buy trades at the ask and a sell at the bid, never better, never inside the spread;</li>
 *     <li>a limit (including a triggered stop limit) only when that touch is at or better than the limit;</li>
 *     <li>a stop triggers on the quote: a buy stop when the ask reaches the stop, a sell stop when the bid
 *     does; it then behaves as a market (STP, TRAIL) or a limit (STP LMT, TRAIL LIMIT) order;</li>
 *     <li>a trailing stop keeps its stop the trailing amount (or percent, rounded to the tick) behind the
 *     best price seen: below the bid for a sell, above the ask for a buy, and only ever tightens.</li>
 * </ul>
 * How many shares fill is the book's concern (displayed size, cash).
 */
final class FillModel
{
    private static final long HUNDRED_PERCENT = Price.ofUnits(100);

    private FillModel()
    {
    }

    /**
     * Move a trailing stop, then trigger a stop the quote has reached. No-op for other orders.
     *
     * @param order    a working order.
     * @param quote    its quote, tradable.
     * @param tickSize price increment.
     */
    static void updateStop(final SimOrder order, final Quote quote, final long tickSize)
    {
        if (!order.isStop() || order.isTriggered())
        {
            return;
        }

        final boolean isBuy = order.side() == Side.BUY;
        final long touchPrice = isBuy ? quote.askPrice() : quote.bidPrice();
        if (order.isTrailing())
        {
            final long offset = trailingOffset(order, touchPrice, tickSize);
            final long candidate = isBuy ? touchPrice + offset : touchPrice - offset;
            final long stop = order.stopPrice();
            if (!Price.isSet(stop) || (isBuy ? candidate < stop : candidate > stop))
            {
                order.stopPrice(candidate);
            }
        }

        final long stop = order.stopPrice();
        final boolean reached = isBuy ? touchPrice >= stop : touchPrice <= stop;
        if (reached)
        {
            order.trigger(limitOnTrigger(order, stop, isBuy));
        }
    }

    /**
     * @param order a working order, its stop (if any) already updated.
     * @param quote its quote, tradable.
     * @return the price it fills at now, or {@link Price#NULL} if it does not fill.
     */
    static long fillPrice(final SimOrder order, final Quote quote)
    {
        final boolean isBuy = order.side() == Side.BUY;
        final long touchPrice = isBuy ? quote.askPrice() : quote.bidPrice();
        switch (order.orderType())
        {
            case MARKET:
                return touchPrice;

            case LIMIT:
                return marketable(isBuy, touchPrice, order.limitPrice()) ? touchPrice : Price.NULL;

            case STOP:
            case TRAILING_STOP:
                return order.isTriggered() ? touchPrice : Price.NULL;

            case STOP_LIMIT:
            case TRAILING_STOP_LIMIT:
                return order.isTriggered() && marketable(isBuy, touchPrice, order.limitPrice()) ?
                    touchPrice : Price.NULL;

            default:
                throw new IllegalStateException("order type passed validation but has no fill rule: " + order);
        }
    }

    /**
     * @return a price at which to value a buy for the cash check: its limit, else the higher of the ask and the stop.
     */
    static long estimatePrice(final OrderRequest request, final Quote quote)
    {
        final OrderType type = request.orderType();
        if (OrderType.LIMIT == type || OrderType.STOP_LIMIT == type)
        {
            return request.limitPrice();
        }
        final long askPrice = Price.isSet(quote.askPrice()) ? quote.askPrice() : quote.instrument().referencePrice();
        if (OrderType.STOP == type)
        {
            return Math.max(askPrice, request.auxPrice());
        }
        return askPrice;
    }

    private static boolean marketable(final boolean isBuy, final long touchPrice, final long limitPrice)
    {
        return isBuy ? touchPrice <= limitPrice : touchPrice >= limitPrice;
    }

    private static long trailingOffset(final SimOrder order, final long touchPrice, final long tickSize)
    {
        if (!Price.isSet(order.trailingPercent()))
        {
            return order.auxPrice();
        }
        final long percent = order.trailingPercent();
        final long low = touchPrice * percent;
        final long raw = 0 == Math.multiplyHigh(touchPrice, percent) && low >= 0 ?
            low / HUNDRED_PERCENT :
            BigInteger.valueOf(touchPrice).multiply(BigInteger.valueOf(percent))
                .divide(BigInteger.valueOf(HUNDRED_PERCENT)).longValueExact();
        return Math.max(tickSize, ((raw + tickSize / 2) / tickSize) * tickSize);
    }

    private static long limitOnTrigger(final SimOrder order, final long stop, final boolean isBuy)
    {
        if (OrderType.TRAILING_STOP_LIMIT != order.orderType())
        {
            return Price.NULL;
        }
        return isBuy ? stop + order.limitPriceOffset() : stop - order.limitPriceOffset();
    }
}
