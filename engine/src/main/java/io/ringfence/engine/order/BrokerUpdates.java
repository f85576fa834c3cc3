package io.ringfence.engine.order;

import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.OrderState;
import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.sbe.OutputAction;
import io.ringfence.codecs.sbe.RefusalReason;
import io.ringfence.codecs.tws.CompletedOrderDecoder;
import io.ringfence.codecs.tws.ErrorMessageDecoder;
import io.ringfence.codecs.tws.ExecutionDataDecoder;
import io.ringfence.codecs.tws.OpenOrderDecoder;
import io.ringfence.codecs.tws.OrderStatusDecoder;
import io.ringfence.codecs.tws.PositionDataDecoder;
import io.ringfence.codecs.tws.TwsErrorCode;
import io.ringfence.codecs.tws.TwsInboundAdapter;
import io.ringfence.codecs.tws.TwsInboundHandler;
import io.ringfence.codecs.tws.TwsOrderStatus;
import io.ringfence.codecs.tws.TwsProtocolError;
import io.ringfence.engine.InboundEvent;
import io.ringfence.engine.status.EngineCounter;
import io.ringfence.engine.status.EngineCounters;
import org.agrona.AsciiSequenceView;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.status.AtomicCounter;

/**
 * Applies journaled broker frames to the {@link OrderBook}: NEXT_VALID_ID moves the id counter,
 * ORDER_STATUS and OPEN_ORDER move the state machine (never out of a final state), EXECUTION_DATA
 * adds each execId once (live or replayed by the session's reconnect requests), COMPLETED_ORDER
 * settles orders that ended while the engine was away (matched by orderRef, then permId), ERR_MSG
 * rejects, confirms or refuses per {@link TwsErrorCode}, POSITION_DATA that disagrees with the
 * engine's executions is counted. Out-of-order and unknown messages are
 * counted, never fatal. Each change becomes a client event of the order's client.
 */
final class BrokerUpdates implements TwsInboundHandler
{
    private static final int FIELD_LENGTH = 16;

    private final OrderBook book;
    private final ClientEvents events;
    private final TwsInboundAdapter adapter = new TwsInboundAdapter(this);
    private final AtomicCounter fills;
    private final AtomicCounter unknownOrderMessages;
    private final AtomicCounter duplicateExecutions;
    private final AtomicCounter protocolErrors;
    private final boolean[] connected = new boolean[OrderBook.SESSIONS];
    private final int[] serverVersion = new int[OrderBook.SESSIONS];
    private final boolean[] reconciling = new boolean[OrderBook.SESSIONS];
    private final boolean[] openOrdersEnded = new boolean[OrderBook.SESSIONS];
    private final boolean[] completedOrdersEnded = new boolean[OrderBook.SESSIONS];
    private final boolean[] executionsEnded = new boolean[OrderBook.SESSIONS];
    private final boolean[] passOpen = new boolean[OrderBook.SESSIONS];
    private final long[] passStartNs = new long[OrderBook.SESSIONS];
    private final long[] lastExecutionNs = new long[OrderBook.SESSIONS];
    private final PendingRecovery recovery;
    private final ExecutionLog executions;
    private final int[] connectGeneration = new int[OrderBook.SESSIONS];
    private final AtomicCounter unresolved;
    private final AtomicCounter positionDifferences;
    private final AtomicCounter externalOrders;
    private final UnsafeBuffer accountAndSymbol = new UnsafeBuffer(new byte[2 * FIELD_LENGTH]);
    private boolean reconcileOnConnect;
    private InboundEvent event;
    private int session;

    BrokerUpdates(
        final OrderBook book, final ClientEvents events, final PendingRecovery recovery, final ExecutionLog executions,
        final EngineCounters counters)
    {
        this.book = book;
        this.events = events;
        this.executions = executions;
        this.recovery = recovery;
        this.fills = counters.get(EngineCounter.FILLS);
        this.unknownOrderMessages = counters.get(EngineCounter.UNKNOWN_ORDER_MESSAGES);
        this.duplicateExecutions = counters.get(EngineCounter.DUPLICATE_EXECUTIONS);
        this.protocolErrors = counters.get(EngineCounter.PROTOCOL_ERRORS);
        this.unresolved = counters.get(EngineCounter.ORDERS_UNRESOLVED);
        this.positionDifferences = counters.get(EngineCounter.POSITION_DIFFERENCES);
        this.externalOrders = counters.get(EngineCounter.EXTERNAL_ORDERS);
    }

    /**
     * A frame from the session the event's source names (0 paper, 1 live): broker order ids are
     * looked up in that session's id space.
     */
    void onFrame(final InboundEvent event)
    {
        if (event.source < 0 || event.source >= OrderBook.SESSIONS)
        {
            protocolErrors.incrementRelease();
            return;
        }
        this.event = event;
        this.session = event.source;
        adapter.onFrame(event.body, 0, event.bodyLength, serverVersion[session]);
        this.event = null;
    }

