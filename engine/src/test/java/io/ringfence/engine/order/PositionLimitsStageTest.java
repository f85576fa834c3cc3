package io.ringfence.engine.order;

import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.ModifyOrderEncoder;
import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.sbe.OutputAction;
import io.ringfence.codecs.sbe.Side;
import io.ringfence.codecs.tws.TwsOrderStatus;
import io.ringfence.config.ConfigLoader;
import io.ringfence.engine.BrokerFrames;
import io.ringfence.engine.ClientEventLog;
import io.ringfence.engine.DecisionState;
import io.ringfence.engine.InboundEvent;
import io.ringfence.engine.Intents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limits that need the order book, checked by the order stage against positions from
 * executions and this engine's working orders: max position (long and short, counting working
 * quantity on the same side) and max open orders per account.
 */
class PositionLimitsStageTest
{
    private final DecisionState stages = new DecisionState(ConfigLoader.parse("""
        [risk.limits]
        max_position = 15
        max_open_orders = 2
        max_order_qty = 30
        max_order_notional = "1000"
        [accounts]
        paper = ["DU8730189"]
        [[clients]]
        name = "trader"
        scopes = ["orders:paper:submit", "orders:paper:cancel", "orders:paper:modify"]
        accounts = ["DU8730189"]
        """));
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
    }

    @Test
    void shouldCountWorkingQuantityTowardTheMaximumPosition()
    {
        assertThat(log(submit("a", Side.BUY, 10))).containsExactly("ACCEPTED a #100");
        assertThat(log(submit("b", Side.BUY, 10))).containsExactly("REFUSED b RISK_MAX_POSITION");

        step(BrokerFrames.execution(nowNs, 100, "e1", 10, "10"));
        assertThat(log(submit("c", Side.BUY, 5))).containsExactly("ACCEPTED c #101");
        assertThat(log(submit("d", Side.SELL, 15))).containsExactly("ACCEPTED d #102");
    }

    @Test
    void shouldLimitShortPositionsToo()
    {
        assertThat(log(submit("s", Side.SELL, 16))).containsExactly("REFUSED s RISK_MAX_POSITION");
        assertThat(log(submit("t", Side.SELL, 15))).containsExactly("ACCEPTED t #100");
    }

    @Test
    void shouldLimitOpenOrdersAndFreeTheSlotWhenAnOrderEnds()
    {
        submit("a", Side.BUY, 1);
        submit("b", Side.BUY, 1);
        assertThat(log(submit("c", Side.BUY, 1))).containsExactly("REFUSED c RISK_MAX_OPEN_ORDERS");

        step(BrokerFrames.error(nowNs, 100, 202, "Order Canceled - reason:"));
        assertThat(log(submit("d", Side.BUY, 1))).containsExactly("ACCEPTED d #102");
    }

    @Test
    void shouldAnswerARetryOfARefusedKeyWithTheSameRefusal()
    {
        submit("a", Side.BUY, 10);
        assertThat(log(submit("b", Side.BUY, 10))).containsExactly("REFUSED b RISK_MAX_POSITION");

        final InboundEvent retry = submit("b", Side.BUY, 10);

        assertThat(retry.action).isEqualTo(OutputAction.NONE);
        assertThat(log(retry)).containsExactly("REFUSED b RISK_MAX_POSITION");
    }

    @Test
    void shouldCheckAModificationsNewValuesAgainstTheLimits()
    {
        submit("a", Side.BUY, 10);
        step(BrokerFrames.orderStatus(nowNs, 100, TwsOrderStatus.SUBMITTED, 0, 10));

        assertThat(log(modify("m1", m -> m.quantity(31)))).containsExactly("REFUSED m1 RISK_MAX_QTY");
        assertThat(log(modify("m2", m -> m.limitPrice(Price.parse("101"))))).containsExactly("REFUSED m2 RISK_MAX_NOTIONAL");
        assertThat(log(modify("m3", m -> m.quantity(12)))).containsExactly("STATUS a PENDING_REPLACE 0/10");
    }

    @Test
    void shouldCheckABiggerQuantityAgainstThePositionLimit()
    {
        submit("a", Side.BUY, 10);
        step(BrokerFrames.execution(nowNs, 100, "e1", 5, "10"));

        assertThat(log(modify("m1", m -> m.quantity(21)))).containsExactly("REFUSED m1 RISK_MAX_POSITION");
        assertThat(log(modify("m2", m -> m.quantity(12)))).containsExactly("STATUS a PENDING_REPLACE 5/5");
    }

    private InboundEvent modify(final String key, final Consumer<ModifyOrderEncoder> change)
    {
        return step(Intents.modify(0, nowNs, m -> change.accept(m.idempotencyKey(key).targetIdempotencyKey("a"))));
    }

    private InboundEvent submit(final String key, final Side side, final long quantity)
    {
        return step(Intents.newOrder(0, nowNs, o -> o.idempotencyKey(key).side(side).quantity(quantity)
            .orderType(OrderType.LIMIT).limitPrice(Price.parse("10"))));
    }

    private InboundEvent step(final InboundEvent event)
    {
        nowNs += 1_000_000;
        return stages.apply(event);
    }

    private static List<String> log(final InboundEvent event)
    {
        return ClientEventLog.of(event);
    }
}
