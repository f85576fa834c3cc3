package io.ringfence.sim;

import org.agrona.CloseHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;

/**
 * The loopback admin port: line-based text, one {@link ControlCommands} command per line, one reply line
 * each; e.g. {@code printf 'drop 7\n' | nc 127.0.0.1 PORT}. Served on the gateway's selector and thread,
 * so a command takes effect between two client requests, never during one.
 */
final class ControlChannel implements AutoCloseable
{
    private static final Logger LOGGER = LoggerFactory.getLogger(ControlChannel.class);
    private static final int MAX_LINE_BYTES = 1024;

    private final ServerSocketChannel serverChannel;
    private final SimulatorContext ctx;

    ControlChannel(final ServerSocketChannel serverChannel, final SimulatorContext ctx)
    {
        this.serverChannel = serverChannel;
        this.ctx = ctx;
    }

    int port()
    {
        try
        {
            return ((InetSocketAddress)serverChannel.getLocalAddress()).getPort();
        }
        catch (final IOException ex)
        {
            return -1;
        }
    }

    void onSelected(final SelectionKey key, final GatewayAgent agent)
    {
        if (key.channel() == serverChannel)
        {
            accept(agent);
            return;
        }
        final Client client = (Client)key.attachment();
        final SocketChannel channel = (SocketChannel)key.channel();
        try
        {
            final int read = channel.read(client.in);
            if (read < 0)
            {
                close(key);
                return;
            }
            client.in.flip();
            while (client.in.hasRemaining())
            {
                final byte b = client.in.get();
                if ('\n' == b)
                {
                    final String line = client.line.toString().trim();
                    client.line.setLength(0);
                    if (!line.isEmpty())
                    {
                        final String reply = ControlCommands.execute(line, agent, ctx);
                        LOGGER.info("control: {} -> {}", line, reply);
                        writeFully(channel, reply + "\n");
                    }
                }
                else if ('\r' != b && client.line.length() < MAX_LINE_BYTES)
                {
                    client.line.append((char)b);
                }
            }
            client.in.clear();
        }
        catch (final IOException ex)
        {
            close(key);
        }
    }

    public void close()
    {
        CloseHelper.quietClose(serverChannel);
    }

    private void accept(final GatewayAgent agent)
    {
        try
        {
            SocketChannel channel;
            while (null != (channel = serverChannel.accept()))
            {
                channel.configureBlocking(false);
                final SelectionKey key = channel.register(agent.selector(), SelectionKey.OP_READ);
                key.attach(new Client(this));
            }
        }
        catch (final IOException ex)
        {
            LOGGER.warn("control accept failed: {}", ex.toString());
        }
    }

    private static void writeFully(final SocketChannel channel, final String text) throws IOException
    {
        final ByteBuffer out = ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII));
        for (int spins = 0; out.hasRemaining() && spins < 1_000; spins++)
        {
            channel.write(out);
        }
    }

    private static void close(final SelectionKey key)
    {
        key.cancel();
        CloseHelper.quietClose(key.channel());
    }

    /**
     * One admin connection's partial line.
     */
    static final class Client
    {
        final ControlChannel owner;
        final ByteBuffer in = ByteBuffer.allocate(MAX_LINE_BYTES);
        final StringBuilder line = new StringBuilder();

        Client(final ControlChannel owner)
        {
            this.owner = owner;
        }
    }
}
