package io.ringfence.sim;

import org.agrona.CloseHelper;
import org.agrona.ErrorHandler;
import org.agrona.concurrent.Agent;
import org.agrona.concurrent.EpochClock;
import org.agrona.concurrent.ManyToOneConcurrentArrayQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.function.Consumer;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The gateway's one thread: a non-blocking selector loop that owns the listening socket, every client
 * connection and the {@link PaperVenue}. Each duty cycle:
 * <ol>
 *     <li>reads the clock once and lets the venue's time pass (DAY expiry, session open);</li>
 *     <li>runs commands queued by other threads ({@link PaperGateway#setQuote}, the faults);</li>
 *     <li>accepts connections and reads requests, answering each into its connection's send buffer;</li>
 *     <li>releases replies a fault held back, flushes every send buffer and retires closed connections;</li>
 *     <li>during a simulated restart, reopens the listening socket once the outage is over.</li>
 * </ol>
 * An exception while serving one connection closes that connection only.
 */
final class GatewayAgent implements Agent
{
    /**
     * Gateways launched in this JVM: with the start time in ms, makes every run's execIds unique
     * (two gateways started in the same second used to repeat them, and a client that dedupes by
     * execId, as it must, dropped the second run's fills).
     */
    private static final AtomicInteger LAUNCHES = new AtomicInteger();

    private static final Logger LOGGER = LoggerFactory.getLogger(GatewayAgent.class);
    private static final int COMMAND_QUEUE_CAPACITY = 1024;
    private static final long REBIND_RETRY_MS = 100;

    private final SimulatorContext ctx;
    private final InetSocketAddress boundAddress;
    private final Selector selector;
    private final EpochClock epochClock;
    private final ErrorHandler errorHandler;
    private final SessionRouter router = new SessionRouter();
    private final GatewayFaults faults = new GatewayFaults();
    private final PaperVenue venue;
    private final TimeText timeText;
    private final String execIdPrefix;
    private final ManyToOneConcurrentArrayQueue<Runnable> commands =
        new ManyToOneConcurrentArrayQueue<>(COMMAND_QUEUE_CAPACITY);
    private final ArrayList<ClientConnection> connections = new ArrayList<>();
    private final Consumer<SelectionKey> onSelectedKey = this::onSelectedKey;
    private final Consumer<Runnable> runCommand = Runnable::run;
    private ServerSocketChannel serverChannel;
    private ControlChannel controlChannel;
    private long reopenAtMs = Long.MAX_VALUE;
    private long nowMs;
    private int bytesRead;

    GatewayAgent(
        final SimulatorContext ctx,
        final ServerSocketChannel serverChannel,
        final Selector selector,
        final ErrorHandler errorHandler) throws IOException
    {
        this.ctx = ctx;
        this.serverChannel = serverChannel;
        this.boundAddress = (InetSocketAddress)serverChannel.getLocalAddress();
        this.selector = selector;
        this.epochClock = ctx.epochClock();
        this.errorHandler = errorHandler;
        this.venue = new PaperVenue(ctx, router, router);
        this.timeText = new TimeText(ctx.timeZone());
        this.execIdPrefix = String.format("%011x%02x", epochClock.time(), LAUNCHES.getAndIncrement() & 0xFF);
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
        if (nowMs >= reopenAtMs)
        {
            reopen();
        }

        return workCount + bytesRead;
    }

    public void onClose()
    {
        for (final ClientConnection connection : connections)
        {
            connection.close();
        }
        connections.clear();
        CloseHelper.closeAll(controlChannel, selector, serverChannel);
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

    GatewayFaults faults()
    {
        return faults;
    }

    SessionRouter router()
    {
        return router;
    }

    long nowMs()
    {
        return nowMs;
    }

    /**
     * Serve the admin protocol on this channel, registered with the gateway's selector.
     */
    void controlChannel(final ControlChannel controlChannel)
    {
        this.controlChannel = controlChannel;
    }

    Selector selector()
    {
        return selector;
    }

    /**
     * Drop client connections without a goodbye, as a network failure would.
     *
     * @param clientId the client to drop, or {@code Integer.MIN_VALUE} for every connection.
     * @return connections dropped.
     */
    int dropConnections(final int clientId)
    {
        int dropped = 0;
        for (int i = 0, size = connections.size(); i < size; i++)
        {
            final ClientConnection connection = connections.get(i);
            if (!connection.isClosed() && (Integer.MIN_VALUE == clientId || connection.clientId() == clientId))
            {
                connection.close();
                dropped++;
            }
        }
        return dropped;
    }

    /**
     * The daily restart: every connection dropped, the port closed (connections refused) for
     * {@code outageMs}, then open again. Orders keep working meanwhile.
     *
     * @param outageMs          how long connections are refused.
     * @param orderIdRollback   how far below the next free id NEXT_VALID_ID may come back (0 = no rollback).
     */
    void restart(final long outageMs, final int orderIdRollback)
    {
        LOGGER.info("simulated restart: port {} closed for {} ms", boundAddress.getPort(), outageMs);
        dropConnections(Integer.MIN_VALUE);
        final SelectionKey key = serverChannel.keyFor(selector);
        if (null != key)
        {
            key.cancel();
        }
        CloseHelper.quietClose(serverChannel);
        serverChannel = null;
        venue.rollbackOrderIds(orderIdRollback);
        reopenAtMs = nowMs + Math.max(0, outageMs);
    }

    boolean isListening()
    {
        return null != serverChannel;
    }

    private void reopen()
    {
        ServerSocketChannel channel = null;
        try
        {
            selector.selectNow();
            channel = ServerSocketChannel.open();
            channel.setOption(StandardSocketOptions.SO_REUSEADDR, Boolean.TRUE);
            channel.bind(boundAddress);
            channel.configureBlocking(false);
            channel.register(selector, SelectionKey.OP_ACCEPT);
            serverChannel = channel;
            reopenAtMs = Long.MAX_VALUE;
            LOGGER.info("simulated restart over: listening on {} again", boundAddress);
        }
        catch (final IOException ex)
        {
            CloseHelper.quietClose(channel);
            reopenAtMs = nowMs + REBIND_RETRY_MS;
            LOGGER.warn("cannot reopen {} yet: {}", boundAddress, ex.toString());
        }
    }

    private void onSelectedKey(final SelectionKey key)
    {
        if (!key.isValid())
        {
            return;
        }
        final Object attachment = key.attachment();
        if (attachment instanceof ControlChannel)
        {
            ((ControlChannel)attachment).onSelected(key, this);
            return;
        }
        if (attachment instanceof ControlChannel.Client)
        {
            ((ControlChannel.Client)attachment).owner.onSelected(key, this);
            return;
        }
        if (key.isAcceptable())
        {
            accept();
            return;
        }

        final ClientConnection connection = (ClientConnection)attachment;
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
            while (null != serverChannel && null != (channel = serverChannel.accept()))
            {
                channel.configureBlocking(false);
                channel.setOption(StandardSocketOptions.TCP_NODELAY, Boolean.TRUE);
                final SelectionKey key = channel.register(selector, SelectionKey.OP_READ);
                final ClientConnection connection =
                    new ClientConnection(channel, key, venue, router, timeText, execIdPrefix, faults, ctx);
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
        int work = 0;
        for (int i = connections.size() - 1; i >= 0; i--)
        {
            final ClientConnection connection = connections.get(i);
            work += connection.onTick(nowMs);
            if (connection.hasPendingWork())
            {
                work += connection.flush();
            }
            if (connection.isClosed())
            {
                connections.remove(i);
            }
        }
        return work;
    }
}
