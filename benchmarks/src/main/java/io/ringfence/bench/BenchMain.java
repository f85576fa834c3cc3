package io.ringfence.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ringfence.bench.journal.ReplayRun;
import io.ringfence.bench.latency.HarnessOptions;
import io.ringfence.bench.latency.IntentToWireHarness;
import io.ringfence.bench.latency.ThroughputRun;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code bin/ringfence bench [--quick] [--out DIR] [latency options]}: the whole latency and
 * throughput report in one command.
 * <ol>
 *   <li>Intent-to-wire latency at each rate and thread layout, beside the floor measured in the
 *   same run ({@link IntentToWireHarness}; its options pass through).</li>
 *   <li>Sustained throughput with journal durability {@code process}, in a JVM of its own with GC
 *   logging and a 64 MB young generation: collections and bytes allocated per intent while
 *   measured (the zero-GC run).</li>
 *   <li>The same with {@code sync}, plus one synced write timed on the same disk: what group commit
 *   leaves of the force per intent.</li>
 *   <li>Replay speed and time to ready over a journal of 10 M records ({@link ReplayRun}).</li>
 * </ol>
 * Writes {@code summary.json} (latency, floor, ratios, throughput, allocation), the {@code .hgrm}
 * files, {@code percentiles.png} and {@code gc-<durability>.log} under {@code --out} (default
 * {@code target/bench}). {@code --quick}: 10 k/s only, 1 M intents for the zero-GC run and 1 M
 * journal records for the replay; about 2 minutes.
 * A bad option prints what is wrong with it and exits 64 (EX_USAGE).
 */
public final class BenchMain
{
    private static final int USAGE = 64;
    private static final long QUICK_WARMUP = 200_000;
    private static final long QUICK_MEASURE = 1_000_000;
    private static final long FULL_WARMUP = 1_000_000;
    private static final long FULL_MEASURE = 10_000_000;
    private static final long QUICK_REPLAY_RECORDS = 1_000_000;
    private static final long FULL_REPLAY_RECORDS = 10_000_000;

    private BenchMain()
    {
    }

    public static void main(final String[] args) throws Exception
    {
        final List<String> latencyArgs = new ArrayList<>(Arrays.asList(args));
        if (!latencyArgs.contains("--out"))
        {
            latencyArgs.add("--out");
            latencyArgs.add(Path.of("target", "bench").toString());
        }
        final HarnessOptions options;
        try
        {
            options = HarnessOptions.parse(latencyArgs.toArray(new String[0]));
        }
        catch (final IllegalArgumentException ex)
        {
            System.err.println("ringfence bench: " + ex.getMessage());
            System.exit(USAGE);
            return;
        }
        IntentToWireHarness.run(options);

        final long warmup = options.quick() ? QUICK_WARMUP : FULL_WARMUP;
        final long measure = options.quick() ? QUICK_MEASURE : FULL_MEASURE;
        final String heap = options.quick() ? "-Xmx2g" : "-Xmx8g";
        final JsonNode process = throughput(options.out(), "process", warmup, measure, heap);
        final JsonNode sync = throughput(options.out(), "sync", warmup / 2, measure / 5, heap);
        final JsonNode replay = replay(options.out(), options.quick() ? QUICK_REPLAY_RECORDS : FULL_REPLAY_RECORDS, heap);

        final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        final Path summaryFile = options.out().resolve("summary.json");
        final ObjectNode summary = (ObjectNode)mapper.readTree(summaryFile.toFile());
        final ObjectNode throughput = summary.putObject("throughput");
        throughput.set("process", process);
        throughput.set("sync", sync);
        final double syncCostUs = sync.get("microsPerIntent").asDouble() - process.get("microsPerIntent").asDouble();
        final double syncedWriteUs = sync.get("syncedWriteP50Micros").asDouble();
        throughput.put("syncCostMicrosPerIntent", Math.round(syncCostUs * 1000) / 1000.0);
        throughput.put("syncCostOverSyncedWrite", Math.round(syncCostUs / syncedWriteUs * 1000) / 1000.0);
        throughput.put("note", "syncCost = sync minus process time per intent, same machine, same bench run: " +
            "what durability adds once group commit spreads each force over a batch (goal: at most 1/20 of one synced write)");
        summary.set("replay", replay);
        mapper.writeValue(summaryFile.toFile(), summary);

        System.out.printf("throughput process: %d intents/s, %.2f us/intent, %d collections and %.3f engine bytes/intent " +
                "over %d measured intents%n", process.get("intentsPerSecond").asLong(), process.get("microsPerIntent").asDouble(),
            process.get("collectionsWhileMeasured").asLong(), process.get("engineThreadBytesPerIntent").asDouble(), measure);
        System.out.printf("throughput sync: %d intents/s, %.2f us/intent; durability cost %.2f us/intent = %.3f of one " +
                "synced write (%.1f us)%n", sync.get("intentsPerSecond").asLong(), sync.get("microsPerIntent").asDouble(),
            syncCostUs, syncCostUs / syncedWriteUs, syncedWriteUs);
        System.out.printf("replay: %d journal records at %d records/s; time to ready %.2f s%n",
            replay.get("journalRecords").asLong(), replay.get("replayRecordsPerSecond").asLong(),
            replay.get("timeToReadySeconds").asDouble());
        System.out.println("summary: " + summaryFile.toAbsolutePath());
    }

    private static JsonNode throughput(
        final Path out, final String durability, final long warmup, final long measure, final String heap) throws Exception
    {
        final Path result = out.resolve("throughput-" + durability + ".json");
        System.out.println("== throughput durability=" + durability + " warmup=" + warmup + " measure=" + measure);
        return inOwnJvm(result, List.of(heap, "-Xmn64m", "-Xlog:gc:file=" + out.resolve("gc-" + durability + ".log")),
            ThroughputRun.class, durability, Long.toString(warmup), Long.toString(measure), result.toString());
    }

    private static JsonNode replay(final Path out, final long records, final String heap) throws Exception
    {
        final Path result = out.resolve("replay.json");
        System.out.println("== replay records=" + records);
        return inOwnJvm(result, List.of(heap), ReplayRun.class, Long.toString(records), result.toString());
    }

    /**
     * Run a benchmark's main in a JVM of its own, with this JVM's module flags and class path.
     *
     * @return the JSON it wrote to {@code result}.
     */
    private static JsonNode inOwnJvm(
        final Path result, final List<String> jvmFlags, final Class<?> main, final String... args) throws Exception
    {
        final List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (final String flag : ManagementFactory.getRuntimeMXBean().getInputArguments())
        {
            if (flag.startsWith("--add-") || flag.startsWith("--sun-misc") || flag.startsWith("-Dchronicle."))
            {
                command.add(flag);
            }
        }
        command.addAll(jvmFlags);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        final Process process = new ProcessBuilder(command).inheritIO().start();
        if (!process.waitFor(15, TimeUnit.MINUTES) || 0 != process.exitValue())
        {
            process.destroyForcibly();
            throw new IllegalStateException(main.getSimpleName() + " " + String.join(" ", args) +
                " failed; see its output above");
        }
        return new ObjectMapper().readTree(result.toFile());
    }
}
