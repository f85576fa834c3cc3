package io.ringfence.sim;

import io.ringfence.codecs.Price;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The independent witness: {@code @stoqey/ib} (npm, 1.6.10), a strict TWS client that drops frames with
 * a wrong field count, trades against the gateway through {@code stoqey/witness.js}.
 * <p>
 * Needs {@code node} on the PATH and a directory holding {@code node_modules/@stoqey/ib}, named by the
 * system property or environment variable {@code RINGFENCE_STOQEY_DIR} (e.g. after
 * {@code npm install @stoqey/ib@1.6.10} there); skipped otherwise.
 */
class StoqeyWitnessIT
{
    private static final String STOQEY_DIR = "RINGFENCE_STOQEY_DIR";

    @Test
    @Timeout(60)
    void shouldTradeWithStoqeyClientWithoutDecodingErrors() throws Exception
    {
        final Path stoqeyDir = stoqeyDir();
        assumeTrue(null != stoqeyDir, STOQEY_DIR + " does not name a directory with node_modules/@stoqey/ib");

        try (PaperGateway gateway = PaperGateway.launch(new SimulatorContext().port(0)))
        {
            final String ask = Price.toBigDecimal(gateway.quote("AAPL").askPrice()).toPlainString();
            final List<String> lines = runWitness(stoqeyDir, gateway.port());

            assertThat(lines).contains(
                "connected 193",
                "accounts DU8730189,DUP203550",
                "nextValidId 1",
                "info 2104",
                "status 0 Filled 10 0 " + ask + " " + ask + " 11",
                "status 1 Submitted 0 5 0 0 11",
                "status 1 Cancelled 0 5 0 0 11",
                "error 2 201 Order rejected - reason:The account is not managed by this login",
                "status 2 Inactive 0 1 0 0 11",
                "done");
            assertThat(lines).anyMatch((line) -> line.matches(
                "exec -1 AAPL 265598 0 BOT 10 " + ask + " 10 " + ask + " DU8730189 witness [0-9a-f]{8}\\.00000001\\.01\\.01"));
            assertThat(lines).anyMatch((line) -> line.matches("commission [0-9a-f.]+ 0 USD"));
            assertThat(lines).as("only the expected rejection and cancel confirmation as errors")
                .filteredOn((line) -> line.startsWith("error"))
                .allMatch((line) -> line.startsWith("error 2 201 ") || line.startsWith("error 1 202 "));
            assertThat(gateway.errorCount()).isZero();
        }
    }

    private static List<String> runWitness(final Path stoqeyDir, final int port)
        throws IOException, InterruptedException, URISyntaxException
    {
        final Path script = Path.of(StoqeyWitnessIT.class.getResource("/stoqey/witness.js").toURI());
        final ProcessBuilder builder = new ProcessBuilder("node", script.toString(), Integer.toString(port), "11")
            .redirectErrorStream(true);
        builder.environment().put("NODE_PATH", stoqeyDir.resolve("node_modules").toString());
        final Process process = builder.start();
        try (BufferedReader reader = new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)))
        {
            final List<String> lines = reader.lines().collect(Collectors.toList());
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as("witness output: %s", lines).isZero();
            return lines;
        }
        finally
        {
            process.destroyForcibly();
        }
    }

    private static Path stoqeyDir()
    {
        final String configured = System.getProperty(STOQEY_DIR, System.getenv(STOQEY_DIR));
        if (null == configured || !hasNode())
        {
            return null;
        }
        final Path dir = Path.of(configured);
        return Files.isDirectory(dir.resolve("node_modules/@stoqey/ib")) ? dir : null;
    }

    private static boolean hasNode()
    {
        for (final String entry : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        {
            if (Files.isExecutable(Path.of(entry, "node")))
            {
                return true;
            }
        }
        return false;
    }
}
