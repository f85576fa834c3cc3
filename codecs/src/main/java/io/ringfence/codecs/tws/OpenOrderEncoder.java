package io.ringfence.codecs.tws;

import org.agrona.MutableDirectBuffer;

import static io.ringfence.codecs.tws.TwsServerVersion.BOND_ACCRUED_INTEREST;
import static io.ringfence.codecs.tws.TwsServerVersion.CME_TAGGING_FIELDS_IN_OPEN_ORDER;
import static io.ringfence.codecs.tws.TwsServerVersion.CUSTOMER_ACCOUNT;
import static io.ringfence.codecs.tws.TwsServerVersion.FA_PROFILE_DESUPPORT;
import static io.ringfence.codecs.tws.TwsServerVersion.INCLUDE_OVERNIGHT;
import static io.ringfence.codecs.tws.TwsServerVersion.PROFESSIONAL_CUSTOMER;

/**
 * OPEN_ORDER (5), gateway to client, for a plain order (no combo, delta-neutral, scale, hedge, algo,
 * PEG BENCH or conditions) at server versions 176..193: 133 fields at 193, 131 at 189..192, 130 at
 * 185..188, 129 at 184, 128 at 183, 127 at 177..182 and 128 at 176 (faProfile). The sequence is IB's
 * {@code EDecoder.processOpenOrderMsg} (protocol sheet section 5.4), which {@code @stoqey/ib} checks
 * field by field. OrderState margin and commission fields are empty (not a what-if preview).
 */
public final class OpenOrderEncoder
{
    /**
     * Upper bound of an encoded frame, for sizing send buffers.
     */
    public static final int MAX_FRAME_LENGTH_BYTES = 1024;

    private final TwsFieldWriter writer = new TwsFieldWriter();

