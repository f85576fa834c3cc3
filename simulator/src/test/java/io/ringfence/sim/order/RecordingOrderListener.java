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
 * conservative: a tradable quote, the touch price, never through the limit.
 */
final class RecordingOrderListener implements OrderEventListener
{
    final List<String> events = new ArrayList<>();
    final List<SimOrder> executedOrders = new ArrayList<>();
    final List<Long> executionIds = new ArrayList<>();

    public void onOrderStatus(final SimOrder order)
    {
        events.add(order.orderId() + " " + order.status().twsStatus().text() + " filled=" + order.filledQuantity() +
            " remaining=" + order.remainingQuantity());
    }

    public void onExecution(final SimOrder order, final Execution execution)
    {
        final Quote quote = order.quote();
        assertThat(quote.isTradable()).as("no fill without a quote").isTrue();
        final long touch = order.side() == Side.BUY ? quote.askPrice() : quote.bidPrice();
        assertThat(execution.price()).as("fills at the touch").isEqualTo(touch);
        if (order.orderType() == OrderType.LIMIT)
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

        executedOrders.add(order);
        executionIds.add(execution.executionId());
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
