package io.ringfence.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ringfence.codecs.Price;
import io.ringfence.config.ConfigLoader;
import io.ringfence.engine.Engine;
import io.ringfence.engine.EngineContext;
import io.ringfence.sim.PaperGateway;
import io.ringfence.sim.SimulatorContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The order commands against a real engine and the simulator. Target-position batches through
 * {@code ringfence orders target --file} (the workflow of ../shared/seeds/001): flat to long to
 * short to flat gives the expected deltas and final positions at the broker; the same targets
 * again (another batch id) send nothing; a retried batch id answers the same; a batch's working
 * order is cancelled by {@code batches cancel} and {@code batches show} reads it back from the
 * journal. {@code orders cancel --broker-order-id}; {@code orders bracket}.
 */
@Timeout(120)
class OrdersCliIT
{
    private static final String ACCOUNT = "DU8730189";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private PaperGateway simulator;
    private Engine engine;
    private Path config;

    @BeforeEach
    void start() throws Exception
    {
        simulator = PaperGateway.launch(new SimulatorContext().port(0).walkTicks(0));
        assertThat(simulator.setQuote("AAPL", Price.parse("190.00"), Price.parse("190.02"))).isTrue();
        assertThat(simulator.setQuote("MSFT", Price.parse("420.00"), Price.parse("420.04"))).isTrue();
        config = Files.writeString(dir.resolve("ringfence.toml"), Files.readString(Path.of("..", "config", "ringfence.toml"))
            .replace("run_dir = \"run\"", "run_dir = \"" + dir.resolve("run") + "\"")
            .replace("port = 4002", "port = " + simulator.port()));
        engine = Engine.launch(new EngineContext().config(ConfigLoader.load(config)));
    }

    @AfterEach
    void stop()
    {
        engine.close();
        simulator.close();
    }

    @Test
    void shouldMoveFromFlatToLongToShortToFlatAndNeverDoubleAnOrder() throws Exception
    {
        final JsonNode long1 = target("b1", 0, "{\"symbol\": \"AAPL\", \"quantity\": 100}",
            "{\"symbol\": \"MSFT\", \"quantity\": 50, \"expected_price\": 420.04, \"tolerance_pct\": 0.5}");
        assertThat(rows(long1)).containsExactly("AAPL 0 100 100 BUY 100 MARKET", "MSFT 0 50 50 BUY 50 LIMIT 422.14");
        awaitPositions(100, 50);

        final JsonNode again = target("b2", 0, "{\"symbol\": \"AAPL\", \"quantity\": 100}",
            "{\"symbol\": \"MSFT\", \"quantity\": 50, \"expected_price\": 420.04, \"tolerance_pct\": 0.5}");
        assertThat(rows(again)).containsExactly("AAPL 100 100 0 no_change 0 ", "MSFT 50 50 0 no_change 0 ");
        assertThat(again.get("results").get(0).get("status").asText()).isEqualTo("NO_CHANGE");

        final JsonNode retried = target("b1", 0, "{\"symbol\": \"AAPL\", \"quantity\": 100}",
            "{\"symbol\": \"MSFT\", \"quantity\": 50, \"expected_price\": 420.04, \"tolerance_pct\": 0.5}");
        assertThat(rows(retried)).isEqualTo(rows(long1));
        assertThat(engine.ordersSent()).isEqualTo(2);

        final JsonNode short1 = target("b3", 0, "{\"symbol\": \"AAPL\", \"quantity\": -50}",
            "{\"symbol\": \"MSFT\", \"quantity\": -20, \"limit_price\": 419.00}");
        assertThat(rows(short1)).containsExactly("AAPL 100 -50 -150 SELL 150 MARKET", "MSFT 50 -20 -70 SELL 70 LIMIT 419.00");
        awaitPositions(-50, -20);

        final JsonNode flat = target("b4", 0, "{\"symbol\": \"AAPL\", \"quantity\": 0}", "{\"symbol\": \"MSFT\", \"quantity\": 0}");
        assertThat(rows(flat)).containsExactly("AAPL -50 0 50 BUY 50 MARKET", "MSFT -20 0 20 BUY 20 MARKET");
        awaitPositions(0, 0);
        assertThat(engine.ordersSent()).isEqualTo(6);
    }

    @Test
    void shouldCancelABatchsWorkingOrderAndShowItFromTheJournal() throws Exception
    {
        final JsonNode resting = target("r1", 0, "{\"symbol\": \"AAPL\", \"quantity\": 10, \"limit_price\": 150.00}");
        assertThat(resting.get("results").get(0).get("status").asText()).isEqualTo("SUBMITTED");

        final String cancelled = cli(0, "batches", "cancel", "--account", ACCOUNT, "--batch-id", "r1", "--enable-paper",
            "--config", config.toString());
        assertThat(cancelled).contains("batch r1: cancelling 1 order(s)", "r1/AAPL");
        assertThat(cli(2, "batches", "cancel", "--account", ACCOUNT, "--batch-id", "zz", "--enable-paper",
            "--config", config.toString())).contains("ORDER_NOT_CANCELLABLE");

        final long deadlineNs = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        String shown = "";
        while (!shown.contains("CANCELLED") && System.nanoTime() - deadlineNs < 0)
        {
            shown = cli(0, "batches", "show", "--batch-id", "r1", "--config", config.toString());
        }
        assertThat(shown).containsPattern("r1/AAPL\\s+AAPL\\s+BUY\\s+10\\s+0\\s+.*CANCELLED");
        assertThat(simulator.position(ACCOUNT, "AAPL")).isZero();
    }

