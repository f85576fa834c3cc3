package io.ringfence.engine.order;

import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.NewOrderDecoder;
import io.ringfence.codecs.sbe.OrderState;
import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.sbe.RefusalReason;
import io.ringfence.codecs.sbe.Side;
import io.ringfence.codecs.sbe.TimeInForce;
import io.ringfence.engine.InboundEvent;
import org.agrona.DirectBuffer;
import org.agrona.collections.Long2LongHashMap;
import org.agrona.collections.LongHashSet;

/**
 * The engine's orders, preallocated and indexed by engine order id (assigned by the idempotency
 * stage) and by broker order id; the broker order id counter (never below the broker's
 * NEXT_VALID_ID, never reused); and the execIds already applied. Single writer; no allocation
 * after construction.
 */
public final class OrderBook
{
    public static final int NO_BROKER_ORDER_ID = 0;
    public static final int PAPER_SESSION = 0;
    public static final int LIVE_SESSION = 1;
    public static final int SESSIONS = 2;
    private static final int MISSING = -1;
    private static final int MAX_EXPOSURES = 1 << 16;
    private static final int MAX_EXTERNAL_SLOTS = 1024;

    private final Order[] orders;
    private final Long2LongHashMap orderIdByBrokerId;
    private final Long2LongHashMap orderIdByOrderRef;
    private final Long2LongHashMap orderIdByPermId;
    private final LongHashSet appliedExecutions;
    private final Exposures exposures;
    private final int[] nextBrokerOrderId = new int[SESSIONS];
    private int highestOrderId = -1;
    private int exposureSlot = Exposures.NO_SLOT;
    private int accountSlot = Exposures.NO_SLOT;
    private final int firstExternalSlot;
    private int nextExternalSlot;

    public OrderBook(final int capacity)
    {
        firstExternalSlot = ownOrderSlots(capacity);
        nextExternalSlot = capacity - 1;
        orders = new Order[capacity];
        for (int i = 0; i < capacity; i++)
        {
            orders[i] = new Order();
            orders[i].orderId = i;
        }
        orderIdByBrokerId = new Long2LongHashMap(capacity * 2, 0.65f, MISSING);
        orderIdByOrderRef = new Long2LongHashMap(capacity * 2, 0.65f, MISSING);
        orderIdByPermId = new Long2LongHashMap(capacity * 2, 0.65f, MISSING);
        appliedExecutions = new LongHashSet(capacity * 4, 0.65f);
        exposures = new Exposures(Math.min(capacity, MAX_EXPOSURES));
    }

    /**
     * The slots for this engine's own orders: the top of the book (1/16 of it, at most 1 024) is
     * kept for orders the broker reports that this engine did not place ({@link #adoptExternal}).
     *
     * @param capacity of the book.
     * @return the engine order ids the idempotency stage may assign, from 0.
     */
    public static int ownOrderSlots(final int capacity)
    {
        return capacity - Math.max(1, Math.min(MAX_EXTERNAL_SLOTS, capacity / 16));
    }

