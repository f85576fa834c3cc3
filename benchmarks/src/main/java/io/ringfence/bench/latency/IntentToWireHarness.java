package io.ringfence.bench.latency;

import io.ringfence.config.RingfenceConfig;
import io.ringfence.engine.Engine;
import io.ringfence.engine.EngineContext;
import org.HdrHistogram.Histogram;
import org.agrona.concurrent.OffsetEpochNanoClock;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Intent-to-wire latency: a strategy in its own JVM ({@link StrategyMain}) publishes NewOrder
 * intents at a fixed rate through its ingress ring, the engine (journal, gates, idempotency, order,
 * output) and the TWS session (pacing off: {@code pacing(false)}, a sink only) to a loopback
 * {@link WireSink} that records {@code readNs - scheduledNs} per PLACE_ORDER (no coordinated
 * omission). Then, in the same run with the same bytes, rate and wait strategies, the floor
 * ({@link FloorProbes}); each percentile is reported as a ratio to the sum of the floor's.
 * <p>
 * Run (builds first with {@code ./mvnw -q -B -o install -DskipTests -pl benchmarks -am}):
 * <pre>
 * java --add-exports=java.base/jdk.internal.misc=ALL-UNNAMED --add-exports=java.base/jdk.internal.ref=ALL-UNNAMED \
 *   --add-exports=java.base/jdk.internal.util=ALL-UNNAMED --add-exports=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED \
 *   --add-opens=java.base/java.lang.reflect=ALL-UNNAMED -Dchronicle.analytics.disable=true \
 *   -Dchronicle.disk.monitor.disable=true \
 *   -cp benchmarks/target/benchmarks.jar io.ringfence.bench.latency.IntentToWireHarness --quick --out target/latency
 * </pre>
 * Options: {@code --quick} (10k/s, 3 s warm-up, 5 s measured, both layouts; under 2 minutes),
 * {@code --rates 1000,10000}, {@code --layouts shared,per-stage}, {@code --idle backoff|yield|busy-spin},
 * {@code --sink spin|block}, {@code --warmup-seconds N}, {@code --measure-seconds N}, {@code --out DIR}.
 * Writes {@code intent-to-wire-<layout>-<rate>.hgrm}, {@code floor-<probe>-<rate>.hgrm},
 * {@code summary.json} and {@code percentiles.png}.
 */
public final class IntentToWireHarness
{
    static final long STALL_TIMEOUT_NS = TimeUnit.SECONDS.toNanos(30);
    static final double[] PERCENTILES = { 50, 90, 99, 99.9, 99.99, 100 };
    static final String[] PERCENTILE_NAMES = { "p50", "p90", "p99", "p99.9", "p99.99", "max" };

    private IntentToWireHarness()
    {
    }

    public static void main(final String[] args) throws Exception
    {
        run(HarnessOptions.parse(args));
    }

    /**
     * Every rate and layout of the options, then the floor at each rate; writes the report.
     */
    public static void run(final HarnessOptions options) throws Exception
    {
        Files.createDirectories(options.out());
        final LatencyReport report = new LatencyReport(options);
        for (final long rate : options.rates())
        {
            byte[] frame = null;
            for (final String layout : options.layouts())
            {
                report.noteLoad("before-" + layout + "-" + rate);
                final EngineRun run = runEngine(options, layout, rate);
                report.noteLoad("after-" + layout + "-" + rate);
                report.addRun(layout, rate, run.histogram(), run.stages());
                frame = run.placeOrderFrame();
            }
            report.addFloor(rate, frame.length, runFloor(options, rate, frame));
            report.noteLoad("after-floor-" + rate);
        }
        report.write();
        System.out.println(report.text());
    }

    record EngineRun(Histogram histogram, Map<String, Histogram> stages, byte[] placeOrderFrame)
    {
    }

