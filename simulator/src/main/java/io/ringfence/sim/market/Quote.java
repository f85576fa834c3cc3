package io.ringfence.sim.market;

import io.ringfence.codecs.Price;

/**
 * Top of book for one {@link Instrument}: bid and ask with their displayed sizes, the time of the last
 * update, and the last trade the simulator printed against it.
 * <p>
 * Displayed size is liquidity: a fill takes shares from the side it trades against
 * ({@link #takeAsk(long)}, {@link #takeBid(long)}) and what is left is all a later order can take until
 * the quote is refreshed. That is how partial fills come about.
 * <p>
 * Single writer: only the thread that owns the {@link QuoteBook} changes a quote, and it reads the
 * getters without locking. Any other thread reads through {@link #snapshot()}, which is consistent.
 */
public final class Quote
{
    private final Instrument instrument;
    private long bidPrice;
    private long askPrice;
    private long bidSize;
    private long askSize;
    private long updatedMs;
    private long lastPrice = Price.NULL;
    private long lastSize;

    Quote(final Instrument instrument, final long bidPrice, final long askPrice, final long size, final long nowMs)
    {
        this.instrument = instrument;
        this.bidPrice = bidPrice;
        this.askPrice = askPrice;
        this.bidSize = size;
        this.askSize = size;
        this.updatedMs = nowMs;
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
     * @return shares still displayed at the bid.
     */
    public long bidSize()
    {
        return bidSize;
    }

    /**
     * @return shares still displayed at the ask.
     */
    public long askSize()
    {
        return askSize;
    }

    /**
     * @return epoch milliseconds of the last update; a quote older than the gateway's stale limit is not traded.
     */
    public long updatedMs()
    {
        return updatedMs;
    }

    /**
     * @return price of the last simulated trade, or {@link Price#NULL} before the first.
     */
    public long lastPrice()
    {
        return lastPrice;
    }

    public long lastSize()
    {
        return lastSize;
    }

    /**
     * @return whether prices allow a fill now (sizes and staleness are the fill model's concern).
     */
    public boolean isTradable()
    {
        return isTradable(bidPrice, askPrice);
    }

    /**
     * The price a position is marked at: the mid when the quote is tradable, else the last simulated trade,
     * else the instrument's reference price (a half-cent mid rounds toward the bid).
     *
     * @return mark price at scale 10<sup>-8</sup>; for the owning thread only.
     */
    public long markPrice()
    {
        if (isTradable())
        {
            return bidPrice + (askPrice - bidPrice) / 2;
        }
        return Price.isSet(lastPrice) ? lastPrice : instrument.referencePrice();
    }

    /**
     * @param nowMs   current time.
     * @param staleMs age beyond which the quote is stale; 0 = never.
     * @return true when the quote is older than allowed.
     */
    public boolean isStale(final long nowMs, final long staleMs)
    {
        return staleMs > 0 && nowMs - updatedMs > staleMs;
    }

    /**
     * @return a consistent copy, callable from any thread.
     */
    public synchronized QuoteSnapshot snapshot()
    {
        return new QuoteSnapshot(instrument.symbol(), bidPrice, askPrice, bidSize, askSize, lastPrice, updatedMs);
    }

    /**
     * A buy took shares at the ask.
     */
    public synchronized void takeAsk(final long quantity)
    {
        askSize = Math.max(0, askSize - quantity);
        lastPrice = askPrice;
        lastSize = quantity;
    }

    /**
     * A sell took shares at the bid.
     */
    public synchronized void takeBid(final long quantity)
    {
        bidSize = Math.max(0, bidSize - quantity);
        lastPrice = bidPrice;
        lastSize = quantity;
    }

    synchronized void update(
        final long bidPrice, final long askPrice, final long bidSize, final long askSize, final long nowMs)
    {
        this.bidPrice = bidPrice;
        this.askPrice = askPrice;
        this.bidSize = bidSize;
        this.askSize = askSize;
        this.updatedMs = nowMs;
    }

    @Override
    public String toString()
    {
        return instrument.symbol() + " " + bidSize + "x" + Price.toString(bidPrice) + " / " +
            Price.toString(askPrice) + "x" + askSize;
    }
}
