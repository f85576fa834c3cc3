package io.ringfence.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ringfence.client.RingfenceClient;
import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.BooleanType;
import io.ringfence.codecs.sbe.OrderState;
import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.sbe.Side;
import io.ringfence.codecs.sbe.TimeInForce;
import io.ringfence.codecs.sbe.TradingMode;
import io.ringfence.config.ConfigLoader;
import io.ringfence.config.JournalConfig;
import io.ringfence.config.RingfenceConfig;
import io.ringfence.engine.Engine;
import io.ringfence.engine.EngineContext;
import io.ringfence.journal.idempotency.IdempotencyDescriptor;
import io.ringfence.sim.PaperGateway;
import io.ringfence.sim.SimulatorContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journal tools on a journal written by a real engine trading against the simulator:
 * verify passes with the same configuration and names the records whose decisions a changed
 * configuration would not reproduce, and finds a torn idempotency table that rebuild-idempotency
 * then repairs; tail filters by key; replay rebuilds the orders.
 */
@Timeout(60)
class JournalToolsIT
{
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private RingfenceConfig config;

    @BeforeEach
    void tradeThroughARealEngine() throws Exception
    {
        try (PaperGateway simulator = PaperGateway.launch(new SimulatorContext().port(0)))
        {
            config = ConfigLoader.loadDefault().withDirs(dir, dir.resolve("journal")).withPaperGatewayPort(simulator.port());
            try (Engine ignored = Engine.launch(new EngineContext().config(config));
                RingfenceClient client = RingfenceClient.connect(dir, "demo"))
            {
                submit(client, 1, "j-1", TradingMode.PAPER);
                submit(client, 2, "j-2", TradingMode.NONE);
                submit(client, 3, "j-1", TradingMode.PAPER);
                submit(client, 4, "j-3", TradingMode.PAPER);
                assertThat(new OrderWatcher(4, "DU8730189", "j-3").await(client, 10, false).state)
                    .isEqualTo(OrderState.FILLED);
            }
        }
    }

    @Test
    void shouldVerifyAJournalThatReplaysToTheSameDecisions()
    {
        final JournalVerification verification = JournalVerification.run(config, config.journalDir());

        assertThat(verification.isClean()).as(report(verification)).isTrue();
        assertThat(report(verification)).contains("decisions: 8", "replayed decisions: 8", "problems: 0", "journal OK",
            "idempotency table: 2 key(s) compared", "(closed cleanly)");
    }

    @Test
    void shouldFindATornIdempotencyTableAndRebuildItFromTheJournal() throws Exception
    {
        final Path table = config.journalDir().resolve(JournalConfig.IDEMPOTENCY_FILE_NAME);
        flipTheRequestHashOfEveryKey(table);

        final JournalVerification torn = JournalVerification.run(config, config.journalDir());
        assertThat(torn.isClean()).isFalse();
        assertThat(report(torn)).contains("checksum mismatch");

        assertThat(run("journal", "rebuild-idempotency", "--journal-dir", config.journalDir().toString()))
            .contains("rebuilt 2 key(s) from ");
        final JournalVerification rebuilt = JournalVerification.run(config, config.journalDir());
        assertThat(rebuilt.isClean()).as(report(rebuilt)).isTrue();
        assertThat(report(rebuilt)).contains("idempotency table: 2 key(s) compared");
    }

    @Test
    void shouldRefuseToRebuildTheTableUnderARunningEngine() throws Exception
    {
        try (PaperGateway simulator = PaperGateway.launch(new SimulatorContext().port(0));
            Engine ignored = Engine.launch(new EngineContext().config(config.withPaperGatewayPort(simulator.port()))))
        {
            assertThat(RingfenceCli.execute("journal", "rebuild-idempotency", "--journal-dir",
                config.journalDir().toString())).isEqualTo(ExitCodes.FAILED);
        }
    }

    @Test
    void shouldNameTheDecisionsAChangedConfigWouldNotReproduce()
    {
        final RingfenceConfig changed = ConfigLoader.parse("""
            [trading]
            paper_enabled = false
            [accounts]
            paper = ["DU8730189", "DUP203550"]
            [[clients]]
            name = "cli"
            accounts = ["DU8730189"]
            [[clients]]
            name = "demo"
            accounts = ["DU8730189"]
            """).withDirs(dir, dir.resolve("journal"));

        final JournalVerification verification = JournalVerification.run(changed, changed.journalDir());

        assertThat(verification.isClean()).isFalse();
        assertThat(report(verification)).contains("journaled NEW PLACE_ORDER #1", "PAPER_TRADING_DISABLED");
    }

