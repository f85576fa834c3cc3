package io.ringfence.codecs.tws;

import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.sbe.Side;
import io.ringfence.codecs.sbe.TimeInForce;
import org.agrona.ExpandableArrayBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Gateway-side encoders: the exact field counts strict clients ({@code @stoqey/ib}) check per server
 * version (protocol sheet sections 5.x), key fields at their positions, and each frame decoded back
 * by the client-side {@link TwsInboundAdapter}.
 */
class TwsServerEncodersTest
{
    private final ExpandableArrayBuffer buffer = new ExpandableArrayBuffer(2048);
    private final RecordingInboundHandler handler = new RecordingInboundHandler();
    private final TwsInboundAdapter adapter = new TwsInboundAdapter(handler, ZoneOffset.UTC);

    static TwsOrder bracketChild()
    {
        final TwsOrder order = new TwsOrder().orderId(1002).clientId(7).conId(265598).side(Side.SELL)
            .totalQuantity(100).orderType(OrderType.STOP).auxPrice(Price.parse("140.5"))
            .timeInForce(TimeInForce.GTC).parentId(1001).ocaType(1).outsideRth(true);
        order.symbol().set("AAPL");
        order.account().set("DU123456");
        order.orderRef().set("k-0002");
        order.ocaGroup().set("oca-1001");
        return order;
    }

    private List<String> fields(final int frameLength)
    {
        return TwsTestFrames.fields(buffer, 0, frameLength);
    }

    private String decode(final int frameLength, final int serverVersion)
    {
        handler.events.clear();
        adapter.onFrame(buffer, 4, frameLength - 4, serverVersion);
        assertThat(handler.events).hasSize(1);
        return handler.events.get(0);
    }

    @ParameterizedTest
    @CsvSource({ "176,128", "177,127", "178,127", "182,127", "183,128", "184,129", "185,130", "187,130", "189,131",
        "192,131", "193,133" })
    void shouldWriteExactOpenOrderFieldCountWhenAtServerVersion(final int serverVersion, final int fieldCount)
    {
        final int length = new OpenOrderEncoder().encode(
            buffer, 0, serverVersion, bracketChild(), 1_000_000_002L, TwsOrderStatus.PRE_SUBMITTED);

        final List<String> fields = fields(length);
        assertThat(fields).hasSize(fieldCount);
        final int fa = serverVersion < 177 ? 1 : 0;
        assertThat(fields.subList(0, 2)).containsExactly("5", "1002");
        assertThat(fields.get(20)).isEqualTo("DU123456");
        assertThat(fields.get(23)).isEqualTo("k-0002");
        assertThat(fields.get(24)).isEqualTo("7");
        assertThat(fields.get(25)).isEqualTo("1000000002");
        assertThat(fields.get(57 + fa)).isEqualTo("1001");
        assertThat(fields.get(85 + fa)).isEqualTo("PreSubmitted");
        assertThat(decode(length, serverVersion)).isEqualTo(
            "openOrder 1002 client=7 perm=1000000002 265598 AAPL STK SMART USD x1 SELL 100 STOP lmt= aux=140.50 " +
            "GTC oca=[oca-1001]/1 acct=DU123456 ref=k-0002 parent=1001 rth=true trailStop= trailPct= " +
            "PRE_SUBMITTED whatIf=false");
    }

    @ParameterizedTest
    @CsvSource({ "176,96", "182,96", "183,97", "184,98", "193,98" })
    void shouldWriteExactCompletedOrderFieldCountWhenAtServerVersion(final int serverVersion, final int fieldCount)
    {
        final TwsOrder order = bracketChild().orderType(OrderType.LIMIT).limitPrice(Price.parse("151.25"));
        final int length = new CompletedOrderEncoder().encode(buffer, 0, serverVersion, order, 1_000_000_002L,
            TwsOrderStatus.FILLED, 100, "20240102 15:59:59 America/New_York", "Filled");

        final List<String> fields = fields(length);
        assertThat(fields).hasSize(fieldCount);
        assertThat(fields.get(0)).isEqualTo("101");
        assertThat(fields.get(23)).isEqualTo("1000000002");
        assertThat(fields.get(72)).isEqualTo("Filled");
        assertThat(fields.get(89)).isEqualTo("20240102 15:59:59 America/New_York");
        assertThat(decode(length, serverVersion)).isEqualTo(
            "completedOrder perm=1000000002 AAPL SELL 100 LIMIT lmt=151.25 acct=DU123456 ref=k-0002 FILLED " +
            "filled=100 parentPerm=0 time=[20240102 15:59:59 America/New_York] [Filled]");
    }

