package io.ringfence.codecs.tws;

import io.ringfence.codecs.Price;
import org.agrona.DirectBuffer;

import static io.ringfence.codecs.tws.TwsServerVersion.CME_TAGGING_FIELDS;
import static io.ringfence.codecs.tws.TwsServerVersion.CUSTOMER_ACCOUNT;
import static io.ringfence.codecs.tws.TwsServerVersion.FA_PROFILE_DESUPPORT;
import static io.ringfence.codecs.tws.TwsServerVersion.INCLUDE_OVERNIGHT;
import static io.ringfence.codecs.tws.TwsServerVersion.PROFESSIONAL_CUSTOMER;

/**
 * PLACE_ORDER (3) as a gateway reads it, sequentially with every gate of server versions 176..193
 * and every conditional block of IB's {@code EClient.placeOrder} (combo legs, delta-neutral, scale,
 * hedge, algo, PEG BENCH, conditions, IBKRATS / PEG BEST / PEG MID), so orders from IB Java,
 * {@code @stoqey/ib} or this codec decode alike. Fields a {@link TwsOrder} does not hold are skipped.
 * Extra fields after the layout are {@link TwsProtocolError#TRAILING_FIELDS}.
 */
final class PlaceOrderDecoder
{
    private static final int COMBO_LEG_FIELDS = 8;
    private static final int DELTA_NEUTRAL_ORDER_FIELDS = 8;
    private static final int SCALE_EXTENSION_FIELDS = 7;
    private static final int DELTA_NEUTRAL_CONTRACT_FIELDS = 3;
    private static final int PEG_BENCH_FIELDS = 5;
    private static final int MAX_COUNT = 1024;

    private TwsFieldReader reader;

    /**
     * Decode the fields after the message id into {@code order} (which is reset first).
     *
     * @return {@link TwsProtocolError#NONE} or why the frame is malformed.
     */
    TwsProtocolError decode(final TwsFieldReader reader, final int serverVersion, final TwsOrder order)
    {
        this.reader = reader;
        order.reset();
        order.orderId(reader.readInt());

        readContract(order);
        readMainFields(order);

        reader.skip(4);                                     // sharesAllocation, discretionaryAmt, goodAfter/TillTime
        reader.skip(3);                                     // faGroup, faMethod, faPercentage
        if (serverVersion < FA_PROFILE_DESUPPORT)
        {
            reader.skip(1);                                 // faProfile
        }
        reader.skip(4);                                     // modelCode, shortSaleSlot, designatedLocation, exemptCode
        order.ocaType(reader.readInt());
        reader.skip(14);                                    // rule80A .. stockRangeUpper
        reader.skip(3);                                     // overridePercentageConstraints, volatility(+Type)
        reader.next();                                      // deltaNeutralOrderType
        final boolean hasDeltaNeutralOrder = reader.fieldLength() > 0;
        reader.skip(1);                                     // deltaNeutralAuxPrice
        if (hasDeltaNeutralOrder)
        {
            reader.skip(DELTA_NEUTRAL_ORDER_FIELDS);
        }
        reader.skip(2);                                     // continuousUpdate, referencePriceType
        order.trailStopPrice(reader.readPriceMax());
        order.trailingPercent(reader.readPriceMax());
        reader.skip(2);                                     // scaleInitLevelSize, scaleSubsLevelSize
        final long scalePriceIncrement = reader.readPriceMax();
        if (Price.NULL != scalePriceIncrement && scalePriceIncrement > 0)
        {
            reader.skip(SCALE_EXTENSION_FIELDS);
        }
        reader.skip(3);                                     // scaleTable, activeStartTime, activeStopTime
        skipIfNonEmpty(1);                                  // hedgeType [, hedgeParam]
        reader.skip(4);                                     // optOutSmartRouting, clearing account/intent, notHeld
        if (reader.readBoolean())
        {
            reader.skip(DELTA_NEUTRAL_CONTRACT_FIELDS);
        }
        reader.next();                                      // algoStrategy
        if (reader.fieldLength() > 0)
        {
            reader.skip(2 * readCount());
        }
        reader.skip(1);                                     // algoId
        order.whatIf(reader.readBoolean());
        reader.skip(4);                                     // orderMiscOptions, solicited, randomizeSize/Price

        readConditionsAndAdjustments(order);

        reader.skip(8);                                     // extOperator, softDollarTier x2, cashQty, mifid2 x4
        reader.skip(9);                                     // dontUseAutoPriceForHedge .. manualOrderTime
        readPegBestMidBlock(order);
        if (serverVersion >= CUSTOMER_ACCOUNT)
        {
            reader.skip(1);
        }
        if (serverVersion >= PROFESSIONAL_CUSTOMER)
        {
            reader.skip(1);
        }
        if (TwsServerVersion.hasRfqPlaceholders(serverVersion))
        {
            reader.skip(2);
        }
        if (serverVersion >= INCLUDE_OVERNIGHT)
        {
            reader.skip(1);
        }
        if (serverVersion >= CME_TAGGING_FIELDS)
        {
            reader.skip(1);                                 // manualOrderIndicator
        }
        if (reader.isOk() && reader.hasRemaining())
        {
            reader.fail(TwsProtocolError.TRAILING_FIELDS);
        }
        return reader.error();
    }

