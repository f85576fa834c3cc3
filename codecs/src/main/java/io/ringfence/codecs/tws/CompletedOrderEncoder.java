package io.ringfence.codecs.tws;

import org.agrona.MutableDirectBuffer;

import static io.ringfence.codecs.tws.TwsServerVersion.CUSTOMER_ACCOUNT;
import static io.ringfence.codecs.tws.TwsServerVersion.PROFESSIONAL_CUSTOMER;

/**
 * COMPLETED_ORDER (101), gateway to client, for a plain order: no version field and no order id
 * (protocol sheet section 5.5); 98 fields at 184..193, 97 at 183, 96 below. Sent once per order that
 * filled or was cancelled today, in answer to REQ_COMPLETED_ORDERS.
 */
public final class CompletedOrderEncoder
{
    /**
     * Upper bound of an encoded frame, for sizing send buffers.
     */
    public static final int MAX_FRAME_LENGTH_BYTES = 1024;

    private final TwsFieldWriter writer = new TwsFieldWriter();

    /**
     * @param order           the order; its orderId and clientId are not on the wire.
     * @param status          OrderState status, e.g. {@link TwsOrderStatus#FILLED}.
     * @param filledQuantity  whole units filled.
     * @param completedTime   e.g. {@code 20240102 15:59:59 America/New_York}.
     * @param completedStatus e.g. {@code Filled}, {@code Cancelled by Trader}.
     * @return frame length in bytes, prefix included.
     */
    public int encode(
        final MutableDirectBuffer buffer,
        final int offset,
        final int serverVersion,
        final TwsOrder order,
        final long permId,
        final TwsOrderStatus status,
        final long filledQuantity,
        final CharSequence completedTime,
        final CharSequence completedStatus)
    {
        final TwsFieldWriter w = writer.beginFrame(buffer, offset);
        w.putInt(TwsMessageId.COMPLETED_ORDER);
        OpenOrderEncoder.putContract(w, order);
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
            .putLong(permId)
            .putBoolean(order.outsideRth())
            .putBoolean(order.hidden())
            .putInt(0)                          // discretionaryAmt
            .putEmpty()                         // goodAfterTime
            .putEmpty(3)                        // faGroup, faMethod, faPercentage
            .putEmpty()                         // modelCode
            .putEmpty()                         // goodTillDate
            .putEmpty()                         // rule80A
            .putEmpty()                         // percentOffset
            .putEmpty()                         // settlingFirm
            .putInt(0)                          // shortSaleSlot
            .putEmpty()                         // designatedLocation
            .putInt(-1)                         // exemptCode
            .putEmpty(5)                        // startingPrice, stockRefPrice, delta, stockRange lower/upper
            .putEmpty()                         // displaySize
            .putBoolean(false)                  // sweepToFill
            .putBoolean(false)                  // allOrNone
            .putEmpty()                         // minQty
            .putInt(order.ocaType())
            .putInt(0)                          // triggerMethod
            .putEmpty()                         // volatility
            .putInt(0)                          // volatilityType
            .putEmpty()                         // deltaNeutralOrderType
            .putEmpty()                         // deltaNeutralAuxPrice
            .putInt(0)                          // continuousUpdate
            .putInt(0)                          // referencePriceType
            .putPrice(order.trailStopPrice())
            .putPrice(order.trailingPercent())
            .putEmpty()                         // comboLegsDescrip
            .putInt(0)                          // comboLegs count
            .putInt(0)                          // orderComboLegs count
            .putInt(0)                          // smartComboRoutingParams count
            .putEmpty(3)                        // scaleInitLevelSize, scaleSubsLevelSize, scalePriceIncrement
            .putEmpty()                         // hedgeType
            .putEmpty()                         // clearingAccount
            .putEmpty()                         // clearingIntent
            .putBoolean(false)                  // notHeld
            .putBoolean(false)                  // deltaNeutralContract present
            .putEmpty()                         // algoStrategy
            .putBoolean(false)                  // solicited
            .putAscii(status.text())
            .putBoolean(false)                  // randomizeSize
            .putBoolean(false)                  // randomizePrice
            .putInt(0)                          // conditions count
            .putPrice(order.trailStopPrice())
            .putPrice(order.limitPriceOffset())
            .putEmpty()                         // cashQty
            .putBoolean(false)                  // dontUseAutoPriceForHedge
            .putBoolean(false)                  // isOmsContainer
            .putEmpty()                         // autoCancelDate
            .putQuantity(filledQuantity)
            .putInt(0)                          // refFuturesConId
            .putBoolean(false)                  // autoCancelParent
            .putEmpty()                         // shareholder
            .putBoolean(false)                  // imbalanceOnly
            .putBoolean(false)                  // routeMarketableToBbo
            .putLong(0)                         // parentPermId
            .putAscii(completedTime)
            .putAscii(completedStatus)
            .putEmpty(5);                       // minTradeQty, minCompeteSize, competeAgainstBestOffset, mid offsets
        if (serverVersion >= CUSTOMER_ACCOUNT)
        {
            w.putEmpty();                       // customerAccount
        }
        if (serverVersion >= PROFESSIONAL_CUSTOMER)
        {
            w.putBoolean(false);                // professionalCustomer
        }
        return w.endFrame();
    }
}
