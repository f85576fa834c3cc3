package io.ringfence.codecs.tws;

import org.agrona.AsciiSequenceView;

/**
 * A REQ_MKT_DATA frame as decoded by {@link TwsServerAdapter}; valid only during
 * {@link TwsServerHandler#onReqMarketData(MarketDataRequestDecoder)}. Combo legs and a delta-neutral
 * contract are skipped.
 */
public final class MarketDataRequestDecoder
{
    private static final int COMBO_LEG_FIELDS = 4;
    private static final int DELTA_NEUTRAL_FIELDS = 3;
    private static final int MAX_COUNT = 1024;

    private final AsciiSequenceView symbol = new AsciiSequenceView();
    private final AsciiSequenceView secType = new AsciiSequenceView();
    private final AsciiSequenceView exchange = new AsciiSequenceView();
    private final AsciiSequenceView primaryExchange = new AsciiSequenceView();
    private final AsciiSequenceView currency = new AsciiSequenceView();
    private final AsciiSequenceView localSymbol = new AsciiSequenceView();
    private final AsciiSequenceView genericTickList = new AsciiSequenceView();
    private int tickerId;
    private int conId;
    private boolean snapshot;
    private boolean regulatorySnapshot;

    void decode(final TwsFieldReader reader)
    {
        reader.skip(1);                                     // version
        tickerId = reader.readInt();
        conId = reader.readInt();
        reader.readView(symbol);
        reader.readView(secType);
        reader.skip(4);                                     // lastTradeDate, strike, right, multiplier
        reader.readView(exchange);
        reader.readView(primaryExchange);
        reader.readView(currency);
        reader.readView(localSymbol);
        reader.skip(1);                                     // tradingClass
        if (ExecutionFilterDecoder.equalsIgnoreCase(secType, "BAG"))
        {
            final int legs = reader.readInt();
            if (legs < 0 || legs > MAX_COUNT)
            {
                reader.fail(TwsProtocolError.INVALID_COUNT);
            }
            else
            {
                reader.skip(COMBO_LEG_FIELDS * legs);
            }
        }
        if (reader.readBoolean())
        {
            reader.skip(DELTA_NEUTRAL_FIELDS);
        }
        reader.readView(genericTickList);
        snapshot = reader.readBoolean();
        regulatorySnapshot = reader.readBoolean();
        reader.skip(1);                                     // mktDataOptions
    }

    public int tickerId()
    {
        return tickerId;
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

    public AsciiSequenceView exchange()
    {
        return exchange;
    }

    public AsciiSequenceView primaryExchange()
    {
        return primaryExchange;
    }

    public AsciiSequenceView currency()
    {
        return currency;
    }

    public AsciiSequenceView localSymbol()
    {
        return localSymbol;
    }

    public AsciiSequenceView genericTickList()
    {
        return genericTickList;
    }

    /**
     * True for a one-off snapshot (answered by ticks and TICK_SNAPSHOT_END), false to subscribe.
     */
    public boolean snapshot()
    {
        return snapshot;
    }

    public boolean regulatorySnapshot()
    {
        return regulatorySnapshot;
    }
}
