package io.ringfence.sim.order;

/**
 * Outcome of {@link OrderBook#cancel(int, int, long)}.
 */
public enum CancelResult
{
    /**
     * The order was working or held and is now cancelled.
     */
    CANCELLED,

    /**
     * No order with that id for that client (IB error 10147).
     */
    NOT_FOUND,

    /**
     * The order already reached a terminal status (IB error 161).
     */
    NOT_CANCELLABLE
}
