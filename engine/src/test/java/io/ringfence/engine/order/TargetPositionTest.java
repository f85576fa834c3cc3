package io.ringfence.engine.order;

import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.OutputAction;
import io.ringfence.codecs.tws.TwsOrderStatus;
import io.ringfence.config.ConfigLoader;
import io.ringfence.engine.BrokerFrames;
import io.ringfence.engine.ClientEventLog;
import io.ringfence.engine.DecisionState;
import io.ringfence.engine.InboundEvent;
import io.ringfence.engine.Intents;
import io.ringfence.engine.status.EngineCounters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Target positions through the decision stages: the order is the difference between the target
 * and position plus working orders, so asking twice does not double it; the price follows the
 * target-positions rule; a retry of the key answers the same.
 */
class TargetPositionTest
{
    private static final int CLIENT = 1;

    private final DecisionState stages = new DecisionState(ConfigLoader.loadDefault(), EngineCounters.inMemory());
    private long nowNs = 1_000;

    @BeforeEach
    void connect()
    {
        step(BrokerFrames.connected(nowNs));
        step(BrokerFrames.nextValidId(nowNs, 100));
    }

    @AfterEach
    void closeStages()
    {
        stages.close();
    }

    @Test
    void shouldBuyTheDifferenceFromFlatAtMarket()
    {
        final InboundEvent event = step(Intents.target(CLIENT, nowNs, t -> { }));

        assertThat(event.action).isEqualTo(OutputAction.PLACE_ORDER);
        assertThat(event.outboundOrder.totalQuantity()).isEqualTo(100);
        assertThat(ClientEventLog.of(event))
            .containsExactly("ACCEPTED b1/AAPL #100", "TARGET b1/AAPL 0+0->100 BUY 100 MARKET #100");
    }

    @Test
    void shouldCountWorkingOrdersSoASecondIdenticalBatchSendsNothing()
    {
        step(Intents.target(CLIENT, nowNs, t -> { }));

        final InboundEvent again = step(Intents.target(CLIENT, nowNs, t -> t.idempotencyKey("b2/AAPL")));

        assertThat(again.action).isEqualTo(OutputAction.NONE);
        assertThat(ClientEventLog.of(again)).containsExactly("TARGET b2/AAPL 0+100->100 NO_CHANGE");
    }

    @Test
    void shouldGoFromLongToShortAndBackToFlatByTheDifference()
    {
        step(Intents.target(CLIENT, nowNs, t -> { }));
        step(BrokerFrames.execution(nowNs, 100, "e1", 100, "190"));

        assertThat(ClientEventLog.of(step(Intents.target(CLIENT, nowNs, t -> t.idempotencyKey("b2/AAPL").targetQuantity(-50)))))
            .containsExactly("ACCEPTED b2/AAPL #101", "TARGET b2/AAPL 100+0->-50 SELL 150 MARKET #101");
        step(BrokerFrames.execution(nowNs, 101, "e2", 150, "189"));

        assertThat(ClientEventLog.of(step(Intents.target(CLIENT, nowNs, t -> t.idempotencyKey("b3/AAPL").targetQuantity(0)))))
            .containsExactly("ACCEPTED b3/AAPL #102", "TARGET b3/AAPL -50+0->0 BUY 50 MARKET #102");
    }

    @ParameterizedTest(name = "target {0}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
        100  | 150.50 |        |     | BUY 100 LIMIT 150.50
        100  |        | 150.00 | 0.5 | BUY 100 LIMIT 150.75
        -100 |        | 150.00 | 0.5 | SELL 100 LIMIT 149.25
        100  |        | 33.33  | 1   | BUY 100 LIMIT 33.66
        -100 |        | 33.33  | 1   | SELL 100 LIMIT 33.00
        """)
    void shouldPriceByTheTargetPositionsRule(
        final long target, final String limit, final String expected, final String tolerance, final String order)
    {
        final InboundEvent event = step(Intents.target(CLIENT, nowNs, t -> t.targetQuantity(target)
            .limitPrice(limit == null ? Price.NULL : Price.parse(limit))
            .expectedPrice(expected == null ? Price.NULL : Price.parse(expected))
            .tolerancePercent(tolerance == null ? Price.NULL : Price.parse(tolerance))));

        assertThat(ClientEventLog.of(event)).contains("TARGET b1/AAPL 0+0->" + target + " " + order + " #100");
    }

    @Test
    void shouldAnswerARetryOfTheKeyWithTheSameResultAndSendNothing()
    {
        step(Intents.target(CLIENT, nowNs, t -> { }));
        step(BrokerFrames.orderStatus(nowNs, 100, TwsOrderStatus.SUBMITTED, 0, 100));

        final InboundEvent retry = step(Intents.target(CLIENT, nowNs, t -> t.correlationId(99)));

        assertThat(retry.action).isEqualTo(OutputAction.NONE);
        assertThat(ClientEventLog.of(retry)).containsExactly("ACCEPTED b1/AAPL #100", "STATUS b1/AAPL SUBMITTED 0/100",
            "TARGET b1/AAPL 0+0->100 BUY 100 MARKET #100");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        limit and expected price    | 150 | 150 | 1
        expected without tolerance  |     | 150 |
        tolerance of 100 %          |     | 150 | 100
        negative limit              | -1  |     |
        """)
    void shouldRefuseAMalformedTarget(final String name, final String limit, final String expected, final String tolerance)
    {
        final InboundEvent event = step(Intents.target(CLIENT, nowNs, t -> t
            .limitPrice(limit == null ? Price.NULL : Price.parse(limit))
            .expectedPrice(expected == null ? Price.NULL : Price.parse(expected))
            .tolerancePercent(tolerance == null ? Price.NULL : Price.parse(tolerance))));

        assertThat(ClientEventLog.of(event)).containsExactly("REFUSED b1/AAPL MALFORMED_INTENT");
    }

