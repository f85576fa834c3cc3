package io.ringfence.engine.order;

import com.lmax.disruptor.EventHandler;
import io.ringfence.codecs.sbe.BrokerSessionEventDecoder;
import io.ringfence.codecs.sbe.CancelOrderDecoder;
import io.ringfence.codecs.sbe.IdempotencyOutcome;
import io.ringfence.codecs.sbe.KillSwitchCommandDecoder;
import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.MessageHeaderDecoder;
import io.ringfence.codecs.sbe.ModifyOrderDecoder;
import io.ringfence.codecs.sbe.NewBracketDecoder;
import io.ringfence.codecs.sbe.NewOrderDecoder;
import io.ringfence.codecs.sbe.OrderRefusedEncoder;
import io.ringfence.codecs.sbe.OrderState;
import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.sbe.PreviewOrderDecoder;
import io.ringfence.codecs.sbe.PreviewResultEncoder;
import io.ringfence.codecs.sbe.QueryDecoder;
import io.ringfence.codecs.sbe.OutputAction;
import io.ringfence.codecs.sbe.RefusalReason;
import io.ringfence.codecs.sbe.SessionState;
import io.ringfence.codecs.sbe.Side;
import io.ringfence.codecs.sbe.TargetPositionDecoder;
import io.ringfence.codecs.sbe.TimeInForce;
import io.ringfence.codecs.sbe.TradingMode;
import io.ringfence.engine.BracketKeys;
import io.ringfence.engine.InboundEvent;
import io.ringfence.engine.IntentDecoder;
import io.ringfence.engine.gate.Gates;
import io.ringfence.engine.gate.PositionLimits;
import io.ringfence.engine.status.EngineCounters;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Stage 4: the single writer of the engine's orders. Client intents that passed the gates and
 * the idempotency table become orders (and a PLACE_ORDER or CANCEL_ORDER for the output stage);
 * broker frames drive the state machine ({@link BrokerUpdates}); every change becomes a client
 * event in the event's egress area. Deterministic: time comes only from the event.
 */
public final class OrderStage implements EventHandler<InboundEvent>
{
    static final UnsafeBuffer NO_TEXT = new UnsafeBuffer(new byte[64]);

    private final OrderBook book;
    private final PositionLimits positionLimits;
    private final ClientEvents events;
    private final IntentDecoder intent = new IntentDecoder();
    private final OutboundOrders outbound = new OutboundOrders();
    private final BrokerUpdates brokerFrames;
    private final PendingRecovery recovery;
    private final TargetOrders targetOrders = new TargetOrders();
    private final BracketOrders bracketOrders = new BracketOrders();
    private final OrderCancels cancels;
    private final Queries queries;
    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final PreviewResultEncoder previewResult = new PreviewResultEncoder();
    private final BrokerSessionEventDecoder session = new BrokerSessionEventDecoder();
    private volatile boolean readyToTrade;

    /**
     * @param releaseAfterNs how long after an engine start a reconciliation pass must begin to
     *                       release orders the previous run sent and no answer listed.
     */
    public OrderStage(
        final OrderBook book, final PositionLimits positionLimits, final long releaseAfterNs, final EngineCounters counters)
    {
        this.book = book;
        this.positionLimits = positionLimits;
        this.events = new ClientEvents(counters);
        this.recovery = new PendingRecovery(book, releaseAfterNs, counters);
        final ExecutionLog executions = new ExecutionLog();
        this.brokerFrames = new BrokerUpdates(book, events, recovery, executions, counters);
        this.cancels = new OrderCancels(book, events);
        this.queries = new Queries(book, events, executions);
    }

    @Override
    public void onEvent(final InboundEvent event, final long sequence, final boolean endOfBatch)
    {
        switch (event.kind)
        {
            case CLIENT_INTENT -> onIntent(event);
            case BROKER_FRAME ->
            {
                brokerFrames.onFrame(event);
                readyToTrade = isReady(OrderBook.PAPER_SESSION) && !brokerFrames.isReconciling(OrderBook.PAPER_SESSION);
            }
            case BROKER_SESSION -> onSessionEvent(event);
            default ->
            {
            }
        }
        if (event.killSwitchEngaged != null)
        {
            cancels.onKillSwitch(event,
                intent.wrap(event) == KillSwitchCommandDecoder.TEMPLATE_ID ? intent.killSwitch() : null);
        }
    }

