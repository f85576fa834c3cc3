package io.ringfence.sim.order;

import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.Side;
import io.ringfence.sim.market.Quote;

/**
 * The conservative fill rule: trade the whole remaining quantity at the touch (a buy at the ask, a sell
 * at the bid), and only against a tradable quote. A market order takes the touch; a limit order takes it
 * only when the touch is at or better than its limit (so it fills at the touch, never worse than the
 * limit). Order types that trigger (stops, trailing stops) will add their trigger rule here.
 */
final class FillModel
{
    private FillModel()
    {
    }

    /**
     * @param order a working order.
     * @param quote its quote.
     * @return the price it fills at now, or {@link Price#NULL} if it does not fill.
     */
    static long fillPrice(final SimOrder order, final Quote quote)
    {
        if (!quote.isTradable())
        {
            return Price.NULL;
        }

        final boolean isBuy = order.side() == Side.BUY;
        final long touchPrice = isBuy ? quote.askPrice() : quote.bidPrice();
        switch (order.orderType())
        {
            case MARKET:
                return touchPrice;

            case LIMIT:
                final boolean marketable = isBuy ? touchPrice <= order.limitPrice() : touchPrice >= order.limitPrice();
                return marketable ? touchPrice : Price.NULL;

            default:
                throw new IllegalStateException("order type passed validation but has no fill rule: " + order);
        }
    }
}
