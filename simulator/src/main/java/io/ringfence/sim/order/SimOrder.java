package io.ringfence.sim.order;

import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.sbe.Side;
import io.ringfence.codecs.sbe.TimeInForce;
import io.ringfence.sim.account.Account;
import io.ringfence.sim.market.Quote;

import java.util.ArrayList;
import java.util.List;

/**
 * An order the gateway has seen, identified by (clientId, orderId) and, account-wide, by its permId.
 * Read-only outside this package; the {@link OrderBook} is its only writer. The terms a client may
 * modify (quantity, type, prices, time in force, outsideRth, transmit) are mutable; symbol, side and
 * account are not.
 * <p>
 * An order works (is matched against its quote) only when it is transmitted, not terminal, and its
 * parent, if any, has filled: until then it is held, status PreSubmitted.
 */
public final class SimOrder
{
    private final int clientId;
    private final int orderId;
    private final long permId;
    private final Account account;
    private final Quote quote;
    private final String symbol;
    private final Side side;
    private final String orderRef;
    private final SimOrder parent;
    private final int generation;
    private List<SimOrder> children;

    private long quantity;
    private OrderType orderType;
    private long limitPrice;
    private long auxPrice;
    private long trailingPercent;
    private long limitPriceOffset;
    private TimeInForce timeInForce;
    private boolean outsideRth;
    private String ocaGroup;
    private int ocaType;
    private boolean transmitted;

    private OrderStatus status = OrderStatus.PRE_SUBMITTED;
    private long stopPrice = Price.NULL;
    private boolean triggered;
    private long dayCloseMs = Long.MAX_VALUE;
    private long filledQuantity;
    private long filledNotional;
    private long lastFillPrice;
    private long commission;
    private long completedTimeMs;

    SimOrder(
        final OrderRequest request, final long permId, final Account account, final Quote quote, final SimOrder parent)
    {
        this.clientId = request.clientId();
        this.orderId = request.orderId();
        this.permId = permId;
        this.account = account;
        this.quote = quote;
        this.parent = parent;
        this.generation = null == account ? 0 : account.generation();
        this.symbol = null != quote ? quote.symbol() : request.symbol().toString();
        this.side = request.side();
        this.orderRef = 0 == request.orderRef().length() ? "" : request.orderRef().toString();
        apply(request);
        if (null != parent)
        {
            parent.addChild(this);
        }
    }

    static long key(final int clientId, final int orderId)
    {
        return ((long)clientId << 32) | (orderId & 0xFFFF_FFFFL);
    }

    /**
     * Take the modifiable terms of a new or modifying request; a stop re-arms from its new terms.
     */
    void apply(final OrderRequest request)
    {
        quantity = request.quantity();
        orderType = request.orderType();
        limitPrice = request.limitPrice();
        auxPrice = request.auxPrice();
        trailingPercent = request.trailingPercent();
        limitPriceOffset = request.limitPriceOffset();
        timeInForce = request.timeInForce();
        outsideRth = request.outsideRth();
        ocaGroup = 0 == request.ocaGroup().length() ? "" : request.ocaGroup().toString();
        ocaType = request.ocaType();
        if (!triggered)
        {
            stopPrice = isTrailing() ? request.trailStopPrice() : auxPrice;
        }
    }

    void status(final OrderStatus status)
    {
        this.status = status;
    }

    void transmitted(final boolean transmitted)
    {
        this.transmitted = transmitted;
    }

    void stopPrice(final long stopPrice)
    {
        this.stopPrice = stopPrice;
    }

    void trigger(final long limitPrice)
    {
        triggered = true;
        if (Price.isSet(limitPrice))
        {
            this.limitPrice = limitPrice;
        }
    }

    void dayCloseMs(final long dayCloseMs)
    {
        this.dayCloseMs = dayCloseMs;
    }

    void completedTimeMs(final long completedTimeMs)
    {
        this.completedTimeMs = completedTimeMs;
    }

    void reduceQuantity(final long byQuantity)
    {
        quantity = Math.max(filledQuantity, quantity - byQuantity);
    }

    void onFill(final long quantity, final long price, final long commission)
    {
        filledQuantity += quantity;
        filledNotional += Math.multiplyExact(quantity, price);
        lastFillPrice = price;
        this.commission += commission;
    }

    private void addChild(final SimOrder child)
    {
        if (null == children)
        {
            children = new ArrayList<>(2);
        }
        children.add(child);
    }

