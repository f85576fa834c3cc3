package io.ringfence.bench.idempotency;

import io.ringfence.journal.idempotency.ClaimOutcome;
import io.ringfence.journal.idempotency.IdempotencyTable;
import org.agrona.collections.Long2ObjectHashMap;
import org.agrona.concurrent.UnsafeBuffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * The idempotency table at 10 M keys (2^24 slots, a 2 GB sparse file in /tmp or /dev/shm) against an Agrona
 * {@link Long2ObjectHashMap} of heap receipts keyed by the key's hash.
 * <ul>
 *   <li>{@code lookup}: a retry of a random known key, the REPLAY path.</li>
 *   <li>{@code insert}: a new key claimed and made FINAL, while the key 10 M claims older expires:
 *   the steady state of a full table (the map removes the old key, reusing its receipt).</li>
 * </ul>
 * Run with {@code -prof gc}: {@code gc.alloc.rate.norm} should read about 0 B/op for the table.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {
    IdempotencyTableBenchmark.ADD_EXPORTS_MISC, IdempotencyTableBenchmark.ADD_EXPORTS_NIO,
    IdempotencyTableBenchmark.ADD_OPENS_LANG, IdempotencyTableBenchmark.ADD_OPENS_REFLECT,
    IdempotencyTableBenchmark.ANALYTICS_OFF, "-Xms4g", "-Xmx4g" })
public class IdempotencyTableBenchmark
{
    // Copied from io.ringfence.bench.BenchmarkFlags (package-private there).
    static final String ADD_EXPORTS_MISC = "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED";
    static final String ADD_EXPORTS_NIO = "--add-exports=java.base/sun.nio.ch=ALL-UNNAMED";
    static final String ADD_OPENS_LANG = "--add-opens=java.base/java.lang=ALL-UNNAMED";
    static final String ADD_OPENS_REFLECT = "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED";
    static final String ANALYTICS_OFF = "-Dchronicle.analytics.disable=true";

    static final int KEYS = 10_000_000;
    static final int CAPACITY = 1 << 24;
    static final int SAMPLE_MASK = (1 << 20) - 1;

    @State(Scope.Benchmark)
    public static class Keys
    {
        final KeyEncoder encoder = new KeyEncoder();
        final int[] samples = new int[SAMPLE_MASK + 1];
        int cursor;
        long next = KEYS;

        @Setup(Level.Trial)
        public void setUp()
        {
            final SplittableRandom random = new SplittableRandom(42);
            for (int i = 0; i < samples.length; i++)
            {
                samples[i] = random.nextInt(KEYS);
            }
        }

        int nextSample()
        {
            return samples[cursor++ & SAMPLE_MASK];
        }
    }

    @State(Scope.Benchmark)
    public static class Table
    {
        /**
         * Where the table file lives: a disk file system (ext4: a write to a page that writeback
         * has cleaned takes a page_mkwrite fault) or tmpfs (page cache only, survives a process
         * crash, rebuilt from the journal after a reboot).
         */
        @Param({ "/tmp", "/dev/shm" })
        public String dir;

        Path file;
        IdempotencyTable table;

        @Setup(Level.Trial)
        public void setUp() throws IOException
        {
            file = Files.createTempFile(Path.of(dir), "ringfence-idempotency-bench-", ".dat");
            Files.delete(file);
            table = IdempotencyTable.open(file, CAPACITY, KEYS);
            final KeyEncoder encoder = new KeyEncoder();
            for (int n = 0; n < KEYS; n++)
            {
                final UnsafeBuffer key = encoder.encode(n);
                if (ClaimOutcome.NEW != table.claim(key, KeyEncoder.ACCOUNT_OFFSET, KeyEncoder.KEY_OFFSET,
                    KeyEncoder.requestHash(n), n, n, n))
                {
                    throw new IllegalStateException("fill failed at " + n);
                }
                table.markFinal(table.lastEntry(), (byte)1, n);
            }
        }

        @TearDown(Level.Trial)
        public void tearDown() throws IOException
        {
            table.close();
            Files.deleteIfExists(file);
        }
    }

    @State(Scope.Benchmark)
    public static class Baseline
    {
        final Long2ObjectHashMap<Receipt> map = new Long2ObjectHashMap<>(CAPACITY, 0.65f);
        final long[] window = new long[KEYS];

        @Setup(Level.Trial)
        public void setUp()
        {
            final KeyEncoder encoder = new KeyEncoder();
            for (int n = 0; n < KEYS; n++)
            {
                final long hash = KeyEncoder.hash(encoder.encode(n));
                map.put(hash, new Receipt(KeyEncoder.requestHash(n), n));
                window[n] = hash;
            }
        }
    }

    static final class Receipt
    {
        long requestHash;
        int orderId;
        int brokerOrderId = -1;
        byte state;

        Receipt(final long requestHash, final int orderId)
        {
            this.requestHash = requestHash;
            this.orderId = orderId;
        }
    }

    @Benchmark
    public int tableLookup(final Table table, final Keys keys)
    {
        final int n = keys.nextSample();
        final IdempotencyTable t = table.table;
        final ClaimOutcome outcome = t.claim(keys.encoder.encode(n), KeyEncoder.ACCOUNT_OFFSET,
            KeyEncoder.KEY_OFFSET, KeyEncoder.requestHash(n), n, n, KEYS);

        return ClaimOutcome.REPLAY == outcome ? t.lastOrderId() : -1;
    }

    @Benchmark
    public int baselineLookup(final Baseline baseline, final Keys keys)
    {
        final int n = keys.nextSample();
        final Receipt receipt = baseline.map.get(KeyEncoder.hash(keys.encoder.encode(n)));

        return null != receipt && receipt.requestHash == KeyEncoder.requestHash(n) ? receipt.orderId : -1;
    }

    @Benchmark
    public int tableInsert(final Table table, final Keys keys)
    {
        final long n = keys.next++;
        final IdempotencyTable t = table.table;
        final ClaimOutcome outcome = t.claim(keys.encoder.encode(n), KeyEncoder.ACCOUNT_OFFSET,
            KeyEncoder.KEY_OFFSET, KeyEncoder.requestHash(n), n, (int)n, n);
        t.markFinal(t.lastEntry(), (byte)1, n);

        return outcome.ordinal();
    }

    @Benchmark
    public int baselineInsert(final Baseline baseline, final Keys keys)
    {
        final long n = keys.next++;
        final int windowIndex = (int)(n % KEYS);
        final Receipt receipt = baseline.map.remove(baseline.window[windowIndex]);
        final long hash = KeyEncoder.hash(keys.encoder.encode(n));
        receipt.requestHash = KeyEncoder.requestHash(n);
        receipt.orderId = (int)n;
        receipt.state = 1;
        baseline.map.put(hash, receipt);
        baseline.window[windowIndex] = hash;

        return receipt.orderId;
    }
}
