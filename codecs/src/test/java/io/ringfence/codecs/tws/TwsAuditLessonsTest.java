package io.ringfence.codecs.tws;

import io.ringfence.codecs.Price;
import org.agrona.ExpandableArrayBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lessons of an IBKR client audit (shared/seeds/002): each one a test, so the bugs it found
 * (orders without account, cross-account cancels and fills, zeroed commissions, zero fill times,
 * options P&amp;L off by 100) cannot come back in this codec.
 */
class TwsAuditLessonsTest
{
    private final ExpandableArrayBuffer buffer = new ExpandableArrayBuffer(2048);
    private final List<ExecutionCopy> executions = new ArrayList<>();
    private final List<String> commissions = new ArrayList<>();
    private final RecordingInboundHandler recorder = new RecordingInboundHandler();
    private final TwsInboundAdapter adapter = new TwsInboundAdapter(new TwsInboundHandler()
    {
        public void onNextValidId(final int orderId)
        {
        }

        public void onManagedAccounts(final org.agrona.DirectBuffer b, final int offset, final int length)
        {
        }

        public void onOrderStatus(final OrderStatusDecoder decoder)
        {
        }

        public void onError(final ErrorMessageDecoder decoder)
        {
        }

        public void onExecution(final ExecutionDataDecoder d)
        {
            executions.add(new ExecutionCopy(
                d.orderId(), d.timeMs(), d.isForAccount("DU111"), d.isForAccount("DU222"), d.contractMultiplier()));
        }

        public void onCommissionReport(final CommissionReportDecoder d)
        {
            commissions.add(d.execId() + " " + Price.toString(d.commission()) + " " + d.currency());
        }

        public void onOpenOrder(final OpenOrderDecoder decoder)
        {
            recorder.onOpenOrder(decoder);
            recorder.events.add("for DU111=" + TwsAccounts.belongsTo(decoder, "DU111") +
                " DU222=" + TwsAccounts.belongsTo(decoder, "DU222"));
        }

        public void onUnhandled(final int msgId)
        {
        }

        public void onProtocolError(final TwsProtocolError error, final int msgId)
        {
            recorder.events.add("protocolError " + error);
        }
    }, ZoneId.of("America/New_York"));

    private record ExecutionCopy(int orderId, long timeMs, boolean du111, boolean du222, long multiplier)
    {
    }

    private void decodePayload(final String... fields)
    {
        final UnsafeBuffer payload = TwsTestFrames.payloadBuffer(fields);
        adapter.onFrame(payload, 0, payload.capacity(), 193);
    }

    private static String[] execution(final String time, final String account, final String secType, final String mult)
    {
        return new String[]{ "11", "-1", "1001", "265598", "AAPL", secType, "", "0", "", mult, "SMART", "USD", "AAPL",
            "NMS", "0000e0d5.6596a0c7.01.01", time, account, "ISLAND", "BOT", "100", "150.25", "1000000001", "7", "0",
            "100", "150.25", "k-0001", "", "", "", "1", "0" };
    }

    @Test
    void shouldWriteAccountInEveryOrderWhenEncoded()
    {
        final TwsOrder order = PlaceOrderEncoderTest.marketOrder();
        for (final int serverVersion : new int[]{ 176, 187, 193 })
        {
            final int length = new PlaceOrderEncoder().encode(buffer, 0, serverVersion, order);
            assertThat(TwsTestFrames.fields(buffer, 0, length).get(23)).isEqualTo("DU123456");
        }
        assertThat(order.hasAccount()).isTrue();
        order.account().clear();
        assertThat(order.hasAccount()).isFalse();
    }

    @Test
    void shouldTellAccountsApartWhenExecutionsAndOpenOrdersOfTwoAccountsArrive()
    {
        decodePayload(execution("20240102 09:30:00 America/New_York", "DU111", "STK", ""));
        decodePayload(execution("20240102 09:30:01 America/New_York", "DU222", "STK", ""));
        decodePayload(execution("20240102 09:30:02 America/New_York", "", "STK", ""));

        assertThat(executions).extracting(ExecutionCopy::du111).containsExactly(true, false, false);
        assertThat(executions).extracting(ExecutionCopy::du222).containsExactly(false, true, false);

        final TwsOrder other = TwsServerEncodersTest.bracketChild();
        other.account().set("DU222");
        final int length = new OpenOrderEncoder().encode(buffer, 0, 193, other, 7L, TwsOrderStatus.SUBMITTED);
        adapter.onFrame(buffer, 4, length - 4, 193);
        assertThat(recorder.events).last().isEqualTo("for DU111=false DU222=true");

        final UnsafeBuffer managed = new UnsafeBuffer("DU111,DU222,".getBytes(StandardCharsets.US_ASCII));
        assertThat(TwsAccounts.isManaged(managed, 0, managed.capacity(), "DU222")).isTrue();
        assertThat(TwsAccounts.isManaged(managed, 0, managed.capacity(), "DU22")).isFalse();
        assertThat(TwsAccounts.isManaged(managed, 0, managed.capacity(), "")).isFalse();
    }

    @ParameterizedTest(name = "[{0}] [{1}]")
    @CsvSource(delimiter = '|', value = {
        "1.00 USD||1.00 USD",
        "1.00|USD|1.00 USD",
        "1.00 USD|EUR|1.00 EUR",
        "0.35|USD|0.35 USD",
        "2.5  CHF ||2.50 CHF"
    })
    void shouldParseCommissionWhenSentWithOrWithoutCurrency(final String commission, final String currency,
        final String expected)
    {
        decodePayload("59", "1", "x.01", commission, null == currency ? "" : currency, "1.7976931348623157E308",
            "1.7976931348623157E308", "0");

        assertThat(commissions).containsExactly("x.01 " + expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "20240102 09:30:00 America/New_York,1704205800000",
        "20240102 09:30:00 US/Eastern,1704205800000",
        "20240102-14:30:00,1704205800000",
        "20240102  09:30:00,1704205800000",
        "20240102 09:30:00,1704205800000",
        "1704205800,1704205800000",
        "1704205800123,1704205800123"
    })
    void shouldParseExecutionTimeWhenInAnyOfIbsFormats(final String time, final long expectedMs)
    {
        decodePayload(execution(time, "DU111", "STK", ""));

        assertThat(executions).singleElement().satisfies(e ->
        {
            assertThat(e.timeMs()).isNotZero().isNotEqualTo(TwsTimeParser.NULL_TIME).isEqualTo(expectedMs);
        });
    }

    @ParameterizedTest(name = "{0} [{1}] -> {2}")
    @CsvSource({ "STK,,1", "OPT,,100", "FOP,,100", "OPT,100,100", "OPT,10,10", "FUT,50,50", "FUT,,1", "OPT,0,100",
        "CASH,,1" })
    void shouldInferMultiplierFromSecTypeWhenNotSent(final String secType, final String multiplier, final long expected)
    {
        final String text = null == multiplier ? "" : multiplier;
        assertThat(ContractMultiplier.of(secType, text)).isEqualTo(expected);

        decodePayload(execution("20240102 09:30:00", "DU111", secType, text));
        assertThat(executions).singleElement().extracting(ExecutionCopy::multiplier).isEqualTo(expected);
    }

    @Test
    void shouldReportMalformedNumberWhenCommissionHasNoAmount()
    {
        decodePayload("59", "1", "x.01", " USD", "", "", "", "0");

        assertThat(commissions).isEmpty();
        assertThat(recorder.events).containsExactly("protocolError MALFORMED_NUMBER");
    }
}
