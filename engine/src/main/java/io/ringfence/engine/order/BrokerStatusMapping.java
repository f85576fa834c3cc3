package io.ringfence.engine.order;

import io.ringfence.codecs.sbe.OrderState;
import io.ringfence.codecs.tws.TwsOrderStatus;

/**
 * How the broker's order statuses map onto the engine's state machine. {@code null} means the
 * status does not change the engine's state (PendingSubmit and ApiPending are still "accepted";
 * Unknown is ignored).
 * <pre>
 *   PendingSubmit, ApiPending   → (no change: Accepted)
 *   PreSubmitted, Submitted     → Submitted, or PartiallyFilled once anything filled
 *   PendingCancel               → PendingCancel
 *   Cancelled, ApiCancelled     → Cancelled
 *   Filled                      → Filled
 *   Inactive                    → Inactive
 * </pre>
 */
final class BrokerStatusMapping
{
    private BrokerStatusMapping()
    {
    }

    static OrderState map(final TwsOrderStatus status, final long filledQuantity)
    {
        switch (status)
        {
            case PRE_SUBMITTED:
            case SUBMITTED:
                return filledQuantity > 0 ? OrderState.PARTIALLY_FILLED : OrderState.SUBMITTED;
            case PENDING_CANCEL:
                return OrderState.PENDING_CANCEL;
            case CANCELLED:
            case API_CANCELLED:
                return OrderState.CANCELLED;
            case FILLED:
                return OrderState.FILLED;
            case INACTIVE:
                return OrderState.INACTIVE;
            default:
                return null;
        }
    }

    static boolean isTerminal(final OrderState state)
    {
        switch (state)
        {
            case FILLED:
            case CANCELLED:
            case REFUSED:
            case REJECTED:
            case INACTIVE:
            case EXPIRED:
                return true;
            default:
                return false;
        }
    }
}
