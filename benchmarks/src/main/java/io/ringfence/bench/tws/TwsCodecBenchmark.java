package io.ringfence.bench.tws;

import io.ringfence.codecs.tws.ErrorMessageDecoder;
import io.ringfence.codecs.tws.ExecutionDataDecoder;
import io.ringfence.codecs.tws.OrderStatusDecoder;
import io.ringfence.codecs.tws.PlaceOrderEncoder;
import io.ringfence.codecs.tws.TwsInboundAdapter;
import io.ringfence.codecs.tws.TwsInboundHandler;
import io.ringfence.codecs.tws.TwsOrder;
import io.ringfence.codecs.tws.TwsProtocolError;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
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

import java.nio.ByteBuffer;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

/**
 * The TWS codec's hot paths at server version 193: PLACE_ORDER encode into a direct send buffer, and
 * ORDER_STATUS / EXECUTION_DATA decode and dispatch through {@link TwsInboundAdapter}. Run with
 * {@code -prof gc}: {@code gc.alloc.rate.norm} must be ≈ 0 B/op ({@link io.ringfence.bench.AllocationGate} checks it).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED")
public class TwsCodecBenchmark
{
    private final UnsafeBuffer sendBuffer = new UnsafeBuffer(ByteBuffer.allocateDirect(4096));
    private final UnsafeBuffer orderStatusFrame = new UnsafeBuffer(ByteBuffer.allocateDirect(1024));
    private final UnsafeBuffer executionFrame = new UnsafeBuffer(ByteBuffer.allocateDirect(1024));
    private final PlaceOrderEncoder placeOrderEncoder = new PlaceOrderEncoder();
    private final SummingHandler handler = new SummingHandler();
    private final TwsInboundAdapter adapter = new TwsInboundAdapter(handler, ZoneOffset.UTC);
    private TwsOrder order;
    private int orderStatusLength;
    private int executionLength;
    private int orderId;

    @Setup(Level.Trial)
    public void setUp()
    {
        order = OrderFixtures.limitOrder();
        orderStatusLength = OrderFixtures.encodeOrderStatus(orderStatusFrame, 0);
        executionLength = OrderFixtures.encodeExecution(executionFrame, 0);
    }

    /**
     * @return frame length; each call sends the next order id, as a live session would.
     */
    @Benchmark
    public int placeOrderEncode()
    {
        order.orderId(++orderId);
        return placeOrderEncoder.encode(sendBuffer, 0, OrderFixtures.SERVER_VERSION, order);
    }

    @Benchmark
    public long orderStatusDecode()
    {
        adapter.onFrame(orderStatusFrame, 4, orderStatusLength - 4, OrderFixtures.SERVER_VERSION);
        return handler.checksum;
    }

    @Benchmark
    public long execDetailsDecode()
    {
        adapter.onFrame(executionFrame, 4, executionLength - 4, OrderFixtures.SERVER_VERSION);
        return handler.checksum;
    }

    /**
     * Reads the fields the engine uses, so the decoders' work is not dead code.
     */
    static final class SummingHandler implements TwsInboundHandler
    {
        long checksum;

        public void onOrderStatus(final OrderStatusDecoder decoder)
        {
            checksum += decoder.orderId() + decoder.filled() + decoder.remaining() + decoder.avgFillPrice() +
                decoder.permId() + decoder.status().ordinal();
        }

        public void onExecution(final ExecutionDataDecoder decoder)
        {
            checksum += decoder.orderId() + decoder.shares() + decoder.price() + decoder.timeMs() +
                decoder.cumQty() + decoder.execId().length() + decoder.account().length();
        }

        public void onNextValidId(final int orderId)
        {
            checksum += orderId;
        }

        public void onManagedAccounts(final DirectBuffer buffer, final int offset, final int length)
        {
            checksum += length;
        }

        public void onError(final ErrorMessageDecoder decoder)
        {
            checksum += decoder.code();
        }

        public void onUnhandled(final int msgId)
        {
            throw new IllegalStateException("unhandled " + msgId);
        }

        public void onProtocolError(final TwsProtocolError error, final int msgId)
        {
            throw new IllegalStateException(error + " in message " + msgId);
        }
    }
}
