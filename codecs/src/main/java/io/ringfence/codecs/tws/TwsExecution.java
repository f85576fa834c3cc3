package io.ringfence.codecs.tws;

import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.Side;

/**
 * A reusable, mutable fill as a gateway reports it in EXECUTION_DATA; filled by a simulator and
 * written by {@link ExecutionDataEncoder}. Prices are fixed point; quantities whole units. Call
 * {@link #reset()} before filling it for a new fill.
 */
public final class TwsExecution
{
    public static final int EXEC_ID_CAPACITY = 64;

    private final AsciiField symbol = new AsciiField(TwsOrder.SYMBOL_CAPACITY);
    private final AsciiField secType = new AsciiField(TwsOrder.CODE_CAPACITY);
    private final AsciiField exchange = new AsciiField(TwsOrder.CODE_CAPACITY);
    private final AsciiField currency = new AsciiField(TwsOrder.CODE_CAPACITY);
    private final AsciiField localSymbol = new AsciiField(TwsOrder.SYMBOL_CAPACITY);
    private final AsciiField tradingClass = new AsciiField(TwsOrder.CODE_CAPACITY);
    private final AsciiField execId = new AsciiField(EXEC_ID_CAPACITY);
    private final AsciiField account = new AsciiField(TwsOrder.ACCOUNT_CAPACITY);
    private final AsciiField executionExchange = new AsciiField(TwsOrder.CODE_CAPACITY);
    private final AsciiField orderRef = new AsciiField(TwsOrder.ORDER_REF_CAPACITY);
    private final AsciiField modelCode = new AsciiField(TwsOrder.CODE_CAPACITY);

    private int reqId;
    private int orderId;
    private int conId;
    private long timeMs;
    private Side side;
    private long shares;
    private long price;
    private long permId;
    private int clientId;
    private int liquidation;
    private long cumQty;
    private long avgPrice;
    private int lastLiquidity;
    private boolean pendingPriceRevision;

    public TwsExecution()
    {
        reset();
    }

    /**
     * Back to defaults: reqId -1 (a live fill), STK in USD, everything else empty or 0.
     *
     * @return this for chaining.
     */
    public TwsExecution reset()
    {
        symbol.clear();
        secType.set("STK");
        exchange.clear();
        currency.set("USD");
        localSymbol.clear();
        tradingClass.clear();
        execId.clear();
        account.clear();
        executionExchange.clear();
        orderRef.clear();
        modelCode.clear();
        reqId = -1;
        orderId = 0;
        conId = 0;
        timeMs = 0;
        side = Side.BUY;
        shares = 0;
        price = 0;
        permId = 0;
        clientId = 0;
        liquidation = 0;
        cumQty = 0;
        avgPrice = 0;
        lastLiquidity = 0;
        pendingPriceRevision = false;
        return this;
    }

    /**
     * The REQ_EXECUTIONS request id, or -1 for a live (unsolicited) fill.
     */
    public int reqId()
    {
        return reqId;
    }

    public TwsExecution reqId(final int reqId)
    {
        this.reqId = reqId;
        return this;
    }

    public int orderId()
    {
        return orderId;
    }

    public TwsExecution orderId(final int orderId)
    {
        this.orderId = orderId;
        return this;
    }

    public int conId()
    {
        return conId;
    }

    public TwsExecution conId(final int conId)
    {
        this.conId = conId;
        return this;
    }

    public AsciiField symbol()
    {
        return symbol;
    }

    public AsciiField secType()
    {
        return secType;
    }

    /**
     * The contract's exchange (e.g. {@code SMART}); see {@link #executionExchange()} for the venue.
     */
    public AsciiField exchange()
    {
        return exchange;
    }

    public AsciiField currency()
    {
        return currency;
    }

    public AsciiField localSymbol()
    {
        return localSymbol;
    }

    public AsciiField tradingClass()
    {
        return tradingClass;
    }

    /**
     * Unique per fill, e.g. {@code 0000e0d5.6596a0c7.01.01}.
     */
    public AsciiField execId()
    {
        return execId;
    }

    public AsciiField account()
    {
        return account;
    }

    public AsciiField executionExchange()
    {
        return executionExchange;
    }

    public AsciiField orderRef()
    {
        return orderRef;
    }

    public AsciiField modelCode()
    {
        return modelCode;
    }

    /**
     * Fill time, epoch milliseconds; written as {@code yyyyMMdd-HH:mm:ss} (UTC, whole seconds).
     */
    public long timeMs()
    {
        return timeMs;
    }

    public TwsExecution timeMs(final long timeMs)
    {
        this.timeMs = timeMs;
        return this;
    }

    public Side side()
    {
        return side;
    }

    public TwsExecution side(final Side side)
    {
        this.side = side;
        return this;
    }

    /**
     * This fill's quantity.
     */
    public long shares()
    {
        return shares;
    }

    public TwsExecution shares(final long shares)
    {
        this.shares = shares;
        return this;
    }

    /**
     * This fill's price, fixed point.
     */
    public long price()
    {
        return price;
    }

    public TwsExecution price(final long price)
    {
        this.price = price;
        return this;
    }

    public long permId()
    {
        return permId;
    }

    public TwsExecution permId(final long permId)
    {
        this.permId = permId;
        return this;
    }

    public int clientId()
    {
        return clientId;
    }

    public TwsExecution clientId(final int clientId)
    {
        this.clientId = clientId;
        return this;
    }

    public int liquidation()
    {
        return liquidation;
    }

    public TwsExecution liquidation(final int liquidation)
    {
        this.liquidation = liquidation;
        return this;
    }

    /**
     * Cumulative filled quantity of the order.
     */
    public long cumQty()
    {
        return cumQty;
    }

    public TwsExecution cumQty(final long cumQty)
    {
        this.cumQty = cumQty;
        return this;
    }

    /**
     * Average fill price of the order so far, fixed point.
     */
    public long avgPrice()
    {
        return avgPrice;
    }

    public TwsExecution avgPrice(final long avgPrice)
    {
        this.avgPrice = avgPrice;
        return this;
    }

    /**
     * 1 added liquidity, 2 removed, 3 routed out; 0 unknown.
     */
    public int lastLiquidity()
    {
        return lastLiquidity;
    }

    public TwsExecution lastLiquidity(final int lastLiquidity)
    {
        this.lastLiquidity = lastLiquidity;
        return this;
    }

    public boolean pendingPriceRevision()
    {
        return pendingPriceRevision;
    }

    public TwsExecution pendingPriceRevision(final boolean pendingPriceRevision)
    {
        this.pendingPriceRevision = pendingPriceRevision;
        return this;
    }

    /**
     * For tests and logging only: allocates.
     */
    public String toString()
    {
        return "TwsExecution{reqId=" + reqId + ", orderId=" + orderId + ", execId=" + execId +
            ", symbol=" + symbol + ", side=" + side + ", shares=" + shares + ", price=" + Price.toString(price) +
            ", permId=" + permId + ", clientId=" + clientId + ", cumQty=" + cumQty +
            ", avgPrice=" + Price.toString(avgPrice) + ", account=" + account + ", orderRef=" + orderRef +
            ", timeMs=" + timeMs + '}';
    }
}
