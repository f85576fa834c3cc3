package io.ringfence.codecs.tws;

import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.Side;
import org.agrona.ExpandableArrayBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Server encoders to client decoders, with the exact field counts strict clients expect at sv 193.
 */
class TwsInboundAdapterTest
{
    private static final long FILL_TIME_MS = Instant.parse("2024-01-02T14:30:05Z").toEpochMilli();

    private final ExpandableArrayBuffer buffer = new ExpandableArrayBuffer(1024);
    private final RecordingInboundHandler handler = new RecordingInboundHandler();
    private final TwsInboundAdapter adapter = new TwsInboundAdapter(handler, ZoneOffset.UTC);

    private void decodeFrame(final int frameLength, final int serverVersion)
    {
        assertThat(adapter.onFrame(buffer, 4, frameLength - 4, serverVersion)).isPositive();
    }

    private void decodePayload(final int serverVersion, final String... fields)
    {
        final UnsafeBuffer payload = TwsTestFrames.payloadBuffer(fields);
        adapter.onFrame(payload, 0, payload.capacity(), serverVersion);
    }

    static TwsExecution execution()
    {
        final TwsExecution execution = new TwsExecution().orderId(1001).conId(265598).timeMs(FILL_TIME_MS)
            .side(Side.SELL).shares(40).price(Price.parse("150.25")).permId(3_000_000_000L).clientId(7)
            .cumQty(100).avgPrice(Price.parse("150.2")).lastLiquidity(2);
        execution.symbol().set("AAPL");
        execution.exchange().set("SMART");
        execution.localSymbol().set("AAPL");
        execution.tradingClass().set("NMS");
        execution.execId().set("0000e0d5.6596a0c7.01.01");
        execution.account().set("DU123456");
        execution.executionExchange().set("ISLAND");
        execution.orderRef().set("k-0001");
        return execution;
    }

    @Test
    void shouldRoundTripNextValidIdAndManagedAccounts()
    {
        final int idLength = new NextValidIdEncoder().encode(buffer, 0, 1000);
        assertThat(TwsTestFrames.fields(buffer, 0, idLength)).containsExactly("9", "1", "1000");
        decodeFrame(idLength, 193);

        final int acctLength = new ManagedAccountsEncoder().encode(buffer, 0, "DU1,DU2,");
        assertThat(TwsTestFrames.fields(buffer, 0, acctLength)).containsExactly("15", "1", "DU1,DU2,");
        decodeFrame(acctLength, 193);

        assertThat(handler.events).containsExactly("nextValidId 1000", "managedAccounts DU1,DU2,");
    }

    @Test
    void shouldRoundTripOrderStatusWithTwelveFields()
    {
        final int length = new OrderStatusEncoder().encode(buffer, 0, 193, 1001, TwsOrderStatus.FILLED, 100, 0,
            Price.parse("150.25"), 3_000_000_000L, 0, Price.parse("150.3"), 7, Price.NULL);

        assertThat(TwsTestFrames.fields(buffer, 0, length)).containsExactly(
            "3", "1001", "Filled", "100", "0", "150.25", "3000000000", "0", "150.3", "7", "", "0");
        decodeFrame(length, 193);
        assertThat(handler.events).containsExactly("orderStatus 1001 FILLED [Filled] filled=100 remaining=0 " +
            "avg=150.25 permId=3000000000 parent=0 last=150.30 client=7 whyHeld=[] cap=0.00");
    }

    @Test
    void shouldMapEveryStatusTextWhenDecoding()
    {
        for (final TwsOrderStatus status : TwsOrderStatus.values())
        {
            final int length = new OrderStatusEncoder().encode(
                buffer, 0, 193, 1, status, 0, 10, 0, 1, 0, 0, 7, "locate", 0);
            decodeFrame(length, 193);
            assertThat(handler.events).last().asString().startsWith("orderStatus 1 " + status + " [" + status.text() + "]");
        }
        decodePayload(193, "3", "1", "PartiallyFilled", "5", "5", "1", "1", "0", "1", "7", "", "0");
        assertThat(handler.events).last().asString().startsWith("orderStatus 1 UNKNOWN [PartiallyFilled]");
    }

