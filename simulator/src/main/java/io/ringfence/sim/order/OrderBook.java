package io.ringfence.sim.order;

import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.Side;
import io.ringfence.codecs.sbe.TimeInForce;
import io.ringfence.sim.account.Account;
import io.ringfence.sim.account.Accounts;
import io.ringfence.sim.market.Quote;
import io.ringfence.sim.market.QuoteBook;
import io.ringfence.sim.market.QuoteListener;
import io.ringfence.sim.market.TradingHours;
import org.agrona.collections.Long2ObjectHashMap;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Every order the gateway has seen, the live ones among them, and every fill, matched against the
 * {@link QuoteBook} by the {@link FillModel} and booked into the {@link Accounts}.
 * <ul>
 *     <li>New order: validated (terms, parent, cash for an opening buy), reported PreSubmitted; when
 *     transmitted it works (Submitted) and is tried against its quote at once. Untransmitted orders are
 *     held until an order of their bracket is transmitted, which transmits the whole group.</li>
 *     <li>Fills: at the touch, at most the displayed size (the rest waits for the quote to be refreshed), an
 *     opening buy at most what the cash pays for; never on a missing, crossed or stale quote, nor outside the
 *     trading session unless the order is {@code outsideRth}. An IOC's unfilled rest is cancelled.</li>
 *     <li>Brackets: children are held until the parent has filled, and cancelled with it; siblings are
 *     one-cancels-all (reduced by each other's fills), as are orders sharing an OCA group (type 1 cancels,
 *     2 and 3 reduce).</li>
 *     <li>The same id again modifies a live order (same contract and side); a finished order's id is a
 *     duplicate (103).</li>
 *     <li>Time: DAY orders expire (Cancelled) at the close of their trading day, and orders held by the
 *     session are tried when it opens; {@link #onTime(long)} does both.</li>
 * </ul>
 * Single-threaded; time comes in as arguments, so tests drive it step by step.
 */
public final class OrderBook implements QuoteListener
{
    private final Accounts accounts;
    private final QuoteBook quotes;
    private final OrderEventListener listener;
    private final TradingHours tradingHours;
    private final CommissionSchedule commissions;
    private final long staleQuoteMs;
    private final Long2ObjectHashMap<SimOrder> orderByKey = new Long2ObjectHashMap<>();
    private final ArrayList<SimOrder> orders = new ArrayList<>();
    private final ArrayList<SimOrder> liveOrders = new ArrayList<>();
    private final ArrayList<Execution> executions = new ArrayList<>();
    private long nextPermId;
    private long nextExecutionId = 1;
    private int highestOrderId;
    private boolean rejectNext;
    private long lastTimeCheckMs = Long.MAX_VALUE;
    private long nextTimeCheckMs = Long.MIN_VALUE;

    /**
     * A book that trades around the clock, free of commissions, never calling a quote stale.
     */
    public OrderBook(
        final Accounts accounts, final QuoteBook quotes, final OrderEventListener listener, final long firstPermId)
    {
        this(accounts, quotes, listener, firstPermId, TradingHours.alwaysOpen(ZoneOffset.UTC),
            CommissionSchedule.FREE, 0);
    }

    /**
     * @param accounts     the managed accounts.
     * @param quotes       the quotes orders trade against.
     * @param listener     told about every order event.
     * @param firstPermId  permId of the first order; each later order gets the next one.
     * @param tradingHours when orders without outsideRth may fill and when DAY orders expire.
     * @param commissions  what each fill costs.
     * @param staleQuoteMs a quote not updated for longer is not traded; 0 = quotes never go stale.
     */
    public OrderBook(
        final Accounts accounts,
        final QuoteBook quotes,
        final OrderEventListener listener,
        final long firstPermId,
        final TradingHours tradingHours,
        final CommissionSchedule commissions,
        final long staleQuoteMs)
    {
        this.accounts = accounts;
        this.quotes = quotes;
        this.listener = listener;
        this.nextPermId = firstPermId;
        this.tradingHours = tradingHours;
        this.commissions = commissions;
        this.staleQuoteMs = staleQuoteMs;
    }

    /**
     * Accept, reject, modify or refuse an order.
     *
     * @param request the order as the client sent it; not retained.
     * @param nowMs   epoch milliseconds of the request.
     * @return the outcome; events have been reported before this returns.
     */
    public PlaceResult place(final OrderRequest request, final long nowMs)
    {
        final long key = SimOrder.key(request.clientId(), request.orderId());
        final SimOrder existing = orderByKey.get(key);
        if (null != existing)
        {
            final boolean sameContract = existing.symbol().contentEquals(request.symbol()) &&
                existing.side() == request.side();
            return existing.status().isTerminal() || !sameContract ?
                PlaceResult.DUPLICATE_ORDER_ID : modify(existing, request, nowMs);
        }

        final Account account = accounts.resolve(request.account());
        final Quote quote = quotes.quote(request.symbol());
        RejectReason reason = rejectNext ? RejectReason.SIMULATED :
            OrderValidator.validate(request, account, quote, quotes.tickSize());
        rejectNext = false;
        SimOrder parent = null;
        if (null == reason && 0 != request.parentId())
        {
            parent = orderByKey.get(SimOrder.key(request.clientId(), request.parentId()));
            reason = checkParent(parent, account, quote);
        }
        if (null == reason)
        {
            reason = checkCash(request, account, quote);
        }

        final SimOrder order = new SimOrder(request, nextPermId++, account, quote, null == reason ? parent : null);
        orderByKey.put(key, order);
        orders.add(order);
        highestOrderId = Math.max(highestOrderId, request.orderId());
        if (null != reason)
        {
            order.status(OrderStatus.INACTIVE);
            order.completedTimeMs(nowMs);
            listener.onOrderRejected(order, reason);
            listener.onOrderStatus(order);
            return PlaceResult.REJECTED;
        }

        if (TimeInForce.DAY == order.timeInForce())
        {
            order.dayCloseMs(tradingHours.dayCloseMs(nowMs));
        }
        liveOrders.add(order);
        listener.onOrderStatus(order);
        if (request.transmit())
        {
            transmit(order, nowMs);
        }
        compact();
        return PlaceResult.ACCEPTED;
    }

    /**
     * Cancel a working or held order, and its children.
     *
     * @param clientId the client asking; only the owner can cancel an order.
     * @param orderId  its order id.
     * @param nowMs    epoch milliseconds of the request.
     * @return the outcome; a cancellation has been reported before this returns.
     */
    public CancelResult cancel(final int clientId, final int orderId, final long nowMs)
    {
        final SimOrder order = orderByKey.get(SimOrder.key(clientId, orderId));
        if (null == order)
        {
            return CancelResult.NOT_FOUND;
        }
        if (order.status().isTerminal())
        {
            return CancelResult.NOT_CANCELLABLE;
        }

        finish(order, OrderStatus.CANCELLED, nowMs);
        compact();
        return CancelResult.CANCELLED;
    }

    /**
     * REQ_GLOBAL_CANCEL: cancel every live order of every client.
     *
     * @return orders cancelled.
     */
    public int cancelAll(final long nowMs)
    {
        int cancelled = 0;
        for (int i = 0; i < liveOrders.size(); i++)
        {
            final SimOrder order = liveOrders.get(i);
            if (!order.status().isTerminal())
            {
                finish(order, OrderStatus.CANCELLED, nowMs);
                cancelled++;
            }
        }
        compact();
        return cancelled;
    }

    /**
     * Start a new generation of an account: its live orders cancelled, then positions cleared and cash
     * restored; orders and executions stay in the history.
     *
     * @param account the account.
     * @param newCash starting cash of the new generation.
     * @param nowMs   epoch milliseconds.
     */
    public void resetAccount(final Account account, final long newCash, final long nowMs)
    {
        for (int i = 0; i < liveOrders.size(); i++)
        {
            final SimOrder order = liveOrders.get(i);
            if (order.account() == account && !order.status().isTerminal())
            {
                finish(order, OrderStatus.CANCELLED, nowMs);
            }
        }
        compact();
        account.reset(newCash);
    }

    /**
     * The next new order is rejected (error 201), whatever it is: a fault injected on command.
     */
    public void rejectNextOrder()
    {
        rejectNext = true;
    }

    /**
     * Match the live orders of a quote that moved, oldest first.
     *
     * @param quote the quote after the move.
     * @param nowMs epoch milliseconds of the move.
     */
    public void onQuote(final Quote quote, final long nowMs)
    {
        for (int i = 0; i < liveOrders.size(); i++)
        {
            final SimOrder order = liveOrders.get(i);
            if (order.quote() == quote)
            {
                tryFill(order, nowMs);
            }
        }
        compact();
    }

    /**
     * Let time pass: at a session boundary, expire DAY orders whose trading day has closed and try every
     * working order (the session may just have opened). Cheap between boundaries; call it freely.
     *
     * @param nowMs epoch milliseconds.
     */
    public void onTime(final long nowMs)
    {
        if (nowMs < nextTimeCheckMs && nowMs >= lastTimeCheckMs)
        {
            return;
        }
        lastTimeCheckMs = nowMs;
        nextTimeCheckMs = tradingHours.nextBoundaryMs(nowMs);

        for (int i = 0; i < liveOrders.size(); i++)
        {
            final SimOrder order = liveOrders.get(i);
            if (!order.status().isTerminal() && order.dayCloseMs() <= nowMs)
            {
                finish(order, OrderStatus.CANCELLED, nowMs);
            }
        }
        for (int i = 0; i < liveOrders.size(); i++)
        {
            tryFill(liveOrders.get(i), nowMs);
        }
        compact();
    }

    /**
     * @param clientId owner.
     * @param orderId  order id.
     * @return the order, or null if that client never used the id.
     */
    public SimOrder order(final int clientId, final int orderId)
    {
        return orderByKey.get(SimOrder.key(clientId, orderId));
    }

    /**
     * @return every order seen, in arrival order (the history REQ_COMPLETED_ORDERS answers from).
     */
    public List<SimOrder> orders()
    {
        return Collections.unmodifiableList(orders);
    }

    /**
     * @return the orders not yet filled, cancelled or rejected, in arrival order.
     */
    public List<SimOrder> liveOrders()
    {
        return Collections.unmodifiableList(liveOrders);
    }

    /**
     * @return every fill, in the order they happened.
     */
    public List<Execution> executions()
    {
        return Collections.unmodifiableList(executions);
    }

    /**
     * @return live orders that are matched against quotes (transmitted, not waiting for a parent).
     */
    public int workingOrderCount()
    {
        int working = 0;
        for (int i = 0, size = liveOrders.size(); i < size; i++)
        {
            working += liveOrders.get(i).isWorking() ? 1 : 0;
        }
        return working;
    }

    /**
     * @return the highest order id any client has used, 0 before the first order.
     */
    public int highestOrderId()
    {
        return highestOrderId;
    }

    public TradingHours tradingHours()
    {
        return tradingHours;
    }

    public CommissionSchedule commissions()
    {
        return commissions;
    }

    private PlaceResult modify(final SimOrder order, final OrderRequest request, final long nowMs)
    {
        RejectReason reason = OrderValidator.validateTerms(request, quotes.tickSize());
        if (null == reason && request.quantity() < order.filledQuantity())
        {
            reason = RejectReason.MODIFY_FILLED_QUANTITY;
        }
        if (null != reason)
        {
            listener.onOrderRejected(order, reason);
            return PlaceResult.MODIFY_REJECTED;
        }

        order.apply(request);
        order.dayCloseMs(TimeInForce.DAY == order.timeInForce() ?
            Math.min(order.dayCloseMs(), tradingHours.dayCloseMs(nowMs)) : Long.MAX_VALUE);
        listener.onOrderStatus(order);
        if (request.transmit() && !order.isTransmitted())
        {
            transmit(order, nowMs);
        }
        else
        {
            tryFill(order, nowMs);
        }
        compact();
        return PlaceResult.MODIFIED;
    }

    private void transmit(final SimOrder order, final long nowMs)
    {
        final SimOrder root = null == order.parent() ? order : order.parent();
        if (!root.status().isTerminal())
        {
            root.transmitted(true);
        }
        final List<SimOrder> children = root.children();
        for (int i = 0, size = children.size(); i < size; i++)
        {
            final SimOrder child = children.get(i);
            if (!child.status().isTerminal())
            {
                child.transmitted(true);
            }
        }
        order.transmitted(true);

        activate(root, nowMs);
        if (OrderStatus.FILLED == root.status())
        {
            activateChildren(root, nowMs);
        }
    }

    private void activate(final SimOrder order, final long nowMs)
    {
        if (!order.isWorking() || OrderStatus.SUBMITTED == order.status())
        {
            return;
        }
        order.status(OrderStatus.SUBMITTED);
        listener.onOrderStatus(order);
        tryFill(order, nowMs);
        if (TimeInForce.IOC == order.timeInForce() && !order.status().isTerminal())
        {
            finish(order, OrderStatus.CANCELLED, nowMs);
        }
    }

    private void activateChildren(final SimOrder parent, final long nowMs)
    {
        final List<SimOrder> children = parent.children();
        for (int i = 0, size = children.size(); i < size; i++)
        {
            activate(children.get(i), nowMs);
        }
    }

    private void tryFill(final SimOrder order, final long nowMs)
    {
        final Quote quote = order.quote();
        if (!order.isWorking() || OrderStatus.SUBMITTED != order.status() ||
            (!order.outsideRth() && !tradingHours.isOpen(nowMs)) ||
            !quote.isTradable() || quote.isStale(nowMs, staleQuoteMs))
        {
            return;
        }

        FillModel.updateStop(order, quote, quotes.tickSize());
        final long price = FillModel.fillPrice(order, quote);
        if (!Price.isSet(price))
        {
            return;
        }
        final boolean isBuy = Side.BUY == order.side();
        final long displayed = Math.min(order.remainingQuantity(), isBuy ? quote.askSize() : quote.bidSize());
        if (displayed <= 0)
        {
            return;
        }
        final long quantity = affordable(order, displayed, price);
        if (quantity <= 0)
        {
            listener.onOrderRejected(order, RejectReason.INSUFFICIENT_CASH);
            finish(order, OrderStatus.CANCELLED, nowMs);
            return;
        }

        final long commission = commissions.forFill(order.filledQuantity(), quantity);
        final long realizedPnl = order.account().onFill(order.symbol(), order.side(), quantity, price, commission);
        order.onFill(quantity, price, commission);
        if (isBuy)
        {
            quote.takeAsk(quantity);
        }
        else
        {
            quote.takeBid(quantity);
        }
        final Execution execution = new Execution(nextExecutionId++, order, quantity, price, nowMs, commission,
            realizedPnl, order.filledQuantity(), order.averageFillPrice());
        executions.add(execution);
        listener.onExecution(order, execution);

        if (0 == order.remainingQuantity())
        {
            finish(order, OrderStatus.FILLED, nowMs);
        }
        else
        {
            listener.onOrderStatus(order);
        }
        applyOneCancelsAll(order, quantity, nowMs);
        if (OrderStatus.FILLED == order.status())
        {
            activateChildren(order, nowMs);
        }
    }

    private long affordable(final SimOrder order, final long quantity, final long price)
    {
        if (Side.BUY != order.side())
        {
            return quantity;
        }
        final Account account = order.account();
        final long closing = Math.min(quantity, Math.max(0, -account.quantity(order.symbol())));
        final long opening = quantity - closing;
        if (0 == opening)
        {
            return quantity;
        }
        final long available = account.cash() - Math.multiplyExact(closing, price) -
            commissions.forFill(order.filledQuantity(), quantity);
        return closing + (available <= 0 ? 0 : Math.min(opening, available / price));
    }

    private void applyOneCancelsAll(final SimOrder order, final long filledQuantity, final long nowMs)
    {
        if (!order.ocaGroup().isEmpty())
        {
            for (int i = 0; i < liveOrders.size(); i++)
            {
                final SimOrder other = liveOrders.get(i);
                if (other != order && !other.status().isTerminal() && other.account() == order.account() &&
                    other.ocaGroup().equals(order.ocaGroup()))
                {
                    onSiblingFill(other, order.ocaType() >= 2, filledQuantity, nowMs);
                }
            }
        }
        else if (null != order.parent())
        {
            final List<SimOrder> siblings = order.parent().children();
            for (int i = 0, size = siblings.size(); i < size; i++)
            {
                final SimOrder other = siblings.get(i);
                if (other != order && !other.status().isTerminal())
                {
                    onSiblingFill(other, true, filledQuantity, nowMs);
                }
            }
        }
    }

    private void onSiblingFill(final SimOrder other, final boolean reduce, final long filledQuantity, final long nowMs)
    {
        if (reduce && other.remainingQuantity() > filledQuantity)
        {
            other.reduceQuantity(filledQuantity);
            listener.onOrderStatus(other);
        }
        else
        {
            finish(other, OrderStatus.CANCELLED, nowMs);
        }
    }

    private void finish(final SimOrder order, final OrderStatus status, final long nowMs)
    {
        order.status(status);
        order.completedTimeMs(nowMs);
        listener.onOrderStatus(order);
        if (OrderStatus.FILLED != status)
        {
            final List<SimOrder> children = order.children();
            for (int i = 0, size = children.size(); i < size; i++)
            {
                final SimOrder child = children.get(i);
                if (!child.status().isTerminal())
                {
                    finish(child, OrderStatus.CANCELLED, nowMs);
                }
            }
        }
    }

    private RejectReason checkParent(final SimOrder parent, final Account account, final Quote quote)
    {
        if (null == parent || (parent.status().isTerminal() && OrderStatus.FILLED != parent.status()))
        {
            return RejectReason.PARENT_NOT_FOUND;
        }
        return parent.account() == account && parent.quote() == quote ? null : RejectReason.PARENT_MISMATCH;
    }

    private RejectReason checkCash(final OrderRequest request, final Account account, final Quote quote)
    {
        if (Side.BUY != request.side())
        {
            return null;
        }
        final long opening = request.quantity() - Math.min(request.quantity(), Math.max(0, -account.quantity(
            quote.symbol())));
        if (0 == opening)
        {
            return null;
        }
        final long cost = Math.multiplyExact(opening, FillModel.estimatePrice(request, quote)) +
            commissions.forOrder(request.quantity());
        return cost > account.cash() ? RejectReason.INSUFFICIENT_CASH : null;
    }

    private void compact()
    {
        int kept = 0;
        for (int i = 0, size = liveOrders.size(); i < size; i++)
        {
            final SimOrder order = liveOrders.get(i);
            if (!order.status().isTerminal())
            {
                liveOrders.set(kept++, order);
            }
        }
        for (int i = liveOrders.size() - 1; i >= kept; i--)
        {
            liveOrders.remove(i);
        }
    }
}