    @Test
    void shouldAnswerOrderPositionExecutionAndAccountQueriesFromTheJournal() throws Exception
    {
        final String journalDir = config.journalDir().toString();

        final JsonNode status = JSON.readTree(run("orders", "status", "--journal-dir", journalDir, "--idempotency-key", "j-3",
            "--json"));
        final JsonNode working = JSON.readTree(run("orders", "list", "--journal-dir", journalDir, "--working", "--json"));
        final JsonNode positions = JSON.readTree(run("positions", "--journal-dir", journalDir, "--json"));
        final JsonNode executions = JSON.readTree(run("executions", "--journal-dir", journalDir, "--symbol", "AAPL", "--json"));

        assertThat(status).hasSize(1);
        assertThat(status.get(0).get("state").asText()).isEqualTo("FILLED");
        assertThat(status.get(0).get("filledQuantity").asLong()).isEqualTo(10);
        assertThat(working).isEmpty();
        assertThat(positions).hasSize(1);
        assertThat(positions.get(0).get("position").asLong()).isEqualTo(20);
        assertThat(positions.get(0).get("workingQuantity").asLong()).isZero();
        assertThat(executions).hasSize(2);
        assertThat(executions.get(0).get("orderRef").asText()).isEqualTo("j-1");
        assertThat(executions.get(0).get("shares").asLong()).isEqualTo(10);
        assertThat(executions.get(0).get("commission").asText()).isNotEmpty();
        assertThat(RingfenceCli.execute("orders", "status", "--journal-dir", journalDir, "--idempotency-key", "nope"))
            .isEqualTo(ExitCodes.FAILED);

        final JsonNode account = JSON.readTree(run("account", "--journal-dir", journalDir, "--account", "DU8730189", "--json"));
        assertThat(account.get("NetLiquidation").get("value").asText()).isNotEmpty();
        assertThat(account.get("BuyingPower").get("currency").asText()).isEqualTo("USD");
    }

    @Test
    void shouldTailOneKeyAndReplayTheOrders() throws Exception
    {
        final String tail = run("journal", "tail", "--journal-dir", config.journalDir().toString(), "--decisions",
            "--key", "j-3");
        final String replay = run("journal", "replay", "--journal-dir", config.journalDir().toString());

        assertThat(tail).contains("NewOrder", "key j-3", "ACCEPTED DU8730189 j-3").doesNotContain("key j-1");
        assertThat(replay).containsPattern("j-1\\s+AAPL\\s+BUY\\s+10\\s+10\\s+190.01\\s+FILLED");
    }

    private static void submit(final RingfenceClient client, final long correlationId, final String key, final TradingMode mode)
    {
        client.newOrder()
            .correlationId(correlationId)
            .mode(mode)
            .side(Side.BUY)
            .orderType(OrderType.MARKET)
            .timeInForce(TimeInForce.DAY)
            .outsideRth(BooleanType.TRUE)
            .quantity(10)
            .limitPrice(Price.NULL)
            .stopPrice(Price.NULL)
            .account("DU8730189")
            .symbol("AAPL")
            .idempotencyKey(key);
        assertThat(client.commit()).isTrue();
    }

    private static void flipTheRequestHashOfEveryKey(final Path table) throws IOException
    {
        try (FileChannel channel = FileChannel.open(table, StandardOpenOption.READ, StandardOpenOption.WRITE))
        {
            final MappedByteBuffer bytes = channel.map(FileChannel.MapMode.READ_WRITE, 0, channel.size());
            for (int offset = IdempotencyDescriptor.HEADER_LENGTH; offset < bytes.capacity();
                offset += IdempotencyDescriptor.RECORD_LENGTH)
            {
                if (bytes.get(offset + IdempotencyDescriptor.STATE_OFFSET) != 0)
                {
                    final int at = offset + IdempotencyDescriptor.REQUEST_HASH_OFFSET;
                    bytes.put(at, (byte)~bytes.get(at));
                }
            }
            bytes.force();
        }
    }

    private static String report(final JournalVerification verification)
    {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        verification.report(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String run(final String... args)
    {
        final PrintStream original = System.out;
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try
        {
            assertThat(RingfenceCli.execute(args)).isZero();
        }
        finally
        {
            System.setOut(original);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
