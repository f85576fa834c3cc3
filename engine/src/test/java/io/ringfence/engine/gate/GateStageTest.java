package io.ringfence.engine.gate;

import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.KillSwitchScope;
import io.ringfence.codecs.sbe.MessageHeaderEncoder;
import io.ringfence.codecs.sbe.NewOrderEncoder;
import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.sbe.RefusalReason;
import io.ringfence.codecs.sbe.TradingMode;
import io.ringfence.config.ConfigLoader;
import io.ringfence.config.RingfenceConfig;
import io.ringfence.engine.BrokerFrames;
import io.ringfence.engine.InboundEvent;
import io.ringfence.engine.Intents;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The gate stage's behavioural spec: one scenario per refusal code the gates own and the accept
 * path of each mode. Each scenario is a list of journaled inputs (timestamps in the events, no
 * clock) driven through a fresh stage; the last input's decision is the one under test, and an
 * invariant is checked after every step.
 */
class GateStageTest
{
    static final String CONFIG = """
        [trading]
        paper_enabled = %s
        live_enabled = %s
        [accounts]
        paper = ["DU8730189", "DUP203550"]
        live = ["U1234567"]
        [approvals]
        accounts = ["DUP203550"]
        [risk]
        price_collar_percent = 5
        max_orders_per_second = 3
        restricted_symbols = ["GME"]
        duplicate_window_ms = 1000
        [risk.limits]
        max_order_qty = 1000
        max_order_notional = "100000"
        [[risk.overrides]]
        symbol = "TSLA"
        max_order_qty = 5
        [[clients]]
        name = "trader"
        scopes = ["orders:paper:submit", "orders:paper:cancel", "orders:live:submit", "approvals:create"]
        accounts = ["DU8730189", "DUP203550", "U1234567"]
        [[clients]]
        name = "ops"
        scopes = ["admin:kill-switch", "admin:promote"]
        accounts = []
        [[clients]]
        name = "reader"
        scopes = []
        accounts = ["DU8730189"]
        """;
    static final int TRADER = 0;
    static final int OPS = 1;
    static final int READER = 2;
    static final long SECOND = 1_000_000_000L;
    static final long T0 = 1_700_000_000L * SECOND;

