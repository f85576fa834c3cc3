package io.ringfence.sim.order;

/**
 * What the {@link OrderBook} reports, synchronously and in the order it happens. A fill is reported as
 * {@link #onExecution(SimOrder, Execution)} then {@link #onOrderStatus(SimOrder)}; a rejection as
 * {@link #onOrderRejected(SimOrder, RejectReason)} then {@link #onOrderStatus(SimOrder)} (status Inactive),
 * except a rejected modification, which is only {@link #onOrderRejected(SimOrder, RejectReason)}: the
 * order works on unchanged. A modification is an {@link #onOrderStatus(SimOrder)} with the new terms.
 */
public interface OrderEventListener
{
    /**
     * @param order the order after its status, terms, filled quantity or average price changed.
     */
    void onOrderStatus(SimOrder order);

    /**
     * @param order     the order, already updated with the fill.
     * @param execution the fill.
     */
    void onExecution(SimOrder order, Execution execution);

    /**
     * @param order  the rejected order (status {@link OrderStatus#INACTIVE}), or the order whose
     *               modification was rejected (status unchanged), or a working order cancelled because the
     *               account can no longer pay for it.
     * @param reason why.
     */
    void onOrderRejected(SimOrder order, RejectReason reason);
}
