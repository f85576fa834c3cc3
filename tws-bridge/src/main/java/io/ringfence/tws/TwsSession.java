package io.ringfence.tws;

import io.ringfence.codecs.tws.CancelOrderEncoder;
import io.ringfence.codecs.tws.HandshakeEncoder;
import io.ringfence.codecs.tws.PlaceOrderEncoder;
import io.ringfence.codecs.tws.ReqIdsEncoder;
import io.ringfence.codecs.tws.StartApiEncoder;
import io.ringfence.codecs.tws.TwsFrameAssembler;
import io.ringfence.codecs.tws.TwsOrder;
import io.ringfence.codecs.tws.TwsServerVersion;
import org.agrona.CloseHelper;
import org.agrona.concurrent.UnsafeBuffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One API connection to TWS / IB Gateway.
 * <pre>
 *   engine thread                        reader thread (daemon, one per connection)
 *   connect() ── hello, reply, START_API ─► start ─► onSessionConnected(sv)
 *   placeOrder() / cancelOrder() ─► socket      socket ─► frames ─► onBrokerFrame(...)
 *   close() ── closes the socket, joins ────────────────► onSessionDisconnected()
 * </pre>
 * {@link #connect()} blocks until the server version is known and START_API is sent; NEXT_VALID_ID and
 * everything else arrive as broker frames. {@link #placeOrder}, {@link #cancelOrder} and
 * {@link #requestIds()} encode into one preallocated direct buffer and write the frame fully: call
 * them (and {@link #connect()}) from one thread. They return false rather than throw when the session
 * is not connected or the write fails; a failed write closes the connection. A blocked socket
 * blocks the caller: pacing is the caller's concern.
 * <p>
 * After the connection drops, {@link #connect()} may be called again with the same clientId (the
 * handler sees a new connected / disconnected pair); {@link #close()} is final and may be called
 * from any thread. Do not call {@link #connect()} from a {@link BrokerFrameHandler} callback: signal
 * the owning thread instead.
 */
public final class TwsSession implements AutoCloseable
{
    private static final Logger LOGGER = LoggerFactory.getLogger(TwsSession.class);
    private static final int SEND_BUFFER_CAPACITY_BYTES = 4096;
    private static final long READER_JOIN_TIMEOUT_MS = 5_000;

    private final TwsSessionContext ctx;
    private final BrokerFrameHandler handler;
    private final TwsFrameAssembler assembler;
    private final ByteBuffer sendByteBuffer = ByteBuffer.allocateDirect(SEND_BUFFER_CAPACITY_BYTES);
    private final UnsafeBuffer sendBuffer = new UnsafeBuffer(sendByteBuffer);
    private final HandshakeEncoder handshakeEncoder = new HandshakeEncoder();
    private final StartApiEncoder startApiEncoder = new StartApiEncoder();
    private final PlaceOrderEncoder placeOrderEncoder = new PlaceOrderEncoder();
    private final CancelOrderEncoder cancelOrderEncoder = new CancelOrderEncoder();
    private final ReqIdsEncoder reqIdsEncoder = new ReqIdsEncoder();
    private final ServerHello serverHello;
    private final AtomicLong protocolErrors = new AtomicLong();
    private final AtomicLong handlerErrors = new AtomicLong();
    private final Object lifecycleLock = new Object();

    private volatile SocketChannel channel;
    private volatile Thread readerThread;
    private volatile boolean connected;
    private volatile boolean running;
    private volatile boolean closed;
    private volatile int serverVersion;

    /**
     * @param ctx     configuration, concluded here if it was not.
     * @param handler receives the connection events and frames on the reader thread.
     */
    public TwsSession(final TwsSessionContext ctx, final BrokerFrameHandler handler)
    {
        this.ctx = ctx.isConcluded() ? ctx : ctx.conclude();
        this.handler = handler;
        this.assembler = new TwsFrameAssembler(ctx.maxFrameLengthBytes());
        this.serverHello = new ServerHello(assembler, ctx.handshakeTimeoutMs());
    }

    /**
     * Connect, handshake and start the reader thread.
     *
     * @return {@link TwsConnectResult#CONNECTED} or why not; the cause is logged.
     */
    public TwsConnectResult connect()
    {
        synchronized (lifecycleLock)
        {
            if (closed)
            {
                return TwsConnectResult.CLOSED;
            }
            if (connected)
            {
                return TwsConnectResult.ALREADY_CONNECTED;
            }
            joinReader();
            assembler.reset();

            final SocketChannel newChannel = openChannel();
            if (null == newChannel)
            {
                return TwsConnectResult.CONNECT_FAILED;
            }
            final TwsConnectResult result = handshake(newChannel);
            if (TwsConnectResult.CONNECTED != result)
            {
                CloseHelper.quietClose(newChannel);
                return result;
            }

            serverVersion = serverHello.serverVersion();
            channel = newChannel;
            running = true;
            connected = true;
            final Thread thread = new Thread(
                new SessionReader(this, newChannel, assembler, handler, serverVersion), ctx.readerThreadName());
            thread.setDaemon(true);
            readerThread = thread;
            thread.start();
            LOGGER.info("connected to TWS {}:{} clientId={} serverVersion={} connectionTime={}",
                ctx.host(), ctx.port(), ctx.clientId(), serverVersion, serverHello.connectionTime());
            return TwsConnectResult.CONNECTED;
        }
    }

    /**
     * Send PLACE_ORDER (a new order, or a modification when the id is live).
     *
     * @return false if not connected or the write failed.
     */
    public boolean placeOrder(final TwsOrder order)
    {
        return connected && send(placeOrderEncoder.encode(sendBuffer, 0, serverVersion, order));
    }

    /**
     * Send CANCEL_ORDER.
     *
     * @return false if not connected or the write failed.
     */
    public boolean cancelOrder(final int orderId)
    {
        return connected && send(cancelOrderEncoder.encode(sendBuffer, 0, serverVersion, orderId));
    }

    /**
     * Send REQ_IDS; the gateway answers with a NEXT_VALID_ID frame.
     *
     * @return false if not connected or the write failed.
     */
    public boolean requestIds()
    {
        return connected && send(reqIdsEncoder.encode(sendBuffer, 0, 1));
    }

    public boolean isConnected()
    {
        return connected;
    }

    /**
     * @return the negotiated version of the current or last connection, 0 before the first.
     */
    public int serverVersion()
    {
        return serverVersion;
    }

    /**
     * @return inbound frames skipped or refused for bad framing since construction.
     */
    public long protocolErrors()
    {
        return protocolErrors.get();
    }

    /**
     * @return exceptions thrown by the {@link BrokerFrameHandler} (caught and logged) since construction.
     */
    public long handlerErrors()
    {
        return handlerErrors.get();
    }

    public TwsSessionContext context()
    {
        return ctx;
    }

    /**
     * Close the socket, stop the reader and wait for it; the handler gets its last
     * {@link BrokerFrameHandler#onSessionDisconnected()} before this returns (unless called from it).
     */
    public void close()
    {
        synchronized (lifecycleLock)
        {
            if (closed)
            {
                return;
            }
            closed = true;
            running = false;
            connected = false;
            CloseHelper.quietClose(channel);
            joinReader();
        }
    }

    boolean isRunning()
    {
        return running;
    }

    void onProtocolError()
    {
        protocolErrors.incrementAndGet();
    }

    void onHandlerError()
    {
        handlerErrors.incrementAndGet();
    }

    /**
     * Called by the reader as it ends, before {@link BrokerFrameHandler#onSessionDisconnected()}.
     */
    void onReaderStopped(final SocketChannel readerChannel)
    {
        if (readerChannel == channel)
        {
            connected = false;
        }
        CloseHelper.quietClose(readerChannel);
    }

    private SocketChannel openChannel()
    {
        SocketChannel newChannel = null;
        try
        {
            newChannel = SocketChannel.open();
            newChannel.setOption(StandardSocketOptions.TCP_NODELAY, ctx.tcpNoDelay());
            if (ctx.socketReceiveBufferBytes() > 0)
            {
                newChannel.setOption(StandardSocketOptions.SO_RCVBUF, ctx.socketReceiveBufferBytes());
            }
            if (ctx.socketSendBufferBytes() > 0)
            {
                newChannel.setOption(StandardSocketOptions.SO_SNDBUF, ctx.socketSendBufferBytes());
            }
            newChannel.socket().connect(new InetSocketAddress(ctx.host(), ctx.port()), ctx.connectTimeoutMs());
            return newChannel;
        }
        catch (final IOException | RuntimeException ex)
        {
            LOGGER.warn("cannot connect to TWS {}:{}: {}", ctx.host(), ctx.port(), ex.toString());
            CloseHelper.quietClose(newChannel);
            return null;
        }
    }

    private TwsConnectResult handshake(final SocketChannel newChannel)
    {
        try
        {
            writeFully(newChannel, handshakeEncoder.encodeClientHello(
                sendBuffer, 0, TwsServerVersion.MIN_CLIENT_VERSION, TwsServerVersion.MAX_CLIENT_VERSION,
                ctx.connectOptions()));
            final TwsConnectResult result = serverHello.await(newChannel);
            if (TwsConnectResult.CONNECTED == result)
            {
                writeFully(newChannel, startApiEncoder.encode(sendBuffer, 0, ctx.clientId(), ""));
            }
            return result;
        }
        catch (final IOException ex)
        {
            LOGGER.warn("TWS handshake with {}:{} failed: {}", ctx.host(), ctx.port(), ex.toString());
            return TwsConnectResult.HANDSHAKE_FAILED;
        }
    }

    private boolean send(final int frameLength)
    {
        final SocketChannel current = channel;
        try
        {
            writeFully(current, frameLength);
            return true;
        }
        catch (final IOException ex)
        {
            connected = false;
            CloseHelper.quietClose(current);
            LOGGER.warn("write to TWS failed; connection closed: {}", ex.toString());
            return false;
        }
    }

    private void writeFully(final SocketChannel target, final int length) throws IOException
    {
        sendByteBuffer.limit(length).position(0);
        while (sendByteBuffer.hasRemaining())
        {
            target.write(sendByteBuffer);
        }
    }

    private void joinReader()
    {
        final Thread thread = readerThread;
        if (null == thread || thread == Thread.currentThread())
        {
            return;
        }
        try
        {
            thread.join(READER_JOIN_TIMEOUT_MS);
            if (thread.isAlive())
            {
                LOGGER.error(
                    "TWS reader thread {} did not stop within {} ms", thread.getName(), READER_JOIN_TIMEOUT_MS);
            }
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
        }
    }
}
