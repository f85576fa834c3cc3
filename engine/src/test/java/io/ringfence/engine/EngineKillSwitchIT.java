package io.ringfence.engine;

import io.ringfence.client.RingfenceClient;
import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.BooleanType;
import io.ringfence.codecs.sbe.KillSwitchCommandEncoder;
import io.ringfence.codecs.sbe.KillSwitchScope;
import io.ringfence.codecs.sbe.MessageHeaderEncoder;
import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.config.ConfigLoader;
import io.ringfence.config.RingfenceConfig;
import io.ringfence.sim.PaperGateway;
import io.ringfence.sim.SimulatorContext;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kill switch on real parts: engaging it for one account cancels that account's working
 * orders at the broker and no other; after an unclean shutdown the engine starts with the global
 * switch on when so configured, and only an operator command releases it.
 */
@Timeout(60)
class EngineKillSwitchIT
{
    private static final String CONFIG = """
        [kill_switch]
        engage_on_unclean_shutdown = true
        [accounts]
        paper = ["DU8730189", "DUP203550"]
        [[clients]]
        name = "cli"
        scopes = ["orders:paper:submit", "orders:paper:cancel", "admin:kill-switch"]
        accounts = ["DU8730189", "DUP203550"]
        """;

    @TempDir
    Path runDir;

    @Test
    void shouldCancelOnlyTheEngagedAccountsWorkingOrders() throws Exception
    {
        try (PaperGateway simulator = PaperGateway.launch(new SimulatorContext().port(0));
            Engine ignored = Engine.launch(new EngineContext().config(config(simulator.port())));
            RingfenceClient client = RingfenceClient.connect(runDir, "cli"))
        {
            final EventRecorder events = new EventRecorder(client);
            restingBuy(client, 1, "mine", "DU8730189");
            restingBuy(client, 2, "other", "DUP203550");
            events.awaitLine(l -> l.startsWith("STATUS other SUBMITTED"), 10);

            killSwitch(client, true, KillSwitchScope.ACCOUNT, "DU8730189");
            final List<String> lines = events.awaitLine(l -> l.startsWith("STATUS mine CANCELLED"), 10);

            assertThat(lines).noneMatch(l -> l.startsWith("STATUS other CANCELLED"));
            assertThat(simulator.liveOrderCount()).isEqualTo(1);

            Intents.defaults(client.newOrder(), 3).idempotencyKey("blocked");
            assertThat(client.commit()).isTrue();
            Intents.defaults(client.newOrder(), 4).idempotencyKey("allowed").account("DUP203550");
            assertThat(client.commit()).isTrue();
            assertThat(events.awaitLine(l -> l.startsWith("STATUS allowed FILLED"), 10))
                .contains("REFUSED blocked KILL_SWITCH_ACTIVE");
        }
    }

    @Test
    void shouldStartWithTheGlobalSwitchOnAfterAnUncleanShutdownUntilAnOperatorReleasesIt() throws Exception
    {
        Files.createDirectories(runDir);
        Files.writeString(runDir.resolve(RunMarker.FILE_NAME), "12345");
        try (PaperGateway simulator = PaperGateway.launch(new SimulatorContext().port(0));
            Engine ignored = Engine.launch(new EngineContext().config(config(simulator.port())));
            RingfenceClient client = RingfenceClient.connect(runDir, "cli"))
        {
            final EventRecorder events = new EventRecorder(client);
            Intents.defaults(client.newOrder(), 1).idempotencyKey("before");
            assertThat(client.commit()).isTrue();
            events.awaitLine(l -> l.startsWith("REFUSED before"), 10);

            killSwitch(client, false, KillSwitchScope.GLOBAL, "");
            Intents.defaults(client.newOrder(), 2).idempotencyKey("after");
            assertThat(client.commit()).isTrue();
            final List<String> lines = events.awaitLine(l -> l.startsWith("STATUS after FILLED"), 10);

            assertThat(lines).contains("REFUSED before KILL_SWITCH_ACTIVE");
        }
        assertThat(runDir.resolve(RunMarker.FILE_NAME)).doesNotExist();
    }

    private RingfenceConfig config(final int port)
    {
        return ConfigLoader.parse(CONFIG).withDirs(runDir, runDir.resolve("journal")).withPaperGatewayPort(port);
    }

    private static void restingBuy(final RingfenceClient client, final long correlationId, final String key,
        final String account)
    {
        Intents.defaults(client.newOrder(), correlationId).idempotencyKey(key).account(account)
            .orderType(OrderType.LIMIT).limitPrice(Price.parse("100.00"));
        assertThat(client.commit()).isTrue();
    }

    private static void killSwitch(final RingfenceClient client, final boolean engage, final KillSwitchScope scope,
        final String account)
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[256]);
        final KillSwitchCommandEncoder command = new KillSwitchCommandEncoder()
            .wrapAndApplyHeader(buffer, 0, new MessageHeaderEncoder())
            .correlationId(99)
            .engage(engage ? BooleanType.TRUE : BooleanType.FALSE)
            .scope(scope)
            .account(account)
            .client("")
            .reason("test");
        assertThat(client.publish(buffer, 0, MessageHeaderEncoder.ENCODED_LENGTH + command.encodedLength())).isTrue();
    }
}
