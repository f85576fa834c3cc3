package io.ringfence.engine.order;

import io.ringfence.codecs.sbe.OrderState;
import io.ringfence.codecs.sbe.Side;
import io.ringfence.codecs.tws.TwsOrderStatus;
import io.ringfence.config.ConfigLoader;
import io.ringfence.engine.BrokerFrames;
import io.ringfence.engine.ClientEventLog;
import io.ringfence.engine.DecisionState;
import io.ringfence.engine.InboundEvent;
import io.ringfence.engine.Intents;
import io.ringfence.engine.status.EngineCounters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The order stage as a behavioural spec, exchange-core style: seeded random walks of broker
 * messages (every ORDER_STATUS status, OPEN_ORDER, COMPLETED_ORDER, executions in and out of
 * order, duplicated, partial, rejections and cancel confirmations) over a few orders, and after
 * every step the invariants: each status event's filled + remaining is the order's quantity
 * (for an order that ended short — cancelled, rejected, inactive, expired — remaining is 0, as
 * IB reports it);
 * filled never exceeds the quantity and equals the sum of its distinct executions; the position
 * equals the signed sum of every distinct execution; an order in a final state never changes
 * state again.
 */
class OrderLifecycleSpecTest
{
    private static final int ORDERS = 6;
    private static final int STEPS = 400;
    private static final int FIRST_BROKER_ID = 100;
    private static final long QUANTITY = 10;
    private static final TwsOrderStatus[] STATUSES = TwsOrderStatus.values();

    private final DecisionState stages = new DecisionState(ConfigLoader.loadDefault(), EngineCounters.inMemory());
    private final long[] executedShares = new long[ORDERS];
    private final OrderState[] finalStates = new OrderState[ORDERS];
    private final List<String> execIds = new ArrayList<>();
    private long nowNs = 1_000;

    @AfterEach
    void closeStages()
    {
        stages.close();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 20261123, 424242})
    void shouldKeepEveryInvariantAfterEveryStep(final long seed)
    {
        final Random random = new Random(seed);
        step(BrokerFrames.connected(nowNs));
        step(BrokerFrames.nextValidId(nowNs, FIRST_BROKER_ID));
        for (int i = 0; i < ORDERS; i++)
        {
            final String key = "s" + i;
            final Side side = i % 2 == 0 ? Side.BUY : Side.SELL;
            step(Intents.newOrder(0, nowNs, o -> o.idempotencyKey(key).side(side).quantity(QUANTITY)));
        }

        for (int s = 0; s < STEPS; s++)
        {
            final int order = random.nextInt(ORDERS);
            final int brokerId = FIRST_BROKER_ID + order;
            final InboundEvent event = switch (random.nextInt(6))
            {
                case 0 -> BrokerFrames.orderStatus(nowNs, brokerId, STATUSES[random.nextInt(STATUSES.length)],
                    random.nextInt((int)QUANTITY + 1), random.nextInt((int)QUANTITY + 1));
                case 1 -> BrokerFrames.openOrder(nowNs, brokerId, Intents.ACCOUNT, "s" + order,
                    STATUSES[random.nextInt(STATUSES.length)]);
                case 2 -> execution(random, order, brokerId);
                case 3 -> execIds.isEmpty() ? BrokerFrames.openOrderEnd(nowNs) :
                    BrokerFrames.execution(nowNs, brokerId, execIds.get(random.nextInt(execIds.size())), 1, "190");
                case 4 -> BrokerFrames.error(nowNs, brokerId, random.nextBoolean() ? 202 : 201, "broker says no");
                default -> BrokerFrames.completedOrder(nowNs, Intents.ACCOUNT, "s" + order, 9_000 + order,
                    random.nextBoolean() ? TwsOrderStatus.CANCELLED : TwsOrderStatus.FILLED, executedShares[order]);
            };
            checkInvariants(step(event), seed, s);
        }
    }

    /**
     * A new execution of 1 to the rest of the order's quantity (none once it is all executed).
     */
    private InboundEvent execution(final Random random, final int order, final int brokerId)
    {
        final long rest = QUANTITY - executedShares[order];
        if (rest == 0)
        {
            return BrokerFrames.completedOrdersEnd(nowNs);
        }
        final long shares = 1 + random.nextInt((int)rest);
        final String execId = "x" + execIds.size();
        execIds.add(execId);
        executedShares[order] += shares;
        return BrokerFrames.execution(nowNs, brokerId, execId, shares, "190");
    }

    private void checkInvariants(final InboundEvent event, final long seed, final int step)
    {
        final String where = "seed " + seed + " step " + step;
        for (final String line : ClientEventLog.of(event))
        {
            if (line.startsWith("STATUS "))
            {
                final String[] filledRemaining = line.substring(line.lastIndexOf(' ') + 1).split("/");
                final long filled = Long.parseLong(filledRemaining[0]);
                final long remaining = Long.parseLong(filledRemaining[1]);
                if (isEndedShort(line))
                {
                    assertThat(remaining).as(where + ": " + line).isZero();
                    assertThat(filled).as(where + ": " + line).isLessThanOrEqualTo(QUANTITY);
                }
                else
                {
                    assertThat(filled + remaining).as(where + ": " + line).isEqualTo(QUANTITY);
                }
            }
        }
        long position = 0;
        for (int i = 0; i < ORDERS; i++)
        {
            final Order order = stages.book().get(i);
            assertThat(order.filledQuantity()).as(where + " order " + i + " filled").isEqualTo(executedShares[i])
                .isLessThanOrEqualTo(order.quantity());
            if (finalStates[i] != null)
            {
                assertThat(order.state()).as(where + " order " + i + " after its final state").isEqualTo(finalStates[i]);
            }
            else if (order.isTerminal())
            {
                finalStates[i] = order.state();
            }
            position += order.side() == Side.BUY ? executedShares[i] : -executedShares[i];
        }
        final Order any = stages.book().get(0);
        assertThat(stages.book().position(any.text, Order.ACCOUNT_OFFSET, any.text, Order.SYMBOL_OFFSET))
            .as(where + " position").isEqualTo(position);
    }

    /**
     * Cancelled, rejected, inactive or expired: nothing remains working, whatever filled.
     */
    private static boolean isEndedShort(final String statusLine)
    {
        return statusLine.contains(" CANCELLED ") || statusLine.contains(" REJECTED ") ||
            statusLine.contains(" INACTIVE ") || statusLine.contains(" EXPIRED ");
    }

    private InboundEvent step(final InboundEvent event)
    {
        nowNs += 1_000;
        event.timestampNs = nowNs;
        return stages.apply(event);
    }
}
