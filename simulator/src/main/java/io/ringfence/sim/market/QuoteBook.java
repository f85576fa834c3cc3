package io.ringfence.sim.market;

import io.ringfence.codecs.Price;
import java.util.List;

/**
 * The quotes of every configured {@link Instrument}, deterministic for a given seed.
 * <p>
 * Each quote starts {@code spreadTicks} wide around its reference price: bid = mid − ⌊spread / 2⌋ ticks,
 * ask = bid + spread. {@link #advance(QuoteListener, long)} is one step of the random walk: every mid moves
 * by a whole number of ticks drawn uniformly from {@code [-walkTicks, walkTicks]} (instruments in
 * configuration order, one draw each), never below one spread above zero. With {@code walkTicks == 0}
 * quotes stay where they are until {@link #set(String, long, long, QuoteListener, long)} moves them.
 * <p>
 * Owned by one thread; other threads read quotes only through {@link Quote#snapshot()}.
 */
public final class QuoteBook
{
    /** One cent at scale 10<sup>-8</sup>. */
    public static final long CENT = Price.SCALE / 100;

    /** Shares displayed on each side of a quote unless configured otherwise. */
    public static final long DEFAULT_DISPLAY_SIZE = 1_000;

    private final Quote[] quotes;
    private final long[] midPrices;
    private final long tickSize;
    private final int spreadTicks;
    private final int walkTicks;
    private final long displaySize;
    private final SplitMix64 random;

    /**
     * @param instruments the tradable instruments, in the order the walk draws for them.
     * @param tickSize    price increment at scale 10<sup>-8</sup>, e.g. {@link #CENT}.
     * @param spreadTicks ask − bid in ticks, >= 1.
     * @param walkTicks   largest move of a mid per step in ticks, >= 0 (0 = no walk).
     * @param seed        seed of the walk.
     */
    public QuoteBook(
        final List<Instrument> instruments,
        final long tickSize,
        final int spreadTicks,
        final int walkTicks,
        final long seed)
    {
        this(instruments, tickSize, spreadTicks, walkTicks, seed, DEFAULT_DISPLAY_SIZE, 0);
    }

    /**
     * @param instruments the tradable instruments, in the order the walk draws for them.
     * @param tickSize    price increment at scale 10<sup>-8</sup>, e.g. {@link #CENT}.
     * @param spreadTicks ask − bid in ticks, >= 1.
     * @param walkTicks   largest move of a mid per step in ticks, >= 0 (0 = no walk).
     * @param seed        seed of the walk.
     * @param displaySize shares shown on each side after every update, >= 1.
     * @param startMs     time stamp of the opening quotes.
     */
    public QuoteBook(
        final List<Instrument> instruments,
        final long tickSize,
        final int spreadTicks,
        final int walkTicks,
        final long seed,
        final long displaySize,
        final long startMs)
    {
        if (tickSize <= 0 || spreadTicks < 1 || walkTicks < 0 || displaySize < 1)
        {
            throw new IllegalArgumentException(
                "tickSize > 0, spreadTicks >= 1, walkTicks >= 0, displaySize >= 1 required: " + tickSize + ", " +
                spreadTicks + ", " + walkTicks + ", " + displaySize);
        }
        this.displaySize = displaySize;
        this.tickSize = tickSize;
        this.spreadTicks = spreadTicks;
        this.walkTicks = walkTicks;
        this.random = new SplitMix64(seed);
        this.quotes = new Quote[instruments.size()];
        this.midPrices = new long[instruments.size()];

        for (int i = 0; i < quotes.length; i++)
        {
            final Instrument instrument = instruments.get(i);
            final long midPrice = roundToTick(instrument.referencePrice());
            midPrices[i] = midPrice;
            if (null != quote(instrument.symbol()))
            {
                throw new IllegalArgumentException("duplicate symbol: " + instrument.symbol());
            }
            quotes[i] = new Quote(
                instrument, bidAround(midPrice), bidAround(midPrice) + spreadTicks * tickSize, displaySize, startMs);
        }
    }

