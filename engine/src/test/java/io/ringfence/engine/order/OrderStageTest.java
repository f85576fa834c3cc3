package io.ringfence.engine.order;

import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.IdempotencyOutcome;
import io.ringfence.codecs.sbe.OrderState;
import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.sbe.OutputAction;
import io.ringfence.codecs.sbe.TradingMode;
import io.ringfence.codecs.tws.TwsOrderStatus;
import io.ringfence.config.ConfigLoader;
import io.ringfence.engine.BrokerFrames;
import io.ringfence.engine.ClientEventLog;
import io.ringfence.engine.DecisionState;
import io.ringfence.engine.InboundEvent;
import io.ringfence.engine.Intents;
import io.ringfence.engine.status.EngineCounter;
import io.ringfence.engine.status.EngineCounters;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The order stage's behavioural spec: each step is an input, its client events, then the
 * invariants (filled never exceeds the quantity, filled + remaining = quantity while working,
 * nothing leaves a final state).
 */
class OrderStageTest
{
    private static final Set<OrderState> FINAL = EnumSet.of(
        OrderState.FILLED, OrderState.CANCELLED, OrderState.REJECTED, OrderState.INACTIVE, OrderState.REFUSED,
        OrderState.EXPIRED);
    private static final int CLIENT = 1;
    private static final int MODIFIER = 0;

    private final EngineCounters counters = EngineCounters.inMemory();
    private final DecisionState stages = new DecisionState(ConfigLoader.loadDefault(), counters);
    private long nowNs = 1_000;

    @AfterEach
    void closeStages()
    {
        stages.close();
    }

    @BeforeEach
    void connect()
    {
        step(BrokerFrames.connected(nowNs));
        step(BrokerFrames.nextValidId(nowNs, 100));
        assertThat(stages.orderStage().isReadyToTrade()).isTrue();
    }

    @Test
    void shouldCarryAMarketOrderFromAcceptedToFilledWithPartialFills()
    {
        final InboundEvent accepted = step(Intents.newOrder(CLIENT, nowNs, o -> o.quantity(10)));
        assertThat(ClientEventLog.of(accepted)).containsExactly("ACCEPTED k1 #100");
        assertThat(accepted.action).isEqualTo(OutputAction.PLACE_ORDER);
        assertThat(accepted.egressClient).isEqualTo(CLIENT);
        assertThat(accepted.outboundOrder.orderId()).isEqualTo(100);
        assertThat(accepted.outboundOrder.orderRef().toString()).isEqualTo("k1");
        assertThat(accepted.outboundOrder.account().toString()).isEqualTo(Intents.ACCOUNT);
        assertThat(accepted.outboundOrder.symbol().toString()).isEqualTo("AAPL");

        assertEvents(BrokerFrames.orderStatus(nowNs, 100, TwsOrderStatus.PRE_SUBMITTED, 0, 10), "STATUS k1 SUBMITTED 0/10");
        assertEvents(BrokerFrames.orderStatus(nowNs, 100, TwsOrderStatus.SUBMITTED, 0, 10));
        assertEvents(BrokerFrames.execution(nowNs, 100, "e1", 4, "190.02"),
            "FILL k1 4 @ 190.02 e1", "STATUS k1 PARTIALLY_FILLED 4/6");
        assertEvents(BrokerFrames.execution(nowNs, 100, "e1", 4, "190.02"));
        assertThat(counters.get(EngineCounter.DUPLICATE_EXECUTIONS).get()).isEqualTo(1);
        assertEvents(BrokerFrames.execution(nowNs, 100, "e2", 6, "190.04"),
            "FILL k1 6 @ 190.04 e2", "STATUS k1 FILLED 10/0");
        assertEvents(BrokerFrames.orderStatus(nowNs, 100, TwsOrderStatus.FILLED, 10, 0));
        assertEvents(BrokerFrames.orderStatus(nowNs, 100, TwsOrderStatus.CANCELLED, 10, 0));

        final Order order = stages.book().byBrokerOrderId(100);
        assertThat(order.state()).isEqualTo(OrderState.FILLED);
        assertThat(OrderBook.averageFillPrice(order)).isEqualTo(Price.parse("190.032"));
    }

