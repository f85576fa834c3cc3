package io.ringfence.codecs.tws;

import org.agrona.AsciiSequenceView;

/**
 * COMPLETED_ORDER (101), gateway to client, as decoded by {@link TwsInboundAdapter}; valid only
 * during {@link TwsInboundHandler#onCompletedOrder}. It carries no order id or client id: match it
 * by {@link #permId()} and {@link #orderRef()}. Gives the final status of an order that filled or
 * was cancelled while the bridge was away.
 */
public final class CompletedOrderDecoder extends OrderMessageDecoder
{
    private static final int DELTA_NEUTRAL_COMPLETED_ORDER_FIELDS = 4;

    private final AsciiSequenceView completedTime = new AsciiSequenceView();
    private final AsciiSequenceView completedStatus = new AsciiSequenceView();
    private long filledQuantity;
    private long parentPermId;

    TwsProtocolError decode(final TwsFieldReader reader)
    {
        readContractAndOrderHead(reader);
        permId = reader.readLong();
        outsideRth = reader.readBoolean();
        reader.skip(3);                                     // hidden, discretionaryAmt, goodAfterTime
        reader.skip(3);                                     // faGroup, faMethod, faPercentage
        reader.skip(13);                                    // modelCode .. stockRangeUpper (no auctionStrategy)
        reader.skip(4);                                     // displaySize, sweepToFill, allOrNone, minQty
        ocaType = reader.readInt();
        reader.skip(3);                                     // triggerMethod, volatility, volatilityType
        OrderBlocks.skipDeltaNeutralOrder(reader, DELTA_NEUTRAL_COMPLETED_ORDER_FIELDS);
        reader.skip(2);                                     // continuousUpdate, referencePriceType
        trailStopPrice = reader.readPriceMax();
        trailingPercent = reader.readPriceMax();
        reader.skip(1);                                     // comboLegsDescrip
        OrderBlocks.skipComboLegs(reader);
        OrderBlocks.skipScale(reader);
        OrderBlocks.skipIfNonEmpty(reader, 1);              // hedgeType [hedgeParam]
        reader.skip(3);                                     // clearingAccount, clearingIntent, notHeld
        OrderBlocks.skipDeltaNeutralContract(reader);
        OrderBlocks.skipAlgo(reader);
        reader.skip(1);                                     // solicited
        readStatus(reader);
        reader.skip(2);                                     // randomizeSize, randomizePrice
        OrderBlocks.skipPegBenchAndConditions(reader, isPegBench());
        reader.skip(5);                                     // trailStopPrice, lmtPriceOffset, cashQty, dontUseAuto.., isOms
        reader.skip(1);                                     // autoCancelDate
        filledQuantity = reader.readQuantity();
        reader.skip(5);                                     // refFuturesConId .. routeMarketableToBbo
        parentPermId = reader.readLong();
        reader.readView(completedTime);
        reader.readView(completedStatus);
        return reader.error();
    }

    public long filledQuantity()
    {
        return filledQuantity;
    }

    /**
     * permId of the bracket parent, 0 for none.
     */
    public long parentPermId()
    {
        return parentPermId;
    }

    /**
     * e.g. {@code 20240102 15:59:59 America/New_York}.
     */
    public AsciiSequenceView completedTime()
    {
        return completedTime;
    }

    /**
     * e.g. {@code Filled}, {@code Cancelled by Trader}.
     */
    public AsciiSequenceView completedStatus()
    {
        return completedStatus;
    }
}