    /**
     * Whether each (re)connect of the sessions is followed by the open- and completed-order
     * requests (the session's recovery requests): then new orders are refused RECONCILING until
     * both answers end, and orders the broker turned out never to have received are released.
     * Set before start; off for tools and tests that feed frames by hand.
     */
    public void reconcileOnConnect(final boolean reconcileOnConnect)
    {
        brokerFrames.reconcileOnConnect(reconcileOnConnect);
    }

    private boolean isReady(final int session)
    {
        return brokerFrames.isConnected(session) && book.canAssignBrokerOrderId(session);
    }

    /**
     * Journaled time of the last execution applied from a session (0 for none): where the
     * session's recovery asks for executions from after a restart. Read after the replay.
     */
    public long lastExecutionNs(final int session)
    {
        return brokerFrames.lastExecutionNs(session);
    }

    /**
     * True once the paper session is connected and the broker's next valid id is known: the
     * engine opens ingress only then. Read by other threads.
     */
    public boolean isReadyToTrade()
    {
        return readyToTrade;
    }

    private void onSessionEvent(final InboundEvent event)
    {
        if (event.bodyLength < MessageHeaderDecoder.ENCODED_LENGTH + BrokerSessionEventDecoder.BLOCK_LENGTH)
        {
            return;
        }
        session.wrapAndApplyHeader(event.body, 0, header);
        final int index = session.session();
        if (index >= OrderBook.SESSIONS)
        {
            return;
        }
        if (session.stateRaw() == SessionState.ENGINE_STARTED.value())
        {
            recovery.onEngineStarted(event.timestampNs);
            return;
        }
        brokerFrames.onSession(
            index, session.stateRaw() == SessionState.CONNECTED.value(), session.serverVersion(), event.timestampNs);
        readyToTrade = isReady(OrderBook.PAPER_SESSION) && !brokerFrames.isReconciling(OrderBook.PAPER_SESSION);
    }

    private void onIntent(final InboundEvent event)
    {
        event.egressClient = event.source;
        final int template = intent.wrap(event);
        if (event.isRefused())
        {
            refuse(event, template, event.refusal);
            return;
        }
        if (event.gateReplyLength > 0)
        {
            if (template == PreviewOrderDecoder.TEMPLATE_ID)
            {
                addResultingPosition(event, intent.previewOrder());
            }
            events.copy(event, event.gateReply, event.gateReplyLength);
            return;
        }
        if (template == NewOrderDecoder.TEMPLATE_ID)
        {
            onNewOrder(event, intent.newOrder());
        }
        else if (template == TargetPositionDecoder.TEMPLATE_ID)
        {
            onTargetPosition(event, intent.targetPosition());
        }
        else if (template == NewBracketDecoder.TEMPLATE_ID)
        {
            onNewBracket(event, intent.newBracket());
        }
        else if (template == QueryDecoder.TEMPLATE_ID)
        {
            queries.answer(event, intent.query());
        }
        else if (template == CancelOrderDecoder.TEMPLATE_ID)
        {
            cancels.onCancel(event, intent.cancelOrder());
        }
        else if (template == ModifyOrderDecoder.TEMPLATE_ID)
        {
            onModifyOrder(event, intent.modifyOrder());
        }
    }

    private void onNewOrder(final InboundEvent event, final NewOrderDecoder newOrder)
    {
        final long correlationId = newOrder.correlationId();
        if (event.idempotency == IdempotencyOutcome.REPLAY)
        {
            final Order order = book.get(event.orderId);
            if (recovery.isPending(order))
            {
                refuse(event, NewOrderDecoder.TEMPLATE_ID, RefusalReason.IDEMPOTENCY_PENDING_RECOVERY);
                return;
            }
            if (!isRetryable(order))
            {
                if (order.refusal != null)
                {
                    refuse(event, NewOrderDecoder.TEMPLATE_ID, order.refusal);
                    return;
                }
                events.accepted(event, order, correlationId);
                events.status(event, order, correlationId);
                return;
            }
        }
        final RefusalReason refusal = check(event, newOrder);
        if (refusal != null)
        {
            book.refused(event.orderId, event.source, newOrder, refusal, event.timestampNs);
            refuse(event, NewOrderDecoder.TEMPLATE_ID, refusal);
            return;
        }
        final Order order = book.create(event.orderId, event.source, sessionOf(newOrder.mode()), newOrder, event.timestampNs);
        order.run = recovery.run();
        event.outboundSession = order.session;
        outbound.fill(event.outboundOrder, order);
        event.action = OutputAction.PLACE_ORDER;
        events.accepted(event, order, correlationId);
    }

