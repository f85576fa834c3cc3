package io.ringfence.bench.latency;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.HdrHistogram.Histogram;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes what a harness run measured: one {@code .hgrm} per histogram (HdrHistogram's percentile
 * distribution, in microseconds), {@code summary.json} (percentiles in µs, the floor, its sum per
 * percentile and intent-to-wire as a ratio to it, the layout and wait strategies, the machine), a
 * text table, the per-stage percentiles ({@link StageLatency}; {@code stage-<name>-<layout>-<rate>.hgrm}),
 * and {@code percentiles.png} (XChart, latency against 1/(1-percentile) on log axes).
 * The floor sum adds the components' percentiles: an upper-bound style reference, not the
 * percentile of a sum.
 */
final class LatencyReport
{
    private static final double NS_PER_US = 1_000.0;

    private final HarnessOptions options;
    private final Map<String, Object> runs = new LinkedHashMap<>();
    private final Map<String, Histogram> histograms = new LinkedHashMap<>();
    private final Map<String, Map<String, Histogram>> stageHistograms = new LinkedHashMap<>();
    private final Map<Long, Map<String, Histogram>> floors = new LinkedHashMap<>();
    private final Map<Long, Integer> frameLengths = new LinkedHashMap<>();
    private final List<String[]> pending = new ArrayList<>();
    private final Map<String, String> loadAverages = new LinkedHashMap<>();

    LatencyReport(final HarnessOptions options)
    {
        this.options = options;
    }

    /**
     * Record /proc/loadavg at a phase boundary: the machine is shared, and the report says how busy it was.
     */
    void noteLoad(final String phase)
    {
        String load = "n/a";
        try
        {
            load = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        }
        catch (final IOException ignore)
        {
            // not Linux
        }
        loadAverages.put(phase, load);
        System.out.println("loadavg " + phase + ": " + load);
    }

    void addRun(final String layout, final long rate, final Histogram histogram, final Map<String, Histogram> stages)
    {
        histograms.put("intent-to-wire-" + layout + "-" + rate, histogram);
        stageHistograms.put(layout + "-" + rate, stages);
        pending.add(new String[]{ layout, Long.toString(rate) });
    }

    void addFloor(final long rate, final int frameLengthBytes, final Map<String, Histogram> floor)
    {
        floors.put(rate, floor);
        frameLengths.put(rate, frameLengthBytes);
        floor.forEach((name, histogram) -> histograms.put("floor-" + name + "-" + rate, histogram));
    }

    void write() throws IOException
    {
        for (final Map.Entry<String, Histogram> entry : histograms.entrySet())
        {
            writeHgrm(entry.getKey(), entry.getValue());
        }
        for (final Map.Entry<String, Map<String, Histogram>> run : stageHistograms.entrySet())
        {
            for (final Map.Entry<String, Histogram> stage : run.getValue().entrySet())
            {
                writeHgrm("stage-" + stage.getKey() + "-" + run.getKey(), stage.getValue());
            }
        }
        final Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("units", "microseconds");
        summary.put("machine", machine());
        summary.put("idleStrategy", options.idle());
        summary.put("sink", options.sinkSpin() ? "busy-poll (non-blocking read)" : "blocking read");
        summary.put("strategyWait", "park until 80 us before the scheduled time, then Thread.yield");
        summary.put("pacing", "off (TwsSessionContext.pacing(false)): sink only");
        summary.put("warmupSeconds", options.warmupSeconds());
        summary.put("measureSeconds", options.measureSeconds());
        final List<Object> results = new ArrayList<>();
        for (final String[] run : pending)
        {
            final long rate = Long.parseLong(run[1]);
            final Histogram histogram = histograms.get("intent-to-wire-" + run[0] + "-" + rate);
            final Map<String, Object> result = new LinkedHashMap<>();
            result.put("threadLayout", run[0]);
            result.put("threadsBusy", "shared".equals(run[0]) ?
                "ingress + 1 pipeline thread (stages 1-5 in order)" : "ingress + 5 pipeline threads (one per stage)");
            result.put("ratePerSecond", rate);
            result.put("samples", histogram.getTotalCount());
            result.put("intentToWire", percentiles(histogram));
            final Map<String, Object> stagesJson = new LinkedHashMap<>();
            stageHistograms.get(run[0] + "-" + rate).forEach((name, h) -> stagesJson.put(name, percentiles(h)));
            result.put("stages", stagesJson);
            final Map<String, Histogram> floor = floors.get(rate);
            final Map<String, Object> floorJson = new LinkedHashMap<>();
            floor.forEach((name, h) -> floorJson.put(name, percentiles(h)));
            result.put("floorFrameBytes", frameLengths.get(rate));
            result.put("floor", floorJson);
            result.put("floorSum", floorSum(floor));
            result.put("ratioToFloorSum", ratios(histogram, floor));
            results.add(result);
        }
        summary.put("results", results);
        summary.put("loadAverages", loadAverages);
        summary.put("caveats", List.of(
            "shared machine: other processes may run; see loadAverages, and a ratio below 1 means the floor run was disturbed",
            "floorSum adds per-component percentiles; it is not the percentile of a sum",
            "agrona-ring-hop is two threads in one JVM over a mapped file, not two JVMs",
            "chronicle-append is service time; the hops and intent-to-wire are measured from the scheduled send time"));
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .writeValue(options.out().resolve("summary.json").toFile(), summary);
        plot();
    }

