package io.ringfence.sim.market;

import io.ringfence.codecs.Price;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a quotes CSV into a {@link QuoteReplay}, stopping at the first bad value with an
 * {@link IllegalArgumentException} that names the file, the line and the column ({@code quotes.csv line 7,
 * column 3 (bid): …}). Start-up only.
 */
final class QuoteCsvParser
{
    private static final String[] COLUMNS = { "timestamp", "symbol", "bid", "ask", "bid_size", "ask_size" };

    private final String source;
    private final Map<String, String> symbolByName = new HashMap<>();
    private int size;
    private long[] timestampsMs = new long[64];
    private String[] symbols = new String[64];
    private long[] bidPrices = new long[64];
    private long[] askPrices = new long[64];
    private long[] bidSizes = new long[64];
    private long[] askSizes = new long[64];

    private QuoteCsvParser(final String source, final List<Instrument> instruments)
    {
        this.source = source;
        for (final Instrument instrument : instruments)
        {
            symbolByName.put(instrument.symbol(), instrument.symbol());
        }
    }

    static QuoteReplay parse(final Path file, final List<Instrument> instruments)
    {
        final List<String> lines;
        try
        {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        }
        catch (final IOException | RuntimeException ex)
        {
            throw new IllegalArgumentException("cannot read quotes file " + file + ": " + ex, ex);
        }
        return parse(file.toString(), lines, instruments);
    }

    static QuoteReplay parse(final String source, final List<String> lines, final List<Instrument> instruments)
    {
        final QuoteCsvParser parser = new QuoteCsvParser(source, instruments);
        boolean first = true;
        for (int i = 0; i < lines.size(); i++)
        {
            final String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#"))
            {
                continue;
            }
            if (first && line.toLowerCase(Locale.ROOT).startsWith(COLUMNS[0]))
            {
                first = false;
                continue;
            }
            first = false;
            parser.row(i + 1, line);
        }
        return parser.replay();
    }

    private void row(final int lineNumber, final String line)
    {
        final String[] fields = line.split(",", -1);
        if (fields.length != COLUMNS.length)
        {
            throw new IllegalArgumentException(source + " line " + lineNumber + ": expected " + COLUMNS.length +
                " columns (" + String.join(",", COLUMNS) + "), found " + fields.length);
        }
        grow();
        final long timestampMs = timestamp(lineNumber, fields[0].strip());
        if (size > 0 && timestampMs < timestampsMs[size - 1])
        {
            throw error(lineNumber, 0, "earlier than the row before: '" + fields[0].strip() + "'");
        }
        final String symbol = symbolByName.get(fields[1].strip());
        if (null == symbol)
        {
            throw error(lineNumber, 1, "unknown symbol '" + fields[1].strip() + "' (configured: " +
                String.join(", ", symbolByName.keySet().stream().sorted().toList()) + ")");
        }
        timestampsMs[size] = timestampMs;
        symbols[size] = symbol;
        bidPrices[size] = price(lineNumber, 2, fields[2].strip());
        askPrices[size] = price(lineNumber, 3, fields[3].strip());
        bidSizes[size] = shares(lineNumber, 4, fields[4].strip());
        askSizes[size] = shares(lineNumber, 5, fields[5].strip());
        size++;
    }

    private QuoteReplay replay()
    {
        if (0 == size)
        {
            throw new IllegalArgumentException(source + ": no quote rows (" + String.join(",", COLUMNS) + ")");
        }
        final long[] offsetsMs = new long[size];
        for (int i = 0; i < size; i++)
        {
            offsetsMs[i] = timestampsMs[i] - timestampsMs[0];
        }
        return new QuoteReplay(source, offsetsMs, Arrays.copyOf(symbols, size), Arrays.copyOf(bidPrices, size),
            Arrays.copyOf(askPrices, size), Arrays.copyOf(bidSizes, size), Arrays.copyOf(askSizes, size));
    }

    private long timestamp(final int lineNumber, final String text)
    {
        try
        {
            if (!text.isEmpty() && text.chars().allMatch(Character::isDigit))
            {
                return Long.parseLong(text);
            }
            return OffsetDateTime.parse(text).toInstant().toEpochMilli();
        }
        catch (final NumberFormatException | DateTimeParseException ex)
        {
            throw error(lineNumber, 0, "not epoch milliseconds or an ISO-8601 instant: '" + text + "'");
        }
    }

    private long price(final int lineNumber, final int column, final String text)
    {
        if (text.isEmpty())
        {
            return Price.NULL;
        }
        try
        {
            final long price = Price.parse(text);
            if (price > 0)
            {
                return price;
            }
        }
        catch (final NumberFormatException ex)
        {
            // reported below
        }
        throw error(lineNumber, column, "not a positive decimal (or empty for no " + COLUMNS[column] + "): '" +
            text + "'");
    }

    private long shares(final int lineNumber, final int column, final String text)
    {
        try
        {
            final long shares = Long.parseLong(text);
            if (shares >= 0)
            {
                return shares;
            }
        }
        catch (final NumberFormatException ex)
        {
            // reported below
        }
        throw error(lineNumber, column, "not a whole number of shares >= 0: '" + text + "'");
    }

    private IllegalArgumentException error(final int lineNumber, final int column, final String message)
    {
        return new IllegalArgumentException(
            source + " line " + lineNumber + ", column " + (column + 1) + " (" + COLUMNS[column] + "): " + message);
    }

    private void grow()
    {
        if (size == timestampsMs.length)
        {
            final int capacity = size * 2;
            timestampsMs = Arrays.copyOf(timestampsMs, capacity);
            symbols = Arrays.copyOf(symbols, capacity);
            bidPrices = Arrays.copyOf(bidPrices, capacity);
            askPrices = Arrays.copyOf(askPrices, capacity);
            bidSizes = Arrays.copyOf(bidSizes, capacity);
            askSizes = Arrays.copyOf(askSizes, capacity);
        }
    }
}