    @Test
    void shouldAcceptExecutionsBeforeAnyStatus()
    {
        step(Intents.newOrder(CLIENT, nowNs, o -> o.quantity(5)));

        assertEvents(BrokerFrames.execution(nowNs, 100, "e1", 5, "10"), "FILL k1 5 @ 10.00 e1", "STATUS k1 FILLED 5/0");
        assertEvents(BrokerFrames.orderStatus(nowNs, 100, TwsOrderStatus.SUBMITTED, 0, 5));
    }

    @Test
    void shouldWaitForTheExecutionsWhenTheBrokerSaysFilledFirst()
    {
        step(Intents.newOrder(CLIENT, nowNs, o -> o.quantity(10)));
        step(BrokerFrames.orderStatus(nowNs, 100, TwsOrderStatus.SUBMITTED, 0, 10));

        assertEvents(BrokerFrames.orderStatus(nowNs, 100, TwsOrderStatus.FILLED, 10, 0));
        assertEvents(BrokerFrames.completedOrder(nowNs, Intents.ACCOUNT, "k1", 7_001, TwsOrderStatus.FILLED, 10));
        assertEvents(BrokerFrames.execution(nowNs, 100, "e1", 10, "190.01"),
            "FILL k1 10 @ 190.01 e1", "STATUS k1 FILLED 10/0");
    }

    @Test
    void shouldEndARejectedOrderRefusedWithTheBrokersCode()
    {
        step(Intents.newOrder(CLIENT, nowNs, o -> { }));

        assertEvents(BrokerFrames.error(nowNs, 100, 201, "Order rejected - reason: no funds"),
            "REFUSED k1 BROKER_REJECTED 201", "STATUS k1 REJECTED 0/0");
        assertEvents(BrokerFrames.orderStatus(nowNs, 100, TwsOrderStatus.INACTIVE, 0, 10));
    }

    @Test
    void shouldNeverChangeStateOnAnInformationalError()
    {
        step(Intents.newOrder(CLIENT, nowNs, o -> { }));
        step(BrokerFrames.orderStatus(nowNs, 100, TwsOrderStatus.SUBMITTED, 0, 10));

        assertEvents(BrokerFrames.error(nowNs, 100, 399, "Order message: warning"));
        assertEvents(BrokerFrames.error(nowNs, -1, 2104, "Market data farm connection is OK:usfarm"));
        assertThat(stages.book().byBrokerOrderId(100).state()).isEqualTo(OrderState.SUBMITTED);
    }

    @Test
    void shouldCancelAWorkingOrderAndConfirmIt()
    {
        step(Intents.newOrder(CLIENT, nowNs, o -> o.orderType(OrderType.LIMIT).limitPrice(Price.parse("1.5"))));
        step(BrokerFrames.orderStatus(nowNs, 100, TwsOrderStatus.SUBMITTED, 0, 10));

        final InboundEvent cancel = step(Intents.cancel(CLIENT, nowNs, c -> { }));
        assertThat(cancel.action).isEqualTo(OutputAction.CANCEL_ORDER);
        assertThat(cancel.outboundCancelCount).isEqualTo(1);
        assertThat(cancel.outboundCancelIds[0]).isEqualTo(100);
        assertThat(ClientEventLog.of(cancel)).containsExactly("STATUS k1 PENDING_CANCEL 0/10");

        assertEvents(BrokerFrames.orderStatus(nowNs, 100, TwsOrderStatus.CANCELLED, 0, 10), "STATUS k1 CANCELLED 0/0");
        assertEvents(BrokerFrames.error(nowNs, 100, 202, "Order Canceled - reason:"));

        final InboundEvent again = step(Intents.cancel(CLIENT, nowNs, c -> c.idempotencyKey("c2")));
        assertThat(ClientEventLog.of(again)).containsExactly("REFUSED c2 ORDER_NOT_CANCELLABLE");
        assertThat(again.action).isEqualTo(OutputAction.NONE);
    }

