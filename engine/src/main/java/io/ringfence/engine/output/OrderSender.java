package io.ringfence.engine.output;

import io.ringfence.codecs.tws.TwsOrder;

/**
 * Where the output stage sends orders: the TWS session of the order's gateway.
 */
public interface OrderSender
{
    /**
     * @return false if it could not be written (not connected); the order then stays unresolved
     * for reconciliation, it is never resent blindly.
     */
    boolean placeOrder(TwsOrder order);

    boolean cancelOrder(int brokerOrderId);

    /**
     * Ask the broker again for open orders, completed orders and executions, after a delay.
     *
     * @param delayNs from now.
     */
    void requestReconciliation(long delayNs);

    /**
     * @return total time messages waited for the session's pacing budget, in nanoseconds.
     */
    long pacingDelayTotalNs();
}
