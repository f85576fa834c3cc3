package io.ringfence.bench.order;

import io.ringfence.bench.BenchmarkFlags;
import io.ringfence.bench.latency.HarnessConfig;
import io.ringfence.codecs.sbe.MessageHeaderEncoder;
import io.ringfence.codecs.sbe.NewOrderEncoder;
import io.ringfence.engine.BrokerFrames;
import io.ringfence.engine.DecisionState;
import io.ringfence.engine.InboundEvent;
import io.ringfence.engine.Intents;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * The decision stages (gates, idempotency, order stage) on the two order paths of every trading
 * second, each op a different input so nothing is a replay:
 * <ul>
 *   <li>{@code newOrder}: a NewOrder with a fresh idempotency key, accepted, PLACE_ORDER built,
 *   the ACCEPTED receipt encoded.</li>
 *   <li>{@code fill}: an EXECUTION_DATA with a fresh execId for one share of a working order:
 *   deduplication, fill, position and exposure, the FILL and status events encoded.</li>
 * </ul>
 * New orders fill the preallocated book, so each iteration is one invocation of {@link #OPS}
 * operations ({@code SingleShotTime}, {@code @OperationsPerInvocation}: scores and
 * {@code gc.alloc.rate.norm} are per operation) on a book of its own. The books are all built
 * before the first iteration, so no iteration counts the allocation of building one. Keys and
 * execIds are rewritten in place as fixed-width digits: the benchmark allocates nothing per op.
 * Run with {@code -prof gc}: {@code gc.alloc.rate.norm} ≈ 0.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@OperationsPerInvocation(OrderStageBenchmark.OPS)
@Warmup(iterations = OrderStageBenchmark.WARMUP_ITERATIONS)
@Measurement(iterations = OrderStageBenchmark.MEASURED_ITERATIONS)
@Fork(value = 1, jvmArgsAppend = {
    BenchmarkFlags.ADD_EXPORTS_MISC, BenchmarkFlags.ADD_EXPORTS_NIO, BenchmarkFlags.ADD_OPENS_LANG,
    BenchmarkFlags.ADD_OPENS_REFLECT, BenchmarkFlags.ANALYTICS_OFF})
public class OrderStageBenchmark
{
    static final int OPS = 50_000;
    static final int WARMUP_ITERATIONS = 10;
    static final int MEASURED_ITERATIONS = 10;
    private static final int DIGITS = 10;
    private static final int BROKER_ID = 100;
    private static final String EXEC_ID_PREFIX = "0001f4e8.";

    private final DecisionState[] books = new DecisionState[WARMUP_ITERATIONS + MEASURED_ITERATIONS];
    private int iteration;
    private DecisionState stages;
    private InboundEvent newOrder;
    private InboundEvent execution;
    private int keyDigitsOffset;
    private int execIdDigitsOffset;
    private long sequence;
    private long timestampNs;

    @Setup(Level.Trial)
    public void setUp()
    {
        for (int i = 0; i < books.length; i++)
        {
            books[i] = new DecisionState(HarnessConfig.decisionStages(OPS + 16));
            books[i].apply(BrokerFrames.connected(1));
            books[i].apply(BrokerFrames.nextValidId(2, BROKER_ID));
            books[i].apply(Intents.newOrder(0, 3, o -> o.idempotencyKey("working").quantity(1_000_000)));
        }
        newOrder = Intents.newOrder(0, 4, o -> o.idempotencyKey("k-" + "0".repeat(DIGITS)));
        keyDigitsOffset = MessageHeaderEncoder.ENCODED_LENGTH + NewOrderEncoder.idempotencyKeyEncodingOffset() + 2;
        execution = BrokerFrames.execution(5, BROKER_ID, EXEC_ID_PREFIX + "0".repeat(DIGITS), 1, "190.00");
        execIdDigitsOffset = indexOf(execution.body, execution.bodyLength, EXEC_ID_PREFIX) + EXEC_ID_PREFIX.length();
        timestampNs = 1_000;
    }

    @TearDown(Level.Trial)
    public void tearDown()
    {
        for (final DecisionState book : books)
        {
            book.close();
        }
    }

    @Setup(Level.Iteration)
    public void nextBook()
    {
        stages = books[iteration++ % books.length];
    }

    @Benchmark
    public int newOrder()
    {
        int egressBytes = 0;
        for (int i = 0; i < OPS; i++)
        {
            egressBytes += decide(newOrder, keyDigitsOffset);
        }
        return egressBytes;
    }

    @Benchmark
    public int fill()
    {
        int egressBytes = 0;
        for (int i = 0; i < OPS; i++)
        {
            egressBytes += decide(execution, execIdDigitsOffset);
        }
        return egressBytes;
    }

    private int decide(final InboundEvent event, final int digitsOffset)
    {
        long value = ++sequence;
        for (int i = digitsOffset + DIGITS - 1; i >= digitsOffset; i--)
        {
            event.body.putByte(i, (byte)('0' + value % 10));
            value /= 10;
        }
        timestampNs += 1_000_000;
        event.input(event.kind, event.source, timestampNs, event.body, 0, event.bodyLength);
        return stages.apply(event).egressLength;
    }

    private static int indexOf(final UnsafeBuffer buffer, final int length, final String text)
    {
        final byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + bytes.length <= length; i++)
        {
            int matched = 0;
            while (matched < bytes.length && buffer.getByte(i + matched) == bytes[matched])
            {
                matched++;
            }
            if (matched == bytes.length)
            {
                return i;
            }
        }
        throw new IllegalStateException("not in the frame: " + text);
    }
}