    @Test
    void shouldCancelByBrokerOrderIdOrPermIdOnlyOnTheOrdersAccount()
    {
        step(Intents.newOrder(CLIENT, nowNs, o -> { }));
        step(Intents.newOrder(CLIENT, nowNs, o -> o.idempotencyKey("k2")));
        step(BrokerFrames.orderStatus(nowNs, 101, TwsOrderStatus.SUBMITTED, 0, 10));

        final InboundEvent byId = step(Intents.cancel(CLIENT, nowNs, c -> c.idempotencyKey("c1")
            .targetIdempotencyKey("").targetBrokerOrderId(100)));
        final InboundEvent byPermId = step(Intents.cancel(CLIENT, nowNs, c -> c.idempotencyKey("c2")
            .targetIdempotencyKey("").targetPermId(5_101)));

        assertThat(byId.action).isEqualTo(OutputAction.CANCEL_ORDER);
        assertThat(byId.outboundCancelIds[0]).isEqualTo(100);
        assertThat(ClientEventLog.of(byId)).containsExactly("STATUS k1 PENDING_CANCEL 0/10");
        assertThat(byPermId.outboundCancelIds[0]).isEqualTo(101);
        assertThat(ClientEventLog.of(byPermId)).containsExactly("STATUS k2 PENDING_CANCEL 0/10");
        assertThat(ClientEventLog.of(step(Intents.cancel(CLIENT, nowNs, c -> c.idempotencyKey("c3")
            .targetIdempotencyKey("").targetBrokerOrderId(999))))).containsExactly("REFUSED c3 UNKNOWN_ORDER");
        assertThat(ClientEventLog.of(step(Intents.cancel(CLIENT, nowNs, c -> c.idempotencyKey("c4").account("DUP203550")
            .targetIdempotencyKey("").targetBrokerOrderId(100))))).containsExactly("REFUSED c4 UNKNOWN_ORDER");
        assertThat(ClientEventLog.of(step(Intents.cancel(CLIENT, nowNs, c -> c.idempotencyKey("c5")
            .targetBrokerOrderId(100))))).as("a key and an id").containsExactly("REFUSED c5 MALFORMED_INTENT");
    }

    @Test
    void shouldHoldAModifyPendingUntilTheBrokerShowsTheNewValues()
    {
        step(Intents.newOrder(CLIENT, nowNs, o -> o.orderType(OrderType.LIMIT).limitPrice(Price.parse("1.5"))));
        step(BrokerFrames.orderStatus(nowNs, 100, TwsOrderStatus.SUBMITTED, 0, 10));

        final InboundEvent modify = step(Intents.modify(MODIFIER, nowNs, m -> m.quantity(20).limitPrice(Price.parse("1.6"))));
        assertThat(modify.action).isEqualTo(OutputAction.PLACE_ORDER);
        assertThat(modify.outboundOrder.orderId()).isEqualTo(100);
        assertThat(modify.outboundOrder.totalQuantity()).isEqualTo(20);
        assertThat(modify.outboundOrder.limitPrice()).isEqualTo(Price.parse("1.6"));
        assertThat(ClientEventLog.of(modify)).containsExactly("STATUS k1 PENDING_REPLACE 0/10");

        assertEvents(BrokerFrames.orderStatus(nowNs, 100, TwsOrderStatus.SUBMITTED, 0, 10));
        assertEvents(BrokerFrames.openLimitOrder(nowNs, 100, 20, "1.6"), "STATUS k1 SUBMITTED 0/20");
        assertThat(ClientEventLog.of(step(Intents.modify(MODIFIER, nowNs, m -> m.quantity(20).limitPrice(Price.parse("1.6"))))))
            .containsExactly("STATUS k1 SUBMITTED 0/20");
    }

    @Test
    void shouldKeepTheWorkingOrderWhenTheBrokerRefusesTheModify()
    {
        step(Intents.newOrder(CLIENT, nowNs, o -> o.orderType(OrderType.LIMIT).limitPrice(Price.parse("1.5"))));
        step(BrokerFrames.orderStatus(nowNs, 100, TwsOrderStatus.SUBMITTED, 0, 10));
        step(Intents.modify(MODIFIER, nowNs, m -> m.limitPrice(Price.parse("1.7"))));

        assertEvents(BrokerFrames.error(nowNs, 100, 105, "Order being modified does not match original order"),
            "REFUSED k1 BROKER_RESPONSE_INVALID 105", "STATUS k1 SUBMITTED 0/10");
        assertThat(stages.book().byBrokerOrderId(100).state()).isEqualTo(OrderState.SUBMITTED);
    }

