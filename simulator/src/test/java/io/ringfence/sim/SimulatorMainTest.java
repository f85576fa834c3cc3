package io.ringfence.sim;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SimulatorMainTest
{
    @Test
    void shouldParsePortWalkAndSeed()
    {
        final SimulatorContext ctx = SimulatorMain.parse(new String[]{ "--port", "0", "--walk-ticks", "2", "--seed", "7" });

        assertThat(ctx.port()).isZero();
        assertThat(ctx.walkTicks()).isEqualTo(2);
        assertThat(ctx.quoteSeed()).isEqualTo(7);
    }

    @Test
    void shouldDefaultToPort4002()
    {
        assertThat(SimulatorMain.parse(new String[0]).port()).isEqualTo(4002);
    }

    @Test
    void shouldRefuseUnknownOptionsAndMissingValues()
    {
        assertThatThrownBy(() -> SimulatorMain.parse(new String[]{ "--verbose" })).hasMessageContaining("--verbose");
        assertThatThrownBy(() -> SimulatorMain.parse(new String[]{ "--port" })).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> SimulatorMain.parse(new String[]{ "--port", "x" })).hasMessageContaining("integer");
        assertThatThrownBy(() -> SimulatorMain.parse(new String[]{ "--port", "99999" })).hasMessageContaining("port");
    }

    @Test
    void shouldParseQuotesFileAndHistorySettings() throws URISyntaxException
    {
        final String file = Path.of(getClass().getResource("/quotes/replay.csv").toURI()).toString();

        final SimulatorContext ctx = SimulatorMain.parse(new String[]{
            "--quotes", file, "--history-interval-ms", "5000", "--history-capacity", "100" });

        assertThat(ctx.quoteReplay().size()).isEqualTo(6);
        assertThat(ctx.historyIntervalMs()).isEqualTo(5_000);
        assertThat(ctx.historyCapacity()).isEqualTo(100);
    }

    @Test
    void shouldRefuseMalformedQuotesFileNamingLineAndColumn() throws URISyntaxException
    {
        final String file = Path.of(getClass().getResource("/quotes/bad-ask.csv").toURI()).toString();

        assertThatThrownBy(() -> SimulatorMain.parse(new String[]{ "--quotes", file }))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith(file + " line 3, column 4 (ask)");
        assertThatThrownBy(() -> SimulatorMain.parse(new String[]{ "--quotes" })).hasMessageContaining("needs a value");
    }

    @Test
    @Timeout(10)
    void shouldPrintTheBoundPortWhenReady()
    {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PaperGateway gateway = PaperGateway.launch(new SimulatorContext().port(0)))
        {
            SimulatorMain.printReady(new PrintStream(out, true, StandardCharsets.US_ASCII), gateway);

            assertThat(out.toString(StandardCharsets.US_ASCII))
                .isEqualTo("paper gateway listening on 127.0.0.1:" + gateway.port() + System.lineSeparator());
        }
    }
}
