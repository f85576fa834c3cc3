package io.ringfence.codecs.tws;

import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.sbe.Side;
import io.ringfence.codecs.sbe.TimeInForce;
import org.agrona.ExpandableArrayBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Golden bytes of PLACE_ORDER at server version 193, field by field per protocol sheet 4.1 and
 * IB's {@code EClient.placeOrder}.
 */
class PlaceOrderEncoderTest
{
    /**
     * BUY 100 AAPL MKT DAY, account DU123456, orderRef k-0001, order id 1001, sv 193: 118 fields.
     */
    static final String[] MARKET_ORDER_AT_193 = {
        "3", "1001",                                        // msgId, orderId
        "0", "AAPL", "STK", "", "0", "", "", "SMART", "", "USD", "", "", "", "",   // contract (conId .. secId)
        "BUY", "100", "MKT", "", "",                        // action, totalQuantity, orderType, lmtPrice, auxPrice
        "DAY", "", "DU123456", "", "0", "k-0001",           // tif, ocaGroup, account, openClose, origin, orderRef
        "1", "0",                                           // transmit, parentId
        "0", "0", "0", "0", "0", "0",                       // blockOrder, sweepToFill, displaySize, triggerMethod, outsideRth, hidden
        "", "0", "", "", "", "", "",                        // sharesAllocation, discretionaryAmt, goodAfterTime, goodTillDate, fa x3
        "", "0", "", "-1", "0",                             // modelCode, shortSaleSlot, designatedLocation, exemptCode, ocaType
        "", "", "0", "", "",                                // rule80A, settlingFirm, allOrNone, minQty, percentOffset
        "0", "0", "", "0",                                  // eTradeOnly, firmQuoteOnly, nbboPriceCap, auctionStrategy
        "", "", "", "", "",                                 // startingPrice, stockRefPrice, delta, stockRangeLower/Upper
        "0", "", "", "", "", "0", "",                       // overridePct, volatility, volType, dnOrderType, dnAuxPrice, contUpdate, refPriceType
        "", "",                                             // trailStopPrice, trailingPercent
        "", "", "", "", "", "",                             // scale init/subs/increment, scaleTable, activeStart/StopTime
        "", "0", "", "", "0", "0",                          // hedgeType, optOutSmartRouting, clearing acct/intent, notHeld, dnContract
        "", "", "0", "", "0", "0", "0",                     // algoStrategy, algoId, whatIf, miscOptions, solicited, randomize x2
        "0", "", "", "", "", "", "", "0",                   // conditions, adjustedOrderType, triggerPrice, lmtPriceOffset, adjusted x3, unit
        "", "", "", "",                                     // extOperator, softDollarTier name/value, cashQty
        "", "", "", "",                                     // mifid2 decisionMaker/Algo, executionTrader/Algo
        "0", "0", "0", "",                                  // dontUseAutoPriceForHedge, isOmsContainer, discretionaryUpToLimit, usePriceMgmtAlgo
        "", "", "0", "", "",                                // duration, postToAts, autoCancelParent, advancedErrorOverride, manualOrderTime
        "", "0", "0", "",                                   // customerAccount, professionalCustomer, includeOvernight, manualOrderIndicator
    };

    private final ExpandableArrayBuffer buffer = new ExpandableArrayBuffer(2048);
    private final PlaceOrderEncoder encoder = new PlaceOrderEncoder();

    static TwsOrder marketOrder()
    {
        final TwsOrder order = new TwsOrder().orderId(1001).side(Side.BUY).totalQuantity(100).orderType(OrderType.MARKET);
        order.symbol().set("AAPL");
        order.account().set("DU123456");
        order.orderRef().set("k-0001");
        return order;
    }

    @Test
    void shouldWriteExactFieldsWhenEncodingMarketOrderAt193()
    {
        final int length = encoder.encode(buffer, 0, 193, marketOrder());

        assertThat(MARKET_ORDER_AT_193).hasSize(118);
        assertThat(TwsTestFrames.fields(buffer, 0, length)).containsExactly(MARKET_ORDER_AT_193);
        assertThat(Arrays.copyOf(buffer.byteArray(), length))
            .containsExactly(TwsTestFrames.frame(MARKET_ORDER_AT_193));
    }