    /**
     * @param order  the order as the gateway holds it; its {@link TwsOrder#clientId()} is the owner.
     * @param permId the gateway's permanent id.
     * @param status OrderState status.
     * @return frame length in bytes, prefix included.
     */
    public int encode(
        final MutableDirectBuffer buffer,
        final int offset,
        final int serverVersion,
        final TwsOrder order,
        final long permId,
        final TwsOrderStatus status)
    {
        final TwsFieldWriter w = writer.beginFrame(buffer, offset);
        w.putInt(TwsMessageId.OPEN_ORDER).putInt(order.orderId());
        putContract(w, order);
        w.putAscii(TwsEnums.actionText(order.side()))
            .putQuantity(order.totalQuantity())
            .putAscii(TwsEnums.orderTypeText(order.orderType()))
            .putPrice(order.limitPrice())
            .putPrice(order.auxPrice())
            .putAscii(TwsEnums.timeInForceText(order.timeInForce()))
            .putAscii(order.ocaGroup())
            .putAscii(order.account())
            .putEmpty()                         // openClose
            .putInt(0)                          // origin
            .putAscii(order.orderRef())
            .putInt(order.clientId())
            .putLong(permId)
            .putBoolean(order.outsideRth())
            .putBoolean(order.hidden())
            .putInt(0)                          // discretionaryAmt
            .putEmpty()                         // goodAfterTime
            .putEmpty()                         // sharesAllocation
            .putEmpty(3);                       // faGroup, faMethod, faPercentage
        if (serverVersion < FA_PROFILE_DESUPPORT)
        {
            w.putEmpty();                       // faProfile
        }
        w.putEmpty()                            // modelCode
            .putEmpty()                         // goodTillDate
            .putEmpty()                         // rule80A
            .putEmpty()                         // percentOffset
            .putEmpty()                         // settlingFirm
            .putInt(0)                          // shortSaleSlot
            .putEmpty()                         // designatedLocation
            .putInt(-1)                         // exemptCode
            .putInt(0)                          // auctionStrategy
            .putEmpty(5)                        // startingPrice, stockRefPrice, delta, stockRange lower/upper
            .putEmpty()                         // displaySize
            .putBoolean(false)                  // blockOrder
            .putBoolean(false)                  // sweepToFill
            .putBoolean(false)                  // allOrNone
            .putEmpty()                         // minQty
            .putInt(order.ocaType())
            .putBoolean(false)                  // eTradeOnly
            .putBoolean(false)                  // firmQuoteOnly
            .putEmpty()                         // nbboPriceCap
            .putInt(order.parentId())
            .putInt(0)                          // triggerMethod
            .putEmpty()                         // volatility
            .putInt(0)                          // volatilityType
            .putEmpty()                         // deltaNeutralOrderType
            .putEmpty()                         // deltaNeutralAuxPrice
            .putInt(0)                          // continuousUpdate
            .putInt(0)                          // referencePriceType
            .putPrice(order.trailStopPrice())
            .putPrice(order.trailingPercent())
            .putEmpty()                         // basisPoints
            .putEmpty()                         // basisPointsType
            .putEmpty()                         // comboLegsDescrip
            .putInt(0)                          // comboLegs count
            .putInt(0)                          // orderComboLegs count
            .putInt(0)                          // smartComboRoutingParams count
            .putEmpty(3)                        // scaleInitLevelSize, scaleSubsLevelSize, scalePriceIncrement
            .putEmpty()                         // hedgeType
            .putBoolean(false)                  // optOutSmartRouting
            .putEmpty()                         // clearingAccount
            .putEmpty()                         // clearingIntent
            .putBoolean(false)                  // notHeld
            .putBoolean(false)                  // deltaNeutralContract present
            .putEmpty()                         // algoStrategy
            .putBoolean(false)                  // solicited
            .putBoolean(order.whatIf())
            .putAscii(status.text())
            .putEmpty(9)                        // margin before / change / after (3 x 3)
            .putEmpty(3)                        // commission, minCommission, maxCommission
            .putEmpty()                         // commissionCurrency
            .putEmpty()                         // warningText
            .putBoolean(false)                  // randomizeSize
            .putBoolean(false)                  // randomizePrice
            .putInt(0)                          // conditions count
            .putEmpty()                         // adjustedOrderType
            .putEmpty()                         // triggerPrice
            .putPrice(order.trailStopPrice())
            .putPrice(order.limitPriceOffset())
            .putEmpty(3)                        // adjustedStopPrice, adjustedStopLimitPrice, adjustedTrailingAmount
            .putInt(0)                          // adjustableTrailingUnit
            .putEmpty(3)                        // softDollarTier name, value, displayName
            .putEmpty()                         // cashQty
            .putBoolean(false)                  // dontUseAutoPriceForHedge
            .putBoolean(false)                  // isOmsContainer
            .putBoolean(false)                  // discretionaryUpToLimitPrice
            .putBoolean(false)                  // usePriceMgmtAlgo
            .putEmpty()                         // duration
            .putEmpty()                         // postToAts
            .putBoolean(false)                  // autoCancelParent
            .putEmpty(5);                       // minTradeQty, minCompeteSize, competeAgainstBestOffset, mid offsets
        if (serverVersion >= CUSTOMER_ACCOUNT)
        {
            w.putEmpty();                       // customerAccount
        }
        if (serverVersion >= PROFESSIONAL_CUSTOMER)
        {
            w.putBoolean(false);                // professionalCustomer
        }
        if (serverVersion >= BOND_ACCRUED_INTEREST)
        {
            w.putEmpty();                       // bondAccruedInterest
        }
        if (serverVersion >= INCLUDE_OVERNIGHT)
        {
            w.putBoolean(false);                // includeOvernight
        }
        if (serverVersion >= CME_TAGGING_FIELDS_IN_OPEN_ORDER)
        {
            w.putEmpty().putEmpty();            // extOperator, manualOrderIndicator
        }
        return w.endFrame();
    }

    static void putContract(final TwsFieldWriter w, final TwsOrder order)
    {
        w.putInt(order.conId())
            .putAscii(order.symbol())
            .putAscii(order.secType())
            .putEmpty()                         // lastTradeDateOrContractMonth
            .putInt(0)                          // strike
            .putEmpty()                         // right
            .putEmpty()                         // multiplier
            .putAscii(order.exchange())
            .putAscii(order.currency())
            .putAscii(order.symbol())           // localSymbol: a stock's is its symbol
            .putEmpty();                        // tradingClass
    }
}
