package io.ringfence.tws;

import io.ringfence.codecs.tws.TwsFrameAssembler;
import io.ringfence.codecs.tws.TwsFrameHandler;
import io.ringfence.codecs.tws.TwsProtocolError;
import org.agrona.DirectBuffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SocketChannel;

/**
 * The body of a {@link TwsSession}'s reader thread for one connection: blocking reads into the
 * assembler, every complete frame to the {@link BrokerFrameHandler}. Nothing escapes: I/O errors end
 * the connection, framing errors are counted (and end it when the stream is out of step), a handler
 * that throws is counted and logged and the next frame is read.
 */
final class SessionReader implements Runnable, TwsFrameHandler
{
    private static final Logger LOGGER = LoggerFactory.getLogger(SessionReader.class);

    private final TwsSession session;
    private final SocketChannel channel;
    private final TwsFrameAssembler assembler;
    private final BrokerFrameHandler handler;
    private final int serverVersion;

    SessionReader(
        final TwsSession session,
        final SocketChannel channel,
        final TwsFrameAssembler assembler,
        final BrokerFrameHandler handler,
        final int serverVersion)
    {
        this.session = session;
        this.channel = channel;
        this.assembler = assembler;
        this.handler = handler;
        this.serverVersion = serverVersion;
    }

    public void run()
    {
        try
        {
            handler.onSessionConnected(serverVersion);
            readUntilClosed();
        }
        catch (final Throwable ex)
        {
            session.onHandlerError();
            LOGGER.error("TWS reader stopped by an unexpected error", ex);
        }
        finally
        {
            session.onReaderStopped(channel);
            try
            {
                handler.onSessionDisconnected();
            }
            catch (final RuntimeException ex)
            {
                session.onHandlerError();
                LOGGER.error("BrokerFrameHandler.onSessionDisconnected failed", ex);
            }
        }
    }

    public void onFrame(final DirectBuffer buffer, final int offset, final int length)
    {
        try
        {
            session.inspect(buffer, offset, length);
            handler.onBrokerFrame(buffer, offset, length);
        }
        catch (final RuntimeException ex)
        {
            session.onHandlerError();
            LOGGER.error("BrokerFrameHandler.onBrokerFrame failed; frame dropped", ex);
        }
    }

    public void onFrameError(final TwsProtocolError error, final int frameLengthBytes)
    {
        session.onProtocolError();
        LOGGER.warn("TWS frame error {} (length prefix {})", error, frameLengthBytes);
    }

    private void readUntilClosed()
    {
        try
        {
            while (session.isRunning())
            {
                assembler.poll(this);
                if (assembler.isFailed())
                {
                    LOGGER.error("TWS stream out of step; closing the connection");
                    return;
                }
                if (assembler.readFrom(channel) < 0)
                {
                    LOGGER.warn("TWS connection closed by the gateway");
                    return;
                }
            }
        }
        catch (final ClosedChannelException ex)
        {
            if (session.isRunning())
            {
                LOGGER.warn("TWS connection closed: {}", ex.toString());
            }
        }
        catch (final IOException ex)
        {
            LOGGER.warn("TWS connection lost: {}", ex.toString());
        }
    }
}
