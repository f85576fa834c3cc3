package io.ringfence.sim.order;

import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.sbe.Side;
import io.ringfence.codecs.sbe.TimeInForce;

/**
 * A new or modified order as a client asked for it, before validation: a reusable holder filled by the caller and
 * read by {@link OrderBook#place(OrderRequest, long)}. Text fields are referenced, not copied, so they
 * may be the codec's reusable ASCII fields; the book copies what it keeps.
 */
public final class OrderRequest
{
    private int clientId;
    private int orderId;
    private CharSequence account = "";
    private CharSequence symbol = "";
    private Side side = Side.NULL_VAL;
    private long quantity;
    private OrderType orderType = OrderType.NULL_VAL;
    private long limitPrice = Price.NULL;
    private TimeInForce timeInForce = TimeInForce.DAY;
    private CharSequence orderRef = "";
    private int parentId;
    private boolean transmit = true;
    private long auxPrice = Price.NULL;
    private long trailingPercent = Price.NULL;
    private long trailStopPrice = Price.NULL;
    private long limitPriceOffset = Price.NULL;
    private boolean outsideRth;
    private CharSequence ocaGroup = "";
    private int ocaType;

    /**
     * Back to the defaults: no account, symbol or side, quantity 0, no limit, DAY, transmit.
     *
     * @return this for a fluent interface.
     */
    public OrderRequest reset()
    {
        clientId = 0;
        orderId = 0;
        account = "";
        symbol = "";
        side = Side.NULL_VAL;
        quantity = 0;
        orderType = OrderType.NULL_VAL;
        limitPrice = Price.NULL;
        timeInForce = TimeInForce.DAY;
        orderRef = "";
        parentId = 0;
        transmit = true;
        auxPrice = Price.NULL;
        trailingPercent = Price.NULL;
        trailStopPrice = Price.NULL;
        limitPriceOffset = Price.NULL;
        outsideRth = false;
        ocaGroup = "";
        ocaType = 0;
        return this;
    }

    public OrderRequest clientId(final int clientId)
    {
        this.clientId = clientId;
        return this;
    }

    public int clientId()
    {
        return clientId;
    }

    public OrderRequest orderId(final int orderId)
    {
        this.orderId = orderId;
        return this;
    }

    public int orderId()
    {
        return orderId;
    }

    public OrderRequest account(final CharSequence account)
    {
        this.account = null == account ? "" : account;
        return this;
    }

    public CharSequence account()
    {
        return account;
    }

    public OrderRequest symbol(final CharSequence symbol)
    {
        this.symbol = null == symbol ? "" : symbol;
        return this;
    }

    public CharSequence symbol()
    {
        return symbol;
    }

    public OrderRequest side(final Side side)
    {
        this.side = null == side ? Side.NULL_VAL : side;
        return this;
    }

    public Side side()
    {
        return side;
    }

    public OrderRequest quantity(final long quantity)
    {
        this.quantity = quantity;
        return this;
    }

    public long quantity()
    {
        return quantity;
    }

    public OrderRequest orderType(final OrderType orderType)
    {
        this.orderType = null == orderType ? OrderType.NULL_VAL : orderType;
        return this;
    }

    public OrderType orderType()
    {
        return orderType;
    }

    /**
     * @param limitPrice at scale 10<sup>-8</sup>, or {@link Price#NULL} when unset.
     * @return this for a fluent interface.
     */
    public OrderRequest limitPrice(final long limitPrice)
    {
        this.limitPrice = limitPrice;
        return this;
    }

    public long limitPrice()
    {
        return limitPrice;
    }

    public OrderRequest timeInForce(final TimeInForce timeInForce)
    {
        this.timeInForce = null == timeInForce ? TimeInForce.NULL_VAL : timeInForce;
        return this;
    }

    public TimeInForce timeInForce()
    {
        return timeInForce;
    }

    public OrderRequest orderRef(final CharSequence orderRef)
    {
        this.orderRef = null == orderRef ? "" : orderRef;
        return this;
    }

