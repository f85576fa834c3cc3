package io.ringfence.sim.order;

import io.ringfence.codecs.Price;

/**
 * One fill, kept by the {@link OrderBook} for the rest of the gateway's run (REQ_EXECUTIONS answers
 * from this history), so it is immutable.
 *
 * @param executionId sequence number of this fill within the gateway, from 1.
 * @param order       the order that filled.
 * @param quantity    shares filled by this execution.
 * @param price       fill price at scale 10<sup>-8</sup>.
 * @param timeMs      epoch milliseconds of the fill.
 * @param commission  charged for this fill at scale 10<sup>-8</sup>.
 * @param realizedPnl P&amp;L realised in the account by this fill, net of its commission, or
 *                    {@link Price#NULL} when it only opened or added to a position.
 * @param cumQuantity the order's filled quantity after this fill.
 * @param avgPrice    the order's average fill price after this fill.
 */
public record Execution(
    long executionId,
    SimOrder order,
    long quantity,
    long price,
    long timeMs,
    long commission,
    long realizedPnl,
    long cumQuantity,
    long avgPrice)
{
    @Override
    public String toString()
    {
        return "Execution{id=" + executionId + ", order=" + order.orderId() + ", qty=" + quantity + ", price=" +
            Price.toString(price) + ", timeMs=" + timeMs + ", commission=" + Price.toString(commission) +
            ", realizedPnl=" + Price.toString(realizedPnl) + "}";
    }
}