    static Stream<Arguments> scenarios()
    {
        return Stream.of(
            row("accepts a paper market order", null,
                order(T0, o -> { })),
            row("accepts a paper order on an approval account with its approval", null,
                previewThenApprove("DUP203550", 300),
                GateIntents.submit(TRADER, T0 + 3, 1, o -> o.account("DUP203550"))),
            row("accepts a live order with approval and promotion", null,
                GateIntents.promote(OPS, T0, "trader"),
                GateIntents.preview(TRADER, T0 + 1, p -> p.mode(TradingMode.LIVE).account("U1234567")),
                GateIntents.approve(TRADER, T0 + 2, "U1234567", 1, 300),
                GateIntents.submit(TRADER, T0 + 3, 1, o -> o.mode(TradingMode.LIVE).account("U1234567"))),
            row("a cancel passes an engaged kill switch", null,
                GateIntents.killSwitch(OPS, T0, true, KillSwitchScope.GLOBAL, ""),
                Intents.cancel(TRADER, T0 + 1, c -> { })),
            row("MALFORMED_INTENT", RefusalReason.MALFORMED_INTENT,
                order(T0, o -> o.quantity(0))),
            row("UNSUPPORTED_SCHEMA_VERSION", RefusalReason.UNSUPPORTED_SCHEMA_VERSION,
                futureVersion(order(T0, o -> { }))),
            row("PAPER_TRADING_DISABLED (no mode named)", RefusalReason.PAPER_TRADING_DISABLED,
                order(T0, o -> o.mode(TradingMode.NONE))),
            row("MODE_MISMATCH", RefusalReason.MODE_MISMATCH,
                order(T0, o -> o.mode(TradingMode.LIVE))),
            row("ACCOUNT_NOT_ALLOWED", RefusalReason.ACCOUNT_NOT_ALLOWED,
                Intents.newOrder(READER, T0, o -> o.account("DUP203550"))),
            row("SCOPE_MISSING", RefusalReason.SCOPE_MISSING,
                Intents.newOrder(READER, T0, o -> { })),
            row("KILL_SWITCH_ACTIVE (account)", RefusalReason.KILL_SWITCH_ACTIVE,
                GateIntents.killSwitch(OPS, T0, true, KillSwitchScope.ACCOUNT, Intents.ACCOUNT),
                order(T0 + 1, o -> { })),
            row("KILL_SWITCH_ACTIVE (client)", RefusalReason.KILL_SWITCH_ACTIVE,
                GateIntents.killSwitch(OPS, T0, true, KillSwitchScope.CLIENT, "trader"),
                order(T0 + 1, o -> { })),
            row("a released kill switch lets orders through", null,
                GateIntents.killSwitch(OPS, T0, true, KillSwitchScope.GLOBAL, ""),
                GateIntents.killSwitch(OPS, T0 + 1, false, KillSwitchScope.GLOBAL, ""),
                order(T0 + 2, o -> { })),
            row("PAPER_APPROVAL_REQUIRED", RefusalReason.PAPER_APPROVAL_REQUIRED,
                order(T0, o -> o.account("DUP203550"))),
            row("APPROVAL_NOT_FOUND", RefusalReason.APPROVAL_NOT_FOUND,
                GateIntents.submit(TRADER, T0, 99, o -> o.account("DUP203550"))),
            row("APPROVAL_EXPIRED", RefusalReason.APPROVAL_EXPIRED,
                previewThenApprove("DUP203550", 60),
                GateIntents.submit(TRADER, T0 + 2 + 60 * SECOND, 1, o -> o.account("DUP203550"))),
            row("APPROVAL_MISMATCH", RefusalReason.APPROVAL_MISMATCH,
                previewThenApprove("DUP203550", 300),
                GateIntents.submit(TRADER, T0 + 3, 1, o -> o.account("DUP203550").quantity(11))),
            row("APPROVAL_CONSUMED", RefusalReason.APPROVAL_CONSUMED,
                previewThenApprove("DUP203550", 300),
                GateIntents.submit(TRADER, T0 + 3, 1, o -> o.account("DUP203550")),
                GateIntents.submit(TRADER, T0 + 4, 1, o -> o.account("DUP203550").idempotencyKey("k2"))),
            row("RISK_MAX_QTY", RefusalReason.RISK_MAX_QTY,
                order(T0, o -> o.quantity(1001))),
            row("RISK_MAX_QTY (symbol override)", RefusalReason.RISK_MAX_QTY,
                order(T0, o -> o.symbol("TSLA").orderType(OrderType.LIMIT).limitPrice(Price.parse("200")).quantity(6))),
            row("RISK_MAX_NOTIONAL", RefusalReason.RISK_MAX_NOTIONAL,
                order(T0, o -> o.quantity(600))),
            row("RISK_PRICE_COLLAR", RefusalReason.RISK_PRICE_COLLAR,
                order(T0, o -> o.orderType(OrderType.LIMIT).limitPrice(Price.parse("180")))),
            row("RISK_NO_REFERENCE_PRICE", RefusalReason.RISK_NO_REFERENCE_PRICE,
                order(T0, o -> o.symbol("MSFT"))),
            row("RISK_NO_REFERENCE_PRICE (stale)", RefusalReason.RISK_NO_REFERENCE_PRICE,
                order(T0 + 6 * SECOND, o -> { })),
            row("RISK_RATE_LIMIT", RefusalReason.RISK_RATE_LIMIT,
                order(T0, o -> o.idempotencyKey("a").quantity(1)),
                order(T0 + 1, o -> o.idempotencyKey("b").quantity(2)),
                order(T0 + 2, o -> o.idempotencyKey("c").quantity(3)),
                order(T0 + 3, o -> o.idempotencyKey("d").quantity(4))),
            row("the rate window slides", null,
                order(T0, o -> o.idempotencyKey("a").quantity(1)),
                order(T0 + 1, o -> o.idempotencyKey("b").quantity(2)),
                order(T0 + 2, o -> o.idempotencyKey("c").quantity(3)),
                order(T0 + SECOND, o -> o.idempotencyKey("d").quantity(4))),
            row("RISK_RESTRICTED_SYMBOL", RefusalReason.RISK_RESTRICTED_SYMBOL,
                order(T0, o -> o.symbol("GME").orderType(OrderType.LIMIT).limitPrice(Price.parse("20")))),
            row("DUPLICATE_ORDER_SUSPECTED", RefusalReason.DUPLICATE_ORDER_SUSPECTED,
                order(T0, o -> { }),
                order(T0 + 1, o -> o.idempotencyKey("k2"))),
            row("the same key again is a retry, not a duplicate", null,
                order(T0, o -> { }),
                order(T0 + 1, o -> { })),
            row("PROMOTION_REQUIRED (a live preview runs gate 8 too)", RefusalReason.PROMOTION_REQUIRED,
                GateIntents.preview(TRADER, T0, p -> p.mode(TradingMode.LIVE).account("U1234567"))),
            row("a preview is refused like the order", RefusalReason.RISK_MAX_QTY,
                GateIntents.preview(TRADER, T0, p -> p.quantity(5000))),
            row("an approval needs its scope", RefusalReason.SCOPE_MISSING,
                GateIntents.preview(TRADER, T0, p -> { }),
                GateIntents.approve(READER, T0 + 1, Intents.ACCOUNT, 1, 300)),
            row("an approval needs a remembered preview", RefusalReason.APPROVAL_NOT_FOUND,
                GateIntents.approve(TRADER, T0, Intents.ACCOUNT, 5, 300)),
            row("a kill switch needs its scope", RefusalReason.SCOPE_MISSING,
                GateIntents.killSwitch(TRADER, T0, true, KillSwitchScope.GLOBAL, "")),
            row("a promotion needs its scope", RefusalReason.SCOPE_MISSING,
                GateIntents.promote(TRADER, T0, "trader")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void shouldDecideEachScenarioAsTheSpecSays(final String name, final RefusalReason expected, final List<InboundEvent> steps)
    {
        final GateStage stage = new GateStage(new Gates(ConfigLoader.parse(CONFIG.formatted(true, true))));
        final List<InboundEvent> inputs = new ArrayList<>();
        inputs.add(BrokerFrames.connected(T0 - 2 * SECOND));
        inputs.add(BrokerFrames.execution(T0 - SECOND, 100, "e1", 1, "190.00"));
        inputs.addAll(steps);

        long sequence = 0;
        for (final InboundEvent event : inputs)
        {
            stage.onEvent(event, sequence++, true);
            GateInvariants.check(event);
        }

        assertThat(inputs.get(inputs.size() - 1).refusal).isEqualTo(expected);
    }

    @ParameterizedTest(name = "paper {0}, live {1}, {2} order")
    @MethodSource("modeSwitches")
    void shouldRefuseAModeThatIsNotEnabled(
        final boolean paperEnabled, final boolean liveEnabled, final TradingMode mode, final RefusalReason expected)
    {
        final RingfenceConfig config = ConfigLoader.parse(CONFIG.formatted(paperEnabled, liveEnabled));
        final GateStage stage = new GateStage(new Gates(config));
        final InboundEvent event = order(T0, o -> o.mode(mode).account(mode == TradingMode.LIVE ? "U1234567" : Intents.ACCOUNT)
            .orderType(OrderType.LIMIT).limitPrice(Price.parse("190")));

        stage.onEvent(event, 0, true);

        assertThat(event.refusal).isEqualTo(expected);
    }

    static Stream<Arguments> modeSwitches()
    {
        return Stream.of(
            arguments(true, false, TradingMode.PAPER, null),
            arguments(false, true, TradingMode.PAPER, RefusalReason.PAPER_TRADING_DISABLED),
            arguments(true, false, TradingMode.LIVE, RefusalReason.LIVE_TRADING_DISABLED));
    }

    private static InboundEvent order(final long timestampNs, final Consumer<NewOrderEncoder> change)
    {
        return Intents.newOrder(TRADER, timestampNs, change);
    }

    private static InboundEvent[] previewThenApprove(final String account, final int ttlSeconds)
    {
        return new InboundEvent[] {
            GateIntents.preview(TRADER, T0 + 1, p -> p.account(account)),
            GateIntents.approve(TRADER, T0 + 2, account, 1, ttlSeconds)};
    }

    private static InboundEvent futureVersion(final InboundEvent event)
    {
        event.body.putShort(6, (short)(MessageHeaderEncoder.SCHEMA_VERSION + 1));
        return event;
    }

    private static Arguments row(final String name, final RefusalReason expected, final Object... steps)
    {
        final List<InboundEvent> list = new ArrayList<>();
        for (final Object step : steps)
        {
            if (step instanceof InboundEvent[] many)
            {
                list.addAll(List.of(many));
            }
            else
            {
                list.add((InboundEvent)step);
            }
        }
        return arguments(name, expected, list);
    }
}