    private void writeHgrm(final String name, final Histogram histogram) throws IOException
    {
        try (PrintStream out = new PrintStream(new FileOutputStream(options.out().resolve(name + ".hgrm").toFile())))
        {
            histogram.outputPercentileDistribution(out, NS_PER_US);
        }
    }

    String text()
    {
        final StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-40s", "(us)"));
        for (final String name : IntentToWireHarness.PERCENTILE_NAMES)
        {
            text.append(String.format(Locale.ROOT, "%10s", name));
        }
        text.append('\n');
        for (final Map.Entry<String, Histogram> entry : histograms.entrySet())
        {
            row(text, entry.getKey(), entry.getValue());
        }
        for (final Map.Entry<String, Map<String, Histogram>> run : stageHistograms.entrySet())
        {
            run.getValue().forEach((stage, histogram) -> row(text, "  stage " + stage + " (" + run.getKey() + ")", histogram));
        }
        for (final String[] run : pending)
        {
            final long rate = Long.parseLong(run[1]);
            final Histogram histogram = histograms.get("intent-to-wire-" + run[0] + "-" + rate);
            final Map<String, Histogram> floor = floors.get(rate);
            text.append(String.format(Locale.ROOT, "%-40s", "floor-sum-" + rate));
            floorSum(floor).values().forEach(v -> text.append(String.format(Locale.ROOT, "%10.1f", v)));
            text.append('\n').append(String.format(Locale.ROOT, "%-40s", "ratio-" + run[0] + "-" + rate));
            ratios(histogram, floor).values().forEach(v -> text.append(String.format(Locale.ROOT, "%10.1f", v)));
            text.append('\n');
        }
        return text.append("written to ").append(options.out().toAbsolutePath()).toString();
    }

    private static void row(final StringBuilder text, final String name, final Histogram histogram)
    {
        text.append(String.format(Locale.ROOT, "%-40s", name));
        percentiles(histogram).values().forEach(v -> text.append(String.format(Locale.ROOT, "%10.1f", v)));
        text.append('\n');
    }

    private static Map<String, Double> percentiles(final Histogram histogram)
    {
        final Map<String, Double> values = new LinkedHashMap<>();
        for (int i = 0; i < IntentToWireHarness.PERCENTILES.length; i++)
        {
            final double p = IntentToWireHarness.PERCENTILES[i];
            final long ns = p >= 100 ? histogram.getMaxValue() : histogram.getValueAtPercentile(p);
            values.put(IntentToWireHarness.PERCENTILE_NAMES[i], round(ns / NS_PER_US));
        }
        return values;
    }

    private static Map<String, Double> floorSum(final Map<String, Histogram> floor)
    {
        final Map<String, Double> sum = new LinkedHashMap<>();
        for (final Histogram histogram : floor.values())
        {
            percentiles(histogram).forEach((name, value) -> sum.merge(name, value, Double::sum));
        }
        sum.replaceAll((name, value) -> round(value));
        return sum;
    }

    private static Map<String, Double> ratios(final Histogram histogram, final Map<String, Histogram> floor)
    {
        final Map<String, Double> sum = floorSum(floor);
        final Map<String, Double> ratios = new LinkedHashMap<>();
        percentiles(histogram).forEach((name, value) -> ratios.put(name, round(value / Math.max(0.001, sum.get(name)))));
        return ratios;
    }

    private void plot() throws IOException
    {
        final XYChart chart = new XYChartBuilder().width(1000).height(600)
            .title("Ringfence intent-to-wire vs floor (" + options.idle() + ")")
            .xAxisTitle("percentile, as 1/(1-p): 10=p90 100=p99 1000=p99.9").yAxisTitle("latency (us)").build();
        chart.getStyler().setXAxisLogarithmic(true).setYAxisLogarithmic(true);
        for (final Map.Entry<String, Histogram> entry : histograms.entrySet())
        {
            final List<Double> x = new ArrayList<>();
            final List<Double> y = new ArrayList<>();
            final double maxX = Math.max(10, entry.getValue().getTotalCount());
            for (double inv = 1.0; inv <= maxX; inv *= 1.25)
            {
                final double p = 100.0 * (1.0 - 1.0 / inv);
                x.add(inv);
                y.add(Math.max(0.01, entry.getValue().getValueAtPercentile(p) / NS_PER_US));
            }
            chart.addSeries(entry.getKey(), x, y).setMarker(SeriesMarkers.NONE);
        }
        BitmapEncoder.saveBitmap(chart, options.out().resolve("percentiles.png").toString(), BitmapEncoder.BitmapFormat.PNG);
    }

    private static Map<String, Object> machine()
    {
        final Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cpus", Runtime.getRuntime().availableProcessors());
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        machine.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        machine.put("jvmFlags", java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
        return machine;
    }

    private static double round(final double value)
    {
        return Math.round(value * 100.0) / 100.0;
    }
}
