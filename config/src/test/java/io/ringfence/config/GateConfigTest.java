package io.ringfence.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The approvals, kill switch and risk sections: defaults, overrides resolved most specific first,
 * and every bad value named by its key.
 */
class GateConfigTest
{
    private static final String BASE = """
        [accounts]
        paper = ["DU1", "DU2"]
        [[clients]]
        name = "a"
        accounts = ["DU1"]
        """;

    @Test
    void shouldDefaultToPaperWithoutApprovalsAndLiveWithThem()
    {
        final GateConfig gates = ConfigLoader.loadDefault().gates();

        assertThat(gates.approvals().isRequired(false, "DU8730189")).isFalse();
        assertThat(gates.approvals().isRequired(true, "U1")).isTrue();
        assertThat(gates.killSwitch().engageOnUncleanShutdown()).isFalse();
        assertThat(gates.risk().priceCollarPpm()).isZero();
        assertThat(gates.risk().maxOrdersPerSecond()).isEqualTo(1_000);
        assertThat(gates.risk().limits()).isEqualTo(RiskConfig.DEFAULT_LIMITS);
    }

    @Test
    void shouldResolveTheMostSpecificOverridePerLimit()
    {
        final RiskConfig risk = ConfigLoader.parse(BASE + """
            [risk]
            price_collar_percent = 2.5
            [risk.limits]
            max_order_qty = 100
            max_order_notional = 5000.5
            [[risk.overrides]]
            symbol = "TSLA"
            max_order_qty = 5
            [[risk.overrides]]
            account = "DU1"
            client = "a"
            max_order_qty = 50
            max_position = 7
            """).gates().risk();

        assertThat(risk.priceCollarPpm()).isEqualTo(25_000);
        assertThat(risk.limitsFor("DU2", "a", "AAPL").maxOrderQty()).isEqualTo(100);
        assertThat(risk.limitsFor("DU2", "a", "AAPL").maxOrderNotional()).isEqualTo(500_050_000_000L);
        assertThat(risk.limitsFor("DU1", "a", "AAPL").maxOrderQty()).isEqualTo(50);
        assertThat(risk.limitsFor("DU1", "a", "TSLA").maxOrderQty()).isEqualTo(5);
        assertThat(risk.limitsFor("DU1", "a", "TSLA").maxPosition()).isEqualTo(7);
    }

    static Stream<Arguments> badValues()
    {
        return Stream.of(
            arguments("[approvals]\naccounts = [\"U9\"]\n", "approvals.accounts[0]"),
            arguments("[approvals]\nmax_ttl_seconds = 0\n", "approvals.max_ttl_seconds"),
            arguments("[approvals]\nsurprise = 1\n", "approvals.surprise"),
            arguments("[kill_switch]\nengage_on_unclean_shutdown = \"yes\"\n", "kill_switch.engage_on_unclean_shutdown"),
            arguments("[risk]\nprice_collar_percent = 101\n", "risk.price_collar_percent"),
            arguments("[risk]\nprice_collar_percent = 0.00001\n", "risk.price_collar_percent"),
            arguments("[risk]\nrestricted_symbols = [\"has space\"]\n", "risk.restricted_symbols[0]"),
            arguments("[risk.limits]\nmax_order_qty = 0\n", "risk.limits.max_order_qty"),
            arguments("[risk.limits]\nmax_order_notional = \"lots\"\n", "risk.limits.max_order_notional"),
            arguments("[[risk.overrides]]\naccount = \"DU9\"\n", "risk.overrides[0].account"),
            arguments("[[risk.overrides]]\nclient = \"zz\"\n", "risk.overrides[0].client"),
            arguments("[[risk.overrides]]\naccount = \"DU1\"\nmax_qty = 1\n", "risk.overrides[0].max_qty"),
            arguments("[[risk.overrides]]\naccount = \"DU1\"\n[[risk.overrides]]\naccount = \"DU1\"\n",
                "risk.overrides[1].account"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badValues")
    void shouldNameTheKeyOfABadValue(final String toml, final String key)
    {
        assertThatThrownBy(() -> ConfigLoader.parse(BASE + toml))
            .isInstanceOf(ConfigException.class)
            .hasMessageStartingWith(key + ":");
    }
}