    @Test
    void shouldRoundTripPositionAccountSummaryAndCurrentTime()
    {
        int length = new PositionDataEncoder().encode(
            buffer, 0, "DU123456", 265598, "AAPL", "STK", "NASDAQ", "USD", -200, Price.parse("150.125"));
        assertThat(fields(length)).containsExactly(
            "61", "3", "DU123456", "265598", "AAPL", "STK", "", "0", "", "", "NASDAQ", "USD", "AAPL", "", "-200",
            "150.125");
        assertThat(decode(length, 193)).isEqualTo("position DU123456 265598 AAPL STK x1 NASDAQ USD [AAPL] -200 @150.125");

        final AccountSummaryEncoder summary = new AccountSummaryEncoder();
        length = summary.encode(buffer, 0, 9, "DU123456", "NetLiquidation", Price.parse("1000000.5"), "USD");
        assertThat(fields(length)).containsExactly("63", "1", "9", "DU123456", "NetLiquidation", "1000000.5", "USD");
        assertThat(decode(length, 193)).isEqualTo("accountSummary 9 DU123456 NetLiquidation=1000000.5 USD");
        length = summary.encode(buffer, 0, 9, "DU123456", "AccountType", "INDIVIDUAL", "");
        assertThat(fields(length)).hasSize(7);

        length = new CurrentTimeEncoder().encode(buffer, 0, 1_704_187_800L);
        assertThat(fields(length)).containsExactly("49", "1", "1704187800");
        assertThat(decode(length, 193)).isEqualTo("currentTime 1704187800");
    }

    @Test
    void shouldRoundTripTicksWhenEncoded()
    {
        final TickEncoder ticks = new TickEncoder();
        int length = ticks.encodeTickPrice(buffer, 0, 5, TickEncoder.BID, Price.parse("189.99"), 300, 1);
        assertThat(fields(length)).containsExactly("1", "6", "5", "1", "189.99", "300", "1");
        assertThat(decode(length, 193)).isEqualTo("tickPrice 5 1 189.99 size=300 attr=1");

        length = ticks.encodeTickSize(buffer, 0, 5, TickEncoder.VOLUME, 12_345);
        assertThat(fields(length)).containsExactly("2", "1", "5", "8", "12345");
        assertThat(decode(length, 193)).isEqualTo("tickSize 5 8 12345");
    }

    @Test
    void shouldRoundTripEveryEndMarker()
    {
        final EndMarkerEncoder ends = new EndMarkerEncoder();
        int length = ends.encodePositionEnd(buffer, 0);
        assertThat(fields(length)).containsExactly("62", "1");
        assertThat(decode(length, 193)).isEqualTo("positionEnd");

        length = ends.encodeAccountSummaryEnd(buffer, 0, 9);
        assertThat(fields(length)).containsExactly("64", "1", "9");
        assertThat(decode(length, 193)).isEqualTo("accountSummaryEnd 9");

        length = ends.encodeTickSnapshotEnd(buffer, 0, 5);
        assertThat(fields(length)).containsExactly("57", "1", "5");
        assertThat(decode(length, 193)).isEqualTo("tickSnapshotEnd 5");

        length = ends.encodeCompletedOrdersEnd(buffer, 0);
        assertThat(fields(length)).containsExactly("102");
        assertThat(decode(length, 193)).isEqualTo("completedOrdersEnd");

        length = ends.encodeOpenOrderEnd(buffer, 0);
        assertThat(decode(length, 193)).isEqualTo("openOrderEnd");
    }

    @Test
    void shouldSkipConditionalBlocksWhenOpenOrderCarriesThem()
    {
        final int length = new OpenOrderEncoder().encode(
            buffer, 0, 193, bracketChild(), 1_000_000_002L, TwsOrderStatus.SUBMITTED);
        final List<String> fields = new java.util.ArrayList<>(fields(length));
        fields.set(61, "DELTA");                            // deltaNeutralOrderType: 8 more fields after aux
        fields.addAll(63, List.of("1", "", "", "", "", "0", "0", ""));
        final int legs = 70 + 8;
        fields.set(legs, "1");                              // one combo leg of 8 fields
        fields.addAll(legs + 1, List.of("1", "1", "BUY", "SMART", "0", "0", "", "-1"));
        final int algo = 82 + 16;                          // algoStrategy after both insertions
        fields.set(algo, "Adaptive");
        fields.addAll(algo + 1, List.of("1", "adaptivePriority", "Normal"));

        adapter.onFrame(TwsTestFrames.payloadBuffer(fields.toArray(new String[0])), 0,
            TwsTestFrames.payload(fields.toArray(new String[0])).length, 193);

        assertThat(handler.events).singleElement().asString().endsWith("SUBMITTED whatIf=false");
    }
}
