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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.ringfence.codecs.tws.PlaceOrderEncoderTest.MARKET_ORDER_AT_193;
import static io.ringfence.codecs.tws.PlaceOrderEncoderTest.marketOrder;
import static org.assertj.core.api.Assertions.assertThat;

class TwsServerAdapterTest
{
    private final ExpandableArrayBuffer buffer = new ExpandableArrayBuffer(2048);
    private final RecordingServerHandler handler = new RecordingServerHandler();
    private final TwsServerAdapter adapter = new TwsServerAdapter(handler);

    private void decodeFrame(final int frameLength, final int serverVersion)
    {
        adapter.onFrame(buffer, 4, frameLength - 4, serverVersion);
    }

    private void decodePayload(final int serverVersion, final String... fields)
    {
        final UnsafeBuffer payload = TwsTestFrames.payloadBuffer(fields);
        adapter.onFrame(payload, 0, payload.capacity(), serverVersion);
    }

    @ParameterizedTest
    @ValueSource(ints = { 176, 177, 178, 183, 184, 185, 187, 188, 189, 190, 191, 192, 193 })
    void shouldRoundTripEveryOrderTypeWhenEncodedAtThatVersion(final int serverVersion)
    {
        final PlaceOrderEncoder encoder = new PlaceOrderEncoder();
        for (final OrderType type : new OrderType[]{
            OrderType.MARKET, OrderType.LIMIT, OrderType.STOP, OrderType.STOP_LIMIT,
            OrderType.TRAILING_STOP, OrderType.TRAILING_STOP_LIMIT })
        {
            for (final TimeInForce tif : new TimeInForce[]{ TimeInForce.DAY, TimeInForce.GTC, TimeInForce.IOC })
            {
                final TwsOrder order = marketOrder().orderType(type).timeInForce(tif).side(Side.SELL)
                    .limitPrice(Price.parse("150.25")).auxPrice(Price.parse("149.5")).trailStopPrice(Price.parse("148"))
                    .trailingPercent(Price.parse("1.5")).limitPriceOffset(Price.parse("0.05"))
                    .parentId(9).transmit(false).outsideRth(true).ocaType(2).conId(265598);
                order.ocaGroup().set("grp");
                order.primaryExchange().set("NASDAQ");

                decodeFrame(encoder.encode(buffer, 0, serverVersion, order), serverVersion);

                assertThat(handler.events).last().isEqualTo("placeOrder 1001");
                assertThat(handler.lastOrder).hasToString(order.toString());
                assertThat(handler.lastOrder.orderTypeText().length()).isPositive();
            }
        }
    }

    @Test
    void shouldDecodeStoqeyStyleOrderWhenUnsetFieldsAreEmpty()
    {
        final String[] fields = MARKET_ORDER_AT_193.clone();
        for (final int index : new int[]{ 2, 6, 25, 28, 31, 32, 36, 43, 45, 46, 53, 54, 56, 66, 96, 105, 106, 107, 111, 114 })
        {
            fields[index] = "";
        }
        fields[21] = "";                                    // tif undefined
        fields[27] = "";                                    // transmit undefined

        decodePayload(193, fields);

        assertThat(handler.events).containsExactly("placeOrder 1001");
        assertThat(handler.lastOrder.timeInForce()).isEqualTo(TimeInForce.DAY);
        assertThat(handler.lastOrder.transmit()).as("TWS treats an empty transmit as false").isFalse();
        assertThat(handler.lastOrder.ocaType()).isZero();
        assertThat(handler.lastOrder.totalQuantity()).isEqualTo(100);
    }

    @Test
    void shouldDecodeIbJavaStyleOrderWhenUnsetFieldsCarrySentinels()
    {
        final String[] fields = MARKET_ORDER_AT_193.clone();
        fields[36] = "1.7976931348623157E308";              // discretionaryAmt
        fields[63] = "2147483647";                          // volatilityType
        fields[67] = "2147483647";                          // referencePriceType
        fields[68] = "1.7976931348623157E308";              // trailStopPrice
        fields[91] = "1.7976931348623157E308";              // triggerPrice
        fields[92] = "1.7976931348623157E308";              // lmtPriceOffset
        fields[109] = "2147483647";                         // duration
        fields[117] = "2147483647";                         // manualOrderIndicator

        decodePayload(193, fields);

        assertThat(handler.events).containsExactly("placeOrder 1001");
        assertThat(handler.lastOrder.trailStopPrice()).isEqualTo(Price.NULL);
        assertThat(handler.lastOrder.limitPriceOffset()).isEqualTo(Price.NULL);
    }

