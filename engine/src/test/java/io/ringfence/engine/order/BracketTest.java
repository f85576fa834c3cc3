package io.ringfence.engine.order;

import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.sbe.OutputAction;
import io.ringfence.codecs.sbe.Side;
import io.ringfence.codecs.tws.TwsOrder;
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
 * A bracket through the decision stages: three orders placed in one event, the exits children
 * of the entry in one OCA group, only the last transmitting; a retry answers the three receipts;
 * a prefix cancel takes all three; badly placed exits are malformed.
 */
class BracketTest
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
    void shouldPlaceTheEntryAndTwoOcaExitsWithOnlyTheLastTransmitting()
    {
        final InboundEvent event = step(Intents.bracket(CLIENT, nowNs, b -> { }));

        assertThat(event.action).isEqualTo(OutputAction.PLACE_ORDER);
        assertThat(event.outboundOrderCount).isEqualTo(3);
        final TwsOrder entry = event.outboundOrders[0];
        final TwsOrder takeProfit = event.outboundOrders[1];
        final TwsOrder stopLoss = event.outboundOrders[2];
        assertThat(entry.orderId()).isEqualTo(100);
        assertThat(entry.side()).isEqualTo(Side.BUY);
        assertThat(entry.orderType()).isEqualTo(OrderType.MARKET);
        assertThat(entry.transmit()).isFalse();
        assertThat(takeProfit.orderId()).isEqualTo(101);
        assertThat(takeProfit.side()).isEqualTo(Side.SELL);
        assertThat(takeProfit.orderType()).isEqualTo(OrderType.LIMIT);
        assertThat(takeProfit.limitPrice()).isEqualTo(Price.parse("195"));
        assertThat(takeProfit.parentId()).isEqualTo(100);
        assertThat(takeProfit.ocaGroup().toString()).isEqualTo("br1");
        assertThat(takeProfit.transmit()).isFalse();
        assertThat(stopLoss.orderId()).isEqualTo(102);
        assertThat(stopLoss.orderType()).isEqualTo(OrderType.STOP);
        assertThat(stopLoss.auxPrice()).isEqualTo(Price.parse("185"));
        assertThat(stopLoss.parentId()).isEqualTo(100);
        assertThat(stopLoss.orderRef().toString()).isEqualTo("br1/sl");
        assertThat(stopLoss.transmit()).isTrue();
        assertThat(ClientEventLog.of(event)).containsExactly("ACCEPTED br1 #100", "ACCEPTED br1/tp #101", "ACCEPTED br1/sl #102");
    }

    @Test
    void shouldAnswerARetryWithTheThreeReceiptsAndSendNothing()
    {
        step(Intents.bracket(CLIENT, nowNs, b -> { }));

        final InboundEvent retry = step(Intents.bracket(CLIENT, nowNs, b -> b.correlationId(7)));

        assertThat(retry.action).isEqualTo(OutputAction.NONE);
        assertThat(ClientEventLog.of(retry)).containsExactly("ACCEPTED br1 #100", "STATUS br1 ACCEPTED 0/10",
            "ACCEPTED br1/tp #101", "STATUS br1/tp ACCEPTED 0/10", "ACCEPTED br1/sl #102", "STATUS br1/sl ACCEPTED 0/10");
    }

    @Test
    void shouldCancelTheWholeBracketByItsKeyPrefix()
    {
        step(Intents.bracket(CLIENT, nowNs, b -> { }));

        final InboundEvent cancel = step(Intents.cancel(CLIENT, nowNs, c -> c.idempotencyKey("c1").targetIdempotencyKey("br1*")));

        assertThat(cancel.outboundCancelCount).isEqualTo(3);
        assertThat(ClientEventLog.of(cancel)).containsExactly("STATUS br1 PENDING_CANCEL 0/10",
            "STATUS br1/tp PENDING_CANCEL 0/10", "STATUS br1/sl PENDING_CANCEL 0/10");
    }

    @Test
    void shouldRefuseABracketWhoseExitKeyIsTakenWithoutClaimingAnything()
    {
        step(Intents.newOrder(CLIENT, nowNs, o -> o.idempotencyKey("br1/tp")));

        assertThat(ClientEventLog.of(step(Intents.bracket(CLIENT, nowNs, b -> { }))))
            .containsExactly("REFUSED br1 IDEMPOTENCY_CONFLICT");
        assertThat(ClientEventLog.of(step(Intents.bracket(CLIENT, nowNs, b -> b.idempotencyKey("br2")))))
            .containsExactly("ACCEPTED br2 #101", "ACCEPTED br2/tp #102", "ACCEPTED br2/sl #103");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        stop-loss above take-profit   | BUY  | MARKET |        | 185 | 195
        limit outside the exits       | BUY  | LIMIT  | 196    | 195 | 185
        market entry with a limit     | BUY  | MARKET | 190    | 195 | 185
        sell exits the wrong way      | SELL | MARKET |        | 195 | 185
        a stop entry                  | BUY  | STOP   |        | 195 | 185
        """)
    void shouldRefuseABadlyShapedBracket(
        final String name, final Side side, final OrderType type, final String limit, final String takeProfit,
        final String stopLoss)
    {
        final InboundEvent event = step(Intents.bracket(CLIENT, nowNs, b -> b.side(side).orderType(type)
            .limitPrice(limit == null ? Price.NULL : Price.parse(limit))
            .takeProfitPrice(Price.parse(takeProfit)).stopLossPrice(Price.parse(stopLoss))));

        assertThat(ClientEventLog.of(event)).containsExactly("REFUSED br1 MALFORMED_INTENT");
    }

    @Test
    void shouldRefuseAKeyWithoutRoomForTheExitSuffixes()
    {
        assertThat(ClientEventLog.of(step(Intents.bracket(CLIENT, nowNs, b -> b.idempotencyKey("k".repeat(30))))))
            .containsExactly("REFUSED " + "k".repeat(30) + " MALFORMED_INTENT");
    }

    @Test
    void shouldKeepAModifiedExitTheEntrysChildInItsOcaGroup()
    {
        step(Intents.bracket(CLIENT, nowNs, b -> { }));

        final InboundEvent modify = step(Intents.modify(0, nowNs, m -> m.idempotencyKey("m1")
            .targetIdempotencyKey("br1/tp").limitPrice(Price.parse("196"))));

        assertThat(modify.action).as(ClientEventLog.of(modify).toString()).isEqualTo(OutputAction.PLACE_ORDER);
        assertThat(modify.outboundOrder.orderId()).isEqualTo(101);
        assertThat(modify.outboundOrder.limitPrice()).isEqualTo(Price.parse("196"));
        assertThat(modify.outboundOrder.parentId()).isEqualTo(100);
        assertThat(modify.outboundOrder.ocaGroup().toString()).isEqualTo("br1");
        assertThat(modify.outboundOrder.transmit()).isTrue();
    }

    @Test
    void shouldCountTheThreeLegsAgainstTheOpenOrderLimit()
    {
        try (DecisionState limited = new DecisionState(ConfigLoader.parse("""
            [risk.limits]
            max_open_orders = 2
            [accounts]
            paper = ["DU8730189"]
            [[clients]]
            name = "cli"
            scopes = ["orders:paper:submit"]
            accounts = ["DU8730189"]
            [[clients]]
            name = "trader"
            scopes = ["orders:paper:submit"]
            accounts = ["DU8730189"]
            """), EngineCounters.inMemory()))
        {
            limited.apply(BrokerFrames.connected(nowNs));
            limited.apply(BrokerFrames.nextValidId(nowNs, 100));

            assertThat(ClientEventLog.of(limited.apply(Intents.bracket(CLIENT, nowNs, b -> { }))))
                .containsExactly("REFUSED br1 RISK_MAX_OPEN_ORDERS");
        }
    }

    private InboundEvent step(final InboundEvent event)
    {
        nowNs += 1_000;
        event.timestampNs = nowNs;
        return stages.apply(event);
    }
}
