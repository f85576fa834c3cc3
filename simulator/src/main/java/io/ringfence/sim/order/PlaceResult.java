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
     * The id was a live order's and the request changed its terms.
     */
    MODIFIED,

    /**
     * The id was a live order's and the modification was refused; the order works on unchanged.
     */
    MODIFY_REJECTED,

    /**
     * The id belongs to a finished order or to an order for another contract (IB error 103); nothing changed.
     */
    DUPLICATE_ORDER_ID
}
