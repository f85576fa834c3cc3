package io.ringfence.sim.order;

import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.TimeInForce;
import io.ringfence.sim.account.Account;
import io.ringfence.sim.account.Accounts;
import io.ringfence.sim.market.Quote;
import io.ringfence.sim.market.QuoteBook;
import io.ringfence.sim.market.QuoteListener;
import org.agrona.collections.Long2ObjectHashMap;

import java.util.ArrayList;

/**
 * Every order the gateway has seen and the working ones among them, matched against the
 * {@link QuoteBook} by the {@link FillModel} and booked into the {@link Accounts}.
 * <p>
 * A new order is validated, reported PreSubmitted then Submitted (or only PreSubmitted when not
 * transmitted: it is held), and tried against its quote at once: marketable orders fill in full, an IOC
 * that does not is cancelled, the rest work until {@link #onQuote(Quote, long)} finds them marketable or
 * {@link #cancel(int, int, long)} ends them. Working orders are matched in arrival order.
 * <p>
 * Single-threaded; time comes in as arguments, so tests drive it step by step.
 */
public final class OrderBook implements QuoteListener
{
    private final Accounts accounts;
    private final QuoteBook quotes;
    private final OrderEventListener listener;
    private final Long2ObjectHashMap<SimOrder> orderByKey = new Long2ObjectHashMap<>();
    private final ArrayList<SimOrder> workingOrders = new ArrayList<>();
    private final Execution execution = new Execution();
    private long nextPermId;
    private long nextExecutionId = 1;
    private int highestOrderId;

    /**
     * @param accounts    the managed accounts.
     * @param quotes      the quotes orders trade against.
     * @param listener    told about every order event.
     * @param firstPermId permId of the first order; each later order gets the next one.
     */
    public OrderBook(
        final Accounts accounts, final QuoteBook quotes, final OrderEventListener listener, final long firstPermId)
    {
        this.accounts = accounts;
        this.quotes = quotes;
        this.listener = listener;
        this.nextPermId = firstPermId;
    }

    /**
     * Accept, reject or refuse a new order.
     *
     * @param request the order as the client sent it; not retained.
     * @param nowMs   epoch milliseconds of the request.
     * @return the outcome; events have been reported before this returns.
     */
    public PlaceResult place(final OrderRequest request, final long nowMs)
    {
        final long key = SimOrder.key(request.clientId(), request.orderId());
        if (orderByKey.containsKey(key))
        {
            return PlaceResult.DUPLICATE_ORDER_ID;
        }

        final Account account = accounts.resolve(request.account());
        final Quote quote = quotes.quote(request.symbol());
        final SimOrder order = new SimOrder(request, nextPermId++, account, quote);
        orderByKey.put(key, order);
        highestOrderId = Math.max(highestOrderId, request.orderId());

        final RejectReason reason = OrderValidator.validate(request, account, quote, quotes.tickSize());
        if (null != reason)
        {
            order.status(OrderStatus.INACTIVE);
            listener.onOrderRejected(order, reason);
            listener.onOrderStatus(order);
            return PlaceResult.REJECTED;
        }

        listener.onOrderStatus(order);
        if (request.transmit())
        {
            order.status(OrderStatus.SUBMITTED);
            listener.onOrderStatus(order);
            if (!tryFill(order, nowMs))
            {
                if (order.timeInForce() == TimeInForce.IOC)
                {
                    transition(order, OrderStatus.CANCELLED);
                }
                else
                {
                    workingOrders.add(order);
                }
            }
        }

        return PlaceResult.ACCEPTED;
    }

    /**
     * Cancel a working or held order.
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

        workingOrders.remove(order);
        transition(order, OrderStatus.CANCELLED);
        return CancelResult.CANCELLED;
    }

    /**
     * Match the working orders of a quote that moved, oldest first.
     *
     * @param quote the quote after the move.
     * @param nowMs epoch milliseconds of the move.
     */
    public void onQuote(final Quote quote, final long nowMs)
    {
        int kept = 0;
        for (int i = 0, size = workingOrders.size(); i < size; i++)
        {
            final SimOrder order = workingOrders.get(i);
            if (order.quote() != quote || !tryFill(order, nowMs))
            {
                workingOrders.set(kept++, order);
            }
        }
        for (int i = workingOrders.size() - 1; i >= kept; i--)
        {
            workingOrders.remove(i);
        }
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

    public int workingOrderCount()
    {
        return workingOrders.size();
    }

    /**
     * @return the highest order id any client has used, 0 before the first order.
     */
    public int highestOrderId()
    {
        return highestOrderId;
    }

    private boolean tryFill(final SimOrder order, final long nowMs)
    {
        final long price = FillModel.fillPrice(order, order.quote());
        if (!Price.isSet(price))
        {
            return false;
        }

        final long quantity = order.remainingQuantity();
        final long realizedPnl = order.account().onFill(order.symbol(), order.side(), quantity, price);
        order.onFill(quantity, price);
        listener.onExecution(order, execution.set(nextExecutionId++, quantity, price, nowMs, realizedPnl));
        transition(order, OrderStatus.FILLED);
        return true;
    }

    private void transition(final SimOrder order, final OrderStatus status)
    {
        order.status(status);
        listener.onOrderStatus(order);
    }
}
