package io.ringfence.engine.gate;

import io.ringfence.codecs.sbe.RefusalReason;
import io.ringfence.codecs.sbe.Side;
import io.ringfence.config.ConfigLoader;
import io.ringfence.config.RiskLimits;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The limits the order stage checks: resulting position (long and short, working orders on the
 * same side counted as filled) and open orders, with the config's overrides.
 */
class PositionLimitsTest
{
    static Stream<Arguments> rules()
    {
        return Stream.of(
            arguments("buy within the long limit", Side.BUY, 10, 80, 10, 0, null),
            arguments("buy past the long limit", Side.BUY, 10, 80, 11, 0, RefusalReason.RISK_MAX_POSITION),
            arguments("sell within the short limit from long", Side.SELL, 190, 90, 0, 0, null),
            arguments("sell past the short limit", Side.SELL, 10, -95, 0, 0, RefusalReason.RISK_MAX_POSITION),
            arguments("working sells count", Side.SELL, 10, 0, 91, 0, RefusalReason.RISK_MAX_POSITION),
            arguments("open orders at the limit", Side.BUY, 1, 0, 0, 5, RefusalReason.RISK_MAX_OPEN_ORDERS),
            arguments("one below the open orders limit", Side.BUY, 1, 0, 0, 4, null),
            arguments("no overflow on huge working", Side.BUY, 1, 0, Long.MAX_VALUE, 0, RefusalReason.RISK_MAX_POSITION));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void shouldApplyTheRule(
        final String name, final Side side, final long quantity, final long position, final long working, final long open,
        final RefusalReason expected)
    {
        assertThat(PositionLimits.check(100, 5, side, quantity, position, working, open)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overrides")
    void shouldUseTheMostSpecificLimits(final String name, final int client, final String symbol, final long position,
        final RefusalReason expected)
    {
        final PositionLimits limits = new PositionLimits(ConfigLoader.parse("""
            [accounts]
            paper = ["DU1", "DU2"]
            [risk.limits]
            max_position = 1000
            [[risk.overrides]]
            account = "DU1"
            max_position = 100
            [[risk.overrides]]
            account = "DU1"
            client = "b"
            max_position = 50
            [[risk.overrides]]
            account = "DU1"
            symbol = "TSLA"
            max_position = 10
            [[clients]]
            name = "a"
            accounts = ["DU1", "DU2"]
            [[clients]]
            name = "b"
            accounts = ["DU1"]
            """));
        final UnsafeBuffer order = new UnsafeBuffer(new byte[32]);
        order.putStringWithoutLengthAscii(0, "DU1");
        order.putStringWithoutLengthAscii(16, symbol);

        assertThat(limits.check(client, order, 0, 16, Side.BUY, 1, position, 0, 0)).isEqualTo(expected);
    }

    static Stream<Arguments> overrides()
    {
        return Stream.of(
            arguments("account limit", 0, "AAPL", 99, null),
            arguments("account limit reached", 0, "AAPL", 100, RefusalReason.RISK_MAX_POSITION),
            arguments("client override", 1, "AAPL", 50, RefusalReason.RISK_MAX_POSITION),
            arguments("symbol override beats client", 1, "TSLA", 10, RefusalReason.RISK_MAX_POSITION),
            arguments("symbol override", 0, "TSLA", 9, null));
    }

    @ParameterizedTest(name = "unlimited {0}")
    @MethodSource("sides")
    void shouldNotLimitAnUnlimitedPosition(final Side side)
    {
        assertThat(PositionLimits.check(RiskLimits.UNLIMITED, 5, side, Long.MAX_VALUE, -1, 1, 0)).isNull();
    }

    static Stream<Side> sides()
    {
        return Stream.of(Side.BUY, Side.SELL);
    }
}
