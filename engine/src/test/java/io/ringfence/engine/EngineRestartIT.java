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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A restarted engine replays its journal: a retry of a key from the previous run gets the stored
 * receipt and sends nothing, new orders get broker ids above every id used before, and a second
 * engine on the same journal is refused.
 */
@Timeout(60)
class EngineRestartIT
{
    @TempDir
    Path runDir;

    @Test
    void shouldReplayTheJournalSoARetryAfterRestartSendsNothingAndAChangedRequestConflicts() throws Exception
    {
        final String firstAccepted;
        try (PaperGateway simulator = PaperGateway.launch(new SimulatorContext().port(0)))
        {
            try (Engine engine = Engine.launch(new EngineContext().config(config(simulator.port())));
                RingfenceClient client = RingfenceClient.connect(runDir, "cli"))
            {
                final EventRecorder events = new EventRecorder(client);
                Intents.defaults(client.newOrder(), 1).idempotencyKey("before");
                assertThat(client.commit()).isTrue();
                firstAccepted = events.awaitLine(l -> l.startsWith("STATUS before FILLED"), 10).get(0);
                assertThat(engine.ordersSent()).isEqualTo(1);
            }
        }

        // A new gateway whose order ids start again at 1, as after IB Gateway's daily restart.
        try (PaperGateway simulator = PaperGateway.launch(new SimulatorContext().port(0)))
        {
            try (Engine engine = Engine.launch(new EngineContext().config(config(simulator.port())));
                RingfenceClient client = RingfenceClient.connect(runDir, "cli"))
            {
                final EventRecorder events = new EventRecorder(client);
                Intents.defaults(client.newOrder(), 2).idempotencyKey("before");
                assertThat(client.commit()).isTrue();
                Intents.defaults(client.newOrder(), 3).idempotencyKey("after");
                assertThat(client.commit()).isTrue();

                final List<String> lines = events.awaitLine(l -> l.startsWith("STATUS after FILLED"), 10);

                assertThat(lines).startsWith(firstAccepted, "STATUS before FILLED 10/0");
                assertThat(engine.ordersSent()).isEqualTo(1);
                final int before = brokerId(firstAccepted);
                final int after = brokerId(lines.stream().filter(l -> l.startsWith("ACCEPTED after")).findFirst().orElseThrow());
                assertThat(after).isGreaterThan(before);

                Intents.defaults(client.newOrder(), 4).idempotencyKey("before").quantity(11);
                assertThat(client.commit()).isTrue();
                assertThat(events.awaitLine(l -> l.startsWith("REFUSED before"), 10))
                    .contains("REFUSED before IDEMPOTENCY_CONFLICT");
                assertThat(engine.ordersSent()).isEqualTo(1);
            }
        }
    }

    @Test
    void shouldRefuseASecondEngineOnTheSameJournal()
    {
        try (PaperGateway simulator = PaperGateway.launch(new SimulatorContext().port(0));
            Engine ignored = Engine.launch(new EngineContext().config(config(simulator.port()))))
        {
            assertThatThrownBy(() -> Engine.launch(new EngineContext().config(config(simulator.port()))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("in use by another engine");
        }
    }

    @Test
    void shouldRefuseWritesAtOnceWhileTheEngineIsDownAndCountThemAsBackPressure() throws Exception
    {
        try (PaperGateway simulator = PaperGateway.launch(new SimulatorContext().port(0)))
        {
            Engine.launch(new EngineContext().config(config(simulator.port()))).close();
            long published = 0;
            long refused = 0;
            try (RingfenceClient client = RingfenceClient.connect(runDir, "cli"))
            {
                while (refused < 3)
                {
                    Intents.defaults(client.newOrder(), published).idempotencyKey("queued-" + published);
                    if (client.commit())
                    {
                        published++;
                    }
                    else
                    {
                        refused++;
                    }
                }
                assertThat(client.refusedWrites()).isEqualTo(3);
            }

            try (Engine engine = Engine.launch(new EngineContext().config(config(simulator.port()))))
            {
                final long deadlineNs = System.nanoTime() + 10_000_000_000L;
                while (engine.counters().get(EngineCounter.CLIENT_INTENTS).get() < published &&
                    System.nanoTime() - deadlineNs < 0)
                {
                    Thread.sleep(10);
                }

                assertThat(published).isGreaterThan(1000);
                assertThat(engine.counters().get(EngineCounter.CLIENT_INTENTS).get()).isEqualTo(published);
                assertThat(engine.counters().get(EngineCounter.RING_BACK_PRESSURE).get()).isEqualTo(3);
            }
        }
    }

    private RingfenceConfig config(final int port)
    {
        return ConfigLoader.loadDefault().withDirs(runDir, runDir.resolve("journal")).withPaperGatewayPort(port);
    }

    private static int brokerId(final String acceptedLine)
    {
        return Integer.parseInt(acceptedLine.substring(acceptedLine.indexOf('#') + 1));
    }
}