    @Test
    void shouldRefuseAModifyOfAFinalOrderOrWithoutAChange()
    {
        step(Intents.newOrder(CLIENT, nowNs, o -> { }));
        step(BrokerFrames.execution(nowNs, 100, "e1", 10, "5"));

        assertThat(ClientEventLog.of(step(Intents.modify(MODIFIER, nowNs, m -> m.quantity(5)))))
            .containsExactly("REFUSED m1 ORDER_NOT_MODIFIABLE");
        assertThat(ClientEventLog.of(step(Intents.modify(MODIFIER, nowNs, m -> m.idempotencyKey("m2")))))
            .containsExactly("REFUSED m2 MALFORMED_INTENT");
    }

    @Test
    void shouldRestoreTheOrderWhenTheBrokerRefusesTheCancel()
    {
        step(Intents.newOrder(CLIENT, nowNs, o -> { }));
        step(BrokerFrames.orderStatus(nowNs, 100, TwsOrderStatus.SUBMITTED, 0, 10));
        step(Intents.cancel(CLIENT, nowNs, c -> { }));

        assertEvents(BrokerFrames.error(nowNs, 100, 10148, "OrderId 100 that needs to be cancelled can not be cancelled"),
            "REFUSED k1 BROKER_RESPONSE_INVALID 10148", "STATUS k1 SUBMITTED 0/10");
    }

    @Test
    void shouldReplayTheReceiptAndSendNothing()
    {
        step(Intents.newOrder(CLIENT, nowNs, o -> o.correlationId(1)));
        step(BrokerFrames.execution(nowNs, 100, "e1", 10, "5"));

        final InboundEvent retry = step(Intents.newOrder(CLIENT, nowNs, o -> o.correlationId(2)));

        assertThat(retry.action).isEqualTo(OutputAction.NONE);
        assertThat(ClientEventLog.of(retry)).containsExactly("ACCEPTED k1 #100", "STATUS k1 FILLED 10/0");
    }

    @Test
    void shouldNeverSendALiveOrderThroughThePaperSession()
    {
        final InboundEvent order = Intents.newOrder(CLIENT, nowNs, o -> o.mode(TradingMode.LIVE).account("U1234567"));
        order.idempotency = IdempotencyOutcome.NEW;
        order.orderId = 7;

        stages.orderStage().onEvent(order, 0, true);

        assertThat(order.action).isEqualTo(OutputAction.NONE);
        assertThat(ClientEventLog.of(order)).containsExactly("REFUSED k1 GATEWAY_UNAVAILABLE");
    }

    @Test
    void shouldRouteEachModeToItsOwnSessionWithItsOwnOrderIds()
    {
        try (DecisionState twoSessions = new DecisionState(ConfigLoader.parse("""
            [trading]
            live_enabled = true
            [accounts]
            paper = ["DU8730189"]
            live = ["U1234567"]
            [[clients]]
            name = "trader"
            scopes = ["orders:paper:submit", "orders:live:submit"]
            accounts = ["DU8730189", "U1234567"]
            """), counters))
        {
            twoSessions.apply(BrokerFrames.connected(nowNs));
            twoSessions.apply(BrokerFrames.nextValidId(nowNs, 100));
            twoSessions.apply(BrokerFrames.connected(nowNs, 1));
            twoSessions.apply(BrokerFrames.fromSession(1, BrokerFrames.nextValidId(nowNs, 500)));
            final InboundEvent paper = twoSessions.apply(Intents.newOrder(0, nowNs, o -> { }));
            final InboundEvent live = Intents.newOrder(0, nowNs, o -> o.mode(TradingMode.LIVE).account("U1234567")
                .idempotencyKey("live-1"));
            live.idempotency = IdempotencyOutcome.NEW;
            live.orderId = 7;
            twoSessions.orderStage().onEvent(live, 0, true);

            assertThat(paper.outboundSession).isZero();
            assertThat(paper.outboundOrder.orderId()).isEqualTo(100);
            assertThat(live.action).isEqualTo(OutputAction.PLACE_ORDER);
            assertThat(live.outboundSession).isEqualTo(1);
            assertThat(live.outboundOrder.orderId()).isEqualTo(500);

            assertThat(ClientEventLog.of(twoSessions.apply(
                BrokerFrames.fromSession(1, BrokerFrames.orderStatus(nowNs, 100, TwsOrderStatus.CANCELLED, 0, 10))))).isEmpty();
            assertThat(twoSessions.book().byBrokerOrderId(100).state()).isEqualTo(OrderState.ACCEPTED);
            assertThat(ClientEventLog.of(twoSessions.apply(
                BrokerFrames.fromSession(1, BrokerFrames.orderStatus(nowNs, 500, TwsOrderStatus.SUBMITTED, 0, 10)))))
                .containsExactly("STATUS live-1 SUBMITTED 0/10");
        }
    }

