package io.ringfence.sim.order;

import io.ringfence.codecs.Price;

/**
 * IB's fixed-rate shape: a price per share with a minimum per order. An order is charged
 * {@code max(minimum, perShare × filled)} over all its fills; each fill pays the increase, so the first
 * fill pays the minimum and small later fills may pay nothing.
 *
 * @param perShare per share at scale 10<sup>-8</sup>, >= 0 (IB fixed: 0.005).
 * @param minimum  per order at scale 10<sup>-8</sup>, >= 0 (IB fixed: 1.00).
 */
public record CommissionSchedule(long perShare, long minimum)
{
    /**
     * No commissions at all.
     */
    public static final CommissionSchedule FREE = new CommissionSchedule(0, 0);

    /**
     * IB fixed pricing for US stocks: 0.005 USD a share, 1.00 USD minimum per order.
     */
    public static final CommissionSchedule IB_FIXED = new CommissionSchedule(Price.parse("0.005"), Price.parse("1.00"));

    public CommissionSchedule
    {
        if (perShare < 0 || minimum < 0)
        {
            throw new IllegalArgumentException("commission perShare and minimum must be >= 0");
        }
    }

    /**
     * @param filledQuantity shares the order had filled before this fill.
     * @param quantity       shares in this fill.
     * @return commission for this fill.
     */
    public long forFill(final long filledQuantity, final long quantity)
    {
        return forOrder(filledQuantity + quantity) - forOrder(filledQuantity);
    }

    /**
     * @param filledQuantity shares filled.
     * @return total commission of an order that filled that many shares.
     */
    public long forOrder(final long filledQuantity)
    {
        return filledQuantity <= 0 ? 0 : Math.max(minimum, Math.multiplyExact(perShare, filledQuantity));
    }

    @Override
    public String toString()
    {
        return Price.toString(perShare) + "/share min " + Price.toString(minimum);
    }
}