    /**
     * The market order of the golden test with fields replaced and blocks inserted after given indices.
     */
    private static String[] orderWith(final Map<Integer, String> replacements, final Map<Integer, List<String>> inserts)
    {
        final List<String> fields = new ArrayList<>(List.of(MARKET_ORDER_AT_193));
        replacements.forEach(fields::set);
        new TreeMap<>(inserts).descendingMap().forEach((after, block) -> fields.addAll(after + 1, block));
        return fields.toArray(new String[0]);
    }

    @Test
    void shouldSkipConditionalBlocksWhenPresent()
    {
        final String[] fields = orderWith(
            Map.of(4, "BAG", 18, "PEG BEST", 64, "LMT", 68, "99.5", 72, "0.25", 76, "D", 81, "1", 82, "Adaptive",
                89, "2", 92, "0.05"),
            Map.of(
                34, List.of("1", "265598", "1", "BUY", "SMART", "0", "0", "", "-1",     // 1 combo leg
                    "1", "",                                                            // 1 leg price
                    "1", "NonGuaranteed", "1"),                                         // 1 routing param
                65, List.of("0", "", "", "", "", "0", "0", ""),                         // delta-neutral order
                72, List.of("", "", "", "0", "", "", "0"),                              // scale extension
                76, List.of("0.5"),                                                     // hedgeParam
                81, List.of("8314", "0.5", "101.5"),                                    // delta-neutral contract
                82, List.of("1", "adaptivePriority", "Normal"),                         // algo params
                89, List.of("1", "a", "1", "100.5", "265598", "SMART", "0",             // price condition
                    "3", "o", "0", "20240102 09:30:00",                                 // time condition
                    "1", "0"),                                                          // ignoreRth, cancelOrder
                113, List.of("", "Infinity", "0.01", "0.02")));                         // PEG BEST, up to mid

        decodePayload(193, fields);

        assertThat(handler.events).containsExactly("placeOrder 1001");
        assertThat(handler.lastOrder.secType()).hasToString("BAG");
        assertThat(handler.lastOrder.orderType()).isEqualTo(OrderType.NULL_VAL);
        assertThat(handler.lastOrder.orderTypeText()).hasToString("PEG BEST");
        assertThat(handler.lastOrder.trailStopPrice()).isEqualTo(Price.parse("99.5"));
        assertThat(handler.lastOrder.limitPriceOffset()).isEqualTo(Price.parse("0.05"));
    }

    @Test
    void shouldSkipPegBenchAndIbkratsBlocksWhenPresent()
    {
        decodePayload(193, orderWith(
            Map.of(18, "PEG BENCH"),
            Map.of(88, List.of("12345", "0", "0.1", "0.2", "ISLAND"))));
        decodePayload(193, orderWith(
            Map.of(9, "IBKRATS", 18, "PEG MID"),
            Map.of(113, List.of("100", "0.01", "0.02"))));
        decodePayload(193, orderWith(
            Map.of(18, "PEG BEST"),
            Map.of(113, List.of("100", "0.03"))));

        assertThat(handler.events).containsExactly("placeOrder 1001", "placeOrder 1001", "placeOrder 1001");
    }

    @Test
    void shouldReportTrailingFieldsWhenOrderHasAnExtraField()
    {
        final String[] fields = Arrays.copyOf(MARKET_ORDER_AT_193, MARKET_ORDER_AT_193.length + 1);
        fields[fields.length - 1] = "";

        decodePayload(193, fields);

        assertThat(handler.events).containsExactly("protocolError TRAILING_FIELDS 3");
    }

    @Test
    void shouldReportTruncatedWhenOrderLacksItsLastField()
    {
        decodePayload(193, Arrays.copyOf(MARKET_ORDER_AT_193, MARKET_ORDER_AT_193.length - 1));

        assertThat(handler.events).containsExactly("protocolError TRUNCATED 3");
    }

    @Test
    void shouldReportMalformedNumberWhenQuantityIsGarbage()
    {
        final String[] fields = MARKET_ORDER_AT_193.clone();
        fields[17] = "ten";

        decodePayload(193, fields);

        assertThat(handler.events).containsExactly("protocolError MALFORMED_NUMBER 3");
    }

    @Test
    void shouldReportUnknownConditionTypeWhenConditionCannotBeSkipped()
    {
        decodePayload(193, orderWith(Map.of(89, "1"), Map.of(89, List.of("2", "a", "1", "0"))));

        assertThat(handler.events).containsExactly("protocolError UNKNOWN_CONDITION_TYPE 3");
    }

