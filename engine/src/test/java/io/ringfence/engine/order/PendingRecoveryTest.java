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

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An order the previous run sent that no broker answer has listed: its key answers
 * IDEMPOTENCY_PENDING_RECOVERY until a reconciliation pass settles it, found (adopted with the
 * broker's state) or, from a pass begun at least release_after_ms after the restart, proven
 * absent (released, so a retry sends).
 */
class PendingRecoveryTest
{
    private static final long RELEASE_AFTER_NS = TimeUnit.MILLISECONDS.toNanos(5_000);

    private final EngineCounters counters = EngineCounters.inMemory();
    private final DecisionState stages = new DecisionState(ConfigLoader.loadDefault(), counters);
    private long nowNs = 1_000;
    private long restartNs;

    @BeforeEach
    void sendAnOrderThenCrashAndRestart()
    {
        stages.orderStage().reconcileOnConnect(true);
        step(BrokerFrames.engineStarted(nowNs));
        step(BrokerFrames.connected(nowNs));
        step(BrokerFrames.nextValidId(nowNs, 100));
        pass();
        assertThat(step(Intents.newOrder(1, nowNs, o -> { })).action).isEqualTo(OutputAction.PLACE_ORDER);

        nowNs += 1_000_000;
        restartNs = step(BrokerFrames.engineStarted(nowNs)).timestampNs;
        step(BrokerFrames.disconnected(nowNs));
        step(BrokerFrames.connected(nowNs));
        step(BrokerFrames.nextValidId(nowNs, 100));
    }

    @AfterEach
    void closeStages()
    {
        stages.close();
    }

    @Test
    void shouldRefuseARetryUntilAPassSettlesTheOrder()
    {
        final InboundEvent retry = step(Intents.newOrder(1, nowNs, o -> o.correlationId(2)));

        assertThat(retry.action).isEqualTo(OutputAction.NONE);
        assertThat(ClientEventLog.of(retry)).containsExactly("REFUSED k1 IDEMPOTENCY_PENDING_RECOVERY");
    }

    @Test
    void shouldReleaseNothingOnAPassBegunRightAfterTheRestartAndAskForAnotherWhenOneWouldCount()
    {
        final InboundEvent end = pass();

        assertThat(end.action).isEqualTo(OutputAction.RECONCILE);
        assertThat(end.reconcileDelayNs).isEqualTo(restartNs + RELEASE_AFTER_NS - end.timestampNs);
        assertThat(counters.get(EngineCounter.ORDERS_PENDING_RECOVERY).get()).isEqualTo(1);
        assertThat(ClientEventLog.of(step(Intents.newOrder(1, nowNs, o -> o.correlationId(2)))))
            .containsExactly("REFUSED k1 IDEMPOTENCY_PENDING_RECOVERY");
    }

    @Test
    void shouldReleaseAnOrderALaterPassDoesNotListSoARetrySendsIt()
    {
        pass();
        nowNs = restartNs + RELEASE_AFTER_NS;
        final InboundEvent end = pass();

        assertThat(end.action).isEqualTo(OutputAction.NONE);
        assertThat(counters.get(EngineCounter.ORDERS_RELEASED).get()).isEqualTo(1);
        assertThat(counters.get(EngineCounter.ORDERS_PENDING_RECOVERY).get()).isZero();

        final InboundEvent retry = step(Intents.newOrder(1, nowNs, o -> o.correlationId(2)));
        assertThat(retry.action).isEqualTo(OutputAction.PLACE_ORDER);
        assertThat(ClientEventLog.of(retry)).containsExactly("ACCEPTED k1 #101");
        assertThat(ClientEventLog.of(step(Intents.newOrder(1, nowNs, o -> o.correlationId(3)))))
            .containsExactly("ACCEPTED k1 #101", "STATUS k1 ACCEPTED 0/10");
    }

    @Test
    void shouldAdoptAnOrderAPassFindsByOrderRefAndReplayItsReceipt()
    {
        step(BrokerFrames.openOrder(nowNs, 100, Intents.ACCOUNT, "k1", TwsOrderStatus.SUBMITTED));
        pass();
        nowNs = restartNs + RELEASE_AFTER_NS;
        pass();

        assertThat(stages.book().byBrokerOrderId(100).state()).isEqualTo(OrderState.SUBMITTED);
        assertThat(counters.get(EngineCounter.ORDERS_RELEASED).get()).isZero();
        final InboundEvent retry = step(Intents.newOrder(1, nowNs, o -> o.correlationId(2)));
        assertThat(retry.action).isEqualTo(OutputAction.NONE);
        assertThat(ClientEventLog.of(retry)).containsExactly("ACCEPTED k1 #100", "STATUS k1 SUBMITTED 0/10");
    }

    @Test
    void shouldAdoptAnOrderOnlyItsExecutionsMention()
    {
        step(BrokerFrames.execution(nowNs, 100, "e1", 10, "190"));
        nowNs = restartNs + RELEASE_AFTER_NS;
        pass();

        assertThat(stages.book().byBrokerOrderId(100).state()).isEqualTo(OrderState.FILLED);
        assertThat(counters.get(EngineCounter.ORDERS_RELEASED).get()).isZero();
    }

    @Test
    void shouldNeverHoldBackAnOrderOfTheCurrentRun()
    {
        nowNs = restartNs + RELEASE_AFTER_NS;
        pass();
        step(Intents.newOrder(1, nowNs, o -> o.idempotencyKey("k2")));

        assertThat(ClientEventLog.of(step(Intents.newOrder(1, nowNs, o -> o.idempotencyKey("k2").correlationId(2)))))
            .containsExactly("ACCEPTED k2 #101", "STATUS k2 ACCEPTED 0/10");
    }

    @Test
    void shouldNotReleaseAnOrderTheBrokerMentionedWithoutMovingItOn()
    {
        step(BrokerFrames.openOrder(nowNs, 100, Intents.ACCOUNT, "k1", TwsOrderStatus.PENDING_SUBMIT));
        pass();
        nowNs = restartNs + RELEASE_AFTER_NS;
        pass();

        assertThat(counters.get(EngineCounter.ORDERS_RELEASED).get()).isZero();
        assertThat(step(Intents.newOrder(1, nowNs, o -> o.correlationId(2))).action).isEqualTo(OutputAction.NONE);
    }

    @Test
    void shouldForgetAReleasedOrdersBrokerIdSoALateFrameCannotReachItsRetry()
    {
        pass();
        nowNs = restartNs + RELEASE_AFTER_NS;
        pass();
        assertThat(ClientEventLog.of(step(Intents.newOrder(1, nowNs, o -> o.correlationId(2))))).containsExactly("ACCEPTED k1 #101");

        final InboundEvent late = step(BrokerFrames.orderStatus(nowNs, 100, TwsOrderStatus.FILLED, 10, 0));

        assertThat(ClientEventLog.of(late)).isEmpty();
        assertThat(stages.book().byBrokerOrderId(101).state()).isEqualTo(OrderState.ACCEPTED);
    }

    private InboundEvent pass()
    {
        step(BrokerFrames.openOrderEnd(nowNs));
        step(BrokerFrames.completedOrdersEnd(nowNs));
        return step(BrokerFrames.executionDataEnd(nowNs));
    }

    private InboundEvent step(final InboundEvent event)
    {
        nowNs += 1_000;
        event.timestampNs = nowNs;
        return stages.apply(event);
    }
}
