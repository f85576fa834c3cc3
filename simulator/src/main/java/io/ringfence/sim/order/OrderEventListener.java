package io.ringfence.sim.order;

/**
 * What the {@link OrderBook} reports, synchronously and in the order it happens. A fill is reported as
 * {@link #onExecution(SimOrder, Execution)} then {@link #onOrderStatus(SimOrder)}; a rejection as
 * {@link #onOrderRejected(SimOrder, RejectReason)} then {@link #onOrderStatus(SimOrder)}.
 */
public interface OrderEventListener
{
    /**
     * @param order the order after its status, filled quantity or average price changed.
     */
    void onOrderStatus(SimOrder order);

    /**
     * @param order     the order, already updated with the fill.
     * @param execution the fill; valid only during the call.
     */
    void onExecution(SimOrder order, Execution execution);

    /**
     * @param order  the rejected order, status {@link OrderStatus#INACTIVE}.
     * @param reason why.
     */
    void onOrderRejected(SimOrder order, RejectReason reason);
}
