package io.ringfence.sim;

import org.agrona.CloseHelper;
import org.agrona.ErrorHandler;
import org.agrona.concurrent.Agent;
import org.agrona.concurrent.EpochClock;
import org.agrona.concurrent.ManyToOneConcurrentArrayQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.StandardSocketOptions;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.function.Consumer;

/**
 * The gateway's one thread: a non-blocking selector loop that owns the listening socket, every client
 * connection and the {@link PaperVenue}. Each duty cycle:
 * <ol>
 *     <li>reads the clock once;</li>
 *     <li>runs commands queued by other threads ({@link PaperGateway#setQuote});</li>
 *     <li>accepts connections and reads requests, answering each into its connection's send buffer;</li>
 *     <li>flushes every send buffer and retires closed connections.</li>
 * </ol>
 * An exception while serving one connection closes that connection only.
 */
final class GatewayAgent implements Agent
{
    private static final Logger LOGGER = LoggerFactory.getLogger(GatewayAgent.class);
    private static final int COMMAND_QUEUE_CAPACITY = 64;

    private final ServerSocketChannel serverChannel;
    private final Selector selector;
    private final EpochClock epochClock;
    private final ErrorHandler errorHandler;
    private final SessionRouter router = new SessionRouter();
    private final PaperVenue venue;
    private final TimeText timeText;
    private final String execIdPrefix;
    private final ManyToOneConcurrentArrayQueue<Runnable> commands =
        new ManyToOneConcurrentArrayQueue<>(COMMAND_QUEUE_CAPACITY);
    private final ArrayList<ClientConnection> connections = new ArrayList<>();
    private final Consumer<SelectionKey> onSelectedKey = this::onSelectedKey;
    private final Consumer<Runnable> runCommand = Runnable::run;
    private long nowMs;
    private int bytesRead;

    GatewayAgent(
        final SimulatorContext ctx,
        final ServerSocketChannel serverChannel,
        final Selector selector,
        final ErrorHandler errorHandler) throws IOException
    {
        this.serverChannel = serverChannel;
        this.selector = selector;
        this.epochClock = ctx.epochClock();
        this.errorHandler = errorHandler;
        this.venue = new PaperVenue(ctx, router);
        this.timeText = new TimeText(ctx.timeZone());
        this.execIdPrefix = String.format("%08x", epochClock.time() / 1000);
        serverChannel.register(selector, SelectionKey.OP_ACCEPT);
    }

    public int doWork() throws IOException
    {
        nowMs = epochClock.time();
        venue.nowMs(nowMs);
        bytesRead = 0;

        int workCount = commands.drain(runCommand);
        workCount += selector.selectNow(onSelectedKey);
        workCount += flushConnections();

        return workCount + bytesRead;
    }

    public void onClose()
    {
        for (final ClientConnection connection : connections)
        {
            connection.close();
        }
        connections.clear();
        CloseHelper.closeAll(selector, serverChannel);
    }

    public String roleName()
    {
        return "ringfence-sim";
    }

    /**
     * @param command run on the gateway thread at the start of its next duty cycle.
     * @return false if the queue is full.
     */
    boolean offer(final Runnable command)
    {
        return commands.offer(command);
    }

    PaperVenue venue()
    {
        return venue;
    }

    private void onSelectedKey(final SelectionKey key)
    {
        if (!key.isValid())
        {
            return;
        }
        if (key.isAcceptable())
        {
            accept();
            return;
        }

        final ClientConnection connection = (ClientConnection)key.attachment();
        try
        {
            if (key.isWritable())
            {
                connection.flush();
            }
            if (key.isValid() && key.isReadable())
            {
                bytesRead += connection.onReadable(nowMs);
            }
        }
        catch (final Exception ex)
        {
            errorHandler.onError(ex);
            connection.close();
        }
    }

    private void accept()
    {
        SocketChannel channel = null;
        try
        {
            while (null != (channel = serverChannel.accept()))
            {
                channel.configureBlocking(false);
                channel.setOption(StandardSocketOptions.TCP_NODELAY, Boolean.TRUE);
                final SelectionKey key = channel.register(selector, SelectionKey.OP_READ);
                final ClientConnection connection =
                    new ClientConnection(channel, key, venue, router, timeText, execIdPrefix);
                key.attach(connection);
                connections.add(connection);
            }
        }
        catch (final IOException ex)
        {
            LOGGER.warn("accept failed: {}", ex.toString());
            CloseHelper.quietClose(channel);
        }
    }

    private int flushConnections()
    {
        int bytesWritten = 0;
        for (int i = connections.size() - 1; i >= 0; i--)
        {
            final ClientConnection connection = connections.get(i);
            if (connection.hasPendingWork())
            {
                bytesWritten += connection.flush();
            }
            if (connection.isClosed())
            {
                connections.remove(i);
            }
        }
        return bytesWritten;
    }
}
