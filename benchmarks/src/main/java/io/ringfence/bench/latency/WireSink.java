package io.ringfence.bench.latency;

import io.ringfence.codecs.tws.ClientHelloDecoder;
import io.ringfence.codecs.tws.HandshakeEncoder;
import io.ringfence.codecs.tws.ManagedAccountsEncoder;
import io.ringfence.codecs.tws.NextValidIdEncoder;
import io.ringfence.codecs.tws.TwsFrameAssembler;
import io.ringfence.codecs.tws.TwsFrameHandler;
import io.ringfence.codecs.tws.TwsMessageId;
import io.ringfence.codecs.tws.TwsOrder;
import io.ringfence.codecs.tws.TwsProtocolError;
import io.ringfence.codecs.tws.TwsServerAdapter;
import io.ringfence.codecs.tws.TwsServerHandler;
import io.ringfence.codecs.tws.TwsServerVersion;
import org.HdrHistogram.Histogram;
import org.agrona.AsciiSequenceView;
import org.agrona.CloseHelper;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/**
 * A minimal TWS gateway for one client on a loopback socket, one thread: handshake, START_API
 * answered with MANAGED_ACCTS and NEXT_VALID_ID, every other request ignored. Each read is
 * timestamped as soon as it returns, before decoding; every PLACE_ORDER in that read gets that time.
 * The order's {@code orderRef} carries the strategy's scheduled send time
 * ({@link ScheduledKey}); measured orders record {@code readNs - scheduledNs}.
 * <p>
 * {@code spin} busy-polls a non-blocking channel; {@code block} blocks in {@code read}.
 */
final class WireSink implements AutoCloseable, TwsServerHandler
{
    static final long HIGHEST_TRACKABLE_NS = 60_000_000_000L;

    private final ServerSocketChannel server;
    private final boolean spin;
    private final Thread thread;
    private final Histogram histogram = new Histogram(HIGHEST_TRACKABLE_NS, 3);
    private final TwsFrameAssembler assembler = new TwsFrameAssembler(64 * 1024);
    private final TwsServerAdapter adapter = new TwsServerAdapter(this);
    private final ByteBuffer out = ByteBuffer.allocateDirect(4096);
    private final UnsafeBuffer outBuffer = new UnsafeBuffer(out);
    private final byte[] placeOrderFrame = new byte[8192];
    private final TwsFrameHandler frameHandler = this::onFrame;
    private SocketChannel channel;
    private int serverVersion;
    private long readNs;
    private int placeOrderFrameLength;
    private int currentFrameLength;
    private long warmupOrders;
    private long negativeSamples;
    private long otherOrders;
    private long firstMeasuredReadNs;
    private volatile long lastMeasuredReadNs;
    private volatile long measuredOrders;
    private volatile Throwable failure;
    private volatile boolean running = true;

    WireSink(final boolean spin) throws IOException
    {
        this.spin = spin;
        server = ServerSocketChannel.open().bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        thread = new Thread(this::run, "latency-sink");
        thread.setDaemon(true);
        thread.start();
    }

    int port() throws IOException
    {
        return ((InetSocketAddress)server.getLocalAddress()).getPort();
    }

    long measuredOrders()
    {
        return measuredOrders;
    }

    /**
     * Nanoseconds from the read that carried the first measured order to the read that carried
     * the last (read once the sink has seen every measured order).
     */
    long measuredSpanNs()
    {
        return lastMeasuredReadNs - firstMeasuredReadNs;
    }

    /**
     * Read only after {@link #measuredOrders()} reached the expected count (the volatile read orders it).
     */
    Histogram histogram()
    {
        return histogram;
    }

    long warmupOrders()
    {
        return warmupOrders;
    }

    long negativeSamples()
    {
        return negativeSamples;
    }

    long otherOrders()
    {
        return otherOrders;
    }

    /**
     * @return a copy of one PLACE_ORDER frame as read off the wire (length prefix included).
     */
    byte[] placeOrderFrame()
    {
        final byte[] copy = new byte[placeOrderFrameLength];
        System.arraycopy(placeOrderFrame, 0, copy, 0, placeOrderFrameLength);
        return copy;
    }