    @Test
    void shouldKeepRawTextWhenEnumsCannotExpressIt()
    {
        final String[] fields = MARKET_ORDER_AT_193.clone();
        fields[16] = "SSHORT";
        fields[18] = "MOC";
        fields[21] = "GTD";

        decodePayload(193, fields);

        final TwsOrder order = handler.lastOrder;
        assertThat(order.side()).isEqualTo(Side.NULL_VAL);
        assertThat(order.orderType()).isEqualTo(OrderType.NULL_VAL);
        assertThat(order.timeInForce()).isEqualTo(TimeInForce.NULL_VAL);
        assertThat(order.actionText()).hasToString("SSHORT");
        assertThat(order.orderTypeText()).hasToString("MOC");
        assertThat(order.timeInForceText()).hasToString("GTD");
    }

    @ParameterizedTest
    @ValueSource(ints = { 176, 187, 188, 189, 190, 191, 192, 193 })
    void shouldRoundTripCancelOrderWhenEncodedAtThatVersion(final int serverVersion)
    {
        final int length = new CancelOrderEncoder().encode(buffer, 0, serverVersion, 4242);

        decodeFrame(length, serverVersion);

        assertThat(handler.events).containsExactly("cancelOrder 4242");
    }

    @Test
    void shouldWriteExactCancelFieldsAt193()
    {
        final int length = new CancelOrderEncoder().encode(buffer, 0, 193, 17);

        assertThat(TwsTestFrames.fields(buffer, 0, length)).containsExactly("4", "17", "", "", "2147483647");
        assertThat(TwsTestFrames.fields(buffer, 0, new CancelOrderEncoder().encode(buffer, 0, 188, 17)))
            .containsExactly("4", "1", "17", "", "", "", "2147483647");
        assertThat(TwsTestFrames.fields(buffer, 0, new CancelOrderEncoder().encode(buffer, 0, 176, 17)))
            .containsExactly("4", "1", "17", "");
    }

    @Test
    void shouldRoundTripStartApiAndReqIds()
    {
        final int startLength = new StartApiEncoder().encode(buffer, 0, 7, "");
        assertThat(TwsTestFrames.fields(buffer, 0, startLength)).containsExactly("71", "2", "7", "");
        decodeFrame(startLength, 193);

        final int reqIdsLength = new ReqIdsEncoder().encode(buffer, 0, 1);
        assertThat(TwsTestFrames.fields(buffer, 0, reqIdsLength)).containsExactly("8", "1", "1");
        decodeFrame(reqIdsLength, 193);

        assertThat(handler.events).containsExactly("startApi 7 []", "reqIds 1");
    }

    @Test
    void shouldDispatchSmallRequestsWhenWellFormed()
    {
        decodePayload(193, "5", "1");
        decodePayload(193, "58", "", "2147483647");
        decodePayload(191, "58", "1");
        decodePayload(193, "99", "1");
        decodePayload(193, "7", "3", "12", "", "DU1", "20240102-09:30:00", "AAPL", "STK", "SMART", "BUY");
        decodePayload(193, "16", "1");

        assertThat(handler.events).containsExactly(
            "reqOpenOrders", "reqGlobalCancel", "reqGlobalCancel", "reqCompletedOrders true",
            "reqExecutions 12 0 [DU1] [20240102-09:30:00] [AAPL] [STK] [SMART] [BUY]", "reqAllOpenOrders");
    }

    @Test
    void shouldReportUnhandledWhenRequestIsNotDecoded()
    {
        decodePayload(193, "6", "2", "1", "DU1");
        decodePayload(193, "12345");

        assertThat(handler.events).containsExactly("unhandled 6", "unhandled 12345");
    }

    @Test
    void shouldReportMalformedMessageIdWhenIdIsNotANumber()
    {
        decodePayload(193, "");
        decodePayload(193, "x3", "1");
        final UnsafeBuffer noTerminator = new UnsafeBuffer("71".getBytes());
        adapter.onFrame(noTerminator, 0, 2, 193);

        assertThat(handler.events).containsExactly(
            "protocolError MALFORMED_MESSAGE_ID -1", "protocolError MALFORMED_MESSAGE_ID -1",
            "protocolError MALFORMED_MESSAGE_ID -1");
    }

    @Test
    void shouldReportUnsupportedServerVersionWhenOutsideRange()
    {
        decodePayload(175, "8", "1", "1");
        decodePayload(194, "8", "1", "1");

        assertThat(handler.events).containsExactly(
            "protocolError UNSUPPORTED_SERVER_VERSION 8", "protocolError UNSUPPORTED_SERVER_VERSION 8");
    }

    @Test
    void shouldReportTrailingFieldsWhenSmallRequestHasExtraField()
    {
        decodePayload(193, "8", "1", "1", "junk");
        decodePayload(193, "4", "17", "", "", "2147483647", "");

        assertThat(handler.events).containsExactly(
            "protocolError TRAILING_FIELDS 8", "protocolError TRAILING_FIELDS 4");
    }
}
