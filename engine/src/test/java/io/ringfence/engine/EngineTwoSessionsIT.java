package io.ringfence.engine;

import io.ringfence.client.RingfenceClient;
import io.ringfence.config.ConfigLoader;
import io.ringfence.config.RingfenceConfig;
import io.ringfence.engine.status.EngineCounter;
import io.ringfence.sim.PaperGateway;
import io.ringfence.sim.SimulatorContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With live trading enabled the engine runs two TWS sessions, one per gateway, each with its own
 * client id and order ids; a paper order reaches only the paper gateway.
 */
@Timeout(60)
class EngineTwoSessionsIT
{
    @TempDir
    Path runDir;

    @Test
    void shouldSendAPaperOrderOnlyToThePaperGateway() throws Exception
    {
        try (PaperGateway paper = PaperGateway.launch(new SimulatorContext().port(0));
            PaperGateway live = PaperGateway.launch(new SimulatorContext().port(0).accounts(List.of("U1234567"))))
        {
            final RingfenceConfig config = ConfigLoader.parse("""
                [trading]
                live_enabled = true
                [gateway.paper]
                port = %d
                client_id = 3
                [gateway.live]
                port = %d
                client_id = 4
                [accounts]
                paper = ["DU8730189"]
                live = ["U1234567"]
                [[clients]]
                name = "cli"
                scopes = ["orders:paper:submit", "orders:live:submit"]
                accounts = ["DU8730189", "U1234567"]
                """.formatted(paper.port(), live.port())).withDirs(runDir, runDir.resolve("journal"));
            try (Engine engine = Engine.launch(new EngineContext().config(config));
                RingfenceClient client = RingfenceClient.connect(runDir, "cli"))
            {
                final EventRecorder events = new EventRecorder(client);
                Intents.defaults(client.newOrder(), 1).idempotencyKey("p1");
                assertThat(client.commit()).isTrue();

                events.awaitLine(l -> l.startsWith("STATUS p1 FILLED"), 10);

                assertThat(paper.position("DU8730189", "AAPL")).isEqualTo(10);
                assertThat(live.liveOrderCount()).isZero();
                assertThat(engine.counters().get(EngineCounter.SESSION_CONNECTS).get()).isEqualTo(2);
            }
        }
    }
}
