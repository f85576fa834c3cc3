package io.ringfence.codecs.tws;

import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.sbe.Side;
import io.ringfence.codecs.sbe.TimeInForce;

/**
 * A reusable, mutable order as PLACE_ORDER carries it: what {@link PlaceOrderEncoder} writes and
 * what {@link TwsServerAdapter} decodes into. Prices are fixed point at scale 10<sup>-8</sup>
 * ({@link Price#NULL} = unset); quantities are whole units. Call {@link #reset()} before filling it
 * for a new order so no field leaks from the previous one.
 * <p>
 * When decoding, the raw texts of action, order type and time in force are kept in
 * {@link #actionText()}, {@link #orderTypeText()} and {@link #timeInForceText()}, and the enums are
 * {@code NULL_VAL} for values they cannot express ({@code SSHORT}, {@code MOC}, {@code GTD} ...),
 * so a simulator can reject such orders by id. An empty TIF decodes as {@code DAY} (TWS's default)
 * and an empty transmit as {@code false} (what TWS does).
 */
public final class TwsOrder
{
    public static final int ACCOUNT_CAPACITY = 32;
    public static final int SYMBOL_CAPACITY = 32;
    public static final int CODE_CAPACITY = 16;
    public static final int ORDER_REF_CAPACITY = 128;
    public static final int OCA_GROUP_CAPACITY = 64;

    private final AsciiField account = new AsciiField(ACCOUNT_CAPACITY);
    private final AsciiField symbol = new AsciiField(SYMBOL_CAPACITY);
    private final AsciiField secType = new AsciiField(CODE_CAPACITY);
    private final AsciiField exchange = new AsciiField(CODE_CAPACITY);
    private final AsciiField primaryExchange = new AsciiField(CODE_CAPACITY);
    private final AsciiField currency = new AsciiField(CODE_CAPACITY);
    private final AsciiField orderRef = new AsciiField(ORDER_REF_CAPACITY);
    private final AsciiField ocaGroup = new AsciiField(OCA_GROUP_CAPACITY);
    private final AsciiField actionText = new AsciiField(CODE_CAPACITY);
    private final AsciiField orderTypeText = new AsciiField(CODE_CAPACITY);
    private final AsciiField timeInForceText = new AsciiField(CODE_CAPACITY);

    private int orderId;
    private int clientId;
    private int conId;
    private Side side;
    private long totalQuantity;
    private OrderType orderType;
    private long limitPrice;
    private long auxPrice;
    private long trailingPercent;
    private long trailStopPrice;
    private long limitPriceOffset;
    private TimeInForce timeInForce;
    private boolean outsideRth;
    private boolean transmit;
    private boolean hidden;
    private boolean whatIf;
    private int parentId;
    private int ocaType;

    public TwsOrder()
    {
        reset();
    }

    /**
     * Back to defaults: STK on SMART in USD, DAY, transmit, no prices, no parent, no OCA.
     *
     * @return this for chaining.
     */
    public TwsOrder reset()
    {
        account.clear();
        symbol.clear();
        secType.set("STK");
        exchange.set("SMART");
        primaryExchange.clear();
        currency.set("USD");
        orderRef.clear();
        ocaGroup.clear();
        actionText.clear();
        orderTypeText.clear();
        timeInForceText.clear();
        orderId = 0;
        clientId = 0;
        conId = 0;
        side = Side.NULL_VAL;
        totalQuantity = 0;
        orderType = OrderType.NULL_VAL;
        limitPrice = Price.NULL;
        auxPrice = Price.NULL;
        trailingPercent = Price.NULL;
        trailStopPrice = Price.NULL;
        limitPriceOffset = Price.NULL;
        timeInForce = TimeInForce.DAY;
        outsideRth = false;
        transmit = true;
        hidden = false;
        whatIf = false;
        parentId = 0;
        ocaType = 0;
        return this;
    }

    public int orderId()
    {
        return orderId;
    }

    public TwsOrder orderId(final int orderId)
    {
        this.orderId = orderId;
        return this;
    }

    /**
     * The API client that placed the order; not on the PLACE_ORDER wire, a server sets it from START_API.
     */
    public int clientId()
    {
        return clientId;
    }

    public TwsOrder clientId(final int clientId)
    {
        this.clientId = clientId;
        return this;
    }

    /**
     * IB contract id; 0 when unknown (the symbol/secType/exchange/currency then identify the contract).
     */
    public int conId()
    {
        return conId;
    }

    public TwsOrder conId(final int conId)
    {
        this.conId = conId;
        return this;
    }

    /**
     * The account the order is for. Always set it: with several accounts on one login, an order
     * without one is rejected or, worse, booked to the default account.
     */
    public AsciiField account()
    {
        return account;
    }

    /**
     * @return true if an account is set; a bridge refuses to send an order without one.
     */
    public boolean hasAccount()
    {
        return !account.isEmpty();
    }

    public AsciiField symbol()
    {
        return symbol;
    }

    public AsciiField secType()
    {
        return secType;
    }

    public AsciiField exchange()
    {
        return exchange;
    }

    public AsciiField primaryExchange()
    {
        return primaryExchange;
    }

    public AsciiField currency()
    {
        return currency;
    }

    /**
     * Client tag echoed by TWS in OPEN_ORDER and EXECUTION_DATA; carries the idempotency key.
     */
    public AsciiField orderRef()
    {
        return orderRef;
    }

