package io.ringfence.engine;

import io.ringfence.client.RingfenceClient;
import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.CancelOrderEncoder;
import io.ringfence.codecs.sbe.NewOrderEncoder;
import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.sbe.TimeInForce;
import io.ringfence.codecs.sbe.TradingMode;
import io.ringfence.config.ConfigLoader;
import io.ringfence.config.RingfenceConfig;
import io.ringfence.sim.PaperGateway;
import io.ringfence.sim.SimulatorContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine against the real simulator over loopback, as the {@code cli} client: refusals,
 * idempotent replay, conflict, and a resting limit cancelled.
 */
@Timeout(60)
class EngineIT
{
    @TempDir
    Path runDir;

    private PaperGateway simulator;
    private Engine engine;
    private RingfenceClient client;
    private EventRecorder events;
    private long correlationId;

    @BeforeEach
    void start()
    {
        simulator = PaperGateway.launch(new SimulatorContext().port(0));
        final RingfenceConfig config = ConfigLoader.loadDefault()
            .withDirs(runDir, runDir.resolve("journal"))
            .withPaperGatewayPort(simulator.port());
        engine = Engine.launch(new EngineContext().config(config));
        client = RingfenceClient.connect(runDir, "cli");
        events = new EventRecorder(client);
    }

    @AfterEach
    void stop()
    {
        client.close();
        engine.close();
        simulator.close();
    }

    @Test
    void shouldRefuseWithTypedCodes() throws InterruptedException
    {
        submit(o -> o.idempotencyKey("a1").account("DU0000000"));
        submit(o -> o.idempotencyKey("a2").mode(TradingMode.NONE));
        submit(o -> o.idempotencyKey("a3").quantity(-5));

        final List<String> lines = events.awaitLine(l -> l.startsWith("REFUSED a3"), 10);

        assertThat(lines).containsExactly(
            "REFUSED a1 ACCOUNT_NOT_ALLOWED",
            "REFUSED a2 PAPER_TRADING_DISABLED",
            "REFUSED a3 MALFORMED_INTENT");
    }

    @Test
    void shouldReplayARetryAndRefuseAConflictWithoutSendingTwice() throws InterruptedException
    {
        submit(o -> o.idempotencyKey("r1"));
        events.awaitLine(l -> l.startsWith("STATUS r1 FILLED"), 10);
        final long sent = engine.ordersSent();

        submit(o -> o.idempotencyKey("r1"));
        submit(o -> o.idempotencyKey("r1").quantity(11));
        final List<String> lines = events.awaitLine(l -> l.startsWith("REFUSED r1"), 10);

        assertThat(lines.stream().filter(l -> l.startsWith("ACCEPTED r1")).distinct()).hasSize(1);
        assertThat(lines).containsSubsequence("STATUS r1 FILLED 10/0", "ACCEPTED r1 #1", "STATUS r1 FILLED 10/0",
            "REFUSED r1 IDEMPOTENCY_CONFLICT");
        assertThat(engine.ordersSent()).isEqualTo(sent).isEqualTo(1);
    }

    @Test
    void shouldRestALimitBelowTheMarketAndCancelIt() throws InterruptedException
    {
        submit(o -> o.idempotencyKey("l1").orderType(OrderType.LIMIT).limitPrice(Price.parse("100.00")));
        events.awaitLine(l -> l.startsWith("STATUS l1 SUBMITTED"), 10);

        cancel(c -> c.idempotencyKey("c-l1").targetIdempotencyKey("l1"));
        final List<String> lines = events.awaitLine(l -> l.startsWith("STATUS l1 CANCELLED"), 10);

        assertThat(lines).containsSubsequence(
            "STATUS l1 SUBMITTED 0/10", "STATUS l1 PENDING_CANCEL 0/10", "STATUS l1 CANCELLED 0/0");
        assertThat(lines).noneMatch(l -> l.startsWith("FILL l1"));
    }

    @Test
    void shouldModifyARestingLimitUntilItFillsAtTheNewPrice() throws InterruptedException
    {
        submit(o -> o.idempotencyKey("m-l1").orderType(OrderType.LIMIT).limitPrice(Price.parse("100.00")));
        events.awaitLine(l -> l.startsWith("STATUS m-l1 SUBMITTED"), 10);

        client.modifyOrder()
            .correlationId(++correlationId)
            .mode(TradingMode.PAPER)
            .timeInForce(TimeInForce.NULL_VAL)
            .quantity(20)
            .limitPrice(Price.parse("195.00"))
            .stopPrice(Price.NULL)
            .account(Intents.ACCOUNT)
            .idempotencyKey("mod-1")
            .targetIdempotencyKey("m-l1");
        assertThat(client.commit()).isTrue();
        final List<String> lines = events.awaitLine(l -> l.startsWith("STATUS m-l1 FILLED"), 10);

        assertThat(lines).containsSubsequence("STATUS m-l1 SUBMITTED 0/10", "STATUS m-l1 PENDING_REPLACE 0/10");
        assertThat(lines).contains("STATUS m-l1 FILLED 20/0");
        assertThat(lines).anyMatch(l -> l.startsWith("FILL m-l1 20 @ 190.01"));
    }

    private void submit(final Consumer<NewOrderEncoder> change)
    {
        final NewOrderEncoder order = Intents.defaults(client.newOrder(), ++correlationId);
        change.accept(order);
        assertThat(client.commit()).isTrue();
    }

    private void cancel(final Consumer<CancelOrderEncoder> change)
    {
        final CancelOrderEncoder cancel = client.cancelOrder()
            .correlationId(++correlationId)
            .mode(TradingMode.PAPER)
            .account(Intents.ACCOUNT);
        change.accept(cancel);
        assertThat(client.commit()).isTrue();
    }
}
