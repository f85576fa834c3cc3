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
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
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
 * New orders fill the preallocated book, so each measured iteration is {@link #OPS} operations
 * ({@code SingleShotTime} with a batch) on a book built fresh before it. Keys and execIds are
 * rewritten in place as fixed-width digits: the benchmark itself allocates nothing per op.
 * Run with {@code -prof gc}: {@code gc.alloc.rate.norm} ≈ 0.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 10, batchSize = OrderStageBenchmark.OPS)
@Measurement(iterations = 10, batchSize = OrderStageBenchmark.OPS)
@Fork(value = 1, jvmArgsAppend = {
    BenchmarkFlags.ADD_EXPORTS_MISC, BenchmarkFlags.ADD_EXPORTS_NIO, BenchmarkFlags.ADD_OPENS_LANG,
    BenchmarkFlags.ADD_OPENS_REFLECT, BenchmarkFlags.ANALYTICS_OFF})
public class OrderStageBenchmark
{
    static final int OPS = 50_000;
    private static final int DIGITS = 10;
    private static final int BROKER_ID = 100;
    private static final String EXEC_ID_PREFIX = "0001f4e8.";

    private DecisionState stages;
    private InboundEvent newOrder;
    private InboundEvent execution;
    private int keyDigitsOffset;
    private int execIdDigitsOffset;
    private long sequence;
    private long timestampNs;

    @Setup(Level.Iteration)
    public void setUp()
    {
        stages = new DecisionState(HarnessConfig.decisionStages(OPS + 16));
        stages.apply(BrokerFrames.connected(1));
        stages.apply(BrokerFrames.nextValidId(2, BROKER_ID));
        stages.apply(Intents.newOrder(0, 3, o -> o.idempotencyKey("working").quantity(1_000_000)));
        newOrder = Intents.newOrder(0, 4, o -> o.idempotencyKey("k-" + "0".repeat(DIGITS)));
        keyDigitsOffset = MessageHeaderEncoder.ENCODED_LENGTH + NewOrderEncoder.idempotencyKeyEncodingOffset() + 2;
        execution = BrokerFrames.execution(5, BROKER_ID, EXEC_ID_PREFIX + "0".repeat(DIGITS), 1, "190.00");
        execIdDigitsOffset = indexOf(execution.body, execution.bodyLength, EXEC_ID_PREFIX) + EXEC_ID_PREFIX.length();
        timestampNs = 1_000;
    }

    @Benchmark
    public int newOrder()
    {
        return decide(newOrder, keyDigitsOffset);
    }

    @Benchmark
    public int fill()
    {
        return decide(execution, execIdDigitsOffset);
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