    /**
     * A target position: the difference between the target and this engine's view of the account
     * (position from executions plus its working orders, so asking twice does not double the
     * order) becomes one order through the same checks as a submit, or nothing when it is 0. The
     * client gets a TargetResult (and, for an order, ACCEPTED); a retry gets the same back.
     */
    private void onTargetPosition(final InboundEvent event, final TargetPositionDecoder target)
    {
        final long correlationId = target.correlationId();
        if (event.idempotency == IdempotencyOutcome.REPLAY && replayTarget(event, book.get(event.orderId), correlationId))
        {
            return;
        }
        NewOrderDecoder order = targetOrders.derive(target, Side.BUY, 1);
        if (!book.lookUpExposure(order))
        {
            refuseTarget(event, order, RefusalReason.RISK_MAX_OPEN_ORDERS);
            return;
        }
        final long current = book.position();
        final long working = book.signedWorkingQuantity();
        final long delta = target.targetQuantity() - current - working;
        if (delta == 0)
        {
            book.noChange(event.orderId, event.source, order, event.timestampNs);
            recordTarget(book.get(event.orderId), current, working, target.targetQuantity());
            events.targetResult(event, book.get(event.orderId), correlationId);
            return;
        }
        final Side side = delta > 0 ? Side.BUY : Side.SELL;
        order = targetOrders.derive(target, side, Math.abs(delta));
        RefusalReason refusal = check(event, order);
        if (refusal == null)
        {
            refusal = positionLimits.checkOrderSize(event.source, order.buffer(),
                order.offset() + NewOrderDecoder.accountEncodingOffset(), order.offset() + NewOrderDecoder.symbolEncodingOffset(),
                order.quantity(), Price.isSet(order.limitPrice()) ? order.limitPrice() : target.expectedPrice());
        }
        if (refusal != null)
        {
            refuseTarget(event, order, refusal);
            return;
        }
        final Order created = book.create(event.orderId, event.source, sessionOf(order.mode()), order, event.timestampNs);
        created.run = recovery.run();
        recordTarget(created, current, working, target.targetQuantity());
        event.outboundSession = created.session;
        outbound.fill(event.outboundOrder, created);
        event.action = OutputAction.PLACE_ORDER;
        events.accepted(event, created, correlationId);
        events.targetResult(event, created, correlationId);
    }

    /**
     * A retry of a target's key: the same answer as the first time, unless that was a passing
     * refusal (then it is decided again).
     *
     * @return true when answered.
     */
    private boolean replayTarget(final InboundEvent event, final Order order, final long correlationId)
    {
        if (recovery.isPending(order))
        {
            refuse(event, TargetPositionDecoder.TEMPLATE_ID, RefusalReason.IDEMPOTENCY_PENDING_RECOVERY);
            return true;
        }
        if (isRetryable(order))
        {
            return false;
        }
        if (order.refusal != null)
        {
            refuse(event, TargetPositionDecoder.TEMPLATE_ID, order.refusal);
            return true;
        }
        if (order.state != null)
        {
            events.accepted(event, order, correlationId);
            events.status(event, order, correlationId);
        }
        events.targetResult(event, order, correlationId);
        return true;
    }

    private void refuseTarget(final InboundEvent event, final NewOrderDecoder order, final RefusalReason refusal)
    {
        book.refused(event.orderId, event.source, order, refusal, event.timestampNs);
        refuse(event, TargetPositionDecoder.TEMPLATE_ID, refusal);
    }

