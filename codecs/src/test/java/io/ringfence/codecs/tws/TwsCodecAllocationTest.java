package io.ringfence.codecs.tws;

import io.ringfence.codecs.sbe.OrderType;
import org.agrona.AsciiSequenceView;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Steady-state encode, frame and decode of the hot messages allocates nothing (a cheap stand-in for
 * a JMH {@code -prof gc} run).
 */
class TwsCodecAllocationTest
{
    private static final int WARM_UP_ITERATIONS = 30_000;
    private static final int MEASURED_ITERATIONS = 10_000;

    private final UnsafeBuffer buffer = new UnsafeBuffer(ByteBuffer.allocateDirect(4096));
    private final PlaceOrderEncoder placeOrderEncoder = new PlaceOrderEncoder();
    private final CancelOrderEncoder cancelOrderEncoder = new CancelOrderEncoder();
    private final OrderStatusEncoder orderStatusEncoder = new OrderStatusEncoder();
    private final ExecutionDataEncoder executionDataEncoder = new ExecutionDataEncoder();
    private final ErrorMessageEncoder errorMessageEncoder = new ErrorMessageEncoder();
    private final TwsFrameAssembler assembler = new TwsFrameAssembler(4096);
    private final CountingHandler counter = new CountingHandler();
    private final TwsServerAdapter serverAdapter = new TwsServerAdapter(counter);
    private final TwsInboundAdapter inboundAdapter = new TwsInboundAdapter(counter, ZoneOffset.UTC);
    private final TwsOrder order = PlaceOrderEncoderTest.marketOrder().orderType(OrderType.LIMIT).limitPrice(15_025_000_000L);
    private final TwsExecution execution = TwsInboundAdapterTest.execution();
    private final TwsFrameHandler serverFrames = (b, o, l) -> serverAdapter.onFrame(b, o, l, 193);
    private final TwsFrameHandler clientFrames = (b, o, l) -> inboundAdapter.onFrame(b, o, l, 193);

    @Test
    void shouldNotAllocateWhenEncodingFramingAndDecodingInSteadyState()
    {
        final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean();
        final long threadId = Thread.currentThread().getId();

        for (int i = 0; i < WARM_UP_ITERATIONS; i++)
        {
            roundTrip(i);
        }
        final long before = threads.getThreadAllocatedBytes(threadId);
        for (int i = 0; i < MEASURED_ITERATIONS; i++)
        {
            roundTrip(i);
        }
        final long allocatedBytes = threads.getThreadAllocatedBytes(threadId) - before;

        assertThat(counter.messages).isEqualTo(5L * (WARM_UP_ITERATIONS + MEASURED_ITERATIONS));
        assertThat(allocatedBytes)
            .as("under one byte per round trip: nothing per message (the JIT may rematerialise a few objects " +
                "once when it deoptimises; with -Xint this is exactly 0)")
            .isLessThan(MEASURED_ITERATIONS);
    }

    private void roundTrip(final int i)
    {
        order.orderId(i);
        int length = placeOrderEncoder.encode(buffer, 0, 193, order);
        length += cancelOrderEncoder.encode(buffer, length, 193, i);
        assembler.append(buffer, 0, length);
        assembler.poll(serverFrames);

        length = orderStatusEncoder.encode(buffer, 0, 193, i, TwsOrderStatus.SUBMITTED, 0, 100, 0, i, 0, 0, 7, 0);
        length += executionDataEncoder.encode(buffer, length, 193, execution);
        length += errorMessageEncoder.encode(buffer, length, 193, i, 202, "Order Canceled - reason:");
        assembler.append(buffer, 0, length);
        assembler.poll(clientFrames);
    }

    private static final class CountingHandler implements TwsServerHandler, TwsInboundHandler
    {
        long messages;

        public void onStartApi(final int clientId, final AsciiSequenceView optionalCapabilities)
        {
            messages++;
        }

        public void onPlaceOrder(final TwsOrder order)
        {
            messages++;
        }

        public void onCancelOrder(final int orderId)
        {
            messages++;
        }

        public void onReqIds(final int numIds)
        {
            messages++;
        }

        public void onNextValidId(final int orderId)
        {
            messages++;
        }

        public void onManagedAccounts(final DirectBuffer buffer, final int offset, final int length)
        {
            messages++;
        }

        public void onOrderStatus(final OrderStatusDecoder decoder)
        {
            messages++;
        }

        public void onError(final ErrorMessageDecoder decoder)
        {
            messages++;
        }

        public void onExecution(final ExecutionDataDecoder decoder)
        {
            messages += decoder.timeMs() > 0 ? 1 : 0;
        }

        public void onUnhandled(final int msgId)
        {
            throw new AssertionError("unhandled " + msgId);
        }

        public void onProtocolError(final TwsProtocolError error, final int msgId)
        {
            throw new AssertionError(error + " " + msgId);
        }
    }
}