    void reconcileOnConnect(final boolean reconcileOnConnect)
    {
        this.reconcileOnConnect = reconcileOnConnect;
    }

    void onSession(final int session, final boolean connected, final int serverVersion, final long nowNs)
    {
        this.connected[session] = connected;
        if (connected)
        {
            this.serverVersion[session] = serverVersion;
            connectGeneration[session]++;
            reconciling[session] = reconcileOnConnect;
            openOrdersEnded[session] = false;
            completedOrdersEnded[session] = false;
            executionsEnded[session] = false;
            passOpen[session] = true;
            passStartNs[session] = nowNs;
        }
    }

    boolean isReconciling(final int session)
    {
        return reconciling[session];
    }

    @Override
    public void onOpenOrderEnd()
    {
        onAnswer();
        openOrdersEnded[session] = true;
        finishReconciliation();
        finishPass();
    }

    @Override
    public void onCompletedOrdersEnd()
    {
        onAnswer();
        completedOrdersEnded[session] = true;
        finishReconciliation();
        finishPass();
    }

    /**
     * POSITION_DATA (the recovery's REQ_POSITIONS answer): a broker position that differs from
     * what this engine's own executions made is counted. It is reported, not corrected: the
     * account may hold positions opened elsewhere (by hand, by another program, earlier days).
     */
    @Override
    public void onPosition(final PositionDataDecoder position)
    {
        if (!putAccountAndSymbol(position.account(), position.symbol()))
        {
            return;
        }
        if (book.position(accountAndSymbol, 0, accountAndSymbol, FIELD_LENGTH) != position.position())
        {
            positionDifferences.incrementRelease();
        }
    }

    @Override
    public void onExecutionDataEnd(final int reqId)
    {
        onAnswer();
        executionsEnded[session] = true;
        finishPass();
    }

    /**
     * A frame that may answer a reconciliation request: the first one after a pass ended begins
     * the next pass (a live frame may begin it early, which only delays a release).
     */
    private void onAnswer()
    {
        if (!passOpen[session])
        {
            passOpen[session] = true;
            passStartNs[session] = event.timestampNs;
        }
    }

    /**
     * All three answers of a pass are in: orders an earlier run sent and the pass did not find
     * may be released; if it began too soon for that, ask the session for another pass.
     */
    private void finishPass()
    {
        if (!openOrdersEnded[session] || !completedOrdersEnded[session] || !executionsEnded[session])
        {
            return;
        }
        openOrdersEnded[session] = false;
        completedOrdersEnded[session] = false;
        executionsEnded[session] = false;
        passOpen[session] = false;
        final long delayNs = recovery.onPassEnded(session, passStartNs[session], event.timestampNs);
        if (delayNs != PendingRecovery.NO_PASS_NEEDED && event.action == OutputAction.NONE)
        {
            event.action = OutputAction.RECONCILE;
            event.outboundSession = session;
            event.reconcileDelayNs = delayNs;
        }
    }

    /**
     * Both answers are in: new orders may go. An order still only ACCEPTED (journaled as sent,
     * never acknowledged) that neither answer listed is counted, not released: its executions may
     * still be on their way, and releasing it on absence alone let a retry send it twice (the
     * crash test caught it); it stays unresolved for an operator.
     */
    private void finishReconciliation()
    {
        if (!reconciling[session] || !openOrdersEnded[session] || !completedOrdersEnded[session])
        {
            return;
        }
        reconciling[session] = false;
        for (int orderId = 0, last = book.highestOrderId(); orderId <= last; orderId++)
        {
            final Order order = book.get(orderId);
            if (order.state == OrderState.ACCEPTED && order.session == session &&
                order.seenInReconciliation != connectGeneration[session])
            {
                unresolved.incrementRelease();
            }
        }
    }

    /**
     * @return journaled time of the last execution applied from this session, 0 for none.
     */
    long lastExecutionNs(final int session)
    {
        return lastExecutionNs[session];
    }

    boolean isConnected(final int session)
    {
        return connected[session];
    }

    @Override
    public void onNextValidId(final int orderId)
    {
        book.onNextValidId(session, orderId);
    }

    @Override
    public void onManagedAccounts(final DirectBuffer buffer, final int offset, final int length)
    {
    }

    @Override
    public void onOrderStatus(final OrderStatusDecoder status)
    {
        final Order order = orderFor(status.orderId());
        if (order == null || order.isTerminal())
        {
            return;
        }
        book.permId(order, status.permId());
        applyStatus(order, status.status(), status.filled());
    }

