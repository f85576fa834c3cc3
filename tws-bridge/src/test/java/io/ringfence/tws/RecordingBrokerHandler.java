package io.ringfence.tws;

import io.ringfence.codecs.Price;
import io.ringfence.codecs.tws.CommissionReportDecoder;
import io.ringfence.codecs.tws.ErrorMessageDecoder;
import io.ringfence.codecs.tws.ExecutionDataDecoder;
import io.ringfence.codecs.tws.OrderStatusDecoder;
import io.ringfence.codecs.tws.TwsInboundAdapter;
import io.ringfence.codecs.tws.TwsInboundHandler;
import io.ringfence.codecs.tws.TwsProtocolError;
import org.agrona.DirectBuffer;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A broker handler for tests: decodes each frame on the reader thread with the codec's
 * {@link TwsInboundAdapter} and queues one line of text per event.
 */
final class RecordingBrokerHandler implements BrokerFrameHandler, TwsInboundHandler
{
    private static final long AWAIT_TIMEOUT_MS = 10_000;

    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();
    private final TwsInboundAdapter adapter = new TwsInboundAdapter(this, ZoneOffset.UTC);
    private volatile int serverVersion;
    volatile boolean throwOnFrame;
    volatile long lastExecutionTimeMs;

    public void onSessionConnected(final int serverVersion)
    {
        this.serverVersion = serverVersion;
        events.add("connected " + serverVersion);
    }

    public void onBrokerFrame(final DirectBuffer buffer, final int offset, final int length)
    {
        if (throwOnFrame)
        {
            throw new IllegalStateException("handler failure injected by the test");
        }
        adapter.onFrame(buffer, offset, length, serverVersion);
    }

    public void onSessionDisconnected()
    {
        events.add("disconnected");
    }

    public void onNextValidId(final int orderId)
    {
        events.add("nextValidId " + orderId);
    }

    public void onManagedAccounts(final DirectBuffer buffer, final int offset, final int length)
    {
        events.add("accounts " + buffer.getStringWithoutLengthAscii(offset, length));
    }

    public void onOrderStatus(final OrderStatusDecoder d)
    {
        events.add("status " + d.orderId() + " " + d.status() + " filled=" + d.filled() + " remaining=" +
            d.remaining() + " avg=" + Price.toString(d.avgFillPrice()) + " permId=" + d.permId());
    }

    public void onError(final ErrorMessageDecoder d)
    {
        events.add("error " + d.id() + " " + d.code() + " " + d.message());
    }

    public void onExecution(final ExecutionDataDecoder d)
    {
        lastExecutionTimeMs = d.timeMs();
        events.add("exec " + d.orderId() + " " + d.symbol() + " " + d.side() + " " + d.shares() + "@" +
            Price.toString(d.price()) + " ref=" + d.orderRef() + " acct=" + d.account() + " cum=" + d.cumQty());
    }

    public void onCommissionReport(final CommissionReportDecoder d)
    {
        events.add("commission " + d.execId());
    }

    public void onUnhandled(final int msgId)
    {
        events.add("unhandled " + msgId);
    }

    public void onProtocolError(final TwsProtocolError error, final int msgId)
    {
        events.add("protocolError " + error + " " + msgId);
    }

    /**
     * @return the first event starting with the prefix, consuming events before it.
     */
    String await(final String prefix) throws InterruptedException
    {
        final long deadlineMs = System.currentTimeMillis() + AWAIT_TIMEOUT_MS;
        while (true)
        {
            final long remainingMs = deadlineMs - System.currentTimeMillis();
            final String event = events.poll(Math.max(remainingMs, 0), TimeUnit.MILLISECONDS);
            if (null == event)
            {
                throw new AssertionError("no event starting with '" + prefix + "' within " + AWAIT_TIMEOUT_MS +
                    " ms; seen " + seen);
            }
            seen.add(event);
            if (event.startsWith(prefix))
            {
                return event;
            }
        }
    }

    List<String> seen()
    {
        return seen;
    }
}