    @Test
    void shouldRoundTripErrorMessageWithSixFieldsAt193()
    {
        final int length = new ErrorMessageEncoder().encode(buffer, 0, 193, -1, 2104, "Market data farm connection is OK:usfarm");

        assertThat(TwsTestFrames.fields(buffer, 0, length))
            .containsExactly("4", "2", "-1", "2104", "Market data farm connection is OK:usfarm", "");
        decodeFrame(length, 193);

        final int rejectLength = new ErrorMessageEncoder().encode(
            buffer, 0, 193, 1001, 201, "Order rejected - reason: test", "{\"reason\":\"x\"}", 0);
        decodeFrame(rejectLength, 193);

        assertThat(handler.events).containsExactly(
            "error -1 2104 [Market data farm connection is OK:usfarm] []",
            "error 1001 201 [Order rejected - reason: test] [{\"reason\":\"x\"}]");
        assertThat(handler.lastErrorTimeMs).isEqualTo(ErrorMessageDecoder.NO_ERROR_TIME);
    }

    @Test
    void shouldDecodeErrorTimeWhenLayoutIsVersion194()
    {
        final ErrorMessageDecoder decoder = new ErrorMessageDecoder();
        final UnsafeBuffer payload = TwsTestFrames.payloadBuffer("-1", "2104", "ok", "", "1704205805000");

        assertThat(decoder.decode(new TwsFieldReader().wrap(payload, 0, payload.capacity()), 194))
            .isEqualTo(TwsProtocolError.NONE);
        assertThat(decoder.errorTimeMs()).isEqualTo(1_704_205_805_000L);
        assertThat(decoder.code()).isEqualTo(2104);
    }

    @Test
    void shouldDecodeLegacyErrorWhenVersionIsOne()
    {
        decodePayload(193, "4", "1", "old style");

        assertThat(handler.events).containsExactly("error -1 0 [old style] []");
    }

    @Test
    void shouldRoundTripExecutionDataWithThirtyTwoFieldsAt193()
    {
        final int length = new ExecutionDataEncoder().encode(buffer, 0, 193, execution());

        assertThat(TwsTestFrames.fields(buffer, 0, length)).containsExactly(
            "11", "-1", "1001", "265598", "AAPL", "STK", "", "0", "", "", "SMART", "USD", "AAPL", "NMS",
            "0000e0d5.6596a0c7.01.01", "20240102-14:30:05", "DU123456", "ISLAND", "SLD", "40", "150.25",
            "3000000000", "7", "0", "100", "150.2", "k-0001", "", "", "", "2", "0");
        decodeFrame(length, 193);

        assertThat(handler.events).containsExactly("execution req=-1 order=1001 con=265598 AAPL STK SMART USD [AAPL] " +
            "[NMS] exec=0000e0d5.6596a0c7.01.01 time=[20240102-14:30:05] acct=DU123456 venue=ISLAND SELL 40@150.25 " +
            "perm=3000000000 client=7 liq=0 cum=100 avg=150.20 ref=k-0001 model=[] lastLiq=2 ppr=false");
        assertThat(handler.lastExecutionTimeMs).isEqualTo(FILL_TIME_MS);
    }

    @ParameterizedTest
    @ValueSource(ints = { 176, 177 })
    void shouldOmitPendingPriceRevisionWhenBelow178(final int serverVersion)
    {
        final int length = new ExecutionDataEncoder().encode(buffer, 0, serverVersion, execution());

        assertThat(TwsTestFrames.fields(buffer, 0, length)).hasSize(31);
        decodeFrame(length, serverVersion);
        assertThat(handler.events).singleElement().asString().endsWith("ppr=false");
    }

