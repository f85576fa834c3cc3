package io.ringfence.codecs.tws;

import org.agrona.AsciiSequenceView;

/**
 * POSITION_DATA (61), gateway to client, as decoded by {@link TwsInboundAdapter}; valid only during
 * {@link TwsInboundHandler#onPosition}: {@code [61, version, account, conId, symbol, secType,
 * lastTradeDate, strike, right, multiplier, exchange, currency, localSymbol, tradingClass (v2),
 * position, avgCost (v3)]}. Position in whole units (0 for a closed one), avgCost fixed point.
 */
public final class PositionDataDecoder
{
    private final AsciiSequenceView account = new AsciiSequenceView();
    private final AsciiSequenceView symbol = new AsciiSequenceView();
    private final AsciiSequenceView secType = new AsciiSequenceView();
    private final AsciiSequenceView lastTradeDateOrContractMonth = new AsciiSequenceView();
    private final AsciiSequenceView right = new AsciiSequenceView();
    private final AsciiSequenceView multiplierText = new AsciiSequenceView();
    private final AsciiSequenceView exchange = new AsciiSequenceView();
    private final AsciiSequenceView currency = new AsciiSequenceView();
    private final AsciiSequenceView localSymbol = new AsciiSequenceView();
    private final AsciiSequenceView tradingClass = new AsciiSequenceView();
    private int conId;
    private long strike;
    private long position;
    private long avgCost;

    TwsProtocolError decode(final TwsFieldReader reader)
    {
        final int version = reader.readInt();
        reader.readView(account);
        conId = reader.readInt();
        reader.readView(symbol);
        reader.readView(secType);
        reader.readView(lastTradeDateOrContractMonth);
        strike = reader.readPrice();
        reader.readView(right);
        reader.readView(multiplierText);
        reader.readView(exchange);
        reader.readView(currency);
        reader.readView(localSymbol);
        if (version >= 2)
        {
            reader.readView(tradingClass);
        }
        else
        {
            tradingClass.reset();
        }
        position = reader.readQuantity();
        avgCost = version >= 3 ? reader.readPrice() : 0;
        return reader.error();
    }

    public AsciiSequenceView account()
    {
        return account;
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

    public AsciiSequenceView multiplierText()
    {
        return multiplierText;
    }

    /**
     * The multiplier, inferred from the secType when not sent (OPT / FOP = 100).
     */
    public long multiplier()
    {
        return ContractMultiplier.of(secType.buffer(), secType.offset(), secType.length(),
            multiplierText.buffer(), multiplierText.offset(), multiplierText.length());
    }

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
     * Whole units, negative when short.
     */
    public long position()
    {
        return position;
    }

    public long avgCost()
    {
        return avgCost;
    }
}