    /**
     * Look a symbol up without allocating (a linear scan: the instrument list is short).
     *
     * @param symbol ticker, e.g. a codec's ASCII field.
     * @return its quote, or null if the symbol is not tradable here.
     */
    public Quote quote(final CharSequence symbol)
    {
        for (final Quote quote : quotes)
        {
            if (null != quote && quote.symbol().contentEquals(symbol))
            {
                return quote;
            }
        }

        return null;
    }

    public long tickSize()
    {
        return tickSize;
    }

    public int size()
    {
        return quotes.length;
    }

    /**
     * @param index 0 .. {@link #size()} − 1, in configuration order.
     * @return the quote.
     */
    public Quote quoteAt(final int index)
    {
        return quotes[index];
    }

    /**
     * One step of the random walk; a no-op when the walk is off. A quote that moves, or whose displayed
     * size was taken, is refreshed to the full display size.
     *
     * @param listener told about every quote that moved.
     * @param nowMs    epoch milliseconds of the event causing the step.
     */
    public void advance(final QuoteListener listener, final long nowMs)
    {
        if (walkTicks == 0)
        {
            return;
        }

        for (int i = 0; i < quotes.length; i++)
        {
            final int stepTicks = random.nextSymmetric(walkTicks);
            final Quote quote = quotes[i];
            final boolean depleted = quote.bidSize() < displaySize || quote.askSize() < displaySize;
            if ((stepTicks != 0 || depleted) && quote.isTradable())
            {
                final long floorPrice = (spreadTicks + 1) * tickSize;
                final long midPrice = Math.max(floorPrice, midPrices[i] + stepTicks * tickSize);
                midPrices[i] = midPrice;
                quote.update(
                    bidAround(midPrice), bidAround(midPrice) + spreadTicks * tickSize, displaySize, displaySize, nowMs);
                listener.onQuote(quote, nowMs);
            }
        }
    }

    /**
     * Put a quote where a test or an operator wants it; the walk continues from its mid.
     *
     * @param symbol   ticker.
     * @param bidPrice new bid, or {@link Price#NULL} to remove it.
     * @param askPrice new ask, or {@link Price#NULL} to remove it.
     * @param listener told about the move.
     * @param nowMs    epoch milliseconds of the change.
     * @return false if the symbol is unknown.
     */
    public boolean set(
        final CharSequence symbol, final long bidPrice, final long askPrice, final QuoteListener listener, final long nowMs)
    {
        return set(symbol, bidPrice, askPrice, displaySize, displaySize, listener, nowMs);
    }

    /**
     * Put a quote, with its displayed sizes, where a test or an operator wants it.
     *
     * @param symbol   ticker.
     * @param bidPrice new bid, or {@link Price#NULL} to remove it.
     * @param askPrice new ask, or {@link Price#NULL} to remove it.
     * @param bidSize  shares displayed at the bid, >= 0.
     * @param askSize  shares displayed at the ask, >= 0.
     * @param listener told about the move.
     * @param nowMs    epoch milliseconds of the change.
     * @return false if the symbol is unknown.
     */
    public boolean set(
        final CharSequence symbol,
        final long bidPrice,
        final long askPrice,
        final long bidSize,
        final long askSize,
        final QuoteListener listener,
        final long nowMs)
    {
        for (int i = 0; i < quotes.length; i++)
        {
            final Quote quote = quotes[i];
            if (quote.symbol().contentEquals(symbol))
            {
                if (Quote.isTradable(bidPrice, askPrice))
                {
                    midPrices[i] = roundToTick(bidPrice + (askPrice - bidPrice) / 2);
                }
                quote.update(bidPrice, askPrice, Math.max(0, bidSize), Math.max(0, askSize), nowMs);
                listener.onQuote(quote, nowMs);
                return true;
            }
        }

        return false;
    }

    private long bidAround(final long midPrice)
    {
        return midPrice - (spreadTicks / 2) * tickSize;
    }

    private long roundToTick(final long price)
    {
        return Math.max(tickSize, ((price + tickSize / 2) / tickSize) * tickSize);
    }
}