    /**
     * An order the broker reports (an OPEN_ORDER) that this engine did not place, by id, orderRef
     * or permId: held from the top of the book down, so its fills count in positions and its
     * status is tracked, with no client. Deterministic: only the journaled frame drives it.
     *
     * @param accountAndSymbol the order's 16-byte account then 16-byte symbol.
     * @param orderRef         its orderRef (may be empty).
     * @return the adopted order, or null when the external slots are all used.
     */
    Order adoptExternal(
        final int session, final int brokerOrderId, final DirectBuffer accountAndSymbol, final DirectBuffer orderRef,
        final int orderRefOffset, final int orderRefLength, final Side side, final long quantity, final OrderType type,
        final long limitPrice, final long stopPrice, final TimeInForce timeInForce, final long nowNs)
    {
        if (nextExternalSlot < firstExternalSlot)
        {
            return null;
        }
        exposureSlot = exposures.slot(accountAndSymbol, 0, accountAndSymbol, Order.ACCOUNT_LENGTH);
        accountSlot = exposures.slot(accountAndSymbol, 0, null, 0);
        if (exposureSlot == Exposures.NO_SLOT || accountSlot == Exposures.NO_SLOT)
        {
            return null;
        }
        final Order order = orders[nextExternalSlot--];
        highestOrderId = orders.length - 1;
        order.text.setMemory(0, Order.KEY_OFFSET + Order.KEY_LENGTH, (byte)0);
        order.text.putBytes(Order.ACCOUNT_OFFSET, accountAndSymbol, 0, Order.ACCOUNT_LENGTH);
        order.text.putBytes(Order.SYMBOL_OFFSET, accountAndSymbol, Order.ACCOUNT_LENGTH, Order.SYMBOL_LENGTH);
        order.text.putBytes(Order.KEY_OFFSET, orderRef, orderRefOffset, Math.min(orderRefLength, Order.KEY_LENGTH));
        order.clientIndex = InboundEvent.NO_CLIENT;
        order.correlationId = 0;
        order.side = side;
        order.type = type;
        order.timeInForce = timeInForce;
        order.quantity = quantity;
        order.limitPrice = limitPrice;
        order.stopPrice = stopPrice;
        order.permId = 0;
        order.filledQuantity = 0;
        order.fillNotional = 0;
        order.lastFillPrice = Price.NULL;
        order.lastUpdateNs = nowNs;
        order.state = OrderState.SUBMITTED;
        order.refusal = null;
        order.isExternal = true;
        order.session = session;
        order.brokerOrderId = brokerOrderId;
        order.exposureSlot = exposureSlot;
        order.accountSlot = accountSlot;
        exposures.onWorking(exposureSlot, accountSlot, side == Side.BUY, quantity);
        if (brokerOrderId > 0)
        {
            orderIdByBrokerId.put(brokerKey(session, brokerOrderId), order.orderId);
        }
        return order;
    }

    /**
     * The broker said its next valid id; ids never go below what was already used.
     */
    public void onNextValidId(final int session, final int brokerOrderId)
    {
        nextBrokerOrderId[session] = Math.max(nextBrokerOrderId[session], brokerOrderId);
    }

    /**
     * Each gateway session has its own order-id space: paper and live ids overlap.
     */
    public boolean canAssignBrokerOrderId(final int session)
    {
        return nextBrokerOrderId[session] != NO_BROKER_ORDER_ID;
    }

    /**
     * @return the highest engine order id ever created, -1 before the first.
     */
    public int highestOrderId()
    {
        return highestOrderId;
    }

    public int capacity()
    {
        return orders.length;
    }

    public Order get(final int orderId)
    {
        return orders[orderId];
    }

    /**
     * @return the order the broker knows by this id, or null.
     */
    public Order byBrokerOrderId(final int session, final int brokerOrderId)
    {
        final long orderId = orderIdByBrokerId.get(brokerKey(session, brokerOrderId));
        return orderId == MISSING ? null : orders[(int)orderId];
    }

    /**
     * The paper session's order with this broker id, or null.
     */
    public Order byBrokerOrderId(final int brokerOrderId)
    {
        return byBrokerOrderId(PAPER_SESSION, brokerOrderId);
    }

    private static long brokerKey(final int session, final int brokerOrderId)
    {
        return ((long)session << 32) | (brokerOrderId & 0xFFFF_FFFFL);
    }

    /**
     * @return the order this account's orderRef (our idempotency key) names, or null. Hash
     * collisions are ruled out by comparing the text.
     */
    public Order byOrderRef(
        final DirectBuffer account, final int accountOffset, final int accountLength,
        final DirectBuffer orderRef, final int orderRefOffset, final int orderRefLength)
    {
        final long orderId = orderIdByOrderRef.get(
            OrderRefs.hash(account, accountOffset, accountLength, orderRef, orderRefOffset, orderRefLength));
        if (orderId == MISSING)
        {
            return null;
        }
        final Order order = orders[(int)orderId];
        return order.hasText(Order.ACCOUNT_OFFSET, 16, account, accountOffset, accountLength) &&
            order.hasText(Order.KEY_OFFSET, 32, orderRef, orderRefOffset, orderRefLength) ? order : null;
    }

    /**
     * @return the order the broker knows by this permId, or null.
     */
    public Order byPermId(final long permId)
    {
        final long orderId = permId == 0 ? MISSING : orderIdByPermId.get(permId);
        return orderId == MISSING ? null : orders[(int)orderId];
    }