    Throwable failure()
    {
        return failure;
    }

    public void close()
    {
        running = false;
        CloseHelper.quietCloseAll(server, channel);
        try
        {
            thread.join(5_000);
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
        }
    }

    private void run()
    {
        try
        {
            channel = server.accept();
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            channel.configureBlocking(!spin);
            final ClientHelloDecoder hello = new ClientHelloDecoder();
            while (running && 0 == serverVersion)
            {
                if (assembler.readFrom(channel) < 0)
                {
                    return;
                }
                if (assembler.pollHello(hello) > 0)
                {
                    serverVersion = hello.negotiate(TwsServerVersion.MIN_SUPPORTED, TwsServerVersion.MAX_SUPPORTED);
                    write(new HandshakeEncoder().encodeServerReply(outBuffer, 0, serverVersion, "20240102 09:30:00 EST"));
                }
            }
            while (running)
            {
                final int bytesRead = assembler.readFrom(channel);
                if (bytesRead > 0)
                {
                    readNs = System.nanoTime();
                    assembler.poll(frameHandler);
                }
                else if (bytesRead < 0)
                {
                    return;
                }
                else
                {
                    Thread.onSpinWait();
                }
            }
        }
        catch (final IOException ex)
        {
            if (running)
            {
                failure = ex;
            }
        }
        catch (final Throwable ex)
        {
            failure = ex;
        }
    }

    private void onFrame(final DirectBuffer buffer, final int offset, final int length)
    {
        currentFrameLength = length;
        if (0 == placeOrderFrameLength && length + 4 <= placeOrderFrame.length)
        {
            buffer.getBytes(offset, placeOrderFrame, 4, length);
            placeOrderFrame[0] = (byte)(length >>> 24);
            placeOrderFrame[1] = (byte)(length >>> 16);
            placeOrderFrame[2] = (byte)(length >>> 8);
            placeOrderFrame[3] = (byte)length;
            if (TwsMessageId.PLACE_ORDER != adapter.onFrame(buffer, offset, length, serverVersion))
            {
                return;
            }
            placeOrderFrameLength = length + 4;
            return;
        }
        adapter.onFrame(buffer, offset, length, serverVersion);
    }

    public void onPlaceOrder(final TwsOrder order)
    {
        final char kind = ScheduledKey.kind(order.orderRef());
        if (ScheduledKey.MEASURE == kind)
        {
            long latencyNs = readNs - ScheduledKey.scheduledNs(order.orderRef());
            if (latencyNs < 0)
            {
                negativeSamples++;
                latencyNs = 0;
            }
            histogram.recordValue(Math.min(latencyNs, HIGHEST_TRACKABLE_NS));
            if (0 == measuredOrders)
            {
                firstMeasuredReadNs = readNs;
            }
            lastMeasuredReadNs = readNs;
            measuredOrders++;
        }
        else if (ScheduledKey.WARMUP == kind)
        {
            warmupOrders++;
        }
        else
        {
            otherOrders++;
        }
    }

    public void onStartApi(final int clientId, final AsciiSequenceView optionalCapabilities)
    {
        try
        {
            int length = new ManagedAccountsEncoder().encode(outBuffer, 0, "DU8730189,DUP203550");
            length += new NextValidIdEncoder().encode(outBuffer, length, 1);
            write(length);
        }
        catch (final IOException ex)
        {
            failure = ex;
        }
    }

    public void onCancelOrder(final int orderId)
    {
    }

    public void onReqIds(final int numIds)
    {
    }

    public void onUnhandled(final int msgId)
    {
    }

    public void onProtocolError(final TwsProtocolError error, final int msgId)
    {
        failure = new IllegalStateException("sink protocol error " + error + " in message " + msgId +
            " (frame " + currentFrameLength + " bytes)");
    }

    private void write(final int length) throws IOException
    {
        out.limit(length).position(0);
        while (out.hasRemaining())
        {
            channel.write(out);
        }
        out.clear();
    }
}
