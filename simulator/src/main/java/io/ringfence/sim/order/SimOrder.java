package io.ringfence.sim.order;

import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.sbe.Side;
import io.ringfence.codecs.sbe.TimeInForce;
import io.ringfence.sim.account.Account;
import io.ringfence.sim.market.Quote;

/**
 * An order the gateway has seen, identified by (clientId, orderId) and, account-wide, by its permId.
 * Read-only outside this package; the {@link OrderBook} is its only writer.
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
    private final long quantity;
    private final OrderType orderType;
    private final long limitPrice;
    private final TimeInForce timeInForce;
    private final String orderRef;

    private OrderStatus status = OrderStatus.PRE_SUBMITTED;
    private long filledQuantity;
    private long filledNotional;
    private long lastFillPrice;

    SimOrder(final OrderRequest request, final long permId, final Account account, final Quote quote)
    {
        this.clientId = request.clientId();
        this.orderId = request.orderId();
        this.permId = permId;
        this.account = account;
        this.quote = quote;
        this.symbol = null != quote ? quote.symbol() : request.symbol().toString();
        this.side = request.side();
        this.quantity = request.quantity();
        this.orderType = request.orderType();
        this.limitPrice = request.limitPrice();
        this.timeInForce = request.timeInForce();
        this.orderRef = 0 == request.orderRef().length() ? "" : request.orderRef().toString();
    }

    static long key(final int clientId, final int orderId)
    {
        return ((long)clientId << 32) | (orderId & 0xFFFF_FFFFL);
    }

    void status(final OrderStatus status)
    {
        this.status = status;
    }

    void onFill(final long quantity, final long price)
    {
        filledQuantity += quantity;
        filledNotional += Math.multiplyExact(quantity, price);
        lastFillPrice = price;
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

    public long limitPrice()
    {
        return limitPrice;
    }

    public TimeInForce timeInForce()
    {
        return timeInForce;
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

    @Override
    public String toString()
    {
        return "SimOrder{" + clientId + "/" + orderId + ", permId=" + permId + ", " + side + " " + quantity + " " +
            symbol + " " + orderType + " " + Price.toString(limitPrice) + ", " + status + ", filled=" +
            filledQuantity + "@" + Price.toString(averageFillPrice()) + "}";
    }
}
