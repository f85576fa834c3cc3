package io.ringfence.codecs.tws;

import static io.ringfence.codecs.tws.TwsServerVersion.FA_PROFILE_DESUPPORT;

/**
 * OPEN_ORDER (5), gateway to client, as decoded by {@link TwsInboundAdapter}; valid only during
 * {@link TwsInboundHandler#onOpenOrder}. Decodes the fields an order engine reconciles by (order id,
 * client id, permId, orderRef, account, contract, action, quantity, type, prices, tif, parent, OCA
 * group, status) and reads the rest by sequence, conditional blocks included, up to the status;
 * what follows the status (margins, commissions, newer attributes) is ignored.
 */
public final class OpenOrderDecoder extends OrderMessageDecoder
{
    private static final int DELTA_NEUTRAL_OPEN_ORDER_FIELDS = 8;

    private int orderId;
    private int clientId;
    private int parentId;
    private boolean whatIf;

    TwsProtocolError decode(final TwsFieldReader reader, final int serverVersion)
    {
        orderId = reader.readInt();
        readContractAndOrderHead(reader);
        clientId = reader.readInt();
        permId = reader.readLong();
        outsideRth = reader.readBoolean();
        reader.skip(4);                                     // hidden, discretionaryAmt, goodAfterTime, sharesAllocation
        reader.skip(serverVersion < FA_PROFILE_DESUPPORT ? 4 : 3);
        reader.skip(14);                                    // modelCode .. stockRangeUpper
        reader.skip(5);                                     // displaySize, blockOrder, sweepToFill, allOrNone, minQty
        ocaType = reader.readInt();
        reader.skip(3);                                     // eTradeOnly, firmQuoteOnly, nbboPriceCap
        parentId = reader.readInt();
        reader.skip(3);                                     // triggerMethod, volatility, volatilityType
        OrderBlocks.skipDeltaNeutralOrder(reader, DELTA_NEUTRAL_OPEN_ORDER_FIELDS);
        reader.skip(2);                                     // continuousUpdate, referencePriceType
        trailStopPrice = reader.readPriceMax();
        trailingPercent = reader.readPriceMax();
        reader.skip(3);                                     // basisPoints, basisPointsType, comboLegsDescrip
        OrderBlocks.skipComboLegs(reader);
        OrderBlocks.skipScale(reader);
        OrderBlocks.skipIfNonEmpty(reader, 1);              // hedgeType [hedgeParam]
        reader.skip(4);                                     // optOutSmartRouting, clearing x2, notHeld
        OrderBlocks.skipDeltaNeutralContract(reader);
        OrderBlocks.skipAlgo(reader);
        reader.skip(1);                                     // solicited
        whatIf = reader.readBoolean();
        readStatus(reader);
        return reader.error();
    }

    /**
     * The API order id; 0 for a manual TWS order not bound to the API.
     */
    public int orderId()
    {
        return orderId;
    }

    /**
     * The API client that placed the order.
     */
    public int clientId()
    {
        return clientId;
    }

    /**
     * Parent's order id for bracket children; 0 for none.
     */
    public int parentId()
    {
        return parentId;
    }

    /**
     * True for a what-if preview answer (the order was not placed).
     */
    public boolean whatIf()
    {
        return whatIf;
    }
}
