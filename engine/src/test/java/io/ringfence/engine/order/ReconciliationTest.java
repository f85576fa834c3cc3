package io.ringfence.engine.order;

import io.ringfence.codecs.sbe.OrderState;
import io.ringfence.codecs.sbe.OutputAction;
import io.ringfence.codecs.tws.TwsOrderStatus;
import io.ringfence.config.ConfigLoader;
import io.ringfence.engine.BrokerFrames;
import io.ringfence.engine.ClientEventLog;
import io.ringfence.engine.DecisionState;
import io.ringfence.engine.InboundEvent;
import io.ringfence.engine.Intents;
import io.ringfence.engine.status.EngineCounter;
import io.ringfence.engine.status.EngineCounters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reconciliation after every connect: new orders wait (RECONCILING) until the broker's open and
 * completed orders are in, and a key refused only for that is decided again on retry; an order
 * the engine journaled as sent that neither lists is counted as unresolved and never sent twice;
 * one the broker lists takes the broker's state.
 */
class ReconciliationTest
{
    private final EngineCounters counters = EngineCounters.inMemory();
    private final DecisionState stages = new DecisionState(ConfigLoader.loadDefault(), counters);
    private long nowNs = 1_000;

    @AfterEach
    void closeStages()
    {
        stages.close();
    }

    @BeforeEach
    void connectAndReconcile()
    {
        stages.orderStage().reconcileOnConnect(true);
        step(BrokerFrames.connected(nowNs));
        step(BrokerFrames.nextValidId(nowNs, 100));
    }

    @Test
    void shouldRefuseNewOrdersUntilTheOpenAndCompletedOrdersAreIn()
    {
        assertThat(ClientEventLog.of(step(Intents.newOrder(1, nowNs, o -> { }))))
            .containsExactly("REFUSED k1 RECONCILING");
        assertThat(stages.orderStage().isReadyToTrade()).isFalse();

        step(BrokerFrames.openOrderEnd(nowNs));
        step(BrokerFrames.completedOrdersEnd(nowNs));

        assertThat(stages.orderStage().isReadyToTrade()).isTrue();
        assertThat(ClientEventLog.of(step(Intents.newOrder(1, nowNs, o -> { }))))
            .containsExactly("ACCEPTED k1 #100");
    }

    @Test
    void shouldCountAnOrderNeitherAnswerListsAndNeverSendItTwice()
    {
        reconcile();
        step(Intents.newOrder(1, nowNs, o -> { }));

        step(BrokerFrames.disconnected(nowNs));
        step(BrokerFrames.connected(nowNs));
        step(BrokerFrames.nextValidId(nowNs, 150));
        reconcile();
        assertThat(counters.get(EngineCounter.ORDERS_UNRESOLVED).get()).isEqualTo(1);

        final InboundEvent retry = step(Intents.newOrder(1, nowNs, o -> o.correlationId(2)));

        assertThat(retry.action).isEqualTo(OutputAction.NONE);
        assertThat(ClientEventLog.of(retry)).containsExactly("ACCEPTED k1 #100", "STATUS k1 ACCEPTED 0/10");
    }

    @Test
    void shouldDecideARetryAgainWhenItWasRefusedOnlyForReconciling()
    {
        assertThat(ClientEventLog.of(step(Intents.newOrder(1, nowNs, o -> { }))))
            .containsExactly("REFUSED k1 RECONCILING");
        reconcile();

        final InboundEvent retry = step(Intents.newOrder(1, nowNs, o -> o.correlationId(2)));

        assertThat(retry.action).isEqualTo(OutputAction.PLACE_ORDER);
        assertThat(ClientEventLog.of(retry)).containsExactly("ACCEPTED k1 #100");
    }

    @Test
    void shouldKeepAnOrderTheBrokerListsAndReplayItsReceipt()
    {
        reconcile();
        step(Intents.newOrder(1, nowNs, o -> { }));

        step(BrokerFrames.disconnected(nowNs));
        step(BrokerFrames.connected(nowNs));
        step(BrokerFrames.openOrder(nowNs, 100, Intents.ACCOUNT, "k1", TwsOrderStatus.SUBMITTED));
        reconcile();

        assertThat(stages.book().byBrokerOrderId(100).state()).isEqualTo(OrderState.SUBMITTED);
        final InboundEvent retry = step(Intents.newOrder(1, nowNs, o -> o.correlationId(2)));
        assertThat(retry.action).isEqualTo(OutputAction.NONE);
        assertThat(ClientEventLog.of(retry)).containsExactly("ACCEPTED k1 #100", "STATUS k1 SUBMITTED 0/10");
    }

    @Test
    void shouldCountABrokerPositionThatDiffersFromTheEnginesExecutions()
    {
        reconcile();
        step(Intents.newOrder(1, nowNs, o -> { }));
        step(BrokerFrames.execution(nowNs, 100, "e1", 10, "190"));

        step(BrokerFrames.position(nowNs, "AAPL", 10));
        assertThat(counters.get(EngineCounter.POSITION_DIFFERENCES).get()).isZero();

        step(BrokerFrames.position(nowNs, "AAPL", 25));
        step(BrokerFrames.position(nowNs, "MSFT", 5));
        assertThat(counters.get(EngineCounter.POSITION_DIFFERENCES).get()).isEqualTo(2);
    }

    @Test
    void shouldAdoptAnOpenOrderItDidNotPlaceAsExternalAndCountItsFills()
    {
        reconcile();
        final InboundEvent open = step(BrokerFrames.openOrder(nowNs, 777, Intents.ACCOUNT, "placed-by-hand", TwsOrderStatus.SUBMITTED));

        assertThat(counters.get(EngineCounter.EXTERNAL_ORDERS).get()).isEqualTo(1);
        assertThat(open.egressClient).as("an external order has no client").isEqualTo(InboundEvent.NO_CLIENT);
        final Order external = stages.book().byBrokerOrderId(777);
        assertThat(external.state()).isEqualTo(OrderState.SUBMITTED);
        assertThat(external.keyText()).isEqualTo("placed-by-hand");

        step(BrokerFrames.execution(nowNs, 777, "x1", 4, "190"));
        step(BrokerFrames.openOrder(nowNs, 777, Intents.ACCOUNT, "placed-by-hand", TwsOrderStatus.SUBMITTED));

        assertThat(external.filledQuantity()).isEqualTo(4);
        assertThat(counters.get(EngineCounter.EXTERNAL_ORDERS).get()).as("adopted once").isEqualTo(1);
        step(BrokerFrames.position(nowNs, "AAPL", 4));
        assertThat(counters.get(EngineCounter.POSITION_DIFFERENCES).get()).as("its fills are in the position").isZero();
    }

    private void reconcile()
    {
        step(BrokerFrames.openOrderEnd(nowNs));
        step(BrokerFrames.completedOrdersEnd(nowNs));
    }

    private InboundEvent step(final InboundEvent event)
    {
        nowNs += 1_000;
        return stages.apply(event);
    }
}
