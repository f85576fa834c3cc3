package io.ringfence.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator's flow with three real processes of the shipped jar: {@code ringfence sim},
 * {@code ringfence run} against it, and {@code ringfence orders submit} calls printing JSON.
 */
class CliIT
{
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    @Timeout(120)
    void shouldSubmitThroughARunningEngineAndRefuseMalformedOrdersWithTypedCodes() throws Exception
    {
        try (CliProcess sim = CliProcess.start(dir, "sim", "--port", "0", "--no-regular-hours"))
        {
            final String listening = sim.awaitLine("listening on", 30);
            final int port = Integer.parseInt(listening.replaceAll(".*127\\.0\\.0\\.1:(\\d+).*", "$1"));
            final Path config = writeConfig(port);
            try (CliProcess engine = CliProcess.start(dir, "run", "--config", config.toString()))
            {
                engine.awaitLine("ringfence engine running", 30);

                final JsonNode filled = submit(config, 0, "--account", "DU8730189", "--symbol", "AAPL", "--side", "BUY",
                    "--qty", "10", "--type", "MKT", "--idempotency-key", "k1", "--enable-paper");
                assertThat(filled.get("ok").asBoolean()).isTrue();
                assertThat(filled.get("state").asText()).isEqualTo("FILLED");
                assertThat(filled.get("filledQuantity").asLong()).isEqualTo(10);
                assertThat(filled.get("fills")).hasSize(1);

                final JsonNode replayed = submit(config, 0, "--account", "DU8730189", "--symbol", "AAPL", "--side", "BUY",
                    "--qty", "10", "--type", "MKT", "--idempotency-key", "k1", "--enable-paper");
                assertThat(replayed.get("brokerOrderId")).isEqualTo(filled.get("brokerOrderId"));
                assertThat(replayed.get("fills")).isEmpty();

                assertRefused(submit(config, 2, "--account", "DU0000000", "--symbol", "AAPL", "--side", "BUY",
                    "--qty", "10", "--idempotency-key", "k2", "--enable-paper"), "ACCOUNT_NOT_ALLOWED");
                assertRefused(submit(config, 2, "--account", "DU8730189", "--symbol", "AAPL", "--side", "BUY",
                    "--qty", "10", "--enable-paper"), "MALFORMED_INTENT");
                assertRefused(submit(config, 2, "--account", "DU8730189", "--symbol", "AAPL", "--side", "BUY",
                    "--qty", "-10", "--idempotency-key", "k3", "--enable-paper"), "MALFORMED_INTENT");
                assertRefused(submit(config, 2, "--account", "DU8730189", "--symbol", "AAPL", "--side", "BUY",
                    "--qty", "10", "--idempotency-key", "k4"), "PAPER_TRADING_DISABLED");

                final JsonNode resting = submit(config, 0, "--account", "DU8730189", "--symbol", "AAPL", "--side", "BUY",
                    "--qty", "10", "--type", "LMT", "--limit-price", "100", "--idempotency-key", "r1", "--enable-paper",
                    "--timeout-seconds", "2");
                assertThat(resting.get("state").asText()).isEqualTo("SUBMITTED");
                final JsonNode modified = run(config, 0, "orders", "modify", "--account", "DU8730189",
                    "--idempotency-key", "r1", "--modify-key", "r1-m1", "--limit-price", "195", "--enable-paper");
                assertThat(modified.get("state").asText()).isEqualTo("FILLED");

                final JsonNode counters = stat(config);
                assertThat(counters.get("broker: PLACE_ORDER sent").asLong()).isEqualTo(3);
                assertThat(counters.get("broker: executions applied").asLong()).isEqualTo(2);
                assertThat(counters.get("intents: idempotent replays").asLong()).isEqualTo(1);
                assertThat(counters.get("refused: ACCOUNT_NOT_ALLOWED").asLong()).isEqualTo(1);
                assertThat(counters.get("refused: MALFORMED_INTENT").asLong()).isEqualTo(1);
                assertThat(counters.get("refused: PAPER_TRADING_DISABLED").asLong()).isEqualTo(1);
                assertThat(counters.get("errors: pipeline exceptions (see ringfence errors)").asLong()).isZero();
                final long records = counters.get("journal: input records appended").asLong();
                assertThat(records).isPositive();
                assertThat(counters.get("journal: input bytes appended").asLong()).isGreaterThan(records * 50);
                assertThat(counters.get("journal: end-of-batch commits (a force each in sync mode)").asLong())
                    .isPositive().isLessThanOrEqualTo(records);
            }
        }
    }

    @Test
    @Timeout(60)
    void shouldSayTheEngineIsNotRunning() throws Exception
    {
        final Path config = writeConfig(4999);

        assertRefused(submit(config, 3, "--account", "DU8730189", "--symbol", "AAPL", "--side", "BUY", "--qty", "1",
            "--idempotency-key", "x", "--enable-paper"), "ENGINE_NOT_RUNNING");
    }

    @Test
    @Timeout(60)
    void shouldNameTheKeyOfABadConfig() throws Exception
    {
        final Path config = Files.writeString(dir.resolve("bad.toml"), "[gateway.paper]\nport = 70000\n");

        try (CliProcess engine = CliProcess.start(dir, "run", "--config", config.toString()))
        {
            assertThat(engine.waitFor(30)).isEqualTo(ExitCodes.CONFIG_ERROR);
        }
        assertThat(Files.list(dir).filter(p -> p.getFileName().toString().startsWith("stderr-run"))
            .map(CliIT::read).findFirst().orElse("")).contains("gateway.paper.port: 70000 is not in 1..65535");
    }

    private JsonNode submit(final Path config, final int expectedExit, final String... args) throws Exception
    {
        final String[] command = new String[args.length + 2];
        command[0] = "orders";
        command[1] = "submit";
        System.arraycopy(args, 0, command, 2, args.length);
        return run(config, expectedExit, command);
    }

    private JsonNode run(final Path config, final int expectedExit, final String... args) throws Exception
    {
        final String[] command = new String[args.length + 3];
        System.arraycopy(args, 0, command, 0, args.length);
        command[args.length] = "--json";
        command[args.length + 1] = "--config";
        command[args.length + 2] = config.toString();
        try (CliProcess submit = CliProcess.start(dir, command))
        {
            final int exit = submit.waitFor(30);
            final String output = submit.output();
            assertThat(exit).as(output).isEqualTo(expectedExit);
            return JSON.readTree(output);
        }
    }

    private JsonNode stat(final Path config) throws Exception
    {
        try (CliProcess stat = CliProcess.start(dir, "stat", "--once", "--json", "--config", config.toString()))
        {
            assertThat(stat.waitFor(30)).isZero();
            return JSON.readTree(stat.output());
        }
    }

    private static void assertRefused(final JsonNode json, final String code)
    {
        assertThat(json.get("ok").asBoolean()).isFalse();
        assertThat(json.get("code").asText()).isEqualTo(code);
    }

    private Path writeConfig(final int port) throws Exception
    {
        final String toml = Files.readString(Path.of("..", "config", "ringfence.toml"))
            .replace("run_dir = \"run\"", "run_dir = \"" + dir.resolve("run") + "\"")
            .replace("port = 4002", "port = " + port);
        return Files.writeString(dir.resolve("ringfence.toml"), toml);
    }

    private static String read(final Path path)
    {
        try
        {
            return Files.readString(path);
        }
        catch (final Exception ex)
        {
            throw new IllegalStateException(ex);
        }
    }
}