    private static EngineRun runEngine(final HarnessOptions options, final String layout, final long rate)
        throws Exception
    {
        final long warmup = rate * options.warmupSeconds();
        final long measure = rate * options.measureSeconds();
        final Path runDir = Files.createTempDirectory("ringfence-latency-");
        System.out.println("== intent-to-wire layout=" + layout + " idle=" + options.idle() + " rate=" + rate +
            "/s warmup=" + warmup + " measure=" + measure + " sink=" + (options.sinkSpin() ? "spin" : "block") +
            " dir=" + runDir);
        try (WireSink sink = new WireSink(options.sinkSpin()))
        {
            final RingfenceConfig config =
                HarnessConfig.build(layout, options.idle(), "process", warmup + measure, runDir, sink.port());
            final OffsetEpochNanoClock clock = new OffsetEpochNanoClock();
            final StageLatency stages = new StageLatency(clock.nanoTime() - System.nanoTime());
            final EngineContext context = new EngineContext().config(config).clock(clock).stageTimingListener(stages)
                .paperSessionSettings(s -> s.pacing(false).recoveryRequests(false));
            final Histogram histogram;
            final byte[] frame;
            try (Engine engine = Engine.launch(context))
            {
                final Process strategy = StrategyMain.start(runDir, rate, warmup, measure,
                    options.out().resolve("strategy-" + layout + "-" + rate + ".log"));
                awaitMeasured(sink, measure, TimeUnit.SECONDS.toNanos(options.warmupSeconds() + options.measureSeconds()));
                strategy.waitFor(30, TimeUnit.SECONDS);
                if (null != sink.failure())
                {
                    throw new IllegalStateException("sink failed", sink.failure());
                }
                if (sink.measuredOrders() < measure)
                {
                    throw new IllegalStateException("only " + sink.measuredOrders() + " of " + measure +
                        " measured orders reached the sink (refused? see the engine log); orders sent " + engine.ordersSent());
                }
                System.out.println("sink: measured=" + sink.measuredOrders() + " warmup=" + sink.warmupOrders() +
                    " negativeClamped=" + sink.negativeSamples() + " engine ordersSent=" + engine.ordersSent() +
                    " pipelineErrors=" + engine.pipelineErrors());
                histogram = sink.histogram().copy();
                frame = sink.placeOrderFrame();
            }
            return new EngineRun(histogram, stages.histograms(), frame);
        }
        finally
        {
            deleteQuietly(runDir);
        }
    }

    /**
     * Waits until the sink has every measured order, the sink fails, or no new order has reached it
     * for {@link #STALL_TIMEOUT_NS} after the schedule's end: a layout slower than the offered rate
     * falls behind (that is its measurement) but still finishes.
     */
    static void awaitMeasured(final WireSink sink, final long measure, final long scheduleNs) throws InterruptedException
    {
        final long scheduleEndNs = System.nanoTime() + scheduleNs;
        long lastCount = -1;
        long lastProgressNs = scheduleEndNs;
        while (sink.measuredOrders() < measure && null == sink.failure())
        {
            final long nowNs = System.nanoTime();
            final long count = sink.measuredOrders() + sink.warmupOrders();
            if (count != lastCount)
            {
                lastCount = count;
                lastProgressNs = Math.max(nowNs, scheduleEndNs);
            }
            else if (nowNs - lastProgressNs > STALL_TIMEOUT_NS)
            {
                return;
            }
            Thread.sleep(20);
        }
    }

    private static Map<String, Histogram> runFloor(final HarnessOptions options, final long rate, final byte[] frame)
        throws Exception
    {
        final int samples = (int)Math.min(100_000, rate * options.measureSeconds());
        final int warmup = (int)Math.min(50_000, rate * options.warmupSeconds());
        final FloorProbes probes = new FloorProbes(rate, warmup, samples, options.idle());
        final Path dir = Files.createTempDirectory("ringfence-floor-");
        System.out.println("== floor rate=" + rate + "/s samples=" + samples + " frame=" + frame.length + " bytes");
        try
        {
            final Map<String, Histogram> floor = new LinkedHashMap<>();
            floor.put("agrona-ring-hop", probes.agronaRingHop(dir.resolve("ring")));
            floor.put("chronicle-append", probes.chronicleAppend(dir.resolve("journal")));
            floor.put("disruptor-hop", probes.disruptorHop());
            floor.put("loopback-socket", probes.loopbackSocket(frame, options.sinkSpin()));
            return floor;
        }
        finally
        {
            deleteQuietly(dir);
        }
    }

    public static void deleteQuietly(final Path dir)
    {
        try (var paths = Files.walk(dir))
        {
            paths.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
        }
        catch (final Exception ignore)
        {
            // a temp dir left behind is harmless
        }
    }
}