    public AsciiField ocaGroup()
    {
        return ocaGroup;
    }

    /**
     * Raw action text as decoded ({@code BUY}, {@code SELL}, {@code SSHORT}); not used when encoding.
     */
    public AsciiField actionText()
    {
        return actionText;
    }

    /**
     * Raw order type text as decoded ({@code LMT}, {@code MOC} ...); not used when encoding.
     */
    public AsciiField orderTypeText()
    {
        return orderTypeText;
    }

    /**
     * Raw time in force text as decoded ({@code DAY}, {@code GTD} ...); not used when encoding.
     */
    public AsciiField timeInForceText()
    {
        return timeInForceText;
    }

    public Side side()
    {
        return side;
    }

    public TwsOrder side(final Side side)
    {
        this.side = side;
        return this;
    }

    public long totalQuantity()
    {
        return totalQuantity;
    }

    public TwsOrder totalQuantity(final long totalQuantity)
    {
        this.totalQuantity = totalQuantity;
        return this;
    }

    public OrderType orderType()
    {
        return orderType;
    }

    public TwsOrder orderType(final OrderType orderType)
    {
        this.orderType = orderType;
        return this;
    }

    public long limitPrice()
    {
        return limitPrice;
    }

    public TwsOrder limitPrice(final long limitPrice)
    {
        this.limitPrice = limitPrice;
        return this;
    }

    /**
     * Stop trigger for STP / STP LMT, trailing amount for TRAIL / TRAIL LIMIT.
     */
    public long auxPrice()
    {
        return auxPrice;
    }

    public TwsOrder auxPrice(final long auxPrice)
    {
        this.auxPrice = auxPrice;
        return this;
    }

    /**
     * Trailing distance in percent (fixed point: 1.5 % is {@code 150_000_000L}) instead of an amount.
     */
    public long trailingPercent()
    {
        return trailingPercent;
    }

    public TwsOrder trailingPercent(final long trailingPercent)
    {
        this.trailingPercent = trailingPercent;
        return this;
    }

    /**
     * Initial stop price of a trailing order.
     */
    public long trailStopPrice()
    {
        return trailStopPrice;
    }

    public TwsOrder trailStopPrice(final long trailStopPrice)
    {
        this.trailStopPrice = trailStopPrice;
        return this;
    }

    /**
     * TRAIL LIMIT: distance of the limit from the moving stop (IB's {@code lmtPriceOffset}).
     */
    public long limitPriceOffset()
    {
        return limitPriceOffset;
    }

    public TwsOrder limitPriceOffset(final long limitPriceOffset)
    {
        this.limitPriceOffset = limitPriceOffset;
        return this;
    }

    public TimeInForce timeInForce()
    {
        return timeInForce;
    }

    public TwsOrder timeInForce(final TimeInForce timeInForce)
    {
        this.timeInForce = timeInForce;
        return this;
    }

    public boolean outsideRth()
    {
        return outsideRth;
    }

    public TwsOrder outsideRth(final boolean outsideRth)
    {
        this.outsideRth = outsideRth;
        return this;
    }

    /**
     * False holds the order at TWS (bracket parents and first children); true sends the group.
     */
    public boolean transmit()
    {
        return transmit;
    }

    public TwsOrder transmit(final boolean transmit)
    {
        this.transmit = transmit;
        return this;
    }

    public boolean hidden()
    {
        return hidden;
    }

    public TwsOrder hidden(final boolean hidden)
    {
        this.hidden = hidden;
        return this;
    }

    /**
     * Margin / commission preview only; TWS answers with OPEN_ORDER and does not place the order.
     */
    public boolean whatIf()
    {
        return whatIf;
    }

    public TwsOrder whatIf(final boolean whatIf)
    {
        this.whatIf = whatIf;
        return this;
    }

    /**
     * Parent's order id for bracket children; 0 for none.
     */
    public int parentId()
    {
        return parentId;
    }

    public TwsOrder parentId(final int parentId)
    {
        this.parentId = parentId;
        return this;
    }

    /**
     * 0 none; 1 cancel others with block; 2 reduce others with block; 3 reduce others without block.
     */
    public int ocaType()
    {
        return ocaType;
    }

    public TwsOrder ocaType(final int ocaType)
    {
        this.ocaType = ocaType;
        return this;
    }

    /**
     * For tests and logging only: allocates.
     */
    public String toString()
    {
        return "TwsOrder{orderId=" + orderId + ", clientId=" + clientId + ", account=" + account +
            ", symbol=" + symbol + ", secType=" + secType + ", exchange=" + exchange +
            ", primaryExchange=" + primaryExchange + ", currency=" + currency + ", conId=" + conId +
            ", side=" + side + ", totalQuantity=" + totalQuantity + ", orderType=" + orderType +
            ", limitPrice=" + Price.toString(limitPrice) + ", auxPrice=" + Price.toString(auxPrice) +
            ", trailingPercent=" + Price.toString(trailingPercent) +
            ", trailStopPrice=" + Price.toString(trailStopPrice) +
            ", limitPriceOffset=" + Price.toString(limitPriceOffset) + ", timeInForce=" + timeInForce +
            ", orderRef=" + orderRef + ", outsideRth=" + outsideRth + ", transmit=" + transmit +
            ", parentId=" + parentId + ", ocaGroup=" + ocaGroup + ", ocaType=" + ocaType +
            ", hidden=" + hidden + ", whatIf=" + whatIf + '}';
    }
}