    @Test
    void shouldCancelAnOrderByItsBrokerOrderId() throws Exception
    {
        final JsonNode resting = target("r2", 0, "{\"symbol\": \"AAPL\", \"quantity\": 10, \"limit_price\": 150.00}");
        final String brokerOrderId = resting.get("results").get(0).get("ibkr_order_id").asText();

        final JsonNode cancelled = JSON.readTree(cli(0, "orders", "cancel", "--account", ACCOUNT, "--broker-order-id",
            brokerOrderId, "--enable-paper", "--json", "--config", config.toString()));

        assertThat(cancelled.get("state").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.get("brokerOrderId").asText()).isEqualTo(brokerOrderId);
        assertThat(cli(2, "orders", "cancel", "--account", ACCOUNT, "--broker-order-id", "99999", "--enable-paper",
            "--config", config.toString())).contains("UNKNOWN_ORDER");
    }

    @Test
    void shouldPlaceABracketWhoseStopLossTheTakeProfitCancels() throws Exception
    {
        final JsonNode entry = JSON.readTree(cli(0, "orders", "bracket", "--account", ACCOUNT, "--symbol", "AAPL",
            "--side", "BUY", "--qty", "10", "--take-profit", "191.00", "--stop-loss", "189.00", "--idempotency-key", "br",
            "--enable-paper", "--json", "--config", config.toString()));
        assertThat(entry.get("state").asText()).isEqualTo("FILLED");

        assertThat(simulator.setQuote("AAPL", Price.parse("191.00"), Price.parse("191.02"))).isTrue();

        final long deadlineNs = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        String legs = "";
        while (!legs.contains("CANCELLED") && System.nanoTime() - deadlineNs < 0)
        {
            legs = cli(0, "orders", "list", "--symbol", "AAPL", "--config", config.toString());
        }
        assertThat(legs).containsPattern("br/tp\\s+AAPL\\s+SELL\\s+10\\s+10\\s+191.00\\s+FILLED")
            .containsPattern("br/sl\\s+AAPL\\s+SELL\\s+10\\s+0\\s+.*CANCELLED");
        assertThat(simulator.position(ACCOUNT, "AAPL")).isZero();
    }

    @Test
    void shouldRefuseABadBatchFileNamingTheEntry() throws Exception
    {
        final Path file = Files.writeString(dir.resolve("bad.json"),
            "{\"orders\": [{\"symbol\": \"AAPL\", \"quantity\": 10, \"limit_price\": 1, \"expected_price\": 1, \"tolerance_pct\": 1}]}");

        final JsonNode refused = JSON.readTree(cli(2, "orders", "target", "--account", ACCOUNT, "--file", file.toString(),
            "--enable-paper", "--json", "--config", config.toString()));

        assertThat(refused.get("code").asText()).isEqualTo("MALFORMED_INTENT");
        assertThat(refused.get("detail").asText()).contains("--file orders[0]", "not both");
    }

    private JsonNode target(final String batchId, final int expectedExit, final String... orders) throws Exception
    {
        final Path file = Files.writeString(dir.resolve(batchId + "-" + System.nanoTime() + ".json"),
            "{\"account_id\": \"" + ACCOUNT + "\", \"orders\": [" + String.join(", ", orders) + "]}");
        return JSON.readTree(cli(expectedExit, "orders", "target", "--file", file.toString(), "--batch-id", batchId,
            "--enable-paper", "--json", "--timeout-seconds", "5", "--config", config.toString()));
    }

    /**
     * symbol, current, desired, delta, action, quantity, type and price of each result.
     */
    private static List<String> rows(final JsonNode batch)
    {
        final List<String> rows = new ArrayList<>();
        for (final JsonNode result : batch.get("results"))
        {
            rows.add(String.join(" ", result.get("symbol").asText(), result.get("current_pos").asText(),
                result.get("desired_pos").asText(), result.get("delta").asText(), result.get("action").asText(),
                result.get("qty").asText(), result.get("order_type").asText()) +
                (result.has("limit_price") ? " " + result.get("limit_price").decimalValue().setScale(2).toPlainString() : ""));
        }
        return rows;
    }

    private void awaitPositions(final long aapl, final long msft) throws InterruptedException
    {
        final long deadlineNs = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while ((simulator.position(ACCOUNT, "AAPL") != aapl || simulator.position(ACCOUNT, "MSFT") != msft) &&
            System.nanoTime() - deadlineNs < 0)
        {
            Thread.sleep(10);
        }
        assertThat(simulator.position(ACCOUNT, "AAPL")).isEqualTo(aapl);
        assertThat(simulator.position(ACCOUNT, "MSFT")).isEqualTo(msft);
    }

    private static String cli(final int expectedExit, final String... args)
    {
        final PrintStream original = System.out;
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        final int exit;
        try
        {
            exit = RingfenceCli.execute(args);
        }
        finally
        {
            System.setOut(original);
        }
        final String output = bytes.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(output).isEqualTo(expectedExit);
        return output;
    }
}
