package io.ringfence.codecs.tws;

import org.agrona.ExpandableArrayBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Client request encoders: golden fields per protocol sheet section 4.3 / 4.4, and each decoded by
 * {@link TwsServerAdapter} into the matching {@link TwsServerHandler} callback.
 */
class TwsRequestRoundTripTest
{
    private final ExpandableArrayBuffer buffer = new ExpandableArrayBuffer(1024);
    private final RecordingServerHandler handler = new RecordingServerHandler();
    private final TwsServerAdapter adapter = new TwsServerAdapter(handler);
    private final OrderQueryEncoder orderQuery = new OrderQueryEncoder();
    private final AccountRequestEncoder accountRequest = new AccountRequestEncoder();
    private final MarketDataRequestEncoder marketData = new MarketDataRequestEncoder();
    private final ReqExecutionsEncoder reqExecutions = new ReqExecutionsEncoder();

    private String roundTrip(final int frameLength, final int serverVersion, final String... expectedFields)
    {
        assertThat(TwsTestFrames.fields(buffer, 0, frameLength)).containsExactly(expectedFields);
        handler.events.clear();
        adapter.onFrame(buffer, 4, frameLength - 4, serverVersion);
        assertThat(handler.events).hasSize(1);
        return handler.events.get(0);
    }

    @Test
    void shouldRoundTripOrderQueriesWhenEncodedAt193()
    {
        assertThat(roundTrip(orderQuery.encodeReqOpenOrders(buffer, 0), 193, "5", "1")).isEqualTo("reqOpenOrders");
        assertThat(roundTrip(orderQuery.encodeReqAllOpenOrders(buffer, 0), 193, "16", "1"))
            .isEqualTo("reqAllOpenOrders");
        assertThat(roundTrip(orderQuery.encodeReqAutoOpenOrders(buffer, 0, true), 193, "15", "1", "1"))
            .isEqualTo("reqAutoOpenOrders true");
        assertThat(roundTrip(orderQuery.encodeReqCompletedOrders(buffer, 0, true), 193, "99", "1"))
            .isEqualTo("reqCompletedOrders true");
        assertThat(roundTrip(orderQuery.encodeReqGlobalCancel(buffer, 0, 193), 193, "58", "", "2147483647"))
            .isEqualTo("reqGlobalCancel");
    }

    @ParameterizedTest
    @ValueSource(ints = { 176, 187, 191 })
    void shouldWriteVersionFieldWhenGlobalCancelBelowCmeTagging(final int serverVersion)
    {
        assertThat(roundTrip(orderQuery.encodeReqGlobalCancel(buffer, 0, serverVersion), serverVersion, "58", "1"))
            .isEqualTo("reqGlobalCancel");
    }

    @Test
    void shouldRoundTripAccountRequestsWhenEncoded()
    {
        assertThat(roundTrip(accountRequest.encodeReqPositions(buffer, 0), 193, "61", "1")).isEqualTo("reqPositions");
        assertThat(roundTrip(accountRequest.encodeCancelPositions(buffer, 0), 193, "64", "1"))
            .isEqualTo("cancelPositions");
        assertThat(roundTrip(accountRequest.encodeReqCurrentTime(buffer, 0), 193, "49", "1"))
            .isEqualTo("reqCurrentTime");
        assertThat(roundTrip(accountRequest.encodeReqManagedAccounts(buffer, 0), 193, "17", "1"))
            .isEqualTo("reqManagedAccounts");
        assertThat(roundTrip(
            accountRequest.encodeReqAccountSummary(buffer, 0, 9, "All", "NetLiquidation,TotalCashValue"), 193,
            "62", "1", "9", "All", "NetLiquidation,TotalCashValue"))
            .isEqualTo("reqAccountSummary 9 [All] [NetLiquidation,TotalCashValue]");
        assertThat(roundTrip(accountRequest.encodeCancelAccountSummary(buffer, 0, 9), 193, "63", "1", "9"))
            .isEqualTo("cancelAccountSummary 9");
    }

    @Test
    void shouldRoundTripExecutionFilterWhenEveryCriterionSet()
    {
        final TwsExecutionFilter filter = new TwsExecutionFilter().clientId(7)
            .sinceEpochMs(TimeUnit.SECONDS.toMillis(1_704_187_800L));
        filter.account().set("DU123456");
        filter.symbol().set("AAPL");
        filter.secType().set("STK");
        filter.exchange().set("SMART");
        filter.side().set("BUY");

        assertThat(roundTrip(reqExecutions.encode(buffer, 0, 42, filter), 193,
            "7", "3", "42", "7", "DU123456", "20240102-09:30:00", "AAPL", "STK", "SMART", "BUY"))
            .isEqualTo("reqExecutions 42 7 [DU123456] [20240102-09:30:00] [AAPL] [STK] [SMART] [BUY]");
    }

    @Test
    void shouldWriteEmptyCriteriaWhenFilterReset()
    {
        final TwsExecutionFilter filter = new TwsExecutionFilter().clientId(3).sinceEpochMs(1000);
        filter.account().set("DU1");
        filter.reset();

        assertThat(roundTrip(reqExecutions.encode(buffer, 0, 1, filter), 193,
            "7", "3", "1", "0", "", "", "", "", "", ""))
            .isEqualTo("reqExecutions 1 0 [] [] [] [] [] []");
    }

    @Test
    void shouldRoundTripMarketDataSnapshotRequestWhenEncoded()
    {
        assertThat(roundTrip(
            marketData.encodeReqMktData(buffer, 0, 5, 265598, "AAPL", "STK", "SMART", "NASDAQ", "USD", "", true, false),
            193, "1", "11", "5", "265598", "AAPL", "STK", "", "0", "", "", "SMART", "NASDAQ", "USD", "", "", "0", "",
            "1", "0", ""))
            .isEqualTo("reqMarketData 5 265598 [AAPL] [STK] [SMART] [NASDAQ] [USD] [] snapshot=true regulatory=false");
        assertThat(roundTrip(marketData.encodeCancelMktData(buffer, 0, 5), 193, "2", "1", "5"))
            .isEqualTo("cancelMarketData 5");
    }

    @Test
    void shouldMatchExecutionFilterOnAccountAndSideWhenDecoded()
    {
        final TwsExecutionFilter filter = new TwsExecutionFilter();
        filter.account().set("DU1");
        filter.side().set("BUY");
        final int length = reqExecutions.encode(buffer, 0, 1, filter);
        adapter.onFrame(buffer, 4, length - 4, 193);
        final ExecutionFilterDecoder decoded = handler.lastFilter;

        assertThat(decoded.matches(7, "DU1", "AAPL", "STK", "SMART", true)).isTrue();
        assertThat(decoded.matches(7, "du1", "AAPL", "STK", "SMART", true)).isTrue();
        assertThat(decoded.matches(7, "DU2", "AAPL", "STK", "SMART", true)).isFalse();
        assertThat(decoded.matches(7, "DU1", "AAPL", "STK", "SMART", false)).isFalse();
    }

    @Test
    void shouldReportTruncatedWhenMarketDataRequestIsCut()
    {
        adapter.onFrame(TwsTestFrames.payloadBuffer("1", "11", "5", "0", "AAPL"), 0,
            TwsTestFrames.payload("1", "11", "5", "0", "AAPL").length, 193);

        assertThat(handler.events).containsExactly("protocolError TRUNCATED 1");
    }
}
