package io.ringfence.sim.market;

import io.ringfence.codecs.Price;

/**
 * Top of book for one {@link Instrument}.
 * <p>
 * Single writer: only the thread that owns the {@link QuoteBook} changes a quote, and it reads
 * {@link #bidPrice()} and {@link #askPrice()} without locking. Any other thread reads through
 * {@link #snapshot()}, which is consistent (never a bid from one update and an ask from another).
 */
public final class Quote
{
    private final Instrument instrument;
    private long bidPrice;
    private long askPrice;

    Quote(final Instrument instrument, final long bidPrice, final long askPrice)
    {
        this.instrument = instrument;
        this.bidPrice = bidPrice;
        this.askPrice = askPrice;
    }

    /**
     * Whether a bid/ask pair can be traded against: both sides present, positive and not crossed.
     *
     * @param bidPrice best bid or {@link Price#NULL}.
     * @param askPrice best ask or {@link Price#NULL}.
     * @return true when an order may fill against these prices.
     */
    public static boolean isTradable(final long bidPrice, final long askPrice)
    {
        return Price.isSet(bidPrice) && Price.isSet(askPrice) && bidPrice > 0 && askPrice >= bidPrice;
    }

    public Instrument instrument()
    {
        return instrument;
    }

    public String symbol()
    {
        return instrument.symbol();
    }

    /**
     * @return best bid, or {@link Price#NULL}; for the owning thread only.
     */
    public long bidPrice()
    {
        return bidPrice;
    }

    /**
     * @return best ask, or {@link Price#NULL}; for the owning thread only.
     */
    public long askPrice()
    {
        return askPrice;
    }

    /**
     * @return whether orders may fill against this quote now; for the owning thread only.
     */
    public boolean isTradable()
    {
        return isTradable(bidPrice, askPrice);
    }

    /**
     * @return a consistent copy, callable from any thread.
     */
    public synchronized QuoteSnapshot snapshot()
    {
        return new QuoteSnapshot(instrument.symbol(), bidPrice, askPrice);
    }

    synchronized void update(final long bidPrice, final long askPrice)
    {
        this.bidPrice = bidPrice;
        this.askPrice = askPrice;
    }

    @Override
    public String toString()
    {
        return instrument.symbol() + " " + Price.toString(bidPrice) + " / " + Price.toString(askPrice);
    }
}
