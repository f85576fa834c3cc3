package io.ringfence.sim;

import io.ringfence.codecs.tws.ClientHelloDecoder;
import io.ringfence.codecs.tws.TwsFrameAssembler;
import io.ringfence.codecs.tws.TwsFrameHandler;
import io.ringfence.codecs.tws.TwsProtocolError;
import io.ringfence.codecs.tws.TwsServerAdapter;
import io.ringfence.codecs.tws.TwsServerVersion;
import org.agrona.CloseHelper;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;

/**
 * One client socket: the handshake, inbound framing into the {@link TwsServerAdapter}, and a send
 * buffer flushed by the gateway thread at the end of each duty cycle.
 * <p>
 * Handshake: the client hello is answered with the server reply at min(client max, 193); a client whose
 * range does not reach 176..193 gets ERR 506 and is closed, as is one that sends something other than a
 * hello. A stream that loses its framing, or a client that stops reading until its send buffer fills, is
 * closed too; no problem of one connection ever reaches another.
 * <p>
 * Message rate: like IB Gateway, at most {@code maxMessagesPerSecond} requests per calendar second of the
 * gateway clock; the first one over gets ERR 100 and the connection is closed (0 = no limit).
 */
final class ClientConnection implements TwsFrameHandler, ReplyBuffer
{
    /**
     * Largest inbound frame; a PLACE_ORDER is well under 2 KiB.
     */
    static final int MAX_FRAME_LENGTH_BYTES = 64 * 1024;

    /**
     * Replies waiting for the socket start in this much room; an answer bigger than that (open,
     * completed orders or executions of a long day) doubles it, up to {@link #MAX_SEND_CAPACITY_BYTES}.
     */
    static final int SEND_CAPACITY_BYTES = 256 * 1024;

    /**
     * Unsent replies beyond this mean the client is not reading: it is dropped.
     */
    static final int MAX_SEND_CAPACITY_BYTES = 64 * 1024 * 1024;

    private static final Logger LOGGER = LoggerFactory.getLogger(ClientConnection.class);

    private final SocketChannel channel;
    private final SelectionKey key;
    private final String remoteAddress;
    private final TimeText timeText;
    private final TwsFrameAssembler assembler = new TwsFrameAssembler(MAX_FRAME_LENGTH_BYTES);
    private final ClientHelloDecoder helloDecoder = new ClientHelloDecoder();
    private ByteBuffer sendByteBuffer = ByteBuffer.allocateDirect(SEND_CAPACITY_BYTES);
    private UnsafeBuffer sendBuffer = new UnsafeBuffer(sendByteBuffer);
    private final ReplyEncoder replies;
    private final ClientSession session;
    private final TwsServerAdapter adapter;
    private final int maxMessagesPerSecond;
    private long nowMs;
    private long rateWindowSecond = Long.MIN_VALUE;
    private int messagesInWindow;
    private int serverVersion;
    private int sendReadIndex;
    private int sendWriteIndex;
    private boolean closeAfterFlush;
    private boolean closed;

    ClientConnection(
        final SocketChannel channel,
        final SelectionKey key,
        final PaperVenue venue,
        final SessionRouter router,
        final TimeText timeText,
        final String execIdPrefix,
        final GatewayFaults faults,
        final SimulatorContext ctx) throws IOException
    {
        this.channel = channel;
        this.key = key;
        this.remoteAddress = String.valueOf(channel.getRemoteAddress());
        this.timeText = timeText;
        this.maxMessagesPerSecond = ctx.maxMessagesPerSecond();
        this.replies = new ReplyEncoder(this, execIdPrefix, timeText);
        this.session = new ClientSession(replies, venue, router, faults, ctx.timeZone());
        this.adapter = new TwsServerAdapter(session);
    }

    /**
     * Read what the socket has and act on every complete message.
     *
     * @param nowMs duty-cycle time, for the handshake reply.
     * @return bytes read.
     */
    int onReadable(final long nowMs)
    {
        this.nowMs = nowMs;
        final int bytesRead;
        try
        {
            bytesRead = assembler.readFrom(channel);
        }
        catch (final IOException ex)
        {
            LOGGER.info("client {} (clientId {}) dropped: {}", remoteAddress, clientIdText(), ex.toString());
            close();
            return 0;
        }
        if (bytesRead < 0)
        {
            LOGGER.info("client {} (clientId {}) disconnected", remoteAddress, clientIdText());
            close();
            return 0;
        }
        if (closeAfterFlush || (0 == serverVersion && !onHello(nowMs)))
        {
            return bytesRead;
        }
        assembler.poll(this);
        return bytesRead;
    }

    public void onFrame(final DirectBuffer buffer, final int offset, final int length)
    {
        if (closeAfterFlush)
        {
            return;
        }
        if (maxMessagesPerSecond > 0 && isOverRate())
        {
            LOGGER.warn("client {} (clientId {}) exceeded {} messages/s; closing", remoteAddress, clientIdText(),
                maxMessagesPerSecond);
            replies.text().append(GatewayErrors.MAX_RATE_EXCEEDED_PREFIX).append(maxMessagesPerSecond)
                .append(" rec=").append(messagesInWindow).append(" (1)");
            replies.errorFromText(GatewayErrors.NO_ID, GatewayErrors.MAX_RATE_EXCEEDED);
            closeAfterFlush();
            return;
        }
        adapter.onFrame(buffer, offset, length, serverVersion);
    }