    /**
     * @return true when the order may be matched now: transmitted, live and not waiting for its parent.
     */
    public boolean isWorking()
    {
        return transmitted && !status.isTerminal() && (null == parent || OrderStatus.FILLED == parent.status);
    }

    public boolean isStop()
    {
        return OrderType.STOP == orderType || OrderType.STOP_LIMIT == orderType || isTrailing();
    }

    public boolean isTrailing()
    {
        return OrderType.TRAILING_STOP == orderType || OrderType.TRAILING_STOP_LIMIT == orderType;
    }

    public int clientId()
    {
        return clientId;
    }

    public int orderId()
    {
        return orderId;
    }

    public long permId()
    {
        return permId;
    }

    /**
     * @return the account, or null when the order was rejected for its account.
     */
    public Account account()
    {
        return account;
    }

    /**
     * @return the account generation the order was placed in.
     */
    public int generation()
    {
        return generation;
    }

    /**
     * @return the quote it trades against, or null when the order was rejected for its symbol.
     */
    public Quote quote()
    {
        return quote;
    }

    public String symbol()
    {
        return symbol;
    }

    public Side side()
    {
        return side;
    }

    public long quantity()
    {
        return quantity;
    }

    public OrderType orderType()
    {
        return orderType;
    }

    /**
     * @return the limit; for a triggered TRAIL LIMIT, the limit it triggered with.
     */
    public long limitPrice()
    {
        return limitPrice;
    }

    /**
     * @return as the client sent it: stop price of a stop, trailing amount of a trailing order.
     */
    public long auxPrice()
    {
        return auxPrice;
    }

    public long trailingPercent()
    {
        return trailingPercent;
    }

    public long limitPriceOffset()
    {
        return limitPriceOffset;
    }

    /**
     * @return the current trigger price of a stop or trailing order, {@link Price#NULL} before a trailing
     * order has seen a quote.
     */
    public long stopPrice()
    {
        return stopPrice;
    }

    public boolean isTriggered()
    {
        return triggered;
    }

    public TimeInForce timeInForce()
    {
        return timeInForce;
    }

    public boolean outsideRth()
    {
        return outsideRth;
    }

    public String ocaGroup()
    {
        return ocaGroup;
    }

    public int ocaType()
    {
        return ocaType;
    }

    public boolean isTransmitted()
    {
        return transmitted;
    }

    /**
     * @return the parent of a bracket child, else null.
     */
    public SimOrder parent()
    {
        return parent;
    }

    public int parentId()
    {
        return null == parent ? 0 : parent.orderId;
    }

    /**
     * @return attached children in the order placed; empty when none.
     */
    public List<SimOrder> children()
    {
        return null == children ? List.of() : children;
    }

    /**
     * @return epoch milliseconds at which a DAY order expires; {@code Long.MAX_VALUE} for GTC and IOC.
     */
    public long dayCloseMs()
    {
        return dayCloseMs;
    }

    /**
     * @return the client's tag, echoed in executions; empty when unset.
     */
    public String orderRef()
    {
        return orderRef;
    }

    public OrderStatus status()
    {
        return status;
    }

    public long filledQuantity()
    {
        return filledQuantity;
    }

    public long remainingQuantity()
    {
        return Math.max(0, quantity - filledQuantity);
    }

    /**
     * @return volume-weighted average fill price at scale 10<sup>-8</sup>, 0 before the first fill.
     */
    public long averageFillPrice()
    {
        return 0 == filledQuantity ? 0 : filledNotional / filledQuantity;
    }

    /**
     * @return price of the latest fill at scale 10<sup>-8</sup>, 0 before the first fill.
     */
    public long lastFillPrice()
    {
        return lastFillPrice;
    }

    /**
     * @return commissions charged on the fills so far.
     */
    public long commission()
    {
        return commission;
    }

    /**
     * @return epoch milliseconds at which the order reached a terminal status, 0 while live.
     */
    public long completedTimeMs()
    {
        return completedTimeMs;
    }

    @Override
    public String toString()
    {
        return "SimOrder{" + clientId + "/" + orderId + ", permId=" + permId + ", " + side + " " + quantity + " " +
            symbol + " " + orderType + " lmt=" + Price.toString(limitPrice) + " stop=" + Price.toString(stopPrice) +
            ", " + status + ", filled=" + filledQuantity + "@" + Price.toString(averageFillPrice()) + "}";
    }
}
