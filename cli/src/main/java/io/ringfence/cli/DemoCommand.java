package io.ringfence.cli;

import io.ringfence.client.RingfenceClient;
import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.BooleanType;
import io.ringfence.codecs.sbe.OrderState;
import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.sbe.Side;
import io.ringfence.codecs.sbe.TimeInForce;
import io.ringfence.codecs.sbe.TradingMode;
import io.ringfence.config.ConfigLoader;
import io.ringfence.config.RingfenceConfig;
import io.ringfence.engine.Engine;
import io.ringfence.engine.EngineContext;
import io.ringfence.sim.PaperGateway;
import io.ringfence.sim.SimulatorContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code ringfence demo}: the simulator and the engine in one process, and a sample strategy
 * (the {@code demo} client) that submits a few orders through the real ring, pipeline, journal,
 * TWS session and simulator, printing each order's lifecycle. Exits 0 when every order filled.
 */
@Command(mixinStandardHelpOptions = true, name = "demo", description = "Run simulator + engine + a sample strategy; print each order's lifecycle.")
final class DemoCommand implements Callable<Integer>
{
    private static final String ACCOUNT = "DU8730189";

    record DemoOrder(String key, Side side, long quantity, String symbol, OrderType type, String limitPrice, TimeInForce tif)
    {
        String describe()
        {
            return side + " " + quantity + " " + symbol + " " + type + (limitPrice == null ? "" : " @ " + limitPrice) +
                " " + tif;
        }
    }

    private static final List<DemoOrder> ORDERS = List.of(
        new DemoOrder("demo-1", Side.BUY, 100, "AAPL", OrderType.MARKET, null, TimeInForce.DAY),
        new DemoOrder("demo-2", Side.BUY, 10, "MSFT", OrderType.LIMIT, "425.00", TimeInForce.DAY),
        new DemoOrder("demo-3", Side.SELL, 40, "AAPL", OrderType.MARKET, null, TimeInForce.DAY),
        new DemoOrder("demo-4", Side.BUY, 5, "SPY", OrderType.LIMIT, "505.00", TimeInForce.IOC));

    @Option(names = "--keep-run-dir", description = "Keep the run directory (journal, rings) and print its path.")
    boolean keepRunDir;

    @Override
    public Integer call() throws IOException, InterruptedException
    {
        final Path runDir = Files.createTempDirectory("ringfence-demo");
        try (PaperGateway simulator = PaperGateway.launch(new SimulatorContext().port(0)))
        {
            System.out.println("simulator listening on 127.0.0.1:" + simulator.port());
            final RingfenceConfig config = ConfigLoader.loadDefault()
                .withDirs(runDir, runDir.resolve("journal"))
                .withPaperGatewayPort(simulator.port());
            try (Engine ignored = Engine.launch(new EngineContext().config(config));
                RingfenceClient client = RingfenceClient.connect(runDir, "demo"))
            {
                System.out.println("engine ready; strategy 'demo' trading " + ACCOUNT);
                int filled = 0;
                for (final DemoOrder order : ORDERS)
                {
                    filled += submit(client, order) ? 1 : 0;
                }
                System.out.println(filled + " of " + ORDERS.size() + " orders filled; journal in " +
                    (keepRunDir ? config.journalDir() : "a temporary directory (use --keep-run-dir to keep it)"));
                return filled == ORDERS.size() ? ExitCodes.OK : ExitCodes.FAILED;
            }
        }
        finally
        {
            if (!keepRunDir)
            {
                TempDirs.delete(runDir);
            }
        }
    }

    private static boolean submit(final RingfenceClient client, final DemoOrder order) throws InterruptedException
    {
        final long correlationId = CorrelationIds.next();
        client.newOrder()
            .correlationId(correlationId)
            .mode(TradingMode.PAPER)
            .side(order.side())
            .orderType(order.type())
            .timeInForce(order.tif())
            .outsideRth(BooleanType.TRUE)
            .quantity(order.quantity())
            .limitPrice(order.limitPrice() == null ? Price.NULL : Price.parse(order.limitPrice()))
            .stopPrice(Price.NULL)
            .account(ACCOUNT)
            .symbol(order.symbol())
            .idempotencyKey(order.key());
        final OrderWatcher watcher = new OrderWatcher(correlationId, ACCOUNT, order.key());
        if (!client.commit())
        {
            System.out.println(order.key() + " " + order.describe() + ": ingress ring full");
            return false;
        }
        final OrderOutcome outcome = watcher.await(client, 10, false);
        System.out.println(order.key() + " " + order.describe());
        System.out.println("  " + String.join(" -> ", outcome.lifecycle));
        for (final OrderOutcome.FillLine fill : outcome.fills)
        {
            System.out.println("  fill " + fill.quantity() + " @ " + Price.toString(fill.price()) + "  exec " + fill.execId());
        }
        return outcome.state == OrderState.FILLED && !outcome.fills.isEmpty();
    }
}
