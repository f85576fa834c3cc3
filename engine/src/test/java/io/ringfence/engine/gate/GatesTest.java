package io.ringfence.engine.gate;

import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.InputKind;
import io.ringfence.codecs.sbe.ModifyOrderEncoder;
import io.ringfence.codecs.sbe.NewOrderEncoder;
import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.sbe.RefusalReason;
import io.ringfence.codecs.sbe.TimeInForce;
import io.ringfence.codecs.sbe.TradingMode;
import io.ringfence.config.ConfigLoader;
import io.ringfence.config.RingfenceConfig;
import io.ringfence.engine.InboundEvent;
import io.ringfence.engine.Intents;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The gate stage's behavioural spec for new orders: one row per outcome, driven through the
 * stage with journaled timestamps.
 */
class GatesTest
{
    private static final String CONFIG = """
        [trading]
        live_enabled = %s
        paper_enabled = %s
        [accounts]
        paper = ["DU8730189", "DUP203550"]
        live = ["U1234567"]
        [[clients]]
        name = "trader"
        scopes = ["orders:paper:submit", "orders:paper:cancel", "orders:paper:modify", "orders:live:submit"]
        accounts = ["DU8730189", "U1234567"]
        [[clients]]
        name = "reader"
        scopes = []
        accounts = ["DU8730189"]
        """;
    private static final int TRADER = 0;
    private static final int READER = 1;

