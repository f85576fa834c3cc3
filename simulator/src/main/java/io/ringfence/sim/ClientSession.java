package io.ringfence.sim;

import io.ringfence.codecs.tws.TwsMessageId;
import io.ringfence.codecs.tws.TwsOrder;
import io.ringfence.codecs.tws.TwsProtocolError;
import io.ringfence.codecs.tws.TwsServerHandler;
import io.ringfence.sim.order.CancelResult;
import io.ringfence.sim.order.Execution;
import io.ringfence.sim.order.OrderStatus;
import io.ringfence.sim.order.PlaceResult;
import io.ringfence.sim.order.OrderRequest;
import io.ringfence.sim.order.RejectReason;
import io.ringfence.sim.order.SimOrder;
import org.agrona.AsciiSequenceView;

import static io.ringfence.sim.GatewayErrors.*;

/**
 * One API client after the handshake: turns its decoded requests into venue calls and the venue's
 * order events into replies, the way IB Gateway answers (protocol sheet sections 2.4 and 6.9).
 * <ul>
 *     <li>START_API: MANAGED_ACCTS, NEXT_VALID_ID, then the 2104/2106/2158 farm notices; a client id
 *     already connected gets 326 and the socket is closed.</li>
 *     <li>PLACE_ORDER: the order's status events, ERR 103 for a used id, ERR 201 (or 110) + Inactive for a
 *     rejection; a fill is EXECUTION_DATA + COMMISSION_REPORT then ORDER_STATUS Filled.</li>
 *     <li>CANCEL_ORDER: ORDER_STATUS Cancelled + ERR 202; ERR 10147 for an unknown id, 161 for a
 *     finished order.</li>
 *     <li>Anything else, or anything before START_API: an ERR_MSG, and the session carries on.</li>
 * </ul>
 */
final class ClientSession implements TwsServerHandler
{
    private static final int NO_CLIENT_ID = Integer.MIN_VALUE;

    private final ReplyEncoder replies;
    private final PaperVenue venue;
    private final SessionRouter router;
    private final OrderRequest request = new OrderRequest();
    private int clientId = NO_CLIENT_ID;

    ClientSession(final ReplyEncoder replies, final PaperVenue venue, final SessionRouter router)
    {
        this.replies = replies;
        this.venue = venue;
        this.router = router;
    }

    boolean isStarted()
    {
        return NO_CLIENT_ID != clientId;
    }

    int clientId()
    {
        return clientId;
    }

    void onClose()
    {
        if (isStarted())
        {
            router.unbind(clientId, this);
        }
    }

    public void onStartApi(final int clientId, final AsciiSequenceView optionalCapabilities)
    {
        if (isStarted())
        {
            replies.error(NO_ID, VALIDATION_ERROR, ALREADY_STARTED_TEXT);
            return;
        }
        if (!router.bind(clientId, this))
        {
            replies.error(NO_ID, CLIENT_ID_IN_USE, CLIENT_ID_IN_USE_TEXT);
            replies.disconnectAfterReplies();
            return;
        }

        this.clientId = clientId;
        replies.managedAccounts(venue.accounts().managedAccounts());
        replies.nextValidId(venue.nextValidOrderId());
        replies.error(NO_ID, MARKET_DATA_FARM_OK, MARKET_DATA_FARM_OK_TEXT);
        replies.error(NO_ID, HMDS_FARM_OK, HMDS_FARM_OK_TEXT);
        replies.error(NO_ID, SEC_DEF_FARM_OK, SEC_DEF_FARM_OK_TEXT);
    }

    public void onPlaceOrder(final TwsOrder order)
    {
        if (!checkStarted(TwsMessageId.PLACE_ORDER))
        {
            return;
        }

        request.reset()
            .clientId(clientId)
            .orderId(order.orderId())
            .account(order.account())
            .symbol(order.symbol())
            .side(order.side())
            .quantity(order.totalQuantity())
            .orderType(order.orderType())
            .limitPrice(order.limitPrice())
            .timeInForce(order.timeInForce())
            .orderRef(order.orderRef())
            .parentId(order.parentId())
            .transmit(order.transmit());

        if (PlaceResult.DUPLICATE_ORDER_ID == venue.place(request))
        {
            replies.error(order.orderId(), DUPLICATE_ORDER_ID, DUPLICATE_ORDER_ID_TEXT);
        }
    }

    public void onCancelOrder(final int orderId)
    {
        if (!checkStarted(TwsMessageId.CANCEL_ORDER))
        {
            return;
        }

        final CancelResult result = venue.cancel(clientId, orderId);
        if (CancelResult.NOT_FOUND == result)
        {
            replies.text().append(CANCEL_NOT_FOUND_PREFIX).append(orderId).append(CANCEL_NOT_FOUND_SUFFIX);
            replies.errorFromText(orderId, CANCEL_NOT_FOUND);
        }
        else if (CancelResult.NOT_CANCELLABLE == result)
        {
            replies.text().append(NOT_CANCELLABLE_TEXT).append(' ')
                .append(venue.orderBook().order(clientId, orderId).permId());
            replies.errorFromText(orderId, NOT_CANCELLABLE);
        }
    }

    public void onReqIds(final int numIds)
    {
        if (checkStarted(TwsMessageId.REQ_IDS))
        {
            replies.nextValidId(venue.nextValidOrderId());
        }
    }

    public void onReqManagedAccounts()
    {
        if (checkStarted(TwsMessageId.REQ_MANAGED_ACCTS))
        {
            replies.managedAccounts(venue.accounts().managedAccounts());
        }
    }

    public void onReqExecutions(
        final int reqId,
        final int filterClientId,
        final AsciiSequenceView acctCode,
        final AsciiSequenceView time,
        final AsciiSequenceView symbol)
    {
        replies.text().append(UNSUPPORTED_REQUEST_TEXT).append(TwsMessageId.REQ_EXECUTIONS);
        replies.errorFromText(reqId, VALIDATION_ERROR);
    }

    public void onUnhandled(final int msgId)
    {
        replies.text().append(UNSUPPORTED_REQUEST_TEXT).append(msgId);
        replies.errorFromText(NO_ID, VALIDATION_ERROR);
    }

    public void onProtocolError(final TwsProtocolError error, final int msgId)
    {
        replies.text().append(READ_ERROR_TEXT).append("message id ").append(msgId).append(": ").append(error.name());
        replies.errorFromText(NO_ID, READ_ERROR);
    }

    void onOrderStatus(final SimOrder order)
    {
        replies.orderStatus(order);
        if (OrderStatus.CANCELLED == order.status())
        {
            replies.error(order.orderId(), ORDER_CANCELLED, ORDER_CANCELLED_TEXT);
        }
    }

    void onExecution(final SimOrder order, final Execution execution)
    {
        replies.execution(order, execution);
    }

    void onOrderRejected(final SimOrder order, final RejectReason reason)
    {
        replies.error(order.orderId(), reason.errorCode(), reason.errorText());
    }

    private boolean checkStarted(final int msgId)
    {
        if (!isStarted())
        {
            replies.text().append(NOT_STARTED_TEXT).append(msgId);
            replies.errorFromText(NO_ID, VALIDATION_ERROR);
            return false;
        }
        return true;
    }
}
