package io.ringfence.codecs.tws;

import org.agrona.MutableDirectBuffer;

import static io.ringfence.codecs.tws.TwsServerVersion.CME_TAGGING_FIELDS;
import static io.ringfence.codecs.tws.TwsServerVersion.CUSTOMER_ACCOUNT;
import static io.ringfence.codecs.tws.TwsServerVersion.FA_PROFILE_DESUPPORT;
import static io.ringfence.codecs.tws.TwsServerVersion.INCLUDE_OVERNIGHT;
import static io.ringfence.codecs.tws.TwsServerVersion.PROFESSIONAL_CUSTOMER;

/**
 * PLACE_ORDER (3), client to gateway, for a plain (non-combo, non-algo, unconditional) order at a
 * negotiated server version of 176..193: 118 fields at 193, the sequence of IB's
 * {@code EClient.placeOrder} (protocol sheet section 4.1). Unset optional values are written as
 * empty fields; plain fields carry IB Java's defaults ({@code 0}, {@code -1} for exemptCode).
 * <p>
 * {@link #encode} writes one complete frame, length prefix included, and returns its length.
 * A frame for an order with fields at their capacities stays below
 * {@link #MAX_FRAME_LENGTH_BYTES}.
 */
public final class PlaceOrderEncoder
{
    /**
     * Upper bound of an encoded frame, for sizing send buffers.
     */
    public static final int MAX_FRAME_LENGTH_BYTES = 1024;

    private static final String IBKRATS = "IBKRATS";

    private final TwsFieldWriter writer = new TwsFieldWriter();

