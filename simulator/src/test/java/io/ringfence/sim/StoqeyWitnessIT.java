package io.ringfence.sim;

import io.ringfence.codecs.Price;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The independent witness: {@code @stoqey/ib} (npm, 1.6.10), a strict TWS client that drops frames with
 * a wrong field count, trades against the gateway through {@code stoqey/witness.js}: market buy at the
 * ask, a limit rested then cancelled, a rejection, a stop triggered when this test moves the quote, a
 * bracket whose take-profit fills and whose stop-loss is cancelled, then open orders, completed orders,
 * executions with commissions, positions, account summary, current time and a market data snapshot.
 * <p>
 * Needs {@code node} on the PATH and a directory holding {@code node_modules/@stoqey/ib}, named by the
 * system property or environment variable {@code RINGFENCE_STOQEY_DIR} (the simulator's pom points it at
 * {@code codecs/src/test/node}; {@code npm ci} there). Skipped when either is missing, except with
 * {@code CI=true}, where it fails instead.
 */
class StoqeyWitnessIT
{
    private static final String STOQEY_DIR = "RINGFENCE_STOQEY_DIR";
    private static final String ACCOUNT = "DU8730189";

    @Test
    @Timeout(60)
    void shouldTradeEveryFlowWithStoqeyClientWithoutDecodingErrors() throws Exception
    {
        final Path stoqeyDir = stoqeyDir();
        if (null == stoqeyDir && "true".equalsIgnoreCase(System.getenv("CI")))
        {
            fail("CI=true but node is not on the PATH or " + STOQEY_DIR + " (" + configuredDir() +
                ") has no node_modules/@stoqey/ib: run npm ci in codecs/src/test/node");
        }
        assumeTrue(null != stoqeyDir, STOQEY_DIR + " does not name a directory with node_modules/@stoqey/ib");

        try (PaperGateway gateway = PaperGateway.launch(new SimulatorContext().port(0)))
        {
            final String ask = decimal(gateway.quote("AAPL").askPrice());
            final List<String> lines = runWitness(stoqeyDir, gateway);

            assertThat(lines).contains(
                "connected 193",
                "accounts DU8730189,DUP203550",
                "nextValidId 1",
                "info 2104",
                "status 0 Filled 10 0 " + ask + " " + ask + " 11 0",
                "status 1 Submitted 0 5 0 0 11 0",
                "status 1 Cancelled 0 5 0 0 11 0",
                "error 2 201 Order rejected - reason:The account is not managed by this login",
                "status 2 Inactive 0 1 0 0 11 0",
                "status 3 Filled 10 0 184.98 184.98 11 0",
                "status 4 Filled 20 0 185 185 11 0",
                "status 5 Submitted 0 20 0 0 11 4",
                "status 6 Submitted 0 20 0 0 11 4",
                "status 5 Filled 20 0 190 190 11 4",
                "status 6 Cancelled 0 20 0 0 11 4",
                "open 0 AAPL BUY 10 MKT - - Filled",
                "open 6 AAPL SELL 20 STP - 180 Submitted",
                "done");
            assertThat(lines).as("the stop fills only after the quote moved")
                .containsSubsequence("await-quote stop", "status 3 Filled 10 0 184.98 184.98 11 0");
            assertThat(lines).as("take-profit fills only after the quote moved")
                .containsSubsequence("await-quote take-profit", "status 5 Filled 20 0 190 190 11 4");

            final List<String> queries = lines.subList(lines.indexOf("phase queries"), lines.size());
            assertThat(queries).as("nothing is open any more")
                .containsSubsequence("phase queries", "openOrderEnd")
                .noneMatch((line) -> line.startsWith("open "));
            assertThat(queries).filteredOn((line) -> line.startsWith("completed ")).containsExactly(
                "completed AAPL BUY 10 MKT Filled",
                "completed AAPL SELL 5 LMT Cancelled",
                "completed AAPL SELL 10 STP Filled",
                "completed AAPL BUY 20 LMT Filled",
                "completed AAPL SELL 20 LMT Filled",
                "completed AAPL SELL 20 STP Cancelled");
            assertThat(queries).filteredOn((line) -> line.startsWith("exec 77 ")).hasSize(4)
                .anyMatch((line) -> line.matches("exec 77 AAPL 265598 0 BOT 10 " + ask + " 10 " + ask +
                    " DU8730189 witness [0-9a-f]{13}\\.00000001\\.01\\.01"))
                .anyMatch((line) -> line.startsWith("exec 77 AAPL 265598 3 SLD 10 184.98 10 184.98 DU8730189 - "))
                .anyMatch((line) -> line.startsWith("exec 77 AAPL 265598 4 BOT 20 185 20 185 DU8730189 - "))
                .anyMatch((line) -> line.startsWith("exec 77 AAPL 265598 5 SLD 20 190 20 190 DU8730189 - "));
            final long bought = Price.parse(ask) * 10 + Price.parse("1");
            final String stopPnl = decimal(Price.parse("1849.8") - bought - Price.parse("1"));
            assertThat(queries).filteredOn((line) -> line.startsWith("commission ")).hasSize(4)
                .allMatch((line) -> line.matches("commission [0-9a-f.]+ 1 USD .*"))
                .anyMatch((line) -> line.endsWith(" 1 USD " + stopPnl))
                .anyMatch((line) -> line.endsWith(" 1 USD 98"));
            assertThat(queries).contains("position DU8730189 AAPL 0 0", "positionEnd", "execDetailsEnd 77",
                "summary 9 DU8730189 TotalCashValue " + decimal(gateway.cash(ACCOUNT)) + " USD",
                "summary 9 DU8730189 RealizedPnL " + decimal(gateway.realizedPnl(ACCOUNT)) + " USD",
                "summary 9 DUP203550 NetLiquidation 1000000 USD",
                "accountSummaryEnd 9", "currentTime ok",
                "tick 5 1 190", "tick 5 2 190.02", "tick 5 4 190", "tickSnapshotEnd 5");
            assertThat(lines).as("only the expected rejection and cancel confirmations as errors")
                .filteredOn((line) -> line.startsWith("error"))
                .allMatch((line) -> line.startsWith("error 2 201 ") || line.startsWith("error 1 202 ") ||
                    line.startsWith("error 6 202 "));
            assertThat(gateway.position(ACCOUNT, "AAPL")).isZero();
            assertThat(gateway.errorCount()).isZero();
        }
    }