    @Override
    public void onOpenOrder(final OpenOrderDecoder openOrder)
    {
        onAnswer();
        Order order = openOrder.orderId() > 0 ? book.byBrokerOrderId(session, openOrder.orderId()) : null;
        if (order != null && order.state == null)
        {
            order = null;
        }
        if (order == null)
        {
            order = byOrderRef(openOrder.account(), openOrder.orderRef());
        }
        if (order == null && openOrder.permId() != 0)
        {
            order = book.byPermId(openOrder.permId());
        }
        if (order == null)
        {
            order = adoptExternal(openOrder);
            if (order == null)
            {
                unknownOrderMessages.incrementRelease();
                return;
            }
        }
        event.egressClient = order.clientIndex;
        markSeen(order);
        if (!order.isTerminal())
        {
            book.permId(order, openOrder.permId());
            if (order.state == OrderState.PENDING_REPLACE && confirmsReplace(order, openOrder))
            {
                book.onReplaced(order);
                transition(order, order.filledQuantity > 0 ? OrderState.PARTIALLY_FILLED : OrderState.SUBMITTED);
            }
            applyStatus(order, openOrder.status(), 0);
        }
    }

    /**
     * The broker now holds the pending values: quantity, limit, and the stop (for a trailing stop
     * by percent, the percent, which IB carries in {@code trailingPercent}, not {@code auxPrice}).
     */
    /**
     * An open order the broker has that this engine did not place (by hand in TWS, another
     * program on the same client id, an earlier journal): adopted as external, so its fills count
     * in positions and limits; counted. Null when it cannot be held.
     */
    private Order adoptExternal(final OpenOrderDecoder openOrder)
    {
        final TwsOrderStatus status = openOrder.status();
        if (status == TwsOrderStatus.FILLED || status == TwsOrderStatus.CANCELLED || status == TwsOrderStatus.API_CANCELLED ||
            status == TwsOrderStatus.INACTIVE || openOrder.side() == null || openOrder.symbol().length() == 0 ||
            !putAccountAndSymbol(openOrder.account(), openOrder.symbol()))
        {
            return null;
        }
        final AsciiSequenceView orderRef = openOrder.orderRef();
        final Order order = book.adoptExternal(session, openOrder.orderId(), accountAndSymbol, orderRef.buffer(),
            orderRef.offset(), orderRef.length(), openOrder.side(), openOrder.totalQuantity(), openOrder.orderType(),
            openOrder.limitPrice(), openOrder.auxPrice(), openOrder.timeInForce(), event.timestampNs);
        if (order != null)
        {
            externalOrders.incrementRelease();
        }
        return order;
    }

    /**
     * Put a frame's account and symbol into the 16 + 16-byte scratch, zero padded.
     *
     * @return false when the account is empty or either does not fit.
     */
    private boolean putAccountAndSymbol(final AsciiSequenceView account, final AsciiSequenceView symbol)
    {
        if (account.length() == 0 || account.length() > FIELD_LENGTH || symbol.length() > FIELD_LENGTH)
        {
            return false;
        }
        accountAndSymbol.setMemory(0, accountAndSymbol.capacity(), (byte)0);
        accountAndSymbol.putBytes(0, account.buffer(), account.offset(), account.length());
        accountAndSymbol.putBytes(FIELD_LENGTH, symbol.buffer(), symbol.offset(), symbol.length());
        return true;
    }

    private static boolean confirmsReplace(final Order order, final OpenOrderDecoder openOrder)
    {
        final long stop = order.type == OrderType.TRAILING_STOP_PERCENT ? openOrder.trailingPercent() : openOrder.auxPrice();
        return openOrder.totalQuantity() == order.pendingQuantity &&
            (!Price.isSet(order.pendingLimitPrice) || openOrder.limitPrice() == order.pendingLimitPrice) &&
            (!Price.isSet(order.pendingStopPrice) || stop == order.pendingStopPrice);
    }

    @Override
    public void onCompletedOrder(final CompletedOrderDecoder completed)
    {
        onAnswer();
        Order order = byOrderRef(completed.account(), completed.orderRef());
        if (order == null)
        {
            order = book.byPermId(completed.permId());
        }
        if (order == null)
        {
            unknownOrderMessages.incrementRelease();
            return;
        }
        event.egressClient = order.clientIndex;
        markSeen(order);
        if (!order.isTerminal())
        {
            book.permId(order, completed.permId());
            applyStatus(order, completed.status(), completed.filledQuantity());
        }
    }