    @Test
    void shouldDecodePendingPriceRevisionAndBoughtSideWhenSent()
    {
        decodePayload(193, "11", "5", "1001", "265598", "AAPL", "STK", "", "0.0", "", "", "SMART", "USD", "AAPL",
            "NMS", "e1", "20240102  09:30:05 US/Eastern", "DU1", "NYSE", "BOT", "10", "1.0E-4", "42", "7", "0", "10",
            "1.0E-4", "", "", "", "", "1", "1");

        assertThat(handler.events).singleElement().asString()
            .contains("req=5", "BUY 10@0.0001", "lastLiq=1", "ppr=true");
        assertThat(handler.lastExecutionTimeMs).isEqualTo(FILL_TIME_MS);
    }

    @Test
    void shouldRoundTripCommissionReportWithEightFields()
    {
        final int length = new CommissionReportEncoder().encode(
            buffer, 0, "0000e0d5.6596a0c7.01.01", Price.parse("1.0"), "USD", Price.NULL, Price.NULL, 0);

        assertThat(TwsTestFrames.fields(buffer, 0, length)).containsExactly("59", "1", "0000e0d5.6596a0c7.01.01", "1",
            "USD", "1.7976931348623157E308", "1.7976931348623157E308", "0");
        decodeFrame(length, 193);
        assertThat(handler.events).containsExactly("commission 0000e0d5.6596a0c7.01.01 1.00 USD pnl= yield= date=0");
    }

    @Test
    void shouldRoundTripEndMarkers()
    {
        final EndMarkerEncoder encoder = new EndMarkerEncoder();
        final int openLength = encoder.encodeOpenOrderEnd(buffer, 0);
        assertThat(TwsTestFrames.fields(buffer, 0, openLength)).containsExactly("53", "1");
        decodeFrame(openLength, 193);
        final int execLength = encoder.encodeExecutionDataEnd(buffer, 0, 12);
        assertThat(TwsTestFrames.fields(buffer, 0, execLength)).containsExactly("55", "1", "12");
        decodeFrame(execLength, 193);

        assertThat(handler.events).containsExactly("openOrderEnd", "executionDataEnd 12");
    }

    @Test
    void shouldReportUnhandledWhenMessageIsKnownButNotNeededOrUnknown()
    {
        decodePayload(193, "6", "2", "NetLiquidation", "100", "USD", "DU1");
        decodePayload(193, "45", "6", "1", "49", "0.5");
        decodePayload(193, "999");

        assertThat(handler.events).containsExactly("unhandled 6", "unhandled 45", "unhandled 999");
    }

    @Test
    void shouldReportProtocolErrorsWithoutThrowingWhenFramesAreMalformed()
    {
        decodePayload(193, "3", "1001", "Filled");
        decodePayload(193, "9", "1", "12x");
        decodePayload(193, "abc");
        decodePayload(193, "11", "-1", "1001");
        decodePayload(193, "3", "1", "Filled", "0.5", "0", "1", "1", "0", "1", "7", "", "0");
        decodePayload(175, "9", "1", "1");
        final UnsafeBuffer cut = new UnsafeBuffer("9\0001\00012".getBytes());
        adapter.onFrame(cut, 0, cut.capacity(), 193);

        assertThat(handler.events).containsExactly(
            "protocolError TRUNCATED 3",
            "protocolError MALFORMED_NUMBER 9",
            "protocolError MALFORMED_MESSAGE_ID -1",
            "protocolError TRUNCATED 11",
            "protocolError FRACTIONAL_QUANTITY 3",
            "protocolError UNSUPPORTED_SERVER_VERSION 9",
            "protocolError TRUNCATED 9");
    }

    @Test
    void shouldIgnoreFieldsAfterKnownLayoutLikeIbDecoder()
    {
        decodePayload(193, "9", "1", "77", "extra");

        assertThat(handler.events).containsExactly("nextValidId 77");
    }
}
