package io.ringfence.codecs.tws;

import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.Side;
import org.agrona.AsciiSequenceView;

/**
 * EXECUTION_DATA (11), gateway to client, as decoded by {@link TwsInboundAdapter}; valid only
 * during {@link TwsInboundHandler#onExecution}. Text fields are views into the frame. Prices are
 * fixed point, quantities whole units.
 * <p>
 * {@link #timeMs()} is the fill time in epoch milliseconds, parsed from IB's text by a
 * {@link TwsTimeParser}; it is {@link TwsTimeParser#NULL_TIME} when the text is not a time or names
 * an unknown zone (the fill is still delivered; {@link #time()} keeps the raw text).
 */
public final class ExecutionDataDecoder
{
    private final TwsTimeParser timeParser;
    private final AsciiSequenceView symbol = new AsciiSequenceView();
    private final AsciiSequenceView secType = new AsciiSequenceView();
    private final AsciiSequenceView lastTradeDateOrContractMonth = new AsciiSequenceView();
    private final AsciiSequenceView right = new AsciiSequenceView();
    private final AsciiSequenceView multiplier = new AsciiSequenceView();
    private final AsciiSequenceView exchange = new AsciiSequenceView();
    private final AsciiSequenceView currency = new AsciiSequenceView();
    private final AsciiSequenceView localSymbol = new AsciiSequenceView();
    private final AsciiSequenceView tradingClass = new AsciiSequenceView();
    private final AsciiSequenceView execId = new AsciiSequenceView();
    private final AsciiSequenceView time = new AsciiSequenceView();
    private final AsciiSequenceView account = new AsciiSequenceView();
    private final AsciiSequenceView executionExchange = new AsciiSequenceView();
    private final AsciiSequenceView sideText = new AsciiSequenceView();
    private final AsciiSequenceView orderRef = new AsciiSequenceView();
    private final AsciiSequenceView evRule = new AsciiSequenceView();
    private final AsciiSequenceView modelCode = new AsciiSequenceView();

    private int reqId;
    private int orderId;
    private int conId;
    private long strike;
    private long timeMs;
    private Side side;
    private long shares;
    private long price;
    private long permId;
    private int clientId;
    private int liquidation;
    private long cumQty;
    private long avgPrice;
    private long evMultiplier;
    private int lastLiquidity;
    private boolean pendingPriceRevision;

    ExecutionDataDecoder(final TwsTimeParser timeParser)
    {
        this.timeParser = timeParser;
    }

    TwsProtocolError decode(final TwsFieldReader reader, final int serverVersion)
    {
        reqId = reader.readInt();
        orderId = reader.readInt();
        conId = reader.readInt();
        reader.readView(symbol);
        reader.readView(secType);
        reader.readView(lastTradeDateOrContractMonth);
        strike = reader.readPrice();
        reader.readView(right);
        reader.readView(multiplier);
        reader.readView(exchange);
        reader.readView(currency);
        reader.readView(localSymbol);
        reader.readView(tradingClass);
        reader.readView(execId);
        reader.readView(time);
        reader.readView(account);
        reader.readView(executionExchange);
        reader.readView(sideText);
        shares = reader.readQuantity();
        price = reader.readPrice();
        permId = reader.readLong();
        clientId = reader.readInt();
        liquidation = reader.readInt();
        cumQty = reader.readQuantity();
        avgPrice = reader.readPrice();
        reader.readView(orderRef);
        reader.readView(evRule);
        evMultiplier = reader.readPrice();
        reader.readView(modelCode);
        lastLiquidity = reader.readInt();
        pendingPriceRevision =
            serverVersion >= TwsServerVersion.PENDING_PRICE_REVISION && reader.readBoolean();

        if (reader.isOk())
        {
            side = TwsEnums.executionSide(sideText.buffer(), sideText.offset(), sideText.length());
            timeMs = timeParser.parse(time.buffer(), time.offset(), time.length());
        }
        return reader.error();
    }

    /**
     * REQ_EXECUTIONS request id, or -1 for a live fill.
     */
    public int reqId()
    {
        return reqId;
    }

    public int orderId()
    {
        return orderId;
    }

    public int conId()
    {
        return conId;
    }

    public AsciiSequenceView symbol()
    {
        return symbol;
    }

    public AsciiSequenceView secType()
    {
        return secType;
    }

    public AsciiSequenceView lastTradeDateOrContractMonth()
    {
        return lastTradeDateOrContractMonth;
    }

    public long strike()
    {
        return strike;
    }

    public AsciiSequenceView right()
    {
        return right;
    }

    public AsciiSequenceView multiplier()
    {
        return multiplier;
    }

    /**
     * The multiplier as a number, inferred from the secType when not sent (OPT / FOP = 100).
     */
    public long contractMultiplier()
    {
        return ContractMultiplier.of(secType.buffer(), secType.offset(), secType.length(),
            multiplier.buffer(), multiplier.offset(), multiplier.length());
    }

    /**
     * @return true if the fill belongs to the account; see {@link TwsAccounts}.
     */
    public boolean isForAccount(final CharSequence accountId)
    {
        return TwsAccounts.matches(account, accountId);
    }

    /**
     * The contract's exchange.
     */
    public AsciiSequenceView exchange()
    {
        return exchange;
    }

    public AsciiSequenceView currency()
    {
        return currency;
    }

    public AsciiSequenceView localSymbol()
    {
        return localSymbol;
    }

    public AsciiSequenceView tradingClass()
    {
        return tradingClass;
    }

    /**
     * Unique per fill; a correction keeps the prefix and changes the last part.
     */
    public AsciiSequenceView execId()
    {
        return execId;
    }

    /**
     * The raw time text.
     */
    public AsciiSequenceView time()
    {
        return time;
    }

    /**
     * Fill time in epoch milliseconds, or {@link TwsTimeParser#NULL_TIME}.
     */
    public long timeMs()
    {
        return timeMs;
    }

    public AsciiSequenceView account()
    {
        return account;
    }

    /**
     * The venue that executed the fill.
     */
    public AsciiSequenceView executionExchange()
    {
        return executionExchange;
    }

    /**
     * {@code BOT} is {@link Side#BUY}, {@code SLD} is {@link Side#SELL}; anything else {@link Side#NULL_VAL}.
     */
    public Side side()
    {
        return side;
    }

    public AsciiSequenceView sideText()
    {
        return sideText;
    }

    /**
     * This fill's quantity.
     */
    public long shares()
    {
        return shares;
    }

    /**
     * This fill's price.
     */
    public long price()
    {
        return price;
    }

    public long permId()
    {
        return permId;
    }

    public int clientId()
    {
        return clientId;
    }

    public int liquidation()
    {
        return liquidation;
    }

    /**
     * Cumulative filled quantity of the order.
     */
    public long cumQty()
    {
        return cumQty;
    }

    /**
     * Average price of the order's fills so far.
     */
    public long avgPrice()
    {
        return avgPrice;
    }

    public AsciiSequenceView orderRef()
    {
        return orderRef;
    }

    public AsciiSequenceView evRule()
    {
        return evRule;
    }

    /**
     * {@link Price} fixed point; 0 when empty.
     */
    public long evMultiplier()
    {
        return evMultiplier;
    }

    public AsciiSequenceView modelCode()
    {
        return modelCode;
    }

    public int lastLiquidity()
    {
        return lastLiquidity;
    }

    /**
     * From server version 178; false below.
     */
    public boolean pendingPriceRevision()
    {
        return pendingPriceRevision;
    }
}