    private static void recordTarget(final Order order, final long current, final long working, final long desired)
    {
        order.isTarget = true;
        order.targetCurrent = current;
        order.targetWorking = working;
        order.targetDesired = desired;
    }

    /**
     * A bracket: the entry is checked like a submit, then the entry and its two exits are created
     * under consecutive engine order ids and broker order ids and placed in one event (the entry
     * and the take-profit held, the stop-loss transmitting all three). Each leg is an order of its
     * own to the client (ACCEPTED, statuses, fills) under its key; {@code key*} cancels them all.
     */
    private void onNewBracket(final InboundEvent event, final NewBracketDecoder bracket)
    {
        final long correlationId = bracket.correlationId();
        if (event.idempotency == IdempotencyOutcome.REPLAY && replayBracket(event, book.get(event.orderId), correlationId))
        {
            return;
        }
        final NewOrderDecoder entryOrder = bracketOrders.derive(bracket, BracketOrders.ENTRY);
        final RefusalReason refusal = check(event, entryOrder, 3);
        if (refusal != null)
        {
            book.refused(event.orderId, event.source, entryOrder, refusal, event.timestampNs);
            refuse(event, NewBracketDecoder.TEMPLATE_ID, refusal);
            return;
        }
        final int session = sessionOf(bracket.mode());
        final Order entry = createLeg(event, entryOrder, BracketOrders.ENTRY, session);
        final Order takeProfit = createLeg(event, bracketOrders.derive(bracket, BracketKeys.TAKE_PROFIT),
            BracketKeys.TAKE_PROFIT, session);
        final Order stopLoss = createLeg(event, bracketOrders.derive(bracket, BracketKeys.STOP_LOSS),
            BracketKeys.STOP_LOSS, session);
        takeProfit.bracketEntry = entry;
        stopLoss.bracketEntry = entry;
        outbound.fill(event.outboundOrders[BracketOrders.ENTRY], entry);
        event.outboundOrders[BracketOrders.ENTRY].transmit(false);
        outbound.fillBracketExit(event.outboundOrders[BracketKeys.TAKE_PROFIT], takeProfit, entry, false);
        outbound.fillBracketExit(event.outboundOrders[BracketKeys.STOP_LOSS], stopLoss, entry, true);
        event.outboundOrderCount = 3;
        event.outboundSession = session;
        event.action = OutputAction.PLACE_ORDER;
        events.accepted(event, entry, correlationId);
        events.accepted(event, takeProfit, correlationId);
        events.accepted(event, stopLoss, correlationId);
    }

    private Order createLeg(final InboundEvent event, final NewOrderDecoder leg, final int index, final int session)
    {
        final Order order = book.create(event.orderId + index, event.source, session, leg, event.timestampNs);
        order.run = recovery.run();
        return order;
    }

    /**
     * A retry of a bracket's key: its legs' receipts, unless the entry was refused (that refusal)
     * or refused for a passing reason (decided again).
     *
     * @return true when answered.
     */
    private boolean replayBracket(final InboundEvent event, final Order entry, final long correlationId)
    {
        if (recovery.isPending(entry))
        {
            refuse(event, NewBracketDecoder.TEMPLATE_ID, RefusalReason.IDEMPOTENCY_PENDING_RECOVERY);
            return true;
        }
        if (entry.state == null || isRetryable(entry))
        {
            return false;
        }
        if (entry.refusal != null)
        {
            refuse(event, NewBracketDecoder.TEMPLATE_ID, entry.refusal);
            return true;
        }
        for (int leg = BracketOrders.ENTRY; leg <= BracketKeys.STOP_LOSS; leg++)
        {
            events.accepted(event, book.get(event.orderId + leg), correlationId);
            events.status(event, book.get(event.orderId + leg), correlationId);
        }
        return true;
    }

    /**
     * A preview's what-if figures the gates cannot know: the position the order would leave if it
     * filled, from the executions the order book has seen.
     */
    private void addResultingPosition(final InboundEvent event, final PreviewOrderDecoder preview)
    {
        header.wrap(event.gateReply, 0);
        if (header.templateId() != PreviewResultEncoder.TEMPLATE_ID)
        {
            return;
        }
        final long position = book.position(preview.buffer(), preview.offset() + PreviewOrderDecoder.accountEncodingOffset(),
            preview.buffer(), preview.offset() + PreviewOrderDecoder.symbolEncodingOffset());
        final long signedQuantity = preview.side() == Side.BUY ? preview.quantity() : -preview.quantity();
        previewResult.wrap(event.gateReply, MessageHeaderDecoder.ENCODED_LENGTH).resultingPosition(position + signedQuantity);
    }

