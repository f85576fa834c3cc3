package io.ringfence.sim.account;

import io.ringfence.codecs.Price;

/**
 * One account's holding in one symbol: signed quantity (negative = short), cost basis and realised P&amp;L.
 * <p>
 * The cost basis carries the sign of the quantity. Reducing a position releases basis pro rata (the whole
 * basis when it goes flat); the realised P&amp;L is whatever the fill's proceeds differ from the basis
 * released, so no rounding ever leaks out of the account.
 */
public final class Position
{
    private final String symbol;
    private long quantity;
    private long costBasis;
    private long realizedPnl;

    Position(final String symbol)
    {
        this.symbol = symbol;
    }

    public String symbol()
    {
        return symbol;
    }

    /**
     * @return signed shares: positive long, negative short.
     */
    public long quantity()
    {
        return quantity;
    }

    /**
     * @return signed cost of the open quantity at scale 10<sup>-8</sup>.
     */
    public long costBasis()
    {
        return costBasis;
    }

    /**
     * @return average cost per share at scale 10<sup>-8</sup>, 0 when flat.
     */
    public long averageCost()
    {
        return quantity == 0 ? 0 : costBasis / quantity;
    }

    public long realizedPnl()
    {
        return realizedPnl;
    }

    /**
     * Apply a fill. The commission goes into the cost basis of a fill that only opens, and off the
     * realised P&amp;L of one that closes (all of it, even when the fill also opens the other way).
     *
     * @param signedQuantity shares bought (positive) or sold (negative).
     * @param price          fill price at scale 10<sup>-8</sup>.
     * @param commission     charged for the fill, >= 0.
     * @return the P&amp;L this fill realised, or {@link Price#NULL} when it closed nothing.
     */
    long onFill(final long signedQuantity, final long price, final long commission)
    {
        if (quantity == 0 || Long.signum(quantity) == Long.signum(signedQuantity))
        {
            open(signedQuantity, price);
            costBasis += commission;
            return Price.NULL;
        }

        final long absQuantity = Math.abs(quantity);
        final long closeQuantity = Math.min(Math.abs(signedQuantity), absQuantity);
        final long releasedBasis = closeQuantity == absQuantity ?
            costBasis : Math.multiplyExact(costBasis / absQuantity, closeQuantity);
        final long realized =
            Long.signum(quantity) * Math.multiplyExact(closeQuantity, price) - releasedBasis - commission;

        costBasis -= releasedBasis;
        quantity += Long.signum(signedQuantity) * closeQuantity;
        realizedPnl += realized;

        final long openQuantity = Math.abs(signedQuantity) - closeQuantity;
        if (openQuantity > 0)
        {
            open(Long.signum(signedQuantity) * openQuantity, price);
        }

        return realized;
    }

    private void open(final long signedQuantity, final long price)
    {
        quantity += signedQuantity;
        costBasis += Math.multiplyExact(signedQuantity, price);
    }

    @Override
    public String toString()
    {
        return symbol + " qty=" + quantity + " basis=" + costBasis + " realized=" + realizedPnl;
    }
}
