package io.ringfence.bench.journal;

import io.ringfence.bench.BenchmarkFlags;
import io.ringfence.codecs.sbe.InputKind;
import io.ringfence.journal.audit.Durability;
import io.ringfence.journal.audit.InputJournal;
import io.ringfence.journal.audit.JournalRollCycle;
import org.agrona.concurrent.UnsafeBuffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;

/**
 * Cost per journaled input: a batch of {@link #BATCH} 100-byte inputs appended, then the
 * end-of-batch call (a no-op in {@code PROCESS} mode, one device force in {@code SYNC} mode).
 * Baselines in the same run: a {@code FileChannel} write of the same bytes, with and without a
 * force per batch. {@code SYNC}'s per-input cost is one synced write divided by the batch size:
 * group commit at end of batch is what makes power-loss durability affordable.
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar JournalAppendBenchmark -prof gc
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {
    BenchmarkFlags.ADD_EXPORTS_MISC, BenchmarkFlags.ADD_EXPORTS_REF, BenchmarkFlags.ADD_EXPORTS_UTIL,
    BenchmarkFlags.ADD_EXPORTS_NIO, BenchmarkFlags.ADD_OPENS_LANG, BenchmarkFlags.ADD_OPENS_REFLECT,
    BenchmarkFlags.ANALYTICS_OFF, BenchmarkFlags.DISK_MONITOR_OFF})
public class JournalAppendBenchmark
{
    static final int BATCH = 32;
    private static final int INPUT_LENGTH = 100;

    @Param({"PROCESS", "SYNC"})
    public String durability;

    private Path dir;
    private InputJournal journal;
    private FileChannel channel;
    private final UnsafeBuffer body = new UnsafeBuffer(new byte[INPUT_LENGTH]);
    private final ByteBuffer plain = ByteBuffer.allocateDirect(INPUT_LENGTH + 24);
    private long sequence;

    @Setup(Level.Trial)
    public void setUp() throws IOException
    {
        dir = Files.createTempDirectory("journal-bench");
        journal = InputJournal.open(dir, Durability.valueOf(durability), JournalRollCycle.DAILY);
        channel = FileChannel.open(dir.resolve("plain.log"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        for (int i = 0; i < INPUT_LENGTH; i++)
        {
            body.putByte(i, (byte)('a' + i % 26));
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException
    {
        journal.close();
        channel.close();
        try (var paths = Files.walk(dir))
        {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long journalBatch()
    {
        long index = 0;
        for (int i = 0; i < BATCH; i++)
        {
            index = journal.append(sequence++, sequence, InputKind.CLIENT_INTENT, 0, body, 0, INPUT_LENGTH);
        }
        journal.endOfBatch();
        return index;
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long fileChannelBatch() throws IOException
    {
        long written = 0;
        for (int i = 0; i < BATCH; i++)
        {
            plain.clear();
            written += channel.write(plain);
        }
        if ("SYNC".equals(durability))
        {
            channel.force(false);
        }
        return written;
    }
}
