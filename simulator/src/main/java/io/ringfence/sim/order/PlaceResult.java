package io.ringfence.sim.order;

/**
 * Outcome of {@link OrderBook#place(OrderRequest, long)}; the details reach the
 * {@link OrderEventListener}, except for a duplicate id which changes nothing and has no order to report.
 */
public enum PlaceResult
{
    /**
     * A new order: working, filled, held or expired, as its status events tell.
     */
    ACCEPTED,

    /**
     * A new order rejected on arrival; its id is used up.
     */
    REJECTED,

    /**
     * The client already used this order id (IB error 103); nothing changed.
     */
    DUPLICATE_ORDER_ID
}