    /**
     * Record the broker's permanent id of an order (its identity across sessions).
     */
    public void permId(final Order order, final long permId)
    {
        if (permId != 0 && order.permId != permId)
        {
            order.permId = permId;
            orderIdByPermId.put(permId, order.orderId);
        }
    }

    /**
     * What a new order would join: position and same-side working quantity of its account and
     * symbol, and its account's working orders. Sets {@link #exposureSlot()} / {@link #accountSlot()}.
     *
     * @return false when the exposure table has no room for a new account or symbol.
     */
    public boolean lookUpExposure(final NewOrderDecoder intent)
    {
        final DirectBuffer buffer = intent.buffer();
        final int base = intent.offset();
        exposureSlot = exposures.slot(buffer, base + NewOrderDecoder.accountEncodingOffset(),
            buffer, base + NewOrderDecoder.symbolEncodingOffset());
        accountSlot = exposures.slot(buffer, base + NewOrderDecoder.accountEncodingOffset(), null, 0);
        return exposureSlot != Exposures.NO_SLOT && accountSlot != Exposures.NO_SLOT;
    }

    public long position()
    {
        return exposures.position(exposureSlot);
    }

    public long workingQuantity(final boolean buy)
    {
        return exposures.working(exposureSlot, buy);
    }

    public long openOrders()
    {
        return exposures.openOrders(accountSlot);
    }

    /**
     * The position of an account in a symbol, from executions; 0 if never traded.
     */
    public long position(final DirectBuffer account, final int accountOffset, final DirectBuffer symbol, final int symbolOffset)
    {
        final int slot = exposures.slot(account, accountOffset, symbol, symbolOffset);
        return slot == Exposures.NO_SLOT ? 0 : exposures.position(slot);
    }

    /**
     * Record a new order that was refused before it was sent, so a retry of its key is answered
     * with the same refusal.
     */
    public void refused(final int orderId, final int clientIndex, final NewOrderDecoder intent, final RefusalReason reason,
        final long nowNs)
    {
        final Order order = orders[orderId];
        highestOrderId = Math.max(highestOrderId, orderId);
        copyIntent(order, clientIndex, intent, nowNs);
        order.state = OrderState.REFUSED;
        order.refusal = reason;
        order.brokerOrderId = NO_BROKER_ORDER_ID;
    }

    /**
     * The per-symbol exposures, for answering a positions query.
     */
    Exposures exposures()
    {
        return exposures;
    }

    /**
     * Record a target position that needed no order (its difference was 0), so a retry of its key
     * is answered with the same result. The slot holds no order: its state stays null.
     */
    public void noChange(final int orderId, final int clientIndex, final NewOrderDecoder intent, final long nowNs)
    {
        final Order order = orders[orderId];
        highestOrderId = Math.max(highestOrderId, orderId);
        copyIntent(order, clientIndex, intent, nowNs);
        order.state = null;
        order.refusal = null;
        order.brokerOrderId = NO_BROKER_ORDER_ID;
    }

    /**
     * Signed quantity of this engine's working orders for the account and symbol last looked up
     * with {@link #lookUpExposure}: buys minus sells.
     */
    public long signedWorkingQuantity()
    {
        return exposures.working(exposureSlot, true) - exposures.working(exposureSlot, false);
    }

    /**
     * Create an accepted order from a new-order intent and give it the next broker order id.
     */
    public Order create(
        final int orderId, final int clientIndex, final int session, final NewOrderDecoder intent, final long nowNs)
    {
        final Order order = orders[orderId];
        highestOrderId = Math.max(highestOrderId, orderId);
        copyIntent(order, clientIndex, intent, nowNs);
        order.state = OrderState.ACCEPTED;
        order.refusal = null;
        order.exposureSlot = exposureSlot;
        order.accountSlot = accountSlot;
        exposures.onWorking(exposureSlot, accountSlot, order.side == Side.BUY, order.quantity);
        order.session = session;
        order.brokerOrderId = nextBrokerOrderId[session]++;
        orderIdByBrokerId.put(brokerKey(session, order.brokerOrderId), orderId);
        orderIdByOrderRef.put(OrderRefs.hash(
            order.text, Order.ACCOUNT_OFFSET, order.textLength(Order.ACCOUNT_OFFSET, 16),
            order.text, Order.KEY_OFFSET, order.textLength(Order.KEY_OFFSET, 32)), orderId);
        return order;
    }

