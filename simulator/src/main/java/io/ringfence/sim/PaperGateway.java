package io.ringfence.sim;

import io.ringfence.sim.account.Account;
import io.ringfence.sim.account.Position;
import io.ringfence.sim.history.EquityCurvePlot;
import io.ringfence.sim.history.HistoryExport;
import io.ringfence.sim.history.HistoryFormat;
import io.ringfence.sim.history.PortfolioHistory;
import io.ringfence.sim.history.PortfolioSample;
import io.ringfence.sim.market.Quote;
import io.ringfence.sim.market.QuoteSnapshot;
import org.agrona.CloseHelper;
import org.agrona.ErrorHandler;
import org.agrona.concurrent.AgentRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A paper trading gateway that speaks the TWS API socket protocol (server versions 176..193) on a
 * loopback port, so that TWS clients (Ringfence's bridge, IB's own clients, {@code @stoqey/ib}) can trade
 * against simulated accounts and quotes. One daemon thread owns everything; this class is its handle.
 * <pre>
 * try (PaperGateway gateway = PaperGateway.launch(new SimulatorContext().port(0)))
 * {
 *     connect to 127.0.0.1:gateway.port() …
 *     QuoteSnapshot aapl = gateway.quote("AAPL");   // an AAPL market buy fills at aapl.askPrice()
 * }
 * </pre>
 * <b>Faults, on command.</b> Each fault method is deterministic: it takes effect on the gateway thread
 * before the next request is read and hits a known message (the next order status, the next execution,
 * the next order). The same commands are served as text on an optional loopback control port
 * ({@link SimulatorContext#controlPort(int)}, see {@code ControlCommands}).
 * <p>
 * <b>Portfolio history.</b> Every account is sampled at start, on each fill and reset, and every
 * {@link SimulatorContext#historyIntervalMs(long)} of the simulator's clock; {@link #portfolioHistory(String)}
 * copies the samples, {@link #writePortfolioHistory(String, HistoryFormat, Path)} exports them as CSV or
 * JSON and {@link #plotEquityCurve(String, Path, int, int)} draws the equity curve as a PNG (the copy is
 * taken on the gateway thread, the file written on the caller's).
 */
public final class PaperGateway implements AutoCloseable
{
    private static final Logger LOGGER = LoggerFactory.getLogger(PaperGateway.class);
    private static final long COMMAND_TIMEOUT_MS = 5_000;

    private final SimulatorContext ctx;
    private final GatewayAgent agent;
    private final AgentRunner runner;
    private final int port;
    private final int controlPort;
    private final AtomicLong errorCount;

    private PaperGateway(
        final SimulatorContext ctx, final GatewayAgent agent, final AgentRunner runner, final int port,
        final int controlPort, final AtomicLong errorCount)
    {
        this.ctx = ctx;
        this.agent = agent;
        this.runner = runner;
        this.port = port;
        this.controlPort = controlPort;
        this.errorCount = errorCount;
    }

    /**
     * Bind the port and start the gateway thread; clients can connect when this returns.
     *
     * @param ctx configuration; concluded here.
     * @return the running gateway.
     * @throws UncheckedIOException if the port cannot be bound.
     */
    public static PaperGateway launch(final SimulatorContext ctx)
    {
        ctx.conclude();
        final AtomicLong errorCount = new AtomicLong();
        final ErrorHandler errorHandler = (throwable) ->
        {
            errorCount.incrementAndGet();
            LOGGER.error("paper gateway error", throwable);
        };

        ServerSocketChannel serverChannel = null;
        ServerSocketChannel controlServerChannel = null;
        Selector selector = null;
        try
        {
            serverChannel = ServerSocketChannel.open();
            serverChannel.setOption(StandardSocketOptions.SO_REUSEADDR, Boolean.TRUE);
            serverChannel.bind(new InetSocketAddress(ctx.bindAddress(), ctx.port()));
            serverChannel.configureBlocking(false);
            selector = Selector.open();
            final int port = ((InetSocketAddress)serverChannel.getLocalAddress()).getPort();
            final GatewayAgent agent = new GatewayAgent(ctx, serverChannel, selector, errorHandler);
            int controlPort = -1;
            if (ctx.controlPort() >= 0)
            {
                controlServerChannel = ServerSocketChannel.open();
                controlServerChannel.setOption(StandardSocketOptions.SO_REUSEADDR, Boolean.TRUE);
                controlServerChannel.bind(new InetSocketAddress(ctx.bindAddress(), ctx.controlPort()));
                controlServerChannel.configureBlocking(false);
                final ControlChannel control = new ControlChannel(controlServerChannel, ctx);
                controlServerChannel.register(selector, SelectionKey.OP_ACCEPT, control);
                agent.controlChannel(control);
                controlPort = control.port();
            }
            final AgentRunner runner = new AgentRunner(ctx.idleStrategy(), errorHandler, null, agent);
            AgentRunner.startOnThread(runner, (runnable) ->
            {
                final Thread thread = new Thread(runnable, "ringfence-sim-" + port);
                thread.setDaemon(true);
                return thread;
            });
            LOGGER.info("paper gateway listening on {}:{} (control port {}) {}", ctx.bindAddress(), port,
                controlPort, ctx);
            return new PaperGateway(ctx, agent, runner, port, controlPort, errorCount);
        }
        catch (final IOException ex)
        {
            CloseHelper.quietCloseAll(selector, controlServerChannel, serverChannel);
            throw new UncheckedIOException("cannot listen on " + ctx.bindAddress() + ":" + ctx.port(), ex);
        }
    }

    /**
     * @return the bound port (the real one when the context asked for port 0).
     */
    public int port()
    {
        return port;
    }

    /**
     * @return the admin port, or -1 when the context asked for none.
     */
    public int controlPort()
    {
        return controlPort;
    }

    public SimulatorContext context()
    {
        return ctx;
    }

    /**
     * The quote orders for a symbol currently trade against: a market buy fills at its ask, a market sell
     * at its bid. With the walk on, it moves one step after every order event.
     *
     * @param symbol ticker.
     * @return a consistent copy, or null if the symbol is not configured.
     */
    public QuoteSnapshot quote(final String symbol)
    {
        final Quote quote = agent.venue().quotes().quote(symbol);
        return null == quote ? null : quote.snapshot();
    }

    /**
     * Move a quote, as the market would; resting orders it makes marketable fill at once. Waits until the
     * gateway thread has applied it, so an order sent afterwards meets the new quote.
     *
     * @param symbol   ticker.
     * @param bidPrice new bid at scale 10<sup>-8</sup>, or {@code Price.NULL} to remove it.
     * @param askPrice new ask at scale 10<sup>-8</sup>, or {@code Price.NULL} to remove it.
     * @return false if the symbol is not configured.
     */
    public boolean setQuote(final String symbol, final long bidPrice, final long askPrice)
    {
        return onGatewayThread(() -> agent.venue().setQuote(symbol, bidPrice, askPrice));
    }

    /**
     * Move a quote and set the sizes displayed on each side (what a market order can take at once).
     *
     * @return false if the symbol is not configured.
     */
    public boolean setQuote(
        final String symbol, final long bidPrice, final long askPrice, final long bidSize, final long askSize)
    {
        return onGatewayThread(() -> agent.venue().setQuote(symbol, bidPrice, askPrice, bidSize, askSize));
    }

    /**
     * @param account account id.
     * @return cash at scale 10<sup>-8</sup>.
     * @throws IllegalArgumentException if the account is not managed here.
     */
    public long cash(final String account)
    {
        return onGatewayThread(() -> findAccount(account).cash());
    }

    /**
     * @param account account id.
     * @return realised P&amp;L of the current generation, net of commissions, at scale 10<sup>-8</sup>.
     */
    public long realizedPnl(final String account)
    {
        return onGatewayThread(() -> findAccount(account).realizedPnl());
    }

    /**
     * @param account account id.
     * @return a copy of the account's portfolio samples, oldest first.
     * @throws IllegalArgumentException if the account is not managed here.
     */
    public List<PortfolioSample> portfolioHistory(final String account)
    {
        return onGatewayThread(() -> findHistory(agent.venue(), account).samples());
    }

    /**
     * @param account account id.
     * @param format  CSV (header line, then a line per sample) or JSON (one object), see {@link HistoryExport}.
     * @return the account's portfolio history as text.
     * @throws IllegalArgumentException if the account is not managed here.
     */
    public String portfolioHistory(final String account, final HistoryFormat format)
    {
        return HistoryExport.toText(account, portfolioHistory(account), format);
    }

    /**
     * Export the account's portfolio history to a file, replacing it.
     *
     * @param account account id.
     * @param format  CSV or JSON, see {@link HistoryExport}.
     * @param file    written; its directory must exist.
     * @return the number of samples written.
     * @throws IllegalArgumentException if the account is not managed here.
     * @throws UncheckedIOException     if the file cannot be written.
     */
    public int writePortfolioHistory(final String account, final HistoryFormat format, final Path file)
    {
        final List<PortfolioSample> samples = portfolioHistory(account);
        HistoryExport.write(account, samples, format, file);
        return samples.size();
    }

    /**
     * Draw the account's equity curve (and its running peak) as a PNG.
     *
     * @param account account id.
     * @param file    written; its directory must exist.
     * @param width   pixels, 100..8192 ({@link EquityCurvePlot#DEFAULT_WIDTH} is 1024).
     * @param height  pixels, 100..8192 ({@link EquityCurvePlot#DEFAULT_HEIGHT} is 600).
     * @throws IllegalArgumentException if the account is not managed here or the size is out of range.
     * @throws UncheckedIOException     if the file cannot be written.
     */
    public void plotEquityCurve(final String account, final Path file, final int width, final int height)
    {
        EquityCurvePlot.writePng(account, portfolioHistory(account), ctx.timeZone(), file, width, height);
    }

    /**
     * @return orders not yet filled, cancelled or rejected, across all clients.
     */
    public int liveOrderCount()
    {
        return onGatewayThread(() -> agent.venue().orderBook().liveOrders().size());
    }

    /**
     * Start a new generation of an account: its open orders cancelled (clients are told), positions
     * cleared, cash set; order and execution history kept.
     *
     * @param account account id.
     * @param newCash the new generation's cash at scale 10<sup>-8</sup>, or {@code Price.NULL} for the
     *                configured initial cash.
     * @return false if the account is not managed here.
     */
    public boolean resetAccount(final String account, final long newCash)
    {
        return onGatewayThread(() -> agent.venue().resetAccount(account, newCash, ctx.initialCash()));
    }

    /**
     * Fault: close a client's socket without a word, as a network failure does. Its orders keep working.
     *
     * @return connections dropped (0 if that client is not connected).
     */
    public int dropConnection(final int clientId)
    {
        return onGatewayThread(() -> agent.dropConnections(clientId));
    }

    /**
     * Fault: close every client socket.
     *
     * @return connections dropped.
     */
    public int dropAllConnections()
    {
        return onGatewayThread(() -> agent.dropConnections(Integer.MIN_VALUE));
    }

    /**
     * Fault: IB Gateway's daily restart. Every socket closes, connections are refused for {@code outageMs},
     * then the port accepts a normal handshake again; orders keep working and may fill meanwhile (fills
     * are not replayed). With {@code orderIdRollback > 0} the first NEXT_VALID_ID afterwards is that far
     * below the next free id (never below the configured start), until an order is placed.
     */
    public void dailyRestart(final long outageMs, final int orderIdRollback)
    {
        onGatewayThread(() ->
        {
            agent.restart(outageMs, orderIdRollback);
            return null;
        });
    }

    /**
     * @return false while a simulated restart refuses connections.
     */
    public boolean isListening()
    {
        return onGatewayThread(agent::isListening);
    }

    /**
     * Fault: ERR 1100 "Connectivity between IB and Trader Workstation has been lost." to every client.
     */
    public void connectivityLost()
    {
        control("connectivity lost");
    }

    /**
     * Fault: ERR 1102 (data maintained) or 1101 (data lost: clients must resubscribe) to every client.
     */
    public void connectivityRestored(final boolean dataMaintained)
    {
        control(dataMaintained ? "connectivity restored" : "connectivity data-lost");
    }

    /**
     * Fault: the next {@code count} ORDER_STATUS frames (to any client) are never sent.
     */
    public void dropOrderStatus(final int count)
    {
        onGatewayThread(() ->
        {
            agent.faults().dropOrderStatus(count);
            return null;
        });
    }

    /**
     * Fault: the next {@code count} ORDER_STATUS frames are sent {@code delayMs} late, after the frames
     * written meanwhile (executions, later statuses).
     */
    public void delayOrderStatus(final int count, final long delayMs)
    {
        onGatewayThread(() ->
        {
            agent.faults().delayOrderStatus(count, delayMs);
            return null;
        });
    }

    /**
     * Fault: the next new order that fills at once sends EXECUTION_DATA before its OPEN_ORDER/ORDER_STATUS.
     */
    public void sendExecutionBeforeOpenOrder()
    {
        onGatewayThread(() ->
        {
            agent.faults().execBeforeOpenOrder();
            return null;
        });
    }

    /**
     * Fault: the next {@code count} executions are each sent twice, with the same execId.
     */
    public void duplicateExecutions(final int count)
    {
        onGatewayThread(() ->
        {
            agent.faults().duplicateExecutions(count);
            return null;
        });
    }

    /**
     * Fault: the next new order, whatever it is, is rejected (ERR 201 + Inactive).
     */
    public void rejectNextOrder()
    {
        onGatewayThread(() ->
        {
            agent.venue().orderBook().rejectNextOrder();
            return null;
        });
    }

    /**
     * Disarm every armed fault that has not fired yet.
     */
    public void clearFaults()
    {
        onGatewayThread(() ->
        {
            agent.faults().clear();
            return null;
        });
    }

    /**
     * Run one control-port command (see {@code ControlCommands}) from Java.
     *
     * @param command e.g. {@code "restart 2000 5"}.
     * @return the reply line, starting {@code ok} or {@code error}.
     */
    public String control(final String command)
    {
        return onGatewayThread(() -> ControlCommands.execute(command, agent, ctx));
    }

    /**
     * @param account account id.
     * @param symbol  ticker.
     * @return signed shares held, 0 if none.
     */
    public long position(final String account, final String symbol)
    {
        return onGatewayThread(() ->
        {
            final Account found = agent.venue().accounts().find(account);
            final Position position = null == found ? null : found.position(symbol);
            return null == position ? 0L : position.quantity();
        });
    }

    /**
     * @return unexpected exceptions on the gateway thread so far (each closed the connection it came from).
     */
    public long errorCount()
    {
        return errorCount.get();
    }

    /**
     * Stop the thread and close every socket; idempotent.
     */
    public void close()
    {
        if (!runner.isClosed())
        {
            runner.close();
            LOGGER.info("paper gateway on port {} closed", port);
        }
    }

    static PortfolioHistory findHistory(final PaperVenue venue, final String account)
    {
        final PortfolioHistory history = venue.histories().history(account);
        if (null == history)
        {
            throw new IllegalArgumentException("account not managed here: " + account);
        }
        return history;
    }

    private Account findAccount(final String account)
    {
        final Account found = agent.venue().accounts().find(account);
        if (null == found)
        {
            throw new IllegalArgumentException("account not managed here: " + account);
        }
        return found;
    }

    private <T> T onGatewayThread(final Supplier<T> query)
    {
        if (runner.isClosed())
        {
            throw new IllegalStateException("paper gateway is closed");
        }

        final CompletableFuture<T> result = new CompletableFuture<>();
        final Runnable command = () ->
        {
            try
            {
                result.complete(query.get());
            }
            catch (final RuntimeException ex)
            {
                result.completeExceptionally(ex);
            }
        };
        if (!agent.offer(command))
        {
            throw new IllegalStateException("paper gateway command queue is full");
        }
        try
        {
            return result.get(COMMAND_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for the paper gateway", ex);
        }
        catch (final ExecutionException ex)
        {
            if (ex.getCause() instanceof RuntimeException)
            {
                throw (RuntimeException)ex.getCause();
            }
            throw new IllegalStateException("paper gateway failed the command", ex);
        }
        catch (final TimeoutException ex)
        {
            throw new IllegalStateException("paper gateway did not answer", ex);
        }
    }
}
