package io.ringfence.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigLoaderTest
{
    private static final String MINIMAL = """
        [accounts]
        paper = ["DU1"]
        [[clients]]
        name = "s1"
        scopes = ["orders:paper:submit"]
        accounts = ["DU1"]
        """;

    @Test
    void shouldLoadTheExampleFileAsTheDefault()
    {
        final RingfenceConfig fromFile = ConfigLoader.load(Path.of("ringfence.toml"));
        final RingfenceConfig builtIn = ConfigLoader.loadDefault();

        assertThat(builtIn).isEqualTo(fromFile);
        assertThat(builtIn.paperEnabled()).isTrue();
        assertThat(builtIn.liveEnabled()).isFalse();
        assertThat(builtIn.paperGateway()).isEqualTo(new GatewayConfig("127.0.0.1", 4002, 1, null));
        assertThat(builtIn.paperAccounts()).containsExactly("DU8730189", "DUP203550");
        assertThat(builtIn.client("cli").hasScope(Scope.ORDERS_PAPER_SUBMIT)).isTrue();
        assertThat(builtIn.journal()).isEqualTo(new JournalConfig(Path.of("run", "journal"), "process", "daily", 0, 0, 5_000));
    }

    @Test
    void shouldApplyDefaultsToAMinimalFile()
    {
        final RingfenceConfig config = ConfigLoader.parse(MINIMAL);

        assertThat(config.liveEnabled()).isFalse();
        assertThat(config.liveGateway().port()).isEqualTo(4001);
        assertThat(config.engine()).isEqualTo(new EngineConfig(4096, 65_536, "backoff", "shared"));
        assertThat(config.client("s1").ingressCapacityBytes()).isEqualTo(1 << 20);
        assertThat(config.client("nobody")).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        port out of range       | [gateway.paper]\\nport = 70000                 | gateway.paper.port: 70000 is not in 1..65535
        port not a number       | [gateway.paper]\\nport = "x"                   | gateway.paper.port: "x" must be an integer
        unknown top-level key   | colour = "red"                                 | colour: unknown key
        unknown nested key      | [trading]\\npaper = true                       | trading.paper: unknown key
        bool not a bool         | [trading]\\nlive_enabled = "yes"               | trading.live_enabled: "yes" must be true or false
        idle strategy           | [engine]\\nidle_strategy = "spin"              | engine.idle_strategy: 'spin' is not one of
        ring size               | [engine]\\nring_size = 1000                    | engine.ring_size: 1000 must be a power of two
        durability              | [journal]\\ndurability = "fsync"               | journal.durability: 'fsync' is not one of [process, sync]
        roll cycle              | [journal]\\nroll_cycle = "minutely"           | journal.roll_cycle: 'minutely' is not one of
        idempotency capacity    | [journal]\\nidempotency_capacity = 8          | journal.idempotency_capacity: 8 must be 0 (twice engine.max_orders) or at least 16
        key retention           | [journal]\\nkey_retention_hours = -1          | journal.key_retention_hours: -1 is not in 0..8784
        restart window format   | [gateway.paper]\\nrestart_window = "23:40"      | gateway.paper.restart_window: '23:40' is not HH:MM-HH:MM ZONE
        restart window zone     | [gateway.paper]\\nrestart_window = "23:40-00:10 Mars/Base" | gateway.paper.restart_window: '23:40-00:10 Mars/Base' names an unknown time zone
        restart window time     | [gateway.paper]\\nrestart_window = "25:40-00:10 UTC" | gateway.paper.restart_window: '25:40-00:10 UTC' has a time that is not HH:MM
        same port both modes    | [gateway.live]\\nport = 4002                   | gateway.live.port: 4002 is also the paper gateway's port
        """)
    void shouldNameTheKeyOfABadValue(final String name, final String extra, final String message)
    {
        final String toml = extra.replace("\\n", "\n") + "\n" + MINIMAL;

        assertThatThrownBy(() -> ConfigLoader.parse(toml))
            .isInstanceOf(ConfigException.class)
            .hasMessageContaining(message);
    }

    @Test
    void shouldReadARestartWindowThatSpansMidnight()
    {
        final RestartWindow window = ConfigLoader.parse(
            "[gateway.paper]\nrestart_window = \"23:40-00:10 America/New_York\"\n" + MINIMAL).paperGateway().restartWindow();

        assertThat(window.zone().getId()).isEqualTo("America/New_York");
        assertThat(window.contains(23 * 60 + 40)).isTrue();
        assertThat(window.contains(5)).isTrue();
        assertThat(window.contains(10)).isFalse();
        assertThat(window.contains(23 * 60 + 39)).isFalse();
    }

    @Test
    void shouldRefuseAPaperAccountInTheLiveList()
    {
        assertThatThrownBy(() -> ConfigLoader.parse(MINIMAL.replace("paper = [\"DU1\"]", "paper = [\"DU1\"]\nlive = [\"DU2\"]")))
            .hasMessageContaining("accounts.live[0]: 'DU2' is a paper account");
    }

    @Test
    void shouldRefuseALiveAccountInThePaperList()
    {
        assertThatThrownBy(() -> ConfigLoader.parse(MINIMAL.replace("paper = [\"DU1\"]", "paper = [\"DU1\", \"U123\"]")))
            .hasMessageContaining("accounts.paper[1]: 'U123' is not a paper account");
    }

    @Test
    void shouldRefuseAClientAccountThatIsNotConfigured()
    {
        assertThatThrownBy(() -> ConfigLoader.parse(MINIMAL.replace("accounts = [\"DU1\"]", "accounts = [\"DU9\"]")))
            .hasMessageContaining("clients[0].accounts: DU9 is not in accounts.paper or accounts.live");
    }

    @Test
    void shouldRefuseAnUnknownScope()
    {
        assertThatThrownBy(() -> ConfigLoader.parse(MINIMAL.replace("orders:paper:submit", "orders:everything")))
            .hasMessageContaining("clients[0].scopes[0]: 'orders:everything' is not a scope");
    }

    @Test
    void shouldRefuseDuplicateClientNames()
    {
        final String twice = MINIMAL + "[[clients]]\nname = \"s1\"\naccounts = [\"DU1\"]\n";

        assertThatThrownBy(() -> ConfigLoader.parse(twice)).hasMessageContaining("clients[1].name: 's1' is used");
    }

    @Test
    void shouldRequireAClient()
    {
        assertThatThrownBy(() -> ConfigLoader.parse("[accounts]\npaper = [\"DU1\"]\n"))
            .hasMessageContaining("clients: at least one");
    }

    @Test
    void shouldReportSyntaxErrors()
    {
        assertThatThrownBy(() -> ConfigLoader.parse("run_dir = \n")).hasMessageStartingWith("(syntax):");
    }

    @Test
    void shouldNameAMissingFile()
    {
        assertThatThrownBy(() -> ConfigLoader.load(Path.of("no-such.toml")))
            .hasMessageContaining("config file not found: no-such.toml");
    }
}