    @Override
    public void onExecution(final ExecutionDataDecoder execution)
    {
        onAnswer();
        final Order order = orderFor(execution.orderId());
        if (order == null)
        {
            return;
        }
        final AsciiSequenceView execId = execution.execId();
        final long execIdHash = ExecIds.hash(execId.buffer(), execId.offset(), execId.length());
        if (!book.applyExecution(order, execIdHash, execution.shares(), execution.price()))
        {
            duplicateExecutions.incrementRelease();
            return;
        }
        fills.incrementRelease();
        lastExecutionNs[session] = event.timestampNs;
        book.permId(order, execution.permId());
        executions.record(order, execution.shares(), execution.price(), event.timestampNs, execId.buffer(), execId.offset(),
            execId.length());
        events.fill(event, order, execution.shares(), execution.price(), execId.buffer(), execId.offset(), execId.length());
        if (!order.isTerminal())
        {
            transition(order, order.filledQuantity >= order.quantity ? OrderState.FILLED : OrderState.PARTIALLY_FILLED);
        }
    }

    @Override
    public void onError(final ErrorMessageDecoder error)
    {
        final Order order = error.id() > 0 ? book.byBrokerOrderId(session, error.id()) : null;
        if (order != null)
        {
            markSeen(order);
        }
        if (order == null || order.isTerminal())
        {
            return;
        }
        event.egressClient = order.clientIndex;
        switch (TwsErrorCode.classify(error.code()))
        {
            case ORDER_REJECTED ->
            {
                refuseFromBroker(order, RefusalReason.BROKER_REJECTED, error);
                transition(order, OrderState.REJECTED);
            }
            case CANCEL_CONFIRMED -> transition(order, OrderState.CANCELLED);
            case MODIFY_REJECTED ->
            {
                if (order.state == OrderState.PENDING_REPLACE)
                {
                    refuseFromBroker(order, RefusalReason.BROKER_RESPONSE_INVALID, error);
                    transition(order, order.stateBeforeReplace);
                }
            }
            case CANCEL_REJECTED ->
            {
                if (order.state == OrderState.PENDING_CANCEL)
                {
                    refuseFromBroker(order, RefusalReason.BROKER_RESPONSE_INVALID, error);
                    transition(order, order.filledQuantity > 0 ? OrderState.PARTIALLY_FILLED : OrderState.SUBMITTED);
                }
            }
            default ->
            {
            }
        }
    }

    /**
     * Tell the order's client the broker refused what it asked, with the broker's code and text.
     */
    private void refuseFromBroker(final Order order, final RefusalReason reason, final ErrorMessageDecoder error)
    {
        final AsciiSequenceView text = error.message();
        events.refused(event, order.correlationId, order.text, Order.ACCOUNT_OFFSET, Order.KEY_OFFSET,
            reason, error.code(), text.buffer(), text.offset(), text.length());
    }

    @Override
    public void onUnhandled(final int msgId)
    {
    }

    @Override
    public void onProtocolError(final TwsProtocolError error, final int msgId)
    {
        protocolErrors.incrementRelease();
    }

    private Order byOrderRef(final AsciiSequenceView account, final AsciiSequenceView orderRef)
    {
        return orderRef.length() == 0 ? null : book.byOrderRef(
            account.buffer(), account.offset(), account.length(), orderRef.buffer(), orderRef.offset(), orderRef.length());
    }

    /**
     * A status moves the state machine, except that "Filled" waits for the executions: fills come
     * from EXECUTION_DATA (deduplicated by execId), never from a status, so an order is FILLED only
     * once its executions add up — the execution that completes it makes the transition.
     */
    private void applyStatus(final Order order, final TwsOrderStatus status, final long brokerFilled)
    {
        final OrderState next = BrokerStatusMapping.map(status, Math.max(order.filledQuantity, brokerFilled));
        if (next == OrderState.FILLED && order.filledQuantity < order.quantity)
        {
            return;
        }
        if (order.state == OrderState.PENDING_REPLACE && next != null && !BrokerStatusMapping.isTerminal(next))
        {
            return;
        }
        if (next != null && next != order.state)
        {
            transition(order, next);
        }
    }

    /**
     * The broker mentioned this order: it exists there, so it is neither unresolved after this
     * connect nor pending recovery.
     */
    private void markSeen(final Order order)
    {
        order.seenInReconciliation = connectGeneration[session];
        order.seenInRun = recovery.run();
    }

    private Order orderFor(final int brokerOrderId)
    {
        final Order order = book.byBrokerOrderId(session, brokerOrderId);
        if (order == null || order.state == null)
        {
            unknownOrderMessages.incrementRelease();
            return null;
        }
        markSeen(order);
        event.egressClient = order.clientIndex;
        return order;
    }

    private void transition(final Order order, final OrderState next)
    {
        if (!order.isTerminal() && BrokerStatusMapping.isTerminal(next))
        {
            order.state = next;
            book.onFinished(order);
        }
        order.state = next;
        order.lastUpdateNs = event.timestampNs;
        events.status(event, order, order.correlationId);
    }
}
