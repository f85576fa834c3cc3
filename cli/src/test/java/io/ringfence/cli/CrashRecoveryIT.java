package io.ringfence.cli;

import io.ringfence.client.ClientEventHandler;
import io.ringfence.client.RingfenceClient;
import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.BooleanType;
import io.ringfence.codecs.sbe.FillDecoder;
import io.ringfence.codecs.sbe.OrderAcceptedDecoder;
import io.ringfence.codecs.sbe.OrderRefusedDecoder;
import io.ringfence.codecs.sbe.OrderStatusUpdateDecoder;
import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.sbe.Side;
import io.ringfence.codecs.sbe.TimeInForce;
import io.ringfence.codecs.sbe.TradingMode;
import io.ringfence.config.ConfigLoader;
import io.ringfence.config.RingfenceConfig;
import io.ringfence.engine.DecisionState;
import io.ringfence.engine.order.Order;
import io.ringfence.engine.order.OrderBook;
import io.ringfence.sim.PaperGateway;
import io.ringfence.sim.SimulatorContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine ({@code ringfence run}, a separate process) is killed with SIGKILL at random points
 * while a strategy streams orders, and restarted each time. The strategy retries every key it
 * got no answer for, with the same key. At the end: every key was answered, a retry of any key
 * gets the receipt of its first answer (same broker order id), the simulator holds exactly the
 * shares the rebuilt order book says filled — fills made while the engine was down were
 * recovered by the reconnect's execution request, and no key reached the simulator twice — and
 * the journal verifies. {@code -Dringfence.crash.kills=100} for the long run (default 20, seed fixed).
 */
class CrashRecoveryIT
{
    private static final String ACCOUNT = "DU8730189";
    private static final long ANSWER_WAIT_MS = 1_500;

    @TempDir
    Path dir;

    private CliProcess engine;
    private Path configFile;

    @Test
    @Timeout(600)
    void shouldNeverLoseAnAnsweredIntentNorSendAKeyTwiceAcrossSigkills() throws Exception
    {
        final int kills = Integer.getInteger("ringfence.crash.kills", 20);
        final Random random = new Random(20261123L);
        try (PaperGateway simulator = PaperGateway.launch(new SimulatorContext().port(0)))
        {
            configFile = writeConfig(simulator.port());
            startEngine();
            final Map<String, Integer> firstAnswer = new HashMap<>();
            int sequence = 0;
            try (RingfenceClient client = RingfenceClient.connect(dir.resolve("run"), "cli"))
            {
                for (int kill = 0; kill < kills; kill++)
                {
                    final long killAtNs = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100 + random.nextInt(700));
                    while (System.nanoTime() - killAtNs < 0)
                    {
                        final String key = "crash-" + sequence;
                        final Integer brokerOrderId = submitAndAwait(client, key);
                        if (brokerOrderId != null)
                        {
                            firstAnswer.put(key, brokerOrderId);
                            sequence++;
                        }
                    }
                    engine.kill();
                    startEngine();
                }

                assertThat(firstAnswer).hasSizeGreaterThanOrEqualTo(kills);
                for (final Map.Entry<String, Integer> answer : firstAnswer.entrySet())
                {
                    assertThat(submitAndAwait(client, answer.getKey())).as(answer.getKey()).isEqualTo(answer.getValue());
                }
            }
            engine.close();

            final RingfenceConfig config = ConfigLoader.load(configFile);
            final long[] book = sentAndFilledShares(config);
            assertThat(simulator.position(ACCOUNT, "AAPL")).isEqualTo(book[1]).isLessThanOrEqualTo(book[0]);
            final JournalVerification verification = JournalVerification.run(config, config.journalDir());
            assertThat(verification.isClean()).isTrue();
        }
    }

    /**
     * Publish one 1-share market buy with this key and wait for the engine's answer.
     *
     * @return the broker order id it was accepted under, 0 if refused, null if no answer (engine down).
     */
    private Integer submitAndAwait(final RingfenceClient client, final String key) throws InterruptedException
    {
        final long correlationId = CorrelationIds.next();
        client.newOrder()
            .correlationId(correlationId)
            .mode(TradingMode.PAPER)
            .side(Side.BUY)
            .orderType(OrderType.MARKET)
            .timeInForce(TimeInForce.DAY)
            .outsideRth(BooleanType.TRUE)
            .quantity(1)
            .limitPrice(Price.NULL)
            .stopPrice(Price.NULL)
            .account(ACCOUNT)
            .symbol("AAPL")
            .idempotencyKey(key);
        if (!client.commit())
        {
            Thread.sleep(10);
            return null;
        }
        final Answer answer = new Answer(correlationId);
        final long deadlineNs = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ANSWER_WAIT_MS);
        while (answer.brokerOrderId == null && System.nanoTime() - deadlineNs < 0)
        {
            if (client.poll(answer, 16) == 0)
            {
                Thread.sleep(1);
            }
        }
        return answer.brokerOrderId;
    }

    /**
     * @return shares the rebuilt order book sent orders for, and shares it knows filled.
     */
    private static long[] sentAndFilledShares(final RingfenceConfig config)
    {
        final DecisionState state = new DecisionState(config);
        state.replay(config.journalDir(), null);
        final OrderBook book = state.book();
        final long[] shares = new long[2];
        for (int i = 0; i < book.capacity(); i++)
        {
            final Order order = book.get(i);
            if (order.state() != null)
            {
                shares[0] += order.quantity();
                shares[1] += order.filledQuantity();
            }
        }
        return shares;
    }

    private void startEngine() throws Exception
    {
        engine = CliProcess.start(dir, "run", "--config", configFile.toString());
        engine.awaitLine("ringfence engine running", 30);
    }

    private Path writeConfig(final int port) throws Exception
    {
        final String toml = Files.readString(Path.of("..", "config", "ringfence.toml"))
            .replace("run_dir = \"run\"", "run_dir = \"" + dir.resolve("run") + "\"")
            .replace("port = 4002", "port = " + port);
        return Files.writeString(dir.resolve("ringfence.toml"), toml);
    }

    private static final class Answer implements ClientEventHandler
    {
        private final long correlationId;
        private Integer brokerOrderId;

        Answer(final long correlationId)
        {
            this.correlationId = correlationId;
        }

        @Override
        public void onAccepted(final OrderAcceptedDecoder accepted)
        {
            if (accepted.correlationId() == correlationId)
            {
                brokerOrderId = accepted.brokerOrderId();
            }
        }

        @Override
        public void onRefused(final OrderRefusedDecoder refused)
        {
            if (refused.correlationId() == correlationId)
            {
                brokerOrderId = 0;
            }
        }

        @Override
        public void onStatus(final OrderStatusUpdateDecoder status)
        {
        }

        @Override
        public void onFill(final FillDecoder fill)
        {
        }
    }
}
