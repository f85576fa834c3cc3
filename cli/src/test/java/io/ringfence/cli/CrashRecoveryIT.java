package io.ringfence.cli;

import io.ringfence.client.ClientEventHandler;
import io.ringfence.client.RingfenceClient;
import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.BooleanType;
import io.ringfence.codecs.sbe.FillDecoder;
import io.ringfence.codecs.sbe.OrderAcceptedDecoder;
import io.ringfence.codecs.sbe.OrderRefusedDecoder;
import io.ringfence.codecs.sbe.OrderState;
import io.ringfence.codecs.sbe.OrderStatusUpdateDecoder;
import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.sbe.RefusalReason;
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
 * got no answer for, with the same key. At the end: every key was answered; a retry of an
 * accepted key gets the receipt of its first answer (same broker order id), and one refused only
 * for a passing reason (reconciling, no session) is decided again, and one refused
 * IDEMPOTENCY_PENDING_RECOVERY (sent by a killed run, not yet found at the broker) is asked again
 * until recovery adopts it (same receipt) or proves it never arrived and releases it (sent
 * again, under a new broker order id); no order filled beyond its
 * quantity and the simulator holds exactly the shares the rebuilt order book says filled — fills
 * made while the engine was down were recovered by the reconnect's execution request, and no key
 * reached the simulator twice; and the journal verifies. Default 20 kills, seed fixed; the {@code crash-soak} profile of this module runs 100.
 */
class CrashRecoveryIT
{
    private static final String ACCOUNT = "DU8730189";
    private static final long ANSWER_WAIT_MS = 1_500;
    private static final int QUIET_POLLS = 6;
    private static final int RELEASE_AFTER_MS = 300;

    @TempDir
    Path dir;

    private CliProcess engine;
    private Path configFile;

    @Test
    @Timeout(1_800)
    void shouldNeverLoseAnAnsweredIntentNorSendAKeyTwiceAcrossSigkills() throws Exception
    {
        final int kills = Integer.getInteger("ringfence.crash.kills", 20);
        final Random random = new Random(20261123L);
        // A displayed size the stream never exhausts: every market order fills at once. The strategy
        // still outruns IB's 50 msg/s, so orders queue in the session's pacer (accepted, not yet
        // sent): the open-order limit is lifted in writeConfig so it never binds here.
        try (PaperGateway simulator = PaperGateway.launch(new SimulatorContext().port(0).displaySize(10_000_000)))
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
                int sentAgain = 0;
                for (final Map.Entry<String, Integer> answer : firstAnswer.entrySet())
                {
                    Integer retried = null;
                    final long deadlineNs = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                    while (retried == null && System.nanoTime() - deadlineNs < 0)
                    {
                        retried = submitAndAwait(client, answer.getKey());
                    }
                    assertThat(retried).as(answer.getKey()).isNotNull();
                    if (answer.getValue() > 0 && !retried.equals(answer.getValue()))
                    {
                        assertThat(retried).as(answer.getKey() + " released and sent again").isGreaterThan(answer.getValue());
                        sentAgain++;
                    }
                }
                assertThat(sentAgain).as("accepted orders a kill left in the pacer, released and sent again").isPositive();
                awaitQuiet(simulator);
            }
            engine.close();

            final RingfenceConfig config = ConfigLoader.load(configFile);
            final long[] book = sentAndFilledShares(config);
            assertThat(book[2]).as("orders filled more than once").isZero();
            assertThat(simulator.position(ACCOUNT, "AAPL")).isEqualTo(book[1]).isLessThanOrEqualTo(book[0]);
            final JournalVerification verification = JournalVerification.run(config, config.journalDir());
            assertThat(verification.isClean()).isTrue();
        }
    }

    /**
     * The strategy outran IB's 50 msg/s, so orders still wait in the session's pacer: wait until
     * the simulator's position has not moved for a few seconds and the journal (read while the
     * engine runs) knows of every fill it made.
     */
    private void awaitQuiet(final PaperGateway simulator) throws InterruptedException
    {
        final RingfenceConfig config = ConfigLoader.load(configFile);
        final long deadlineNs = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        long lastPosition = -1;
        int quietPolls = 0;
        while (quietPolls < QUIET_POLLS && System.nanoTime() - deadlineNs < 0)
        {
            Thread.sleep(500);
            final long position = simulator.position(ACCOUNT, "AAPL");
            final boolean settled = position == lastPosition && sentAndFilledShares(config)[1] == position;
            quietPolls = settled ? quietPolls + 1 : 0;
            lastPosition = position;
        }
    }

    /**
     * Publish one 1-share market buy with this key and wait for the engine's answer.
     *
     * @return the broker order id it was accepted under, 0 if refused, null if no answer (engine
     * down) or refused IDEMPOTENCY_PENDING_RECOVERY (the engine does not know yet whether the
     * broker has it: ask again).
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
        if (answer.pendingRecovery)
        {
            Thread.sleep(RELEASE_AFTER_MS / 3);
            return null;
        }
        return answer.brokerOrderId;
    }

    /**
     * @return shares of the orders the rebuilt book accepted (not refused or released), shares it
     * knows filled, and orders filled beyond their quantity (a key that reached the broker twice).
     */
    private static long[] sentAndFilledShares(final RingfenceConfig config)
    {
        try (DecisionState state = new DecisionState(config))
        {
            state.replay(config.journalDir(), null);
            final OrderBook book = state.book();
            final long[] shares = new long[3];
            for (int i = 0; i < book.capacity(); i++)
            {
                final Order order = book.get(i);
                if (order.state() != null && order.state() != OrderState.REFUSED)
                {
                    shares[0] += order.quantity();
                    shares[1] += order.filledQuantity();
                    shares[2] += order.filledQuantity() > order.quantity() ? 1 : 0;
                }
            }
            return shares;
        }
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
            .replace("port = 4002", "port = " + port)
            .replace("max_open_orders = 1000", "max_open_orders = 1000000")
            .replace("release_after_ms = 5000", "release_after_ms = " + RELEASE_AFTER_MS);
        return Files.writeString(dir.resolve("ringfence.toml"), toml);
    }

    private static final class Answer implements ClientEventHandler
    {
        private final long correlationId;
        private Integer brokerOrderId;
        private boolean pendingRecovery;

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
                pendingRecovery = refused.reason() == RefusalReason.IDEMPOTENCY_PENDING_RECOVERY;
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