    /**
     * Release replies held back by a fault whose time has come.
     *
     * @return frames released.
     */
    int onTick(final long nowMs)
    {
        return closed ? 0 : session.onTick(nowMs);
    }

    /**
     * @return the client id given in START_API, or {@code Integer.MIN_VALUE} before it.
     */
    int clientId()
    {
        return session.clientId();
    }

    private boolean isOverRate()
    {
        final long second = Math.floorDiv(nowMs, 1000L);
        if (second != rateWindowSecond)
        {
            rateWindowSecond = second;
            messagesInWindow = 0;
        }
        return ++messagesInWindow > maxMessagesPerSecond;
    }

    public void onFrameError(final TwsProtocolError error, final int frameLengthBytes)
    {
        session.onProtocolError(error, -1);
        if (assembler.isFailed())
        {
            LOGGER.warn("client {} sent an invalid frame length {}; closing", remoteAddress, frameLengthBytes);
            closeAfterFlush();
        }
    }

    public int claim(final int maxLength)
    {
        if (closed)
        {
            return -1;
        }
        if (sendWriteIndex + maxLength > sendBuffer.capacity())
        {
            compactSendBuffer();
            if (sendWriteIndex + maxLength > sendBuffer.capacity() && !growSendBuffer(sendWriteIndex + maxLength))
            {
                LOGGER.warn("client {} (clientId {}) is not reading its replies; closing", remoteAddress, clientIdText());
                close();
                return -1;
            }
        }
        return sendWriteIndex;
    }

    public void commit(final int length)
    {
        sendWriteIndex += length;
    }

    public MutableDirectBuffer buffer()
    {
        return sendBuffer;
    }

    /**
     * Write pending bytes; a partial write waits for OP_WRITE.
     *
     * @return bytes written.
     */
    int flush()
    {
        if (closed)
        {
            return 0;
        }

        int bytesWritten = 0;
        if (sendWriteIndex > sendReadIndex)
        {
            try
            {
                sendByteBuffer.limit(sendWriteIndex).position(sendReadIndex);
                bytesWritten = channel.write(sendByteBuffer);
                sendReadIndex += bytesWritten;
            }
            catch (final IOException ex)
            {
                LOGGER.info("client {} (clientId {}) write failed: {}", remoteAddress, clientIdText(), ex.toString());
                close();
                return bytesWritten;
            }
        }

        if (sendWriteIndex == sendReadIndex)
        {
            sendReadIndex = 0;
            sendWriteIndex = 0;
            key.interestOps(SelectionKey.OP_READ);
            if (closeAfterFlush)
            {
                close();
            }
        }
        else
        {
            key.interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
        }
        return bytesWritten;
    }

    boolean hasPendingWork()
    {
        return sendWriteIndex > sendReadIndex || closeAfterFlush;
    }

    public void closeAfterFlush()
    {
        closeAfterFlush = true;
    }

    boolean isClosed()
    {
        return closed;
    }

    void close()
    {
        if (!closed)
        {
            closed = true;
            session.onClose();
            key.cancel();
            CloseHelper.quietClose(channel);
        }
    }

    private boolean onHello(final long nowMs)
    {
        final int result = assembler.pollHello(helloDecoder);
        if (result < 0)
        {
            LOGGER.warn("client {} sent no valid hello ({}); closing", remoteAddress, helloDecoder.error());
            close();
            return false;
        }
        if (0 == result)
        {
            return false;
        }

        final int version = helloDecoder.negotiate(TwsServerVersion.MIN_SUPPORTED, TwsServerVersion.MAX_SUPPORTED);
        if (version < 0)
        {
            LOGGER.warn("client {} offers versions {}..{}; refusing", remoteAddress, helloDecoder.minVersion(),
                helloDecoder.maxVersion());
            replies.serverVersion(TwsServerVersion.MIN_SUPPORTED);
            replies.error(GatewayErrors.NO_ID, GatewayErrors.UNSUPPORTED_VERSION, GatewayErrors.UNSUPPORTED_VERSION_TEXT);
            closeAfterFlush();
            return false;
        }

        serverVersion = version;
        replies.serverVersion(version);
        replies.serverReply(timeText.format(nowMs));
        LOGGER.info("client {} connected at server version {}", remoteAddress, version);
        return true;
    }

    private boolean growSendBuffer(final int needed)
    {
        int capacity = sendBuffer.capacity();
        while (capacity < needed && capacity <= MAX_SEND_CAPACITY_BYTES / 2)
        {
            capacity *= 2;
        }
        if (capacity < needed)
        {
            return false;
        }
        final ByteBuffer grown = ByteBuffer.allocateDirect(capacity);
        final UnsafeBuffer grownBuffer = new UnsafeBuffer(grown);
        grownBuffer.putBytes(0, sendBuffer, 0, sendWriteIndex);
        sendByteBuffer = grown;
        sendBuffer = grownBuffer;
        return true;
    }

    private void compactSendBuffer()
    {
        final int pending = sendWriteIndex - sendReadIndex;
        if (sendReadIndex > 0)
        {
            sendBuffer.putBytes(0, sendBuffer, sendReadIndex, pending);
            sendReadIndex = 0;
            sendWriteIndex = pending;
        }
    }

    private String clientIdText()
    {
        return session.isStarted() ? Integer.toString(session.clientId()) : "none";
    }
}