    /**
     * An order released as never received: frames for its broker order id or permId no longer
     * reach it (a retry of its key gets a new broker order id in the same slot).
     */
    void forgetBrokerIds(final Order order)
    {
        orderIdByBrokerId.remove(brokerKey(order.session, order.brokerOrderId));
        if (order.permId != 0)
        {
            orderIdByPermId.remove(order.permId);
        }
    }

    /**
     * The broker confirmed a modification: the pending values become the order's.
     */
    void onReplaced(final Order order)
    {
        final long delta = order.pendingQuantity - order.quantity;
        order.quantity = order.pendingQuantity;
        order.limitPrice = order.pendingLimitPrice;
        order.stopPrice = order.pendingStopPrice;
        order.timeInForce = order.pendingTimeInForce;
        if (order.exposureSlot != Exposures.NO_SLOT)
        {
            exposures.onQuantityChanged(order.exposureSlot, order.side == Side.BUY, delta);
        }
    }

    /**
     * Position and same-side working quantity of an existing order's account and symbol.
     */
    public long position(final Order order)
    {
        return order.exposureSlot == Exposures.NO_SLOT ? 0 : exposures.position(order.exposureSlot);
    }

    public long workingQuantity(final Order order)
    {
        return order.exposureSlot == Exposures.NO_SLOT ? 0 :
            exposures.working(order.exposureSlot, order.side == Side.BUY);
    }

    /**
     * An order reached a final state: what it still had working no longer counts.
     */
    void onFinished(final Order order)
    {
        if (order.exposureSlot != Exposures.NO_SLOT)
        {
            exposures.onFinished(order.exposureSlot, order.accountSlot, order.side == Side.BUY,
                order.quantity - order.filledQuantity);
        }
    }

    private void copyIntent(final Order order, final int clientIndex, final NewOrderDecoder intent, final long nowNs)
    {
        final DirectBuffer buffer = intent.buffer();
        final int base = intent.offset();
        order.bracketEntry = null;
        order.text.putBytes(Order.ACCOUNT_OFFSET, buffer, base + NewOrderDecoder.accountEncodingOffset(), 16);
        order.text.putBytes(Order.SYMBOL_OFFSET, buffer, base + NewOrderDecoder.symbolEncodingOffset(), 16);
        order.text.putBytes(Order.KEY_OFFSET, buffer, base + NewOrderDecoder.idempotencyKeyEncodingOffset(), 32);
        order.clientIndex = clientIndex;
        order.correlationId = intent.correlationId();
        order.side = intent.side();
        order.type = intent.orderType();
        order.timeInForce = intent.timeInForce();
        order.outsideRth = intent.outsideRthRaw() == 1;
        order.quantity = intent.quantity();
        order.limitPrice = intent.limitPrice();
        order.stopPrice = intent.stopPrice();
        order.permId = 0;
        order.filledQuantity = 0;
        order.fillNotional = 0;
        order.lastFillPrice = Price.NULL;
        order.lastUpdateNs = nowNs;
    }

    /**
     * Record an execution once.
     *
     * @return false if this execId was already applied.
     */
    public boolean applyExecution(final Order order, final long execIdHash, final long shares, final long price)
    {
        if (!appliedExecutions.add(execIdHash))
        {
            return false;
        }
        order.filledQuantity += shares;
        order.fillNotional += shares * price;
        order.lastFillPrice = price;
        if (order.exposureSlot != Exposures.NO_SLOT)
        {
            exposures.onFill(order.exposureSlot, order.side == Side.BUY, shares, !order.isTerminal());
        }
        return true;
    }

    /**
     * Average fill price at the price scale, or {@link Price#NULL} before the first fill.
     */
    public static long averageFillPrice(final Order order)
    {
        return order.filledQuantity == 0 ? Price.NULL : order.fillNotional / order.filledQuantity;
    }
}