    @Test
    void shouldWriteExactFieldsWhenEncodingLimitOrderAt193()
    {
        final TwsOrder order = marketOrder().orderType(OrderType.LIMIT).limitPrice(15_025_000_000L)
            .side(Side.SELL).timeInForce(TimeInForce.GTC).outsideRth(true);
        final String[] expected = MARKET_ORDER_AT_193.clone();
        expected[16] = "SELL";
        expected[18] = "LMT";
        expected[19] = "150.25";
        expected[21] = "GTC";
        expected[33] = "1";                                 // outsideRth

        final int length = encoder.encode(buffer, 0, 193, order);

        assertThat(TwsTestFrames.fields(buffer, 0, length)).containsExactly(expected);
        assertThat(Arrays.copyOf(buffer.byteArray(), length)).containsExactly(TwsTestFrames.frame(expected));
    }

    @ParameterizedTest
    @ValueSource(ints = { 176, 177, 182, 183, 184, 186, 187, 188, 189, 190, 191, 192, 193 })
    void shouldHonourVersionGatesWhenEncodingAtOlderServers(final int serverVersion)
    {
        final int length = encoder.encode(buffer, 0, serverVersion, marketOrder());

        assertThat(TwsTestFrames.fields(buffer, 0, length)).hasSize(expectedFieldCount(serverVersion));
    }

    static int expectedFieldCount(final int serverVersion)
    {
        int count = 114;                                    // up to manualOrderTime, faProfile excluded
        count += serverVersion < 177 ? 1 : 0;
        count += serverVersion >= 183 ? 1 : 0;
        count += serverVersion >= 184 ? 1 : 0;
        count += serverVersion >= 187 && serverVersion < 190 ? 2 : 0;
        count += serverVersion >= 189 ? 1 : 0;
        count += serverVersion >= 192 ? 1 : 0;
        return count;
    }

    @Test
    void shouldWritePricesOfEveryOrderTypeWhenSet()
    {
        final TwsOrder order = marketOrder().orderType(OrderType.TRAILING_STOP_LIMIT)
            .auxPrice(Price.parse("0.5")).trailStopPrice(Price.parse("99.1")).limitPriceOffset(Price.parse("0.0001"))
            .trailingPercent(Price.NULL).parentId(77).transmit(false).ocaType(1);
        order.ocaGroup().set("OCA-1");

        final int length = encoder.encode(buffer, 0, 193, order);
        final String[] fields = TwsTestFrames.fields(buffer, 0, length).toArray(new String[0]);

        assertThat(fields[18]).isEqualTo("TRAIL LIMIT");
        assertThat(fields[20]).isEqualTo("0.5");
        assertThat(fields[22]).isEqualTo("OCA-1");
        assertThat(fields[27]).isEqualTo("0");              // transmit
        assertThat(fields[28]).isEqualTo("77");             // parentId
        assertThat(fields[46]).isEqualTo("1");              // ocaType
        assertThat(fields[68]).isEqualTo("99.1");           // trailStopPrice
        assertThat(fields[92]).isEqualTo("0.0001");         // lmtPriceOffset
    }

    @Test
    void shouldStayWithinMaximumFrameLengthWhenFieldsAreFull()
    {
        final TwsOrder order = marketOrder();
        order.symbol().set("S".repeat(TwsOrder.SYMBOL_CAPACITY));
        order.account().set("A".repeat(TwsOrder.ACCOUNT_CAPACITY));
        order.orderRef().set("R".repeat(TwsOrder.ORDER_REF_CAPACITY));
        order.ocaGroup().set("O".repeat(TwsOrder.OCA_GROUP_CAPACITY));
        order.primaryExchange().set("P".repeat(TwsOrder.CODE_CAPACITY));
        order.limitPrice(-Long.MAX_VALUE).auxPrice(-Long.MAX_VALUE).trailStopPrice(-Long.MAX_VALUE)
            .trailingPercent(-Long.MAX_VALUE).limitPriceOffset(-Long.MAX_VALUE).totalQuantity(Long.MIN_VALUE + 1)
            .orderId(Integer.MIN_VALUE).parentId(Integer.MIN_VALUE).conId(Integer.MIN_VALUE);

        final int length = encoder.encode(new UnsafeBuffer(new byte[PlaceOrderEncoder.MAX_FRAME_LENGTH_BYTES]), 0, 188, order);

        assertThat(length).isLessThanOrEqualTo(PlaceOrderEncoder.MAX_FRAME_LENGTH_BYTES);
    }

    @Test
    void shouldRefuseToGuessWhenAnEnumIsUnset()
    {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> encoder.encode(buffer, 0, 193, marketOrder().side(Side.NULL_VAL)));
        assertThatIllegalArgumentException()
            .isThrownBy(() -> encoder.encode(buffer, 0, 193, marketOrder().orderType(OrderType.NULL_VAL)));
        assertThatIllegalArgumentException()
            .isThrownBy(() -> encoder.encode(buffer, 0, 193, marketOrder().timeInForce(TimeInForce.NULL_VAL)));
    }
}
