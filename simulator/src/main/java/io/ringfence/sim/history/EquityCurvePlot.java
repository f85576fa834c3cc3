package io.ringfence.sim.history;

import io.ringfence.codecs.Price;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * Draws an account's equity curve with XChart: equity over the simulator's time, and its running peak
 * dashed, so the gap between them is the drawdown. Written as a PNG of exactly the size asked for.
 * Needs no display (rendered into a {@link BufferedImage}).
 */
public final class EquityCurvePlot
{
    public static final int DEFAULT_WIDTH = 1024;
    public static final int DEFAULT_HEIGHT = 600;
    private static final int MIN_SIZE = 100;
    private static final int MAX_SIZE = 8192;

    private EquityCurvePlot()
    {
    }

    /**
     * @param account  account id, in the title.
     * @param samples  oldest first, at least one.
     * @param timeZone zone of the time axis.
     * @param file     the PNG written, replaced if it exists; the parent directory must exist.
     * @param width    pixels, 100..8192.
     * @param height   pixels, 100..8192.
     * @throws IllegalArgumentException on a size out of range or no samples.
     * @throws UncheckedIOException     if the file cannot be written.
     */
    public static void writePng(
        final String account,
        final List<PortfolioSample> samples,
        final ZoneId timeZone,
        final Path file,
        final int width,
        final int height)
    {
        if (width < MIN_SIZE || width > MAX_SIZE || height < MIN_SIZE || height > MAX_SIZE)
        {
            throw new IllegalArgumentException(
                "plot size must be " + MIN_SIZE + ".." + MAX_SIZE + " pixels each way: " + width + "x" + height);
        }
        if (samples.isEmpty())
        {
            throw new IllegalArgumentException("no portfolio samples for " + account);
        }

        final BufferedImage image = BitmapEncoder.getBufferedImage(chart(account, samples, timeZone, width, height));
        try
        {
            if (!ImageIO.write(image, "png", file.toFile()))
            {
                throw new IOException("no PNG writer");
            }
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot write equity curve to " + file, ex);
        }
    }

    static XYChart chart(
        final String account, final List<PortfolioSample> samples, final ZoneId timeZone, final int width,
        final int height)
    {
        final XYChart chart = new XYChartBuilder()
            .width(width)
            .height(height)
            .title(account + " equity")
            .xAxisTitle("time (" + timeZone.getId() + ")")
            .yAxisTitle("equity")
            .build();
        chart.getStyler()
            .setTimezone(TimeZone.getTimeZone(timeZone))
            .setLocale(Locale.ROOT)
            .setYAxisDecimalPattern("#,##0.00")
            .setLegendPosition(Styler.LegendPosition.InsideSW);

        final List<Date> times = new ArrayList<>(samples.size());
        final List<Double> equities = new ArrayList<>(samples.size());
        final List<Double> peaks = new ArrayList<>(samples.size());
        for (final PortfolioSample sample : samples)
        {
            times.add(new Date(sample.timeMs()));
            equities.add(toDouble(sample.equity()));
            peaks.add(toDouble(sample.peakEquity()));
        }
        final XYSeries equity = chart.addSeries("equity", times, equities);
        equity.setMarker(SeriesMarkers.NONE);
        final XYSeries peak = chart.addSeries("peak equity", times, peaks);
        peak.setMarker(SeriesMarkers.NONE);
        peak.setLineStyle(new BasicStroke(
            1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10.0f, new float[]{ 6.0f, 4.0f }, 0.0f));
        return chart;
    }

    private static double toDouble(final long amount)
    {
        return amount / (double)Price.SCALE;
    }
}