    @Test
    void shouldCancelEveryWorkingOrderOfABatchThenOfTheAccount()
    {
        step(Intents.target(CLIENT, nowNs, t -> { }));
        step(Intents.target(CLIENT, nowNs, t -> t.symbol("MSFT").idempotencyKey("b1/MSFT")));
        step(Intents.target(CLIENT, nowNs, t -> t.symbol("IBM").idempotencyKey("b2/IBM")));

        final InboundEvent batch = step(Intents.cancel(CLIENT, nowNs, c -> c.idempotencyKey("c1").targetIdempotencyKey("b1/*")));

        assertThat(batch.action).isEqualTo(OutputAction.CANCEL_ORDER);
        assertThat(batch.outboundCancelCount).isEqualTo(2);
        assertThat(ClientEventLog.of(batch))
            .containsExactly("STATUS b1/AAPL PENDING_CANCEL 0/100", "STATUS b1/MSFT PENDING_CANCEL 0/100");

        final InboundEvent retry = step(Intents.cancel(CLIENT, nowNs, c -> c.idempotencyKey("c1").targetIdempotencyKey("b1/*")));
        assertThat(retry.action).isEqualTo(OutputAction.NONE);
        assertThat(ClientEventLog.of(retry))
            .containsExactly("STATUS b1/AAPL PENDING_CANCEL 0/100", "STATUS b1/MSFT PENDING_CANCEL 0/100");

        final InboundEvent all = step(Intents.cancel(CLIENT, nowNs, c -> c.idempotencyKey("c2").targetIdempotencyKey("*")));
        assertThat(all.outboundCancelCount).isEqualTo(1);
        assertThat(ClientEventLog.of(all)).containsExactly("STATUS b2/IBM PENDING_CANCEL 0/100");

        assertThat(ClientEventLog.of(step(Intents.cancel(CLIENT, nowNs, c -> c.idempotencyKey("c3").targetIdempotencyKey("zz/*")))))
            .containsExactly("REFUSED c3 ORDER_NOT_CANCELLABLE");
    }

    @Test
    void shouldRefuseACancelOfATargetThatSentNothingAndItsRetry()
    {
        step(Intents.target(CLIENT, nowNs, t -> t.targetQuantity(0)));

        final InboundEvent cancel = step(Intents.cancel(CLIENT, nowNs, c -> c.idempotencyKey("c1").targetIdempotencyKey("b1/AAPL")));
        final InboundEvent retry = step(Intents.cancel(CLIENT, nowNs, c -> c.idempotencyKey("c1").targetIdempotencyKey("b1/AAPL")));

        assertThat(ClientEventLog.of(cancel)).containsExactly("REFUSED c1 ORDER_NOT_CANCELLABLE");
        assertThat(ClientEventLog.of(retry)).containsExactly("REFUSED c1 ORDER_NOT_CANCELLABLE");
    }

    @Test
    void shouldRefuseAnOrderKeyEndingInAStarAndAnAbsurdTarget()
    {
        assertThat(ClientEventLog.of(step(Intents.target(CLIENT, nowNs, t -> t.idempotencyKey("b1*")))))
            .containsExactly("REFUSED b1* MALFORMED_INTENT");
        assertThat(ClientEventLog.of(step(Intents.newOrder(CLIENT, nowNs, o -> o.idempotencyKey("k*")))))
            .containsExactly("REFUSED k* MALFORMED_INTENT");
        assertThat(ClientEventLog.of(step(Intents.target(CLIENT, nowNs, t -> t.targetQuantity(Long.MIN_VALUE)))))
            .containsExactly("REFUSED b1/AAPL MALFORMED_INTENT");
    }

    private InboundEvent step(final InboundEvent event)
    {
        nowNs += 1_000;
        event.timestampNs = nowNs;
        return stages.apply(event);
    }
}
