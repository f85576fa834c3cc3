package io.ringfence.engine.order;

import io.ringfence.codecs.sbe.OutputAction;
import io.ringfence.codecs.sbe.QueryKind;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Queries of the engine's view: an order by key, working orders by key prefix (a batch), the
 * account's positions; each answer ends with its count; a query sends nothing and claims no key.
 */
class QueryTest
{
    private static final int CLIENT = 1;

    private final DecisionState stages = new DecisionState(ConfigLoader.loadDefault(), EngineCounters.inMemory());
    private long nowNs = 1_000;

    @BeforeEach
    void tradeABit()
    {
        step(BrokerFrames.connected(nowNs));
        step(BrokerFrames.nextValidId(nowNs, 100));
        step(Intents.newOrder(CLIENT, nowNs, o -> o.idempotencyKey("b1/AAPL")));
        step(Intents.newOrder(CLIENT, nowNs, o -> o.idempotencyKey("b1/MSFT").symbol("MSFT").quantity(5)));
        step(Intents.newOrder(CLIENT, nowNs, o -> o.idempotencyKey("k9")));
        step(BrokerFrames.execution(nowNs, 100, "e1", 10, "190"));
    }

    @AfterEach
    void closeStages()
    {
        stages.close();
    }

    @Test
    void shouldAnswerOneOrderByItsKey()
    {
        final InboundEvent answer = step(Intents.query(CLIENT, nowNs, QueryKind.ORDER, "b1/AAPL"));

        assertThat(answer.action).isEqualTo(OutputAction.NONE);
        assertThat(ClientEventLog.of(answer)).containsExactly("STATUS b1/AAPL FILLED 10/0", "END ORDER 1");
        assertThat(ClientEventLog.of(step(Intents.query(CLIENT, nowNs, QueryKind.ORDER, "nope")))).containsExactly("END ORDER 0");
    }

    @Test
    void shouldAnswerTheWorkingOrdersOfABatchOrOfTheAccount()
    {
        assertThat(ClientEventLog.of(step(Intents.query(CLIENT, nowNs, QueryKind.ORDERS, "b1/"))))
            .containsExactly("STATUS b1/MSFT ACCEPTED 0/5", "END ORDERS 1");
        assertThat(ClientEventLog.of(step(Intents.query(CLIENT, nowNs, QueryKind.ORDERS, ""))))
            .containsExactly("STATUS b1/MSFT ACCEPTED 0/5", "STATUS k9 ACCEPTED 0/10", "END ORDERS 2");
    }

    @Test
    void shouldAnswerTheAccountsPositionsWithTheirWorkingQuantities()
    {
        assertThat(ClientEventLog.of(step(Intents.query(CLIENT, nowNs, QueryKind.POSITIONS, ""))))
            .containsExactlyInAnyOrder("POSITION AAPL 10 working 10/0", "POSITION MSFT 0 working 5/0", "END POSITIONS 2");
    }

    @Test
    void shouldAnswerTheExecutionsSinceATimeWithWhenTheyWereApplied()
    {
        final long secondNs = nowNs + 1_000;
        step(BrokerFrames.execution(nowNs, 101, "e2", 2, "420"));
        step(BrokerFrames.execution(nowNs, 101, "e3", 3, "421"));

        final InboundEvent all = step(Intents.query(CLIENT, nowNs, QueryKind.EXECUTIONS, ""));
        final InboundEvent since = Intents.query(CLIENT, nowNs, QueryKind.EXECUTIONS, "b1/MSFT");
        since.body.putLong(8 + 8 + 1 + 16 + 32, secondNs + 1);

        assertThat(ClientEventLog.of(all)).containsExactly("FILL b1/AAPL 10 @ 190.00 e1", "FILL b1/MSFT 2 @ 420.00 e2",
            "FILL b1/MSFT 3 @ 421.00 e3", "END EXECUTIONS 3");
        assertThat(ClientEventLog.of(step(since))).containsExactly("FILL b1/MSFT 3 @ 421.00 e3", "END EXECUTIONS 1");
    }

    @Test
    void shouldMarkAnAnswerTruncatedWhenMoreMatchedThanOneEventCarries()
    {
        for (int i = 0; i < 60; i++)
        {
            final String key = "many-" + i;
            step(Intents.newOrder(CLIENT, nowNs, o -> o.idempotencyKey(key)));
        }

        assertThat(ClientEventLog.of(step(Intents.query(CLIENT, nowNs, QueryKind.ORDERS, "many-"))))
            .last().asString().matches("END ORDERS \\d+ truncated");
    }

    @Test
    void shouldRefuseAQueryOfAnAccountTheClientMayNotUse()
    {
        final InboundEvent query = Intents.query(CLIENT, nowNs, QueryKind.ORDERS, "");
        query.body.putStringWithoutLengthAscii(8 + 8 + 1, "DU0000000\0\0\0\0\0\0\0");

        assertThat(ClientEventLog.of(step(query))).containsExactly("REFUSED  ACCOUNT_NOT_ALLOWED");
    }

    private InboundEvent step(final InboundEvent event)
    {
        nowNs += 1_000;
        event.timestampNs = nowNs;
        return stages.apply(event);
    }
}
