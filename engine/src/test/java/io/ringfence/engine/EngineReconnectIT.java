package io.ringfence.engine;

import io.ringfence.client.RingfenceClient;
import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.OrderType;
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
 * The gateway's daily restart, with a fill while the engine is cut off (field lesson 1): the
 * session reconnects by itself, the executions it re-requests bring the missed fill, the order
 * ends FILLED exactly once, and new orders get broker ids above every id used before even though
 * the gateway's next valid id rolled back.
 */
@Timeout(60)
class EngineReconnectIT
{
    @TempDir
    Path runDir;

    @Test
    void shouldApplyAFillThatHappenedDuringTheDailyRestart() throws Exception
    {
        try (PaperGateway simulator = PaperGateway.launch(new SimulatorContext().port(0)))
        {
            final RingfenceConfig config = ConfigLoader.loadDefault()
                .withDirs(runDir, runDir.resolve("journal"))
                .withPaperGatewayPort(simulator.port());
            try (Engine engine = Engine.launch(new EngineContext().config(config));
                RingfenceClient client = RingfenceClient.connect(runDir, "cli"))
            {
                final EventRecorder events = new EventRecorder(client);
                Intents.defaults(client.newOrder(), 1).idempotencyKey("rest").orderType(OrderType.LIMIT)
                    .limitPrice(Price.parse("185.00"));
                assertThat(client.commit()).isTrue();
                events.awaitLine(l -> l.startsWith("STATUS rest SUBMITTED"), 10);

                simulator.dailyRestart(1_500, 5);
                simulator.setQuote("AAPL", Price.parse("184.90"), Price.parse("184.95"));

                final List<String> lines = events.awaitLine(l -> l.startsWith("STATUS rest FILLED"), 30);
                assertThat(lines).containsSubsequence("STATUS rest SUBMITTED 0/10", "STATUS rest FILLED 10/0");
                assertThat(lines.stream().filter(l -> l.startsWith("FILL rest"))).hasSize(1);
                assertThat(lines).anyMatch(l -> l.startsWith("FILL rest 10 @ 184.95"));

                Intents.defaults(client.newOrder(), 2).idempotencyKey("after");
                assertThat(client.commit()).isTrue();
                final List<String> after = events.awaitLine(l -> l.startsWith("STATUS after FILLED"), 30);
                final String accepted = after.stream().filter(l -> l.startsWith("ACCEPTED after")).findFirst().orElseThrow();
                assertThat(Integer.parseInt(accepted.substring(accepted.indexOf('#') + 1))).isGreaterThan(1);
                assertThat(engine.counters().get(EngineCounter.SESSION_CONNECTS).get())
                    .isGreaterThanOrEqualTo(2);
            }
        }
    }
}