    private static String decimal(final long price)
    {
        return Price.toBigDecimal(price).toPlainString();
    }

    private static List<String> runWitness(final Path stoqeyDir, final PaperGateway gateway)
        throws IOException, InterruptedException, URISyntaxException
    {
        final Path script = Path.of(StoqeyWitnessIT.class.getResource("/stoqey/witness.js").toURI());
        final ProcessBuilder builder = new ProcessBuilder(
            "node", script.toString(), Integer.toString(gateway.port()), "11").redirectErrorStream(true);
        builder.environment().put("NODE_PATH", stoqeyDir.resolve("node_modules").toString());
        final Process process = builder.start();
        final List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            OutputStream toWitness = process.getOutputStream())
        {
            String line;
            while (null != (line = reader.readLine()))
            {
                lines.add(line);
                if (line.equals("await-quote stop"))
                {
                    gateway.setQuote("AAPL", Price.parse("184.98"), Price.parse("185.00"));
                    answer(toWitness);
                }
                else if (line.equals("await-quote take-profit"))
                {
                    gateway.setQuote("AAPL", Price.parse("190.00"), Price.parse("190.02"));
                    answer(toWitness);
                }
            }
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as("witness output: %s", lines).isZero();
            return lines;
        }
        finally
        {
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
        }
    }

    private static void answer(final OutputStream toWitness) throws IOException
    {
        toWitness.write("go\n".getBytes(StandardCharsets.US_ASCII));
        toWitness.flush();
    }

    private static String configuredDir()
    {
        return System.getProperty(STOQEY_DIR, System.getenv(STOQEY_DIR));
    }

    private static Path stoqeyDir()
    {
        final String configured = configuredDir();
        if (null == configured || configured.isBlank() || !hasNode())
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
