package io.ringfence.sim.history;

import io.ringfence.codecs.Price;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Portfolio samples as text. Amounts are exact decimals (at least two places, e.g. {@code 80998.00}),
 * times both as epoch milliseconds and as an ISO-8601 UTC instant.
 * <p>
 * CSV: the header {@value #CSV_HEADER}, then one line per sample, oldest first.
 * <p>
 * JSON, on one line: {@code {"account":"DU8730189","samples":[{"timeMs":…,"time":"…","generation":1,
 * "trigger":"fill","cash":…,"marketValue":…,"equity":…,"realizedPnl":…,"unrealizedPnl":…,"peakEquity":…,
 * "drawdown":…},…]}} with the amounts as JSON numbers.
 * <p>
 * Admin path: builds strings freely.
 */
public final class HistoryExport
{
    public static final String CSV_HEADER = "time_ms,time,account,generation,trigger,cash,market_value,equity," +
        "realized_pnl,unrealized_pnl,peak_equity,drawdown";

    private HistoryExport()
    {
    }

    /**
     * @param account account id, written into every CSV line and the JSON object.
     * @param samples oldest first.
     * @param format  CSV or JSON.
     * @return the whole export; CSV lines end with {@code \n}.
     */
    public static String toText(final String account, final List<PortfolioSample> samples, final HistoryFormat format)
    {
        final StringBuilder out = new StringBuilder(64 + samples.size() * 160);
        if (HistoryFormat.CSV == format)
        {
            csv(account, samples, out);
        }
        else
        {
            json(account, samples, out);
        }
        return out.toString();
    }

    /**
     * Write the export to a file, replacing it; the parent directory must exist.
     *
     * @throws UncheckedIOException if the file cannot be written.
     */
    public static void write(
        final String account, final List<PortfolioSample> samples, final HistoryFormat format, final Path file)
    {
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8))
        {
            writer.write(toText(account, samples, format));
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot write portfolio history to " + file, ex);
        }
    }

    private static void csv(final String account, final List<PortfolioSample> samples, final StringBuilder out)
    {
        out.append(CSV_HEADER).append('\n');
        for (final PortfolioSample sample : samples)
        {
            out.append(sample.timeMs()).append(',')
                .append(Instant.ofEpochMilli(sample.timeMs())).append(',')
                .append(account).append(',')
                .append(sample.generation()).append(',')
                .append(sample.trigger().label()).append(',')
                .append(Price.toString(sample.cash())).append(',')
                .append(Price.toString(sample.marketValue())).append(',')
                .append(Price.toString(sample.equity())).append(',')
                .append(Price.toString(sample.realizedPnl())).append(',')
                .append(Price.toString(sample.unrealizedPnl())).append(',')
                .append(Price.toString(sample.peakEquity())).append(',')
                .append(Price.toString(sample.drawdown())).append('\n');
        }
    }

    private static void json(final String account, final List<PortfolioSample> samples, final StringBuilder out)
    {
        out.append("{\"account\":\"").append(account).append("\",\"samples\":[");
        for (int i = 0; i < samples.size(); i++)
        {
            final PortfolioSample sample = samples.get(i);
            out.append(i > 0 ? ",{" : "{")
                .append("\"timeMs\":").append(sample.timeMs())
                .append(",\"time\":\"").append(Instant.ofEpochMilli(sample.timeMs())).append('"')
                .append(",\"generation\":").append(sample.generation())
                .append(",\"trigger\":\"").append(sample.trigger().label()).append('"')
                .append(",\"cash\":").append(Price.toString(sample.cash()))
                .append(",\"marketValue\":").append(Price.toString(sample.marketValue()))
                .append(",\"equity\":").append(Price.toString(sample.equity()))
                .append(",\"realizedPnl\":").append(Price.toString(sample.realizedPnl()))
                .append(",\"unrealizedPnl\":").append(Price.toString(sample.unrealizedPnl()))
                .append(",\"peakEquity\":").append(Price.toString(sample.peakEquity()))
                .append(",\"drawdown\":").append(Price.toString(sample.drawdown()))
                .append('}');
        }
        out.append("]}");
    }
}
