package io.ringfence.sim;

import io.ringfence.sim.account.Account;
import io.ringfence.sim.account.Position;
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
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
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
 */
public final class PaperGateway implements AutoCloseable
{
    private static final Logger LOGGER = LoggerFactory.getLogger(PaperGateway.class);
    private static final long COMMAND_TIMEOUT_MS = 5_000;

    private final SimulatorContext ctx;
    private final GatewayAgent agent;
    private final AgentRunner runner;
    private final int port;
    private final AtomicLong errorCount;

    private PaperGateway(
        final SimulatorContext ctx, final GatewayAgent agent, final AgentRunner runner, final int port,
        final AtomicLong errorCount)
    {
        this.ctx = ctx;
        this.agent = agent;
        this.runner = runner;
        this.port = port;
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
            final AgentRunner runner = new AgentRunner(ctx.idleStrategy(), errorHandler, null, agent);
            AgentRunner.startOnThread(runner, (runnable) ->
            {
                final Thread thread = new Thread(runnable, "ringfence-sim-" + port);
                thread.setDaemon(true);
                return thread;
            });
            LOGGER.info("paper gateway listening on {}:{} {}", ctx.bindAddress(), port, ctx);
            return new PaperGateway(ctx, agent, runner, port, errorCount);
        }
        catch (final IOException ex)
        {
            CloseHelper.quietCloseAll(selector, serverChannel);
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
        catch (final ExecutionException | TimeoutException ex)
        {
            throw new IllegalStateException("paper gateway did not answer", ex);
        }
    }
}
