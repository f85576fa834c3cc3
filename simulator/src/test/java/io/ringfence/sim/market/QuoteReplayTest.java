package io.ringfence.sim.market;

import io.ringfence.codecs.Price;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuoteReplayTest
{
    private static final long START_MS = 1_000;
    private static final List<Instrument> INSTRUMENTS = List.of(
        new Instrument("AAPL", 265598, Price.parse("190.00")),
        new Instrument("MSFT", 272093, Price.parse("420.00")));
    private static final String HEADER = "timestamp,symbol,bid,ask,bid_size,ask_size";

    private final QuoteBook quotes = new QuoteBook(INSTRUMENTS, QuoteBook.CENT, 2, 0, 42, 1_000, START_MS);
    private final StringBuilder moves = new StringBuilder();
    private final QuoteListener listener = (quote, nowMs) -> moves.append(quote.symbol()).append('@').append(nowMs)
        .append(' ');

    @Test
    void shouldLoadRowsAsOffsetsFromFirstRowSkippingHeaderCommentsAndBlankLines() throws URISyntaxException
    {
        final QuoteReplay replay = QuoteReplay.load(resource("/quotes/replay.csv"), INSTRUMENTS);

        assertThat(replay.size()).isEqualTo(6);
        assertThat(replay.durationMs()).isEqualTo(6_000);
        assertThat(replay.row(0)).isEqualTo("+0ms,AAPL,100.00,100.02,300,400");
        assertThat(replay.row(3)).isEqualTo("+2500ms,AAPL,100.20,100.19,200,200");
        assertThat(replay.row(4)).isEqualTo("+5000ms,MSFT,,400.10,0,50");
        assertThat(replay.row(5)).as("epoch milliseconds").isEqualTo("+6000ms,AAPL,99.50,99.52,1000,1000");
    }

    @Test
    void shouldApplyRowsWhenSimulatorClockReachesThem() throws URISyntaxException
    {
        final QuoteReplay replay = QuoteReplay.load(resource("/quotes/replay.csv"), INSTRUMENTS);

        int cursor = replay.replay(0, START_MS, START_MS, quotes, listener);
        assertThat(cursor).isEqualTo(2);
        assertThat(quotes.quote("AAPL").snapshot())
            .isEqualTo(new QuoteSnapshot("AAPL", p("100.00"), p("100.02"), 300, 400, Price.NULL, START_MS));

        cursor = replay.replay(cursor, START_MS, START_MS + 999, quotes, listener);
        assertThat(cursor).isEqualTo(2);
        cursor = replay.replay(cursor, START_MS, START_MS + 1_000, quotes, listener);
        assertThat(cursor).isEqualTo(3);
        assertThat(quotes.quote("AAPL").bidPrice()).isEqualTo(p("100.10"));
        assertThat(quotes.quote("AAPL").updatedMs()).as("stamped with simulator time").isEqualTo(START_MS + 1_000);

        cursor = replay.replay(cursor, START_MS, START_MS + 2_600, quotes, listener);
        assertThat(quotes.quote("AAPL").isTradable()).as("crossed").isFalse();

        cursor = replay.replay(cursor, START_MS, START_MS + 60_000, quotes, listener);
        assertThat(cursor).isEqualTo(replay.size());
        assertThat(quotes.quote("MSFT").bidPrice()).isEqualTo(Price.NULL);
        assertThat(quotes.quote("MSFT").askPrice()).isEqualTo(p("400.10"));
        assertThat(quotes.quote("AAPL").askPrice()).isEqualTo(p("99.52"));
        assertThat(moves.toString())
            .isEqualTo("AAPL@1000 MSFT@1000 AAPL@2000 AAPL@3600 MSFT@61000 AAPL@61000 ");
    }

    @Test
    void shouldNameLineAndColumnOfBadValue()
    {
        assertThat(error("2024-03-01T14:30:00Z,AAPL,100.00,100.02,300,400", "2024-03-01T14:30:01Z,AAPL,100.10,abc,5,5"))
            .isEqualTo("q.csv line 3, column 4 (ask): not a positive decimal (or empty for no ask): 'abc'");
        assertThat(error("yesterday,AAPL,1,2,3,4"))
            .isEqualTo("q.csv line 2, column 1 (timestamp): not epoch milliseconds or an ISO-8601 instant: 'yesterday'");
        assertThat(error("2000,AAPL,1,2,3,4", "1999,AAPL,1,2,3,4"))
            .isEqualTo("q.csv line 3, column 1 (timestamp): earlier than the row before: '1999'");
        assertThat(error("1000,ZZZZ,1,2,3,4"))
            .isEqualTo("q.csv line 2, column 2 (symbol): unknown symbol 'ZZZZ' (configured: AAPL, MSFT)");
        assertThat(error("1000,AAPL,-1,2,3,4")).startsWith("q.csv line 2, column 3 (bid): not a positive decimal");
        assertThat(error("1000,AAPL,1,2,3.5,4"))
            .isEqualTo("q.csv line 2, column 5 (bid_size): not a whole number of shares >= 0: '3.5'");
        assertThat(error("1000,AAPL,1,2,3,-4")).startsWith("q.csv line 2, column 6 (ask_size)");
        assertThat(error("1000,AAPL,1,2,3"))
            .isEqualTo("q.csv line 2: expected 6 columns (timestamp,symbol,bid,ask,bid_size,ask_size), found 5");
        assertThat(error()).isEqualTo("q.csv: no quote rows (timestamp,symbol,bid,ask,bid_size,ask_size)");
    }

    @Test
    void shouldNameFileThatCannotBeRead() throws URISyntaxException
    {
        final Path missing = resource("/quotes/replay.csv").resolveSibling("missing.csv");

        assertThatThrownBy(() -> QuoteReplay.load(missing, INSTRUMENTS))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith("cannot read quotes file " + missing);
    }

    private static String error(final String... rows)
    {
        final List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        lines.addAll(List.of(rows));
        try
        {
            QuoteCsvParser.parse("q.csv", lines, INSTRUMENTS);
        }
        catch (final IllegalArgumentException ex)
        {
            return ex.getMessage();
        }
        throw new AssertionError("no error for " + lines);
    }

    private static Path resource(final String name) throws URISyntaxException
    {
        return Path.of(QuoteReplayTest.class.getResource(name).toURI());
    }

    private static long p(final String decimal)
    {
        return Price.parse(decimal);
    }
}
