package io.ringfence.sim.order;

import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.sbe.Side;
import io.ringfence.sim.market.Quote;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Records order events as text and checks, at the moment of every fill, that the fill model was
 * conservative: a tradable, fresh quote, the touch price, never through a limit, a stop only once
 * triggered, and an opening buy never taking cash below zero.
 */
final class RecordingOrderListener implements OrderEventListener
{
    final List<String> events = new ArrayList<>();
    final List<Execution> executions = new ArrayList<>();
    long staleQuoteMs;

    public void onOrderStatus(final SimOrder order)
    {
        events.add(order.orderId() + " " + order.status().twsStatus().text() + " filled=" + order.filledQuantity() +
            " remaining=" + order.remainingQuantity());
    }

    public void onExecution(final SimOrder order, final Execution execution)
    {
        final Quote quote = order.quote();
        assertThat(quote.isTradable()).as("no fill without a quote").isTrue();
        assertThat(quote.isStale(execution.timeMs(), staleQuoteMs)).as("no fill through a stale quote").isFalse();
        final long touch = order.side() == Side.BUY ? quote.askPrice() : quote.bidPrice();
        assertThat(execution.price()).as("fills at the touch").isEqualTo(touch);
        if (order.isStop())
        {
            assertThat(order.isTriggered()).as("stop fills only once triggered").isTrue();
        }
        final OrderType type = order.orderType();
        if (OrderType.LIMIT == type || OrderType.STOP_LIMIT == type || OrderType.TRAILING_STOP_LIMIT == type)
        {
            if (order.side() == Side.BUY)
            {
                assertThat(execution.price()).as("buy limit honoured").isLessThanOrEqualTo(order.limitPrice());
            }
            else
            {
                assertThat(execution.price()).as("sell limit honoured").isGreaterThanOrEqualTo(order.limitPrice());
            }
        }
        if (order.side() == Side.BUY && order.account().quantity(order.symbol()) > 0)
        {
            assertThat(order.account().cash()).as("no negative cash from an opening buy").isNotNegative();
        }

        executions.add(execution);
        events.add(order.orderId() + " exec " + execution.quantity() + "@" + Price.toString(execution.price()) +
            " t=" + execution.timeMs());
    }

    public void onOrderRejected(final SimOrder order, final RejectReason reason)
    {
        events.add(order.orderId() + " rejected " + reason.errorCode() + " " + reason.name());
    }

    List<String> drain()
    {
        final List<String> drained = new ArrayList<>(events);
        events.clear();
        return drained;
    }
}