    /**
     * A modify of a working order: held as pending until the broker confirms it (OPEN_ORDER with
     * the new values), sent as a PLACE_ORDER with the same broker order id. A bigger quantity must
     * fit the position limit.
     */
    private void onModifyOrder(final InboundEvent event, final ModifyOrderDecoder modify)
    {
        final Order order = book.get(event.targetOrderId);
        final long correlationId = modify.correlationId();
        if (order.state == null)
        {
            refuse(event, ModifyOrderDecoder.TEMPLATE_ID, RefusalReason.ORDER_NOT_MODIFIABLE);
            return;
        }
        if (event.idempotency == IdempotencyOutcome.REPLAY)
        {
            events.status(event, order, correlationId);
            return;
        }
        final RefusalReason refusal = checkModify(event, modify, order);
        if (refusal != null)
        {
            refuse(event, ModifyOrderDecoder.TEMPLATE_ID, refusal);
            return;
        }
        order.stateBeforeReplace = order.state;
        order.state = OrderState.PENDING_REPLACE;
        order.lastUpdateNs = event.timestampNs;
        outbound.fillReplace(event.outboundOrder, order);
        event.outboundSession = order.session;
        event.action = OutputAction.PLACE_ORDER;
        events.status(event, order, correlationId);
    }

    private RefusalReason checkModify(final InboundEvent event, final ModifyOrderDecoder modify, final Order order)
    {
        if (order.state == null || order.isTerminal() || order.state == OrderState.PENDING_CANCEL ||
            order.state == OrderState.PENDING_REPLACE || order.brokerOrderId == OrderBook.NO_BROKER_ORDER_ID ||
            !brokerFrames.isConnected(order.session))
        {
            return RefusalReason.ORDER_NOT_MODIFIABLE;
        }
        final long quantity = modify.quantity() == ModifyOrderDecoder.quantityNullValue() ? order.quantity : modify.quantity();
        final long limit = Price.isSet(modify.limitPrice()) ? modify.limitPrice() : order.limitPrice;
        final long stop = Price.isSet(modify.stopPrice()) ? modify.stopPrice() : order.stopPrice;
        if (quantity <= order.filledQuantity || Price.isSet(limit) != Price.isSet(order.limitPrice) ||
            Price.isSet(stop) != Price.isSet(order.stopPrice) ||
            (order.type == OrderType.TRAILING_STOP_PERCENT && !Gates.isTrailingPercent(stop)))
        {
            return RefusalReason.ORDER_NOT_MODIFIABLE;
        }
        final RefusalReason size = positionLimits.checkOrderSize(event.source, order.text, Order.ACCOUNT_OFFSET,
            Order.SYMBOL_OFFSET, quantity, Gates.riskPrice(order.type, limit, stop));
        if (size != null)
        {
            return size;
        }
        if (quantity > order.quantity)
        {
            final RefusalReason limits = positionLimits.check(event.source, order.text, Order.ACCOUNT_OFFSET,
                Order.SYMBOL_OFFSET, order.side, quantity - order.quantity, book.position(order),
                book.workingQuantity(order), 0);
            if (limits != null)
            {
                return limits;
            }
        }
        order.pendingQuantity = quantity;
        order.pendingLimitPrice = limit;
        order.pendingStopPrice = stop;
        order.pendingTimeInForce = modify.timeInForceRaw() == TimeInForce.NULL_VAL.value() ?
            order.timeInForce : modify.timeInForce();
        return null;
    }

    /**
     * A retry of a key whose order was refused for a passing reason (no gateway session, a
     * reconciliation in progress) is decided again: it never reached a broker. Everything else
     * replays its receipt.
     */
    private static boolean isRetryable(final Order order)
    {
        return order.refusal == RefusalReason.GATEWAY_UNAVAILABLE || order.refusal == RefusalReason.RECONCILING;
    }

