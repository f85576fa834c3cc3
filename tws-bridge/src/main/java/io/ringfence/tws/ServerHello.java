package io.ringfence.tws;

import io.ringfence.codecs.tws.ServerHelloDecoder;
import io.ringfence.codecs.tws.TwsFrameAssembler;
import io.ringfence.codecs.tws.TwsFrameHandler;
import io.ringfence.codecs.tws.TwsProtocolError;
import io.ringfence.codecs.tws.TwsServerVersion;
import org.agrona.DirectBuffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.concurrent.TimeUnit;

/**
 * Waits, with a deadline, for the gateway's first frame ({@code [serverVersion, connectionTime]})
 * and checks the version. Reads in non-blocking mode under a selector, then puts the channel back in
 * blocking mode for the reader thread; frames that arrive with the reply stay in the assembler.
 */
final class ServerHello implements TwsFrameHandler
{
    private static final Logger LOGGER = LoggerFactory.getLogger(ServerHello.class);

    private final TwsFrameAssembler assembler;
    private final long timeoutNs;
    private final ServerHelloDecoder decoder = new ServerHelloDecoder();
    private TwsProtocolError error;
    private String connectionTime = "";

    ServerHello(final TwsFrameAssembler assembler, final int timeoutMs)
    {
        this.assembler = assembler;
        this.timeoutNs = TimeUnit.MILLISECONDS.toNanos(timeoutMs);
    }

    TwsConnectResult await(final SocketChannel channel) throws IOException
    {
        error = null;
        final TwsConnectResult result;
        channel.configureBlocking(false);
        try (Selector selector = Selector.open())
        {
            channel.register(selector, SelectionKey.OP_READ);
            result = awaitReply(channel, selector);
        }
        channel.configureBlocking(true);
        return result;
    }

    int serverVersion()
    {
        return decoder.serverVersion();
    }

    String connectionTime()
    {
        return connectionTime;
    }

    public void onFrame(final DirectBuffer buffer, final int offset, final int length)
    {
        error = decoder.decode(buffer, offset, length);
        connectionTime = decoder.connectionTime().toString();
    }

    private TwsConnectResult awaitReply(final SocketChannel channel, final Selector selector) throws IOException
    {
        final long deadlineNs = System.nanoTime() + timeoutNs;
        while (0 == assembler.poll(this, 1))
        {
            final long remainingMs = TimeUnit.NANOSECONDS.toMillis(deadlineNs - System.nanoTime());
            if (assembler.isFailed() || remainingMs <= 0)
            {
                LOGGER.warn("no valid TWS handshake reply within {} ms", TimeUnit.NANOSECONDS.toMillis(timeoutNs));
                return TwsConnectResult.HANDSHAKE_FAILED;
            }
            selector.select(remainingMs);
            selector.selectedKeys().clear();
            if (assembler.readFrom(channel) < 0)
            {
                LOGGER.warn("TWS closed the connection during the handshake");
                return TwsConnectResult.HANDSHAKE_FAILED;
            }
        }

        if (TwsProtocolError.UNSUPPORTED_SERVER_VERSION == error)
        {
            LOGGER.warn("TWS server version {} is outside {}..{}", decoder.serverVersion(),
                TwsServerVersion.MIN_SUPPORTED, TwsServerVersion.MAX_SUPPORTED);
            return TwsConnectResult.UNSUPPORTED_SERVER_VERSION;
        }
        if (TwsProtocolError.NONE != error)
        {
            LOGGER.warn("malformed TWS handshake reply: {}", error);
            return TwsConnectResult.HANDSHAKE_FAILED;
        }
        return TwsConnectResult.CONNECTED;
    }
}
