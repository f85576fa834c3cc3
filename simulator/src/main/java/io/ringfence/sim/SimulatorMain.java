package io.ringfence.sim;

import io.ringfence.codecs.Price;
import io.ringfence.sim.order.CommissionSchedule;
import org.agrona.concurrent.ShutdownSignalBarrier;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Runs a {@link PaperGateway} until SIGINT or SIGTERM.
 * <pre>
 * java -cp … io.ringfence.sim.SimulatorMain [--port N] [--walk-ticks N] [--seed N] [--control-port N]
 *     [--max-msg-rate N] [--regular-hours] [--stale-quote-ms N] [--display-size N]
 *     [--commission-per-share D] [--commission-min D] [--quotes FILE] [--history-interval-ms N]
 *     [--history-capacity N]
 * </pre>
 * {@code --quotes FILE} replays a CSV of {@code timestamp,symbol,bid,ask,bid_size,ask_size} on the
 * simulator's clock instead of the random walk; a bad row stops start-up with an error naming its line
 * and column (exit code 2).
 * Prints one {@code listening on host:port} line to stdout once clients can connect.
 */
public final class SimulatorMain
{
    private static final String USAGE =
        "usage: SimulatorMain [--port N (default 4002, 0 = ephemeral)] [--walk-ticks N (default 0)] [--seed N]" +
        " [--control-port N (admin port, default none)] [--max-msg-rate N (default 50, 0 = off)]" +
        " [--regular-hours] [--stale-quote-ms N (default 0 = off)] [--display-size N (default 1000)]" +
        " [--commission-per-share D (default 0.005)] [--commission-min D (default 1.00)]" +
        " [--quotes FILE (CSV timestamp,symbol,bid,ask,bid_size,ask_size replayed instead of the walk)]" +
        " [--history-interval-ms N (portfolio sample interval, default 60000, 0 = fills only)]" +
        " [--history-capacity N (samples kept per account, default 10000)]";

    private SimulatorMain()
    {
    }

    public static void main(final String[] args)
    {
        final SimulatorContext ctx;
        try
        {
            ctx = parse(args);
        }
        catch (final IllegalArgumentException ex)
        {
            System.err.println(ex.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }

        try (ShutdownSignalBarrier barrier = new ShutdownSignalBarrier();
            PaperGateway gateway = PaperGateway.launch(ctx))
        {
            printReady(System.out, gateway);
            barrier.await();
        }
    }

    static SimulatorContext parse(final String[] args)
    {
        final SimulatorContext ctx = new SimulatorContext();
        for (int i = 0; i < args.length; i++)
        {
            final String name = args[i];
            switch (name)
            {
                case "--port":
                    ctx.port(intValue(name, args, ++i));
                    break;
                case "--walk-ticks":
                    ctx.walkTicks(intValue(name, args, ++i));
                    break;
                case "--seed":
                    ctx.quoteSeed(longValue(name, args, ++i));
                    break;
                case "--control-port":
                    ctx.controlPort(intValue(name, args, ++i));
                    break;
                case "--max-msg-rate":
                    ctx.maxMessagesPerSecond(intValue(name, args, ++i));
                    break;
                case "--regular-hours":
                    ctx.regularTradingHours(true);
                    break;
                case "--stale-quote-ms":
                    ctx.staleQuoteMs(longValue(name, args, ++i));
                    break;
                case "--display-size":
                    ctx.displaySize(longValue(name, args, ++i));
                    break;
                case "--commission-per-share":
                    ctx.commissions(new CommissionSchedule(priceValue(name, args, ++i), ctx.commissions().minimum()));
                    break;
                case "--commission-min":
                    ctx.commissions(new CommissionSchedule(ctx.commissions().perShare(), priceValue(name, args, ++i)));
                    break;
                case "--quotes":
                    ctx.quotesFile(Path.of(stringValue(name, args, ++i)));
                    break;
                case "--history-interval-ms":
                    ctx.historyIntervalMs(longValue(name, args, ++i));
                    break;
                case "--history-capacity":
                    ctx.historyCapacity(intValue(name, args, ++i));
                    break;
                default:
                    throw new IllegalArgumentException("unknown option: " + name);
            }
        }
        return ctx.conclude();
    }

    static void printReady(final PrintStream out, final PaperGateway gateway)
    {
        out.println("paper gateway listening on " + gateway.context().bindAddress() + ":" + gateway.port() +
            (gateway.controlPort() >= 0 ? " control port " + gateway.controlPort() : ""));
        out.flush();
    }

    private static String stringValue(final String name, final String[] args, final int index)
    {
        if (index >= args.length)
        {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return args[index];
    }

    private static long priceValue(final String name, final String[] args, final int index)
    {
        if (index >= args.length)
        {
            throw new IllegalArgumentException(name + " needs a value");
        }
        try
        {
            return Price.parse(args[index]);
        }
        catch (final NumberFormatException ex)
        {
            throw new IllegalArgumentException(name + " needs a decimal: " + args[index]);
        }
    }

    private static int intValue(final String name, final String[] args, final int index)
    {
        final long value = longValue(name, args, index);
        if (value != (int)value)
        {
            throw new IllegalArgumentException(name + " is out of range: " + value);
        }
        return (int)value;
    }

    private static long longValue(final String name, final String[] args, final int index)
    {
        if (index >= args.length)
        {
            throw new IllegalArgumentException(name + " needs a value");
        }
        try
        {
            return Long.parseLong(args[index]);
        }
        catch (final NumberFormatException ex)
        {
            throw new IllegalArgumentException(name + " needs an integer: " + args[index]);
        }
    }
}