    /**
     * A paper order goes to the paper gateway's session and a live order to the live one, never
     * the other: the session is chosen by the mode the gates checked against the account.
     */
    static int sessionOf(final TradingMode mode)
    {
        return mode == TradingMode.LIVE ? OrderBook.LIVE_SESSION : OrderBook.PAPER_SESSION;
    }

    /**
     * The checks that need the order book: a connected session of the order's mode to send on,
     * and the position and open-order limits against positions from executions and this engine's
     * working orders.
     */
    private RefusalReason check(final InboundEvent event, final NewOrderDecoder newOrder)
    {
        return check(event, newOrder, 1);
    }

    /**
     * @param orders the open orders this request adds (three for a bracket).
     */
    private RefusalReason check(final InboundEvent event, final NewOrderDecoder newOrder, final int orders)
    {
        final int session = sessionOf(newOrder.mode());
        if (!isReady(session))
        {
            return RefusalReason.GATEWAY_UNAVAILABLE;
        }
        if (brokerFrames.isReconciling(session))
        {
            return RefusalReason.RECONCILING;
        }
        if (!book.lookUpExposure(newOrder))
        {
            return RefusalReason.RISK_MAX_OPEN_ORDERS;
        }
        final boolean buy = newOrder.side() == Side.BUY;
        return positionLimits.check(event.source, newOrder.buffer(),
            newOrder.offset() + NewOrderDecoder.accountEncodingOffset(),
            newOrder.offset() + NewOrderDecoder.symbolEncodingOffset(),
            newOrder.side(), newOrder.quantity(), book.position(), book.workingQuantity(buy), book.openOrders() + orders - 1);
    }

    private void refuse(final InboundEvent event, final int template, final RefusalReason reason)
    {
        final int noCode = OrderRefusedEncoder.brokerCodeNullValue();
        if (template == NewOrderDecoder.TEMPLATE_ID)
        {
            final NewOrderDecoder order = intent.newOrder();
            events.refused(event, order.correlationId(), order.buffer(),
                order.offset() + NewOrderDecoder.accountEncodingOffset(),
                order.offset() + NewOrderDecoder.idempotencyKeyEncodingOffset(), reason, noCode, NO_TEXT, 0, 0);
        }
        else if (template == ModifyOrderDecoder.TEMPLATE_ID)
        {
            final ModifyOrderDecoder modify = intent.modifyOrder();
            events.refused(event, modify.correlationId(), modify.buffer(),
                modify.offset() + ModifyOrderDecoder.accountEncodingOffset(),
                modify.offset() + ModifyOrderDecoder.idempotencyKeyEncodingOffset(), reason, noCode, NO_TEXT, 0, 0);
        }
        else if (template == CancelOrderDecoder.TEMPLATE_ID)
        {
            events.refused(event, intent.cancelOrder(), reason);
        }
        else if (template == NewBracketDecoder.TEMPLATE_ID)
        {
            final NewBracketDecoder bracket = intent.newBracket();
            events.refused(event, bracket.correlationId(), bracket.buffer(),
                bracket.offset() + NewBracketDecoder.accountEncodingOffset(),
                bracket.offset() + NewBracketDecoder.idempotencyKeyEncodingOffset(), reason, noCode, NO_TEXT, 0, 0);
        }
        else if (template == TargetPositionDecoder.TEMPLATE_ID)
        {
            final TargetPositionDecoder target = intent.targetPosition();
            events.refused(event, target.correlationId(), target.buffer(),
                target.offset() + TargetPositionDecoder.accountEncodingOffset(),
                target.offset() + TargetPositionDecoder.idempotencyKeyEncodingOffset(), reason, noCode, NO_TEXT, 0, 0);
        }
        else
        {
            final long correlationId = event.bodyLength >= MessageHeaderDecoder.ENCODED_LENGTH + Long.BYTES ?
                event.body.getLong(MessageHeaderDecoder.ENCODED_LENGTH) : 0;
            events.refused(event, correlationId, NO_TEXT, 0, 0, reason, noCode, NO_TEXT, 0, 0);
        }
    }
}