    static Stream<Arguments> cases()
    {
        return Stream.of(
            row("accepts a paper market order", TRADER, true, false, o -> { }, null),
            row("accepts a paper limit order", TRADER, true, false,
                o -> o.orderType(OrderType.LIMIT).limitPrice(Price.parse("190.5")), null),
            row("refuses a live order without an approval (live always needs one)", TRADER, true, true,
                o -> o.mode(TradingMode.LIVE).account("U1234567"), RefusalReason.PAPER_APPROVAL_REQUIRED),
            row("refuses a zero quantity", TRADER, true, false, o -> o.quantity(0), RefusalReason.MALFORMED_INTENT),
            row("refuses a negative quantity", TRADER, true, false, o -> o.quantity(-5), RefusalReason.MALFORMED_INTENT),
            row("refuses a limit order without a price", TRADER, true, false,
                o -> o.orderType(OrderType.LIMIT), RefusalReason.MALFORMED_INTENT),
            row("refuses a market order with a limit price", TRADER, true, false,
                o -> o.limitPrice(Price.parse("1")), RefusalReason.MALFORMED_INTENT),
            row("refuses a stop order without a stop price", TRADER, true, false,
                o -> o.orderType(OrderType.STOP), RefusalReason.MALFORMED_INTENT),
            row("refuses an unknown side value", TRADER, true, false,
                o -> o.buffer().putByte(o.offset() + NewOrderEncoder.sideEncodingOffset(), (byte)9),
                RefusalReason.MALFORMED_INTENT),
            row("refuses a missing idempotency key", TRADER, true, false,
                o -> o.idempotencyKey(""), RefusalReason.MALFORMED_INTENT),
            row("refuses a key with a space", TRADER, true, false,
                o -> o.idempotencyKey("a b"), RefusalReason.MALFORMED_INTENT),
            row("refuses an intent that names no mode", TRADER, true, false,
                o -> o.mode(TradingMode.NONE), RefusalReason.PAPER_TRADING_DISABLED),
            row("refuses paper when paper is disabled", TRADER, false, false, o -> { },
                RefusalReason.PAPER_TRADING_DISABLED),
            row("refuses live when live is disabled", TRADER, true, false,
                o -> o.mode(TradingMode.LIVE).account("U1234567"), RefusalReason.LIVE_TRADING_DISABLED),
            row("refuses live mode on a paper account", TRADER, true, true,
                o -> o.mode(TradingMode.LIVE), RefusalReason.MODE_MISMATCH),
            row("refuses paper mode on a live account", TRADER, true, true,
                o -> o.account("U1234567"), RefusalReason.MODE_MISMATCH),
            row("refuses an unknown account", TRADER, true, false,
                o -> o.account("DU0000000"), RefusalReason.ACCOUNT_NOT_ALLOWED),
            row("refuses an account of another client", TRADER, true, false,
                o -> o.account("DUP203550"), RefusalReason.ACCOUNT_NOT_ALLOWED),
            row("refuses a client without the scope", READER, true, false, o -> { }, RefusalReason.SCOPE_MISSING));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void shouldDecideEachNewOrderAsTheSpecSays(
        final String name,
        final int client,
        final boolean paperEnabled,
        final boolean liveEnabled,
        final Consumer<NewOrderEncoder> change,
        final RefusalReason expected)
    {
        final RingfenceConfig config = ConfigLoader.parse(CONFIG.formatted(liveEnabled, paperEnabled));
        final GateStage stage = new GateStage(new Gates(config));
        final InboundEvent event = Intents.newOrder(client, 1_000, change);

        stage.onEvent(event, 0, true);

        assertThat(event.refusal).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cancelCases")
    void shouldDecideEachCancelAsTheSpecSays(final String name, final int client, final String account,
        final RefusalReason expected)
    {
        final GateStage stage = new GateStage(new Gates(ConfigLoader.parse(CONFIG.formatted(false, true))));
        final InboundEvent event = Intents.cancel(client, 1_000, c -> c.account(account));

        stage.onEvent(event, 0, true);

        assertThat(event.refusal).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedBodies")
    void shouldRefuseBytesThatAreNotAKnownIntent(final String name, final byte[] body, final RefusalReason expected)
    {
        final GateStage stage = new GateStage(new Gates(ConfigLoader.parse(CONFIG.formatted(false, true))));
        final InboundEvent valid = Intents.newOrder(TRADER, 1_000, o -> { });
        final UnsafeBuffer buffer = new UnsafeBuffer(body.length == 0 ? new byte[1] : body);
        final InboundEvent event = Intents.event(InputKind.CLIENT_INTENT, TRADER, 1_000, buffer, body.length);

        stage.onEvent(valid, 0, true);
        stage.onEvent(event, 1, true);

        assertThat(valid.refusal).isNull();
        assertThat(event.refusal).isEqualTo(expected);
    }

    static Stream<Arguments> malformedBodies()
    {
        final InboundEvent valid = Intents.newOrder(TRADER, 1_000, o -> { });
        final byte[] truncated = new byte[valid.bodyLength - 10];
        valid.body.getBytes(0, truncated);
        final byte[] futureVersion = new byte[valid.bodyLength];
        valid.body.getBytes(0, futureVersion);
        futureVersion[6] = 99;
        final byte[] otherSchema = futureVersion.clone();
        otherSchema[6] = 0;
        otherSchema[4] = 1;
        final byte[] unknownTemplate = new byte[valid.bodyLength];
        valid.body.getBytes(0, unknownTemplate);
        unknownTemplate[2] = 77;
        return Stream.of(
            arguments("empty", new byte[0], RefusalReason.MALFORMED_INTENT),
            arguments("shorter than a header", new byte[5], RefusalReason.MALFORMED_INTENT),
            arguments("truncated new order", truncated, RefusalReason.MALFORMED_INTENT),
            arguments("newer schema version", futureVersion, RefusalReason.UNSUPPORTED_SCHEMA_VERSION),
            arguments("another schema", otherSchema, RefusalReason.MALFORMED_INTENT),
            arguments("unknown template", unknownTemplate, RefusalReason.MALFORMED_INTENT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modifyCases")
    void shouldDecideEachModifyAsTheSpecSays(
        final String name, final int client, final Consumer<ModifyOrderEncoder> change, final RefusalReason expected)
    {
        final GateStage stage = new GateStage(new Gates(ConfigLoader.parse(CONFIG.formatted(false, true))));
        final InboundEvent event = Intents.modify(client, 1_000, change);

        stage.onEvent(event, 0, true);

        assertThat(event.refusal).isEqualTo(expected);
    }

    static Stream<Arguments> modifyCases()
    {
        final Consumer<ModifyOrderEncoder> newQuantity = m -> m.quantity(20);
        return Stream.of(
            arguments("accepts a new quantity", TRADER, newQuantity, null),
            arguments("accepts a new limit price", TRADER, (Consumer<ModifyOrderEncoder>)m -> m.limitPrice(Price.parse("2")), null),
            arguments("accepts a new time in force", TRADER, (Consumer<ModifyOrderEncoder>)m -> m.timeInForce(TimeInForce.GTC), null),
            arguments("refuses a modify that changes nothing", TRADER, (Consumer<ModifyOrderEncoder>)m -> { },
                RefusalReason.MALFORMED_INTENT),
            arguments("refuses a zero quantity", TRADER, (Consumer<ModifyOrderEncoder>)m -> m.quantity(0),
                RefusalReason.MALFORMED_INTENT),
            arguments("refuses a negative price", TRADER, (Consumer<ModifyOrderEncoder>)m -> m.limitPrice(-1),
                RefusalReason.MALFORMED_INTENT),
            arguments("refuses a client without the modify scope", READER, newQuantity, RefusalReason.SCOPE_MISSING),
            arguments("refuses an unknown account", TRADER, newQuantity.andThen(m -> m.account("DU1")),
                RefusalReason.ACCOUNT_NOT_ALLOWED));
    }

    static Stream<Arguments> cancelCases()
    {
        return Stream.of(
            arguments("accepts a cancel", TRADER, "DU8730189", null),
            arguments("refuses a cancel without the scope", READER, "DU8730189", RefusalReason.SCOPE_MISSING),
            arguments("refuses a cancel on an unknown account", TRADER, "DU1", RefusalReason.ACCOUNT_NOT_ALLOWED));
    }

    private static Arguments row(
        final String name, final int client, final boolean paper, final boolean live,
        final Consumer<NewOrderEncoder> change, final RefusalReason expected)
    {
        return arguments(name, client, paper, live, change, expected);
    }
}