    private void readContract(final TwsOrder order)
    {
        order.conId(reader.readInt());
        reader.readAscii(order.symbol());
        reader.readAscii(order.secType());
        reader.skip(4);                                     // lastTradeDate, strike, right, multiplier
        reader.readAscii(order.exchange());
        reader.readAscii(order.primaryExchange());
        reader.readAscii(order.currency());
        reader.skip(4);                                     // localSymbol, tradingClass, secIdType, secId
    }

    private void readMainFields(final TwsOrder order)
    {
        reader.readAscii(order.actionText());
        order.side(TwsEnums.side(order.actionText().buffer(), 0, order.actionText().length()));
        order.totalQuantity(reader.readQuantity());
        reader.readAscii(order.orderTypeText());
        order.orderType(TwsEnums.orderType(order.orderTypeText().buffer(), 0, order.orderTypeText().length()));
        order.limitPrice(reader.readPriceMax());
        order.auxPrice(reader.readPriceMax());

        reader.readAscii(order.timeInForceText());
        order.timeInForce(TwsEnums.timeInForce(
            order.timeInForceText().buffer(), 0, order.timeInForceText().length()));
        reader.readAscii(order.ocaGroup());
        reader.readAscii(order.account());
        reader.skip(2);                                     // openClose, origin
        reader.readAscii(order.orderRef());
        order.transmit(reader.readBoolean());
        order.parentId(reader.readInt());
        reader.skip(4);                                     // blockOrder, sweepToFill, displaySize, triggerMethod
        order.outsideRth(reader.readBoolean());
        order.hidden(reader.readBoolean());

        if (order.secType().contentEquals("BAG"))
        {
            reader.skip(COMBO_LEG_FIELDS * readCount());    // comboLegs
            reader.skip(readCount());                       // orderComboLegs prices
            reader.skip(2 * readCount());                   // smartComboRoutingParams
        }
    }

    private void readConditionsAndAdjustments(final TwsOrder order)
    {
        if (order.orderTypeText().contentEquals("PEG BENCH"))
        {
            reader.skip(PEG_BENCH_FIELDS);
        }
        final int conditionCount = readCount();
        for (int i = 0; i < conditionCount && reader.isOk(); i++)
        {
            reader.skip(conditionFieldCount(reader.readInt()));
        }
        if (conditionCount > 0)
        {
            reader.skip(2);                                 // conditionsIgnoreRth, conditionsCancelOrder
        }
        reader.skip(2);                                     // adjustedOrderType, triggerPrice
        order.limitPriceOffset(reader.readPriceMax());
        reader.skip(4);                                     // adjusted stop / stop limit / trailing amount, unit
    }

    private void readPegBestMidBlock(final TwsOrder order)
    {
        if (order.exchange().contentEquals("IBKRATS"))
        {
            reader.skip(1);                                 // minTradeQty
        }
        boolean midOffsets = order.orderTypeText().contentEquals("PEG MID");
        if (order.orderTypeText().contentEquals("PEG BEST"))
        {
            reader.skip(1);                                 // minCompeteSize
            reader.next();                                  // competeAgainstBestOffset; Infinity = up to mid
            midOffsets = reader.fieldLength() > 0 && isInfinity(reader.buffer(), reader.fieldOffset());
        }
        if (midOffsets)
        {
            reader.skip(2);                                 // midOffsetAtWhole, midOffsetAtHalf
        }
    }

    private int conditionFieldCount(final int conditionType)
    {
        switch (conditionType)
        {
            case 1:                                         // price: conjunction, isMore, value, conId,
                                                            // exchange, triggerMethod
                return 6;
            case 3:                                         // time
            case 4:                                         // margin: conjunction, isMore, value
                return 3;
            case 5:                                         // execution: conjunction, secType, exchange, symbol
                return 4;
            case 6:                                         // volume
            case 7:                                         // percent change: conjunction, isMore, value,
                                                            // conId, exchange
                return 5;
            default:
                reader.fail(TwsProtocolError.UNKNOWN_CONDITION_TYPE);
                return 0;
        }
    }

    private void skipIfNonEmpty(final int fieldCount)
    {
        reader.next();
        if (reader.fieldLength() > 0)
        {
            reader.skip(fieldCount);
        }
    }

    private int readCount()
    {
        final int count = reader.readInt();
        if (count < 0 || count > MAX_COUNT)
        {
            reader.fail(TwsProtocolError.INVALID_COUNT);
            return 0;
        }
        return count;
    }

    private static boolean isInfinity(final DirectBuffer buffer, final int offset)
    {
        final byte first = buffer.getByte(offset);
        return 'I' == first || 'i' == first;
    }
}
