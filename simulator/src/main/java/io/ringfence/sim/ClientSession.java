package io.ringfence.sim;

import io.ringfence.codecs.sbe.Side;
import io.ringfence.codecs.tws.ExecutionFilterDecoder;
import io.ringfence.codecs.tws.MarketDataRequestDecoder;
import io.ringfence.codecs.tws.TickEncoder;
import io.ringfence.codecs.tws.TwsMessageId;
import io.ringfence.codecs.tws.TwsOrder;
import io.ringfence.codecs.tws.TwsProtocolError;
import io.ringfence.codecs.tws.TwsServerHandler;
import io.ringfence.sim.market.Quote;
import io.ringfence.sim.order.CancelResult;
import io.ringfence.sim.order.Execution;
import io.ringfence.sim.order.OrderRequest;
import io.ringfence.sim.order.OrderStatus;
import io.ringfence.sim.order.PlaceResult;
import io.ringfence.sim.order.RejectReason;
import io.ringfence.sim.order.SimOrder;
import org.agrona.AsciiSequenceView;
import org.agrona.collections.Int2ObjectHashMap;

import java.time.ZoneId;
import java.util.List;

import static io.ringfence.sim.GatewayErrors.*;

/**
 * One API client after the handshake: turns its decoded requests into venue calls and the venue's
 * order events into replies, the way IB Gateway answers (protocol sheet sections 2.4, 5 and 6.9).
 * <ul>
 *     <li>START_API: MANAGED_ACCTS, NEXT_VALID_ID, then the 2104/2106/2158 farm notices; a client id
 *     already connected gets 326 and the socket is closed.</li>
 *     <li>PLACE_ORDER: OPEN_ORDER + ORDER_STATUS for every status of a new or modified order (a rejection
 *     is ERR 201/110 + ORDER_STATUS Inactive); a fill is EXECUTION_DATA + COMMISSION_REPORT, then
 *     OPEN_ORDER + ORDER_STATUS; ERR 103 for the id of a finished order or another contract.</li>
 *     <li>CANCEL_ORDER: ORDER_STATUS Cancelled + ERR 202; 10147 for an unknown id, 161 for a finished one.
 *     REQ_GLOBAL_CANCEL cancels every live order.</li>
 *     <li>Queries: open orders (own, all, auto for client 0) + OPEN_ORDER_END, completed orders + END,
 *     executions by filter + COMMISSION_REPORT + END, positions + END, account summary + END, current time,
 *     market data (bid, ask and last ticks, snapshot or subscription).</li>
 *     <li>Anything else, or anything before START_API: an ERR_MSG, and the session carries on.</li>
 * </ul>
 * Faults armed in {@link GatewayFaults} are applied here, to this client's replies.
 */
final class ClientSession implements TwsServerHandler
{
    private static final int NO_CLIENT_ID = Integer.MIN_VALUE;
    private static final int NO_ORDER = Integer.MIN_VALUE;

    private final ReplyEncoder replies;
    private final PaperVenue venue;
    private final SessionRouter router;
    private final GatewayFaults faults;
    private final ZoneId zone;
    private final AccountSummaryWriter accountSummary;
    private final HeldFrames heldFrames = new HeldFrames();
    private final OrderRequest request = new OrderRequest();
    private final Int2ObjectHashMap<Quote> marketDataByTickerId = new Int2ObjectHashMap<>();
    private int clientId = NO_CLIENT_ID;
    private int holdUntilExecutionOrderId = NO_ORDER;

    ClientSession(final ReplyEncoder replies, final PaperVenue venue, final SessionRouter router)
    {
        this(replies, venue, router, new GatewayFaults(), SimulatorContext.DEFAULT_TIME_ZONE);
    }