    /**
     * @param buffer        destination.
     * @param offset        where the frame (length prefix first) starts.
     * @param serverVersion negotiated version, 176..193.
     * @param order         the order; its side, order type and time in force must be set.
     * @return frame length in bytes, prefix included.
     * @throws IllegalArgumentException if an enum is {@code NULL_VAL}: a bug in the caller, never sent as a guess.
     */
    public int encode(final MutableDirectBuffer buffer, final int offset, final int serverVersion, final TwsOrder order)
    {
        final TwsFieldWriter w = writer.beginFrame(buffer, offset);
        w.putInt(TwsMessageId.PLACE_ORDER).putInt(order.orderId());

        // Contract.
        w.putInt(order.conId())
            .putAscii(order.symbol())
            .putAscii(order.secType())
            .putEmpty()                         // lastTradeDateOrContractMonth
            .putInt(0)                          // strike
            .putEmpty()                         // right
            .putEmpty()                         // multiplier
            .putAscii(order.exchange())
            .putAscii(order.primaryExchange())
            .putAscii(order.currency())
            .putEmpty()                         // localSymbol
            .putEmpty()                         // tradingClass
            .putEmpty()                         // secIdType
            .putEmpty();                        // secId

        // Main order fields.
        w.putAscii(TwsEnums.actionText(order.side()))
            .putQuantity(order.totalQuantity())
            .putAscii(TwsEnums.orderTypeText(order.orderType()))
            .putPrice(order.limitPrice())
            .putPrice(order.auxPrice());

        // Extended order fields.
        w.putAscii(TwsEnums.timeInForceText(order.timeInForce()))
            .putAscii(order.ocaGroup())
            .putAscii(order.account())
            .putEmpty()                         // openClose
            .putInt(0)                          // origin: customer
            .putAscii(order.orderRef())
            .putBoolean(order.transmit())
            .putInt(order.parentId())
            .putBoolean(false)                  // blockOrder
            .putBoolean(false)                  // sweepToFill
            .putInt(0)                          // displaySize
            .putInt(0)                          // triggerMethod
            .putBoolean(order.outsideRth())
            .putBoolean(order.hidden())
            .putEmpty()                         // sharesAllocation (deprecated)
            .putInt(0)                          // discretionaryAmt
            .putEmpty()                         // goodAfterTime
            .putEmpty()                         // goodTillDate
            .putEmpty(3);                       // faGroup, faMethod, faPercentage
        if (serverVersion < FA_PROFILE_DESUPPORT)
        {
            w.putEmpty();                       // faProfile
        }
        w.putEmpty()                            // modelCode
            .putInt(0)                          // shortSaleSlot
            .putEmpty()                         // designatedLocation
            .putInt(-1)                         // exemptCode
            .putInt(order.ocaType())
            .putEmpty()                         // rule80A
            .putEmpty()                         // settlingFirm
            .putBoolean(false)                  // allOrNone
            .putEmpty()                         // minQty
            .putEmpty()                         // percentOffset
            .putBoolean(false)                  // eTradeOnly: must be 0
            .putBoolean(false)                  // firmQuoteOnly: must be 0
            .putEmpty()                         // nbboPriceCap
            .putInt(0)                          // auctionStrategy
            .putEmpty(5)                        // startingPrice, stockRefPrice, delta, stockRange lower/upper
            .putBoolean(false)                  // overridePercentageConstraints
            .putEmpty()                         // volatility
            .putEmpty()                         // volatilityType
            .putEmpty()                         // deltaNeutralOrderType
            .putEmpty()                         // deltaNeutralAuxPrice
            .putInt(0)                          // continuousUpdate
            .putEmpty()                         // referencePriceType
            .putPrice(order.trailStopPrice())
            .putPrice(order.trailingPercent())
            .putEmpty(3)                        // scaleInitLevelSize, scaleSubsLevelSize, scalePriceIncrement
            .putEmpty(3)                        // scaleTable, activeStartTime, activeStopTime
            .putEmpty()                         // hedgeType
            .putBoolean(false)                  // optOutSmartRouting
            .putEmpty()                         // clearingAccount
            .putEmpty()                         // clearingIntent
            .putBoolean(false)                  // notHeld
            .putBoolean(false)                  // deltaNeutralContract present
            .putEmpty()                         // algoStrategy
            .putEmpty()                         // algoId
            .putBoolean(order.whatIf())
            .putEmpty()                         // orderMiscOptions
            .putBoolean(false)                  // solicited
            .putBoolean(false)                  // randomizeSize
            .putBoolean(false)                  // randomizePrice
            .putInt(0)                          // conditions count
            .putEmpty()                         // adjustedOrderType
            .putEmpty()                         // triggerPrice
            .putPrice(order.limitPriceOffset())
            .putEmpty(3)                        // adjustedStopPrice, adjustedStopLimitPrice, adjustedTrailingAmount
            .putInt(0)                          // adjustableTrailingUnit
            .putEmpty()                         // extOperator
            .putEmpty(2)                        // softDollarTier name, value
            .putEmpty()                         // cashQty
            .putEmpty(4)                        // mifid2 decision maker/algo, execution trader/algo
            .putBoolean(false)                  // dontUseAutoPriceForHedge
            .putBoolean(false)                  // isOmsContainer
            .putBoolean(false)                  // discretionaryUpToLimitPrice
            .putEmpty()                         // usePriceMgmtAlgo (null)
            .putEmpty()                         // duration
            .putEmpty()                         // postToAts
            .putBoolean(false)                  // autoCancelParent
            .putEmpty()                         // advancedErrorOverride
            .putEmpty();                        // manualOrderTime
        if (order.exchange().contentEquals(IBKRATS))
        {
            w.putEmpty();                       // minTradeQty
        }
        if (serverVersion >= CUSTOMER_ACCOUNT)
        {
            w.putEmpty();                       // customerAccount
        }
        if (serverVersion >= PROFESSIONAL_CUSTOMER)
        {
            w.putBoolean(false);                // professionalCustomer
        }
        if (TwsServerVersion.hasRfqPlaceholders(serverVersion))
        {
            w.putEmpty().putInt(Integer.MAX_VALUE);
        }
        if (serverVersion >= INCLUDE_OVERNIGHT)
        {
            w.putBoolean(false);                // includeOvernight
        }
        if (serverVersion >= CME_TAGGING_FIELDS)
        {
            w.putEmpty();                       // manualOrderIndicator
        }
        return w.endFrame();
    }
}
