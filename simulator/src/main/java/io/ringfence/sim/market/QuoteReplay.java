package io.ringfence.sim.market;

import io.ringfence.codecs.Price;

import java.nio.file.Path;
import java.util.List;

/**
 * Quotes replayed from a CSV file instead of the random walk: rows of
 * {@code timestamp,symbol,bid,ask,bid_size,ask_size} (see {@link #load(Path, List)} for the format),
 * held in parallel primitive arrays, immutable once loaded.
 * <p>
 * The replay runs on the simulator's clock, anchored at its start: a row is due once
 * {@code nowMs − startMs >= row timestamp − first row timestamp}, so the first rows set the opening quotes
 * and the rest follow at the pace they were recorded. Each due row is applied with
 * {@link QuoteBook#set(CharSequence, long, long, long, long, QuoteListener, long)}, stamped with the
 * simulator's time; after the last row the quotes stay where they are (and go stale, if the gateway
 * calls quotes stale). Callers keep their own cursor, so one replay can drive several books.
 */
public final class QuoteReplay
{
    private final String source;
    private final long[] offsetMs;
    private final String[] symbols;
    private final long[] bidPrices;
    private final long[] askPrices;
    private final long[] bidSizes;
    private final long[] askSizes;

    QuoteReplay(
        final String source,
        final long[] offsetMs,
        final String[] symbols,
        final long[] bidPrices,
        final long[] askPrices,
        final long[] bidSizes,
        final long[] askSizes)
    {
        this.source = source;
        this.offsetMs = offsetMs;
        this.symbols = symbols;
        this.bidPrices = bidPrices;
        this.askPrices = askPrices;
        this.bidSizes = bidSizes;
        this.askSizes = askSizes;
    }

    /**
     * Read and check a quotes file, all at once, so a bad row stops start-up rather than the gateway.
     * <ul>
     *     <li>One row per line: {@code timestamp,symbol,bid,ask,bid_size,ask_size}. Blank lines and lines
     *     starting with {@code #} are skipped, and a first line starting with {@code timestamp} is a
     *     header.</li>
     *     <li>timestamp: epoch milliseconds or an ISO-8601 instant with offset
     *     ({@code 2024-03-01T14:30:00Z}); never earlier than the row before.</li>
     *     <li>symbol: one of the configured instruments.</li>
     *     <li>bid, ask: positive decimals, or empty for a missing side; a crossed pair is replayed as it is
     *     (and not traded against).</li>
     *     <li>bid_size, ask_size: shares displayed, whole numbers >= 0.</li>
     * </ul>
     *
     * @param file        the CSV file.
     * @param instruments the configured instruments.
     * @return the replay, at least one row.
     * @throws IllegalArgumentException naming the file, line and column of the first bad value.
     */
    public static QuoteReplay load(final Path file, final List<Instrument> instruments)
    {
        return QuoteCsvParser.parse(file, instruments);
    }

    /**
     * @return the file the rows came from.
     */
    public String source()
    {
        return source;
    }

    /**
     * @return rows in the replay.
     */
    public int size()
    {
        return offsetMs.length;
    }

    /**
     * @return when the last row is due, in milliseconds after the start.
     */
    public long durationMs()
    {
        return offsetMs[offsetMs.length - 1];
    }

    /**
     * Apply every row due by {@code nowMs}, in file order.
     *
     * @param cursor   index of the first row not yet applied (0 at start).
     * @param startMs  simulator time the replay is anchored at.
     * @param nowMs    simulator time now.
     * @param quotes   the book the rows update.
     * @param listener told about every quote a row sets.
     * @return the new cursor; {@link #size()} once every row has been applied.
     */
    public int replay(
        final int cursor, final long startMs, final long nowMs, final QuoteBook quotes, final QuoteListener listener)
    {
        int next = cursor;
        final long elapsedMs = nowMs - startMs;
        while (next < offsetMs.length && elapsedMs >= offsetMs[next])
        {
            quotes.set(symbols[next], bidPrices[next], askPrices[next], bidSizes[next], askSizes[next], listener, nowMs);
            next++;
        }
        return next;
    }

    /**
     * @param i row index.
     * @return the row as CSV text with its offset in place of the timestamp, for logs and tests.
     */
    public String row(final int i)
    {
        return "+" + offsetMs[i] + "ms," + symbols[i] + "," + Price.toString(bidPrices[i]) + "," +
            Price.toString(askPrices[i]) + "," + bidSizes[i] + "," + askSizes[i];
    }

    @Override
    public String toString()
    {
        return source + " (" + size() + " rows over " + durationMs() + " ms)";
    }
}