    @Test
    void shouldNeverReuseABrokerOrderIdWhenTheGatewayRollsBack()
    {
        step(Intents.newOrder(CLIENT, nowNs, o -> { }));
        step(BrokerFrames.nextValidId(nowNs, 50));

        final InboundEvent second = step(Intents.newOrder(CLIENT, nowNs, o -> o.idempotencyKey("k2")));

        assertThat(second.outboundOrder.orderId()).isEqualTo(101);
    }

    @Test
    void shouldSettleAnOrderThatEndedWhileTheEngineWasAwayFromCompletedOrders()
    {
        step(Intents.newOrder(CLIENT, nowNs, o -> o.orderType(OrderType.LIMIT).limitPrice(Price.parse("1.5"))));
        step(BrokerFrames.orderStatus(nowNs, 100, TwsOrderStatus.SUBMITTED, 0, 10));

        assertEvents(BrokerFrames.completedOrder(nowNs, Intents.ACCOUNT, "k1", 7_001, TwsOrderStatus.CANCELLED, 0),
            "STATUS k1 CANCELLED 0/0");
        assertThat(stages.book().byPermId(7_001)).isSameAs(stages.book().byBrokerOrderId(100));
    }

    @Test
    void shouldFindAnOrderByItsOrderRefWhenTheBrokerIdIsNotOurs()
    {
        step(Intents.newOrder(CLIENT, nowNs, o -> o.orderType(OrderType.LIMIT).limitPrice(Price.parse("1.5"))));

        assertEvents(BrokerFrames.openOrder(nowNs, 555, Intents.ACCOUNT, "k1", TwsOrderStatus.SUBMITTED),
            "STATUS k1 SUBMITTED 0/10");
        assertThat(stages.book().byPermId(7_000)).isSameAs(stages.book().byBrokerOrderId(100));
    }

    @Test
    void shouldNeverMatchAnOrderRefOfAnotherAccount()
    {
        step(Intents.newOrder(CLIENT, nowNs, o -> { }));

        assertEvents(BrokerFrames.openOrder(nowNs, 555, "DUP203550", "k1", TwsOrderStatus.CANCELLED));
        assertEvents(BrokerFrames.completedOrder(nowNs, "DUP203550", "k1", 9, TwsOrderStatus.FILLED, 10));
        assertThat(counters.get(EngineCounter.UNKNOWN_ORDER_MESSAGES).get()).isEqualTo(2);
    }

    @Test
    void shouldCountBrokerMessagesForUnknownOrders()
    {
        assertEvents(BrokerFrames.orderStatus(nowNs, 999, TwsOrderStatus.FILLED, 1, 0));
        assertEvents(BrokerFrames.execution(nowNs, 999, "x", 1, "1"));

        assertThat(counters.get(EngineCounter.UNKNOWN_ORDER_MESSAGES).get()).isEqualTo(2);
    }

    private void assertEvents(final InboundEvent input, final String... expected)
    {
        assertThat(ClientEventLog.of(step(input))).containsExactly(expected);
    }

    private InboundEvent step(final InboundEvent event)
    {
        nowNs += 1_000;
        final Order before = stages.book().byBrokerOrderId(100);
        final OrderState stateBefore = before == null ? null : before.state();
        stages.apply(event);
        checkInvariants(stateBefore);
        return event;
    }

    private void checkInvariants(final OrderState stateBefore)
    {
        final Order order = stages.book().byBrokerOrderId(100);
        if (order == null)
        {
            return;
        }
        assertThat(order.filledQuantity()).isBetween(0L, order.quantity);
        if (!order.isTerminal())
        {
            assertThat(order.filledQuantity() + order.remainingQuantity()).isEqualTo(order.quantity);
        }
        if (stateBefore != null && FINAL.contains(stateBefore))
        {
            assertThat(order.state()).isEqualTo(stateBefore);
        }
    }
}