    ClientSession(
        final ReplyEncoder replies,
        final PaperVenue venue,
        final SessionRouter router,
        final GatewayFaults faults,
        final ZoneId zone)
    {
        this.replies = replies;
        this.venue = venue;
        this.router = router;
        this.faults = faults;
        this.zone = zone;
        this.accountSummary = new AccountSummaryWriter(venue.quotes());
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

    /**
     * Send frames whose fault delay has passed.
     *
     * @return frames released.
     */
    int onTick(final long nowMs)
    {
        return heldFrames.isEmpty() ? 0 : heldFrames.releaseDue(nowMs, replies.clientBuffer());
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
            .auxPrice(order.auxPrice())
            .trailingPercent(order.trailingPercent())
            .trailStopPrice(order.trailStopPrice())
            .limitPriceOffset(order.limitPriceOffset())
            .timeInForce(order.timeInForce())
            .outsideRth(order.outsideRth())
            .ocaGroup(order.ocaGroup())
            .ocaType(order.ocaType())
            .orderRef(order.orderRef())
            .parentId(order.parentId())
            .transmit(order.transmit());

        if (null == venue.orderBook().order(clientId, order.orderId()) && faults.consumeExecBeforeOpenOrder())
        {
            holdUntilExecutionOrderId = order.orderId();
        }
        final PlaceResult result = venue.place(request);
        if (NO_ORDER != holdUntilExecutionOrderId)
        {
            holdUntilExecutionOrderId = NO_ORDER;
            heldFrames.releaseAll(replies.clientBuffer());
        }
        if (PlaceResult.DUPLICATE_ORDER_ID == result)
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

    public void onReqGlobalCancel()
    {
        if (checkStarted(TwsMessageId.REQ_GLOBAL_CANCEL))
        {
            venue.cancelAll();
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

    public void onReqOpenOrders()
    {
        if (checkStarted(TwsMessageId.REQ_OPEN_ORDERS))
        {
            writeOpenOrders(false);
        }
    }

    public void onReqAllOpenOrders()
    {
        if (checkStarted(TwsMessageId.REQ_ALL_OPEN_ORDERS))
        {
            writeOpenOrders(true);
        }
    }

    public void onReqAutoOpenOrders(final boolean autoBind)
    {
        if (!checkStarted(TwsMessageId.REQ_AUTO_OPEN_ORDERS))
        {
            return;
        }
        if (0 != clientId)
        {
            replies.error(NO_ID, AUTO_BIND_NOT_ALLOWED, AUTO_BIND_NOT_ALLOWED_TEXT);
            return;
        }
        writeOpenOrders(false);
    }

    public void onReqCompletedOrders(final boolean apiOnly)
    {
        if (!checkStarted(TwsMessageId.REQ_COMPLETED_ORDERS))
        {
            return;
        }
        final List<SimOrder> orders = venue.orderBook().orders();
        for (int i = 0, size = orders.size(); i < size; i++)
        {
            final SimOrder order = orders.get(i);
            if (order.status().isTerminal() && ReplyEncoder.isDescribable(order))
            {
                replies.completedOrder(order);
            }
        }
        replies.completedOrdersEnd();
    }

    public void onReqExecutions(final int reqId, final ExecutionFilterDecoder filter)
    {
        if (!checkStarted(TwsMessageId.REQ_EXECUTIONS))
        {
            return;
        }
        final long sinceMs = ExecutionTimeFilter.parse(filter.time(), zone);
        final List<Execution> executions = venue.orderBook().executions();
        for (int i = 0, size = executions.size(); i < size; i++)
        {
            final Execution execution = executions.get(i);
            final SimOrder order = execution.order();
            if (execution.timeMs() >= sinceMs && filter.matches(order.clientId(), order.account().id(),
                order.symbol(), ReplyEncoder.SEC_TYPE, ReplyEncoder.EXCHANGE, Side.BUY == order.side()))
            {
                replies.execution(execution, reqId);
            }
        }
        replies.executionEnd(reqId);
    }

    public void onReqPositions()
    {
        if (checkStarted(TwsMessageId.REQ_POSITIONS))
        {
            accountSummary.writePositions(replies, venue.accounts().list());
        }
    }

    public void onCancelPositions()
    {
        checkStarted(TwsMessageId.CANCEL_POSITIONS);
    }

    public void onReqAccountSummary(final int reqId, final AsciiSequenceView group, final AsciiSequenceView tags)
    {
        if (checkStarted(TwsMessageId.REQ_ACCOUNT_SUMMARY))
        {
            accountSummary.writeSummary(replies, reqId, venue.accounts().list(), tags.toString());
        }
    }

    public void onCancelAccountSummary(final int reqId)
    {
        checkStarted(TwsMessageId.CANCEL_ACCOUNT_SUMMARY);
    }

    public void onReqCurrentTime()
    {
        if (checkStarted(TwsMessageId.REQ_CURRENT_TIME))
        {
            replies.currentTime(Math.floorDiv(venue.nowMs(), 1000L));
        }
    }

    public void onReqMarketData(final MarketDataRequestDecoder request)
    {
        if (!checkStarted(TwsMessageId.REQ_MKT_DATA))
        {
            return;
        }
        final Quote quote = venue.quotes().quote(request.symbol());
        if (null == quote)
        {
            replies.error(request.tickerId(), NO_SECURITY_DEFINITION, NO_SECURITY_DEFINITION_TEXT);
            return;
        }
        writeTicks(request.tickerId(), quote);
        if (request.snapshot())
        {
            replies.tickSnapshotEnd(request.tickerId());
        }
        else
        {
            marketDataByTickerId.put(request.tickerId(), quote);
        }
    }

    public void onCancelMarketData(final int tickerId)
    {
        if (checkStarted(TwsMessageId.CANCEL_MKT_DATA))
        {
            marketDataByTickerId.remove(tickerId);
        }
    }

    public void onReqMarketDataType(final int marketDataType)
    {
        checkStarted(TwsMessageId.REQ_MARKET_DATA_TYPE);
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
        final boolean hold = order.orderId() == holdUntilExecutionOrderId && order.clientId() == clientId;
        if (hold)
        {
            heldFrames.holdUntil(HeldFrames.UNTIL_RELEASED);
            replies.divert(heldFrames);
        }
        if (OrderStatus.INACTIVE != order.status() && OrderStatus.CANCELLED != order.status())
        {
            replies.openOrder(order);
        }
        if (!faults.consumeDropOrderStatus())
        {
            final long delayMs = faults.consumeOrderStatusDelayMs();
            if (delayMs > 0 && !hold)
            {
                heldFrames.holdUntil(venue.nowMs() + delayMs);
                replies.divert(heldFrames);
            }
            replies.orderStatus(order);
        }
        replies.restore();
        if (OrderStatus.CANCELLED == order.status())
        {
            replies.error(order.orderId(), ORDER_CANCELLED, ORDER_CANCELLED_TEXT);
        }
    }

    void onExecution(final SimOrder order, final Execution execution)
    {
        replies.execution(execution);
        if (faults.consumeDuplicateExecution())
        {
            replies.execution(execution);
        }
        if (order.orderId() == holdUntilExecutionOrderId && order.clientId() == clientId)
        {
            holdUntilExecutionOrderId = NO_ORDER;
            heldFrames.releaseAll(replies.clientBuffer());
        }
    }

    void onOrderRejected(final SimOrder order, final RejectReason reason)
    {
        replies.error(order.orderId(), reason.errorCode(), reason.errorText());
    }

    void onQuote(final Quote quote)
    {
        if (marketDataByTickerId.isEmpty())
        {
            return;
        }
        for (final Int2ObjectHashMap<Quote>.EntryIterator it = marketDataByTickerId.entrySet().iterator(); it.hasNext(); )
        {
            it.next();
            if (it.getValue() == quote)
            {
                writeTicks(it.getIntKey(), quote);
            }
        }
    }

    /**
     * A connectivity notice (1100, 1101, 1102) with id -1.
     */
    void onNotice(final int code, final String text)
    {
        if (isStarted())
        {
            replies.error(NO_ID, code, text);
        }
    }

    private void writeTicks(final int tickerId, final Quote quote)
    {
        replies.tickPrice(tickerId, TickEncoder.BID, quote.bidPrice(), quote.bidSize());
        replies.tickPrice(tickerId, TickEncoder.ASK, quote.askPrice(), quote.askSize());
        if (io.ringfence.codecs.Price.isSet(quote.lastPrice()))
        {
            replies.tickPrice(tickerId, TickEncoder.LAST, quote.lastPrice(), quote.lastSize());
        }
    }

    private void writeOpenOrders(final boolean allClients)
    {
        final List<SimOrder> live = venue.orderBook().liveOrders();
        for (int i = 0, size = live.size(); i < size; i++)
        {
            final SimOrder order = live.get(i);
            if (allClients || order.clientId() == clientId)
            {
                replies.openOrder(order);
                replies.orderStatus(order);
            }
        }
        replies.openOrderEnd();
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
