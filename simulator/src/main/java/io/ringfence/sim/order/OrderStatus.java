package io.ringfence.sim.order;

import io.ringfence.codecs.tws.TwsOrderStatus;

/**
 * The statuses a simulated order goes through; only the ones the simulator produces so far, each with
 * the {@link TwsOrderStatus} that ORDER_STATUS reports for it.
 */
public enum OrderStatus
{
    /**
     * Accepted but not working: received before it is working, or held because it was not transmitted.
     */
    PRE_SUBMITTED(TwsOrderStatus.PRE_SUBMITTED, false),

    /**
     * Working; may fill when the quote moves.
     */
    SUBMITTED(TwsOrderStatus.SUBMITTED, false),

    /**
     * Completely filled.
     */
    FILLED(TwsOrderStatus.FILLED, true),

    /**
     * Cancelled by the client or expired unfilled (IOC).
     */
    CANCELLED(TwsOrderStatus.CANCELLED, true),

    /**
     * Rejected on arrival.
     */
    INACTIVE(TwsOrderStatus.INACTIVE, true);

    private final TwsOrderStatus twsStatus;
    private final boolean terminal;

    OrderStatus(final TwsOrderStatus twsStatus, final boolean terminal)
    {
        this.twsStatus = twsStatus;
        this.terminal = terminal;
    }

    /**
     * @return what IB calls it on the wire.
     */
    public TwsOrderStatus twsStatus()
    {
        return twsStatus;
    }

    /**
     * @return true when the order can never change again.
     */
    public boolean isTerminal()
    {
        return terminal;
    }
}