    public CharSequence orderRef()
    {
        return orderRef;
    }

    public OrderRequest parentId(final int parentId)
    {
        this.parentId = parentId;
        return this;
    }

    public int parentId()
    {
        return parentId;
    }

    /**
     * @param transmit false to have the gateway hold the order (as TWS does with an untransmitted order).
     * @return this for a fluent interface.
     */
    public OrderRequest transmit(final boolean transmit)
    {
        this.transmit = transmit;
        return this;
    }

    public boolean transmit()
    {
        return transmit;
    }

    /**
     * @param auxPrice stop price of STP / STP LMT, trailing amount of TRAIL / TRAIL LIMIT, or {@link Price#NULL}.
     * @return this for a fluent interface.
     */
    public OrderRequest auxPrice(final long auxPrice)
    {
        this.auxPrice = auxPrice;
        return this;
    }

    public long auxPrice()
    {
        return auxPrice;
    }

    /**
     * @param trailingPercent trailing distance in percent at scale 10<sup>-8</sup> (1.5 % = 150_000_000), or
     *                        {@link Price#NULL} to trail by {@link #auxPrice()}.
     * @return this for a fluent interface.
     */
    public OrderRequest trailingPercent(final long trailingPercent)
    {
        this.trailingPercent = trailingPercent;
        return this;
    }

    public long trailingPercent()
    {
        return trailingPercent;
    }

    /**
     * @param trailStopPrice initial stop of a trailing order, or {@link Price#NULL} to start from the quote.
     * @return this for a fluent interface.
     */
    public OrderRequest trailStopPrice(final long trailStopPrice)
    {
        this.trailStopPrice = trailStopPrice;
        return this;
    }

    public long trailStopPrice()
    {
        return trailStopPrice;
    }

    /**
     * @param limitPriceOffset TRAIL LIMIT: distance of the limit beyond the stop when it triggers.
     * @return this for a fluent interface.
     */
    public OrderRequest limitPriceOffset(final long limitPriceOffset)
    {
        this.limitPriceOffset = limitPriceOffset;
        return this;
    }

    public long limitPriceOffset()
    {
        return limitPriceOffset;
    }

    /**
     * @param outsideRth true to let the order fill outside regular trading hours.
     * @return this for a fluent interface.
     */
    public OrderRequest outsideRth(final boolean outsideRth)
    {
        this.outsideRth = outsideRth;
        return this;
    }

    public boolean outsideRth()
    {
        return outsideRth;
    }

    /**
     * @param ocaGroup one-cancels-all group name within the account; empty for none.
     * @return this for a fluent interface.
     */
    public OrderRequest ocaGroup(final CharSequence ocaGroup)
    {
        this.ocaGroup = null == ocaGroup ? "" : ocaGroup;
        return this;
    }

    public CharSequence ocaGroup()
    {
        return ocaGroup;
    }

    /**
     * @param ocaType 1 cancel the others on a fill; 2 and 3 reduce them by the filled quantity.
     * @return this for a fluent interface.
     */
    public OrderRequest ocaType(final int ocaType)
    {
        this.ocaType = ocaType;
        return this;
    }

    public int ocaType()
    {
        return ocaType;
    }

    @Override
    public String toString()
    {
        return "OrderRequest{clientId=" + clientId + ", orderId=" + orderId + ", account=" + account +
            ", symbol=" + symbol + ", side=" + side + ", quantity=" + quantity + ", orderType=" + orderType +
            ", limitPrice=" + Price.toString(limitPrice) + ", tif=" + timeInForce + ", orderRef=" + orderRef +
            ", parentId=" + parentId + ", transmit=" + transmit + ", aux=" + Price.toString(auxPrice) +
            ", trailingPercent=" + Price.toString(trailingPercent) + ", outsideRth=" + outsideRth +
            ", ocaGroup=" + ocaGroup + ", ocaType=" + ocaType + "}";
    }
}
