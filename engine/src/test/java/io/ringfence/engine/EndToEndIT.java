package io.ringfence.engine;

import io.ringfence.client.ClientEventHandler;
import io.ringfence.client.RingfenceClient;
import io.ringfence.codecs.sbe.FillDecoder;
import io.ringfence.codecs.sbe.InputKind;
import io.ringfence.codecs.sbe.MessageHeaderDecoder;
import io.ringfence.codecs.sbe.NewOrderDecoder;
import io.ringfence.codecs.sbe.OrderAcceptedDecoder;
import io.ringfence.codecs.sbe.OrderRefusedDecoder;
import io.ringfence.codecs.sbe.OrderStatusUpdateDecoder;
import io.ringfence.config.ConfigLoader;
import io.ringfence.config.RingfenceConfig;
import io.ringfence.journal.audit.JournalReader;
import io.ringfence.sim.PaperGateway;
import io.ringfence.sim.SimulatorContext;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One intent end to end on real parts: the simulator on a loopback port, the engine, and a
 * strategy in another JVM process publishing through the ring file. This test, as a second
 * process of the same client, sees OrderAccepted and then a fill, and then finds the intent in
 * the Chronicle Queue journal.
 */
class EndToEndIT
{
    private static final long CORRELATION_ID = 77;
    private static final String KEY = "e2e-1";

    @TempDir
    Path runDir;

    @Test
    @Timeout(60)
    void shouldCarryAnIntentFromAnotherProcessToAFillAndIntoTheJournal() throws Exception
    {
        try (PaperGateway simulator = PaperGateway.launch(new SimulatorContext().port(0)))
        {
            final RingfenceConfig config = ConfigLoader.loadDefault()
                .withDirs(runDir, runDir.resolve("journal"))
                .withPaperGatewayPort(simulator.port());
            try (Engine engine = Engine.launch(new EngineContext().config(config));
                RingfenceClient observer = RingfenceClient.connect(runDir, "demo"))
            {
                final Process strategy = startStrategyProcess();
                assertThat(strategy.waitFor(30, TimeUnit.SECONDS)).isTrue();
                assertThat(new String(strategy.getInputStream().readAllBytes(), StandardCharsets.US_ASCII))
                    .contains("PUBLISHED");
                assertThat(strategy.exitValue()).isZero();

                final List<String> seen = awaitFill(observer);

                assertThat(seen).first().asString().startsWith("ACCEPTED");
                assertThat(seen).anyMatch(line -> line.startsWith("FILL 10"));
                assertThat(seen.indexOf("ACCEPTED")).isLessThan(indexOfPrefix(seen, "FILL"));
                assertThat(engine.pipelineErrors()).isZero();
            }
        }
        assertThat(journaledIntentKeys()).contains(KEY);
    }

    private Process startStrategyProcess() throws Exception
    {
        final List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Arrays.asList(System.getProperty("ringfence.jvm.flags", "").trim().split("\\s+")));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ExternalClientMain.class.getName());
        command.add(runDir.toString());
        command.add("demo");
        command.add(Long.toString(CORRELATION_ID));
        command.add(KEY);
        command.removeIf(String::isEmpty);
        return new ProcessBuilder(command).redirectError(new File(runDir.toFile(), "strategy.err")).start();
    }

    private static List<String> awaitFill(final RingfenceClient observer) throws InterruptedException
    {
        final List<String> seen = new ArrayList<>();
        final ClientEventHandler handler = new ClientEventHandler()
        {
            public void onAccepted(final OrderAcceptedDecoder accepted)
            {
                if (accepted.correlationId() == CORRELATION_ID)
                {
                    seen.add("ACCEPTED");
                }
            }

            public void onRefused(final OrderRefusedDecoder refused)
            {
                seen.add("REFUSED " + refused.reason());
            }

            public void onStatus(final OrderStatusUpdateDecoder status)
            {
                seen.add("STATUS " + status.state());
            }

            public void onFill(final FillDecoder fill)
            {
                if (KEY.equals(fill.idempotencyKey()))
                {
                    seen.add("FILL " + fill.quantity());
                }
            }
        };
        final long deadlineNs = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (indexOfPrefix(seen, "FILL") < 0 && System.nanoTime() - deadlineNs < 0)
        {
            if (observer.poll(handler, 16) == 0)
            {
                Thread.sleep(1);
            }
        }
        return seen;
    }

    private List<String> journaledIntentKeys()
    {
        final List<String> keys = new ArrayList<>();
        final MessageHeaderDecoder header = new MessageHeaderDecoder();
        final NewOrderDecoder newOrder = new NewOrderDecoder();
        try (JournalReader reader = JournalReader.open(runDir.resolve("journal")))
        {
            reader.readAll((index, entry) ->
            {
                if (entry.kind() == InputKind.CLIENT_INTENT)
                {
                    final byte[] body = new byte[entry.bodyLength()];
                    entry.getBody(body, 0, body.length);
                    final UnsafeBuffer buffer = new UnsafeBuffer(body);
                    header.wrap(buffer, 0);
                    if (header.templateId() == NewOrderDecoder.TEMPLATE_ID)
                    {
                        newOrder.wrapAndApplyHeader(buffer, 0, header);
                        assertThat(newOrder.correlationId()).isEqualTo(CORRELATION_ID);
                        keys.add(newOrder.idempotencyKey());
                    }
                }
            });
        }
        return keys;
    }

    private static int indexOfPrefix(final List<String> lines, final String prefix)
    {
        for (int i = 0; i < lines.size(); i++)
        {
            if (lines.get(i).startsWith(prefix))
            {
                return i;
            }
        }
        return -1;
    }
}
