package io.ringfence.sim;

import io.ringfence.codecs.Price;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SimulatorContextTest
{
    @Test
    void shouldDefaultToPaperPortTwoPaperAccountsAndUsStocks()
    {
        final SimulatorContext ctx = new SimulatorContext().conclude();

        assertThat(ctx.port()).isEqualTo(4002);
        assertThat(ctx.bindAddress()).isEqualTo("127.0.0.1");
        assertThat(ctx.accounts()).containsExactly("DU8730189", "DUP203550");
        assertThat(ctx.nextValidOrderId()).isEqualTo(1);
        assertThat(ctx.walkTicks()).isZero();
        assertThat(ctx.instruments()).extracting("symbol").contains("AAPL", "MSFT", "SPY");
        assertThat(ctx.idleStrategy()).isNotNull();
    }

    @Test
    void shouldAddAndReplaceInstrumentsInOrder()
    {
        final SimulatorContext ctx = new SimulatorContext()
            .clearInstruments()
            .instrument("XYZ", 1, "10.00")
            .instrument("ABC", 2, "20.00")
            .instrument("XYZ", 3, "11.00");

        assertThat(ctx.instruments()).extracting("symbol").containsExactly("XYZ", "ABC");
        assertThat(ctx.instruments().get(0).referencePrice()).isEqualTo(Price.parse("11.00"));
        assertThat(ctx.instruments().get(0).conId()).isEqualTo(3);
    }

    @Test
    void shouldRefuseNonLoopbackAddressAndNameTheSetting()
    {
        assertThatThrownBy(() -> new SimulatorContext().bindAddress("0.0.0.0").conclude())
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bindAddress");
        assertThat(new SimulatorContext().bindAddress("localhost").conclude().bindAddress()).isEqualTo("localhost");
    }

    @Test
    void shouldRefuseOutOfRangeSettings()
    {
        assertThatThrownBy(() -> new SimulatorContext().port(70_000).conclude()).hasMessageContaining("port");
        assertThatThrownBy(() -> new SimulatorContext().nextValidOrderId(0).conclude())
            .hasMessageContaining("nextValidOrderId");
        assertThatThrownBy(() -> new SimulatorContext().spreadTicks(0).conclude()).hasMessageContaining("spreadTicks");
        assertThatThrownBy(() -> new SimulatorContext().walkTicks(-1).conclude()).hasMessageContaining("walkTicks");
        assertThatThrownBy(() -> new SimulatorContext().clearInstruments().conclude())
            .hasMessageContaining("instruments");
        assertThatThrownBy(() -> new SimulatorContext().accounts(java.util.List.of()).conclude())
            .hasMessageContaining("accounts");
    }

    @Test
    void shouldRefuseHistorySettingsOutOfRange()
    {
        assertThatThrownBy(() -> new SimulatorContext().historyIntervalMs(-1).conclude())
            .hasMessageContaining("historyIntervalMs");
        assertThatThrownBy(() -> new SimulatorContext().historyCapacity(0).conclude())
            .hasMessageContaining("historyCapacity");
        assertThat(new SimulatorContext().conclude().historyIntervalMs())
            .isEqualTo(SimulatorContext.DEFAULT_HISTORY_INTERVAL_MS);
    }

    @Test
    void shouldLoadQuoteReplayOnConcludeAndRefuseItWithWalk() throws URISyntaxException
    {
        final Path file = resource("/quotes/replay.csv");

        assertThat(new SimulatorContext().conclude().quoteReplay()).isNull();
        assertThat(new SimulatorContext().quotesFile(file).conclude().quoteReplay().size()).isEqualTo(6);
        assertThatThrownBy(() -> new SimulatorContext().quotesFile(file).walkTicks(2).conclude())
            .hasMessageContaining("quotesFile and walkTicks are alternatives");
    }

    @Test
    void shouldNameLineAndColumnWhenQuotesFileIsMalformed() throws URISyntaxException
    {
        final Path file = resource("/quotes/bad-ask.csv");

        assertThatThrownBy(() -> new SimulatorContext().quotesFile(file).conclude())
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage(file + " line 3, column 4 (ask): not a positive decimal (or empty for no ask): 'abc'");
    }

    @Test
    void shouldDescribeEverySettingInToString()
    {
        final String text = new SimulatorContext().port(0).walkTicks(3).quoteSeed(9).toString();

        assertThat(text).contains("port=0", "walkTicks=3", "quoteSeed=9", "DU8730189", "AAPL@190.00");
    }

    private static Path resource(final String name) throws URISyntaxException
    {
        return Path.of(SimulatorContextTest.class.getResource(name).toURI());
    }
}
