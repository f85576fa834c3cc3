package io.ringfence.sim.order;

import io.ringfence.codecs.Price;

/**
 * One fill, reused by the {@link OrderBook} for every fill: read it during
 * {@link OrderEventListener#onExecution(SimOrder, Execution)}, do not keep it.
 */
public final class Execution
{
    private long executionId;
    private long quantity;
    private long price;
    private long timeMs;
    private long realizedPnl;

    Execution set(
        final long executionId, final long quantity, final long price, final long timeMs, final long realizedPnl)
    {
        this.executionId = executionId;
        this.quantity = quantity;
        this.price = price;
        this.timeMs = timeMs;
        this.realizedPnl = realizedPnl;
        return this;
    }

    /**
     * @return sequence number of this fill within the gateway, from 1.
     */
    public long executionId()
    {
        return executionId;
    }

    /**
     * @return shares filled by this execution.
     */
    public long quantity()
    {
        return quantity;
    }

    /**
     * @return fill price at scale 10<sup>-8</sup>.
     */
    public long price()
    {
        return price;
    }

    /**
     * @return epoch milliseconds of the fill.
     */
    public long timeMs()
    {
        return timeMs;
    }

    /**
     * @return P&amp;L realised in the account by this fill at scale 10<sup>-8</sup>, or {@link Price#NULL}
     * when it only opened or added to a position.
     */
    public long realizedPnl()
    {
        return realizedPnl;
    }

    @Override
    public String toString()
    {
        return "Execution{id=" + executionId + ", qty=" + quantity + ", price=" + Price.toString(price) +
            ", timeMs=" + timeMs + ", realizedPnl=" + Price.toString(realizedPnl) + "}";
    }
}
