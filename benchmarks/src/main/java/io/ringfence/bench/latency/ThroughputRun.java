package io.ringfence.bench.latency;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.ringfence.codecs.sbe.InputKind;
import io.ringfence.config.RingfenceConfig;
import io.ringfence.engine.Engine;
import io.ringfence.engine.EngineContext;
import io.ringfence.journal.audit.Durability;
import io.ringfence.journal.audit.InputJournal;
import io.ringfence.journal.audit.JournalRollCycle;
import org.HdrHistogram.Histogram;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Sustained throughput, and what the engine allocates while it lasts, in a JVM of its own (so its
 * heap, GC log and allocation counts are the engine's): a strategy JVM publishes NewOrders as fast
 * as the ring takes them ({@link StrategyMain} at rate 0) through ingress, journal, gates,
 * idempotency, order and output stages and the TWS session to a loopback {@link WireSink}.
 * Throughput is the measured orders over the time between the sink's first and last measured read.
 * Collections and allocated bytes are counted from the first measured order to the last.
 * <p>
 * In {@code sync} mode the same run also times one synced write on the same disk (a 100-byte input
 * appended and forced), the cost group commit spreads over each batch.
 * <p>
 * Args: {@code durability warmupCount measureCount resultJson}.
 */
public final class ThroughputRun
{
    private static final int SYNCED_WRITES = 200;
    private static final long MB = 1024 * 1024;

    private ThroughputRun()
    {
    }

    public static void main(final String[] args) throws Exception
    {
        final String durability = args[0];
        final long warmup = Long.parseLong(args[1]);
        final long measure = Long.parseLong(args[2]);
        final Path result = Path.of(args[3]);
        final Path runDir = Files.createTempDirectory("ringfence-throughput-");
        final Map<String, Object> json = new LinkedHashMap<>();
        json.put("durability", durability);
        json.put("warmupIntents", warmup);
        json.put("measuredIntents", measure);
        json.put("threadLayout", "shared");
        json.put("idleStrategy", "backoff");
        try
        {
            measure(durability, warmup, measure, runDir, result.getParent(), json);
            if ("sync".equals(durability))
            {
                final double syncedWriteUs = syncedWriteUs(runDir.resolve("synced-write"));
                final double perIntentUs = (double)json.get("microsPerIntent");
                json.put("syncedWriteP50Micros", syncedWriteUs);
                json.put("perIntentOverSyncedWrite", round(perIntentUs / syncedWriteUs));
            }
        }
        finally
        {
            IntentToWireHarness.deleteQuietly(runDir);
        }
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(result.toFile(), json);
        System.out.println("throughput " + json);
    }

    private static void measure(
        final String durability, final long warmup, final long measure, final Path runDir, final Path logDir,
        final Map<String, Object> json) throws Exception
    {
        try (WireSink sink = new WireSink(false))
        {
            final RingfenceConfig config = HarnessConfig.build(
                "shared", "backoff", durability, warmup + measure, runDir, sink.port());
            try (Engine engine = Engine.launch(new EngineContext().config(config)
                .paperSessionSettings(s -> s.pacing(false).recoveryRequests(false))))
            {
                final Process strategy = StrategyMain.start(runDir, 0, warmup, measure,
                    logDir.resolve("strategy-throughput-" + durability + ".log"));
                final long deadlineNs = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
                while (sink.measuredOrders() == 0 && System.nanoTime() - deadlineNs < 0 && strategyOrSinkAlive(strategy, sink))
                {
                    Thread.sleep(1);
                }
                final JvmAllocation start = JvmAllocation.now();
                while (sink.measuredOrders() < measure && System.nanoTime() - deadlineNs < 0 && null == sink.failure())
                {
                    Thread.sleep(1);
                }
                final JvmAllocation used = JvmAllocation.now().since(start);
                strategy.waitFor(30, TimeUnit.SECONDS);
                if (sink.measuredOrders() < measure)
                {
                    throw new IllegalStateException("only " + sink.measuredOrders() + " of " + measure +
                        " measured orders reached the sink; engine ordersSent " + engine.ordersSent(), sink.failure());
                }
                final double seconds = sink.measuredSpanNs() / 1e9;
                json.put("intentsPerSecond", Math.round(measure / seconds));
                json.put("microsPerIntent", round(seconds * 1e6 / measure));
                json.put("collectionsWhileMeasured", used.collections());
                json.put("collectionMillisWhileMeasured", used.collectionMs());
                json.put("engineThreadBytesPerIntent", round((double)used.engineBytes() / measure));
                json.put("allThreadsBytesPerIntent", round((double)used.allBytes() / measure));
                json.put("allocationRateMBPerSecond", round(used.allBytes() / (double)MB / seconds));
                json.put("pipelineErrors", engine.pipelineErrors());
                json.put("heapMaxMB", Runtime.getRuntime().maxMemory() / MB);
            }
        }
    }

    private static boolean strategyOrSinkAlive(final Process strategy, final WireSink sink)
    {
        return null == sink.failure() && (strategy.isAlive() || sink.measuredOrders() > 0);
    }

    private static double syncedWriteUs(final Path dir) throws Exception
    {
        final Histogram histogram = new Histogram(WireSink.HIGHEST_TRACKABLE_NS, 3);
        final UnsafeBuffer body = new UnsafeBuffer(new byte[100]);
        try (InputJournal journal = InputJournal.open(dir, Durability.SYNC, JournalRollCycle.DAILY))
        {
            for (int i = 0; i < SYNCED_WRITES; i++)
            {
                final long startNs = System.nanoTime();
                journal.append(i, startNs, InputKind.CLIENT_INTENT, 0, body, 0, body.capacity());
                journal.endOfBatch();
                histogram.recordValue(System.nanoTime() - startNs);
            }
        }
        return round(histogram.getValueAtPercentile(50) / 1_000.0);
    }

    private static double round(final double value)
    {
        return Math.round(value * 1_000) / 1_000.0;
    }
}
