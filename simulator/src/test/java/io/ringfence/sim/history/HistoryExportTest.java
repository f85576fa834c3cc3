package io.ringfence.sim.history;

import io.ringfence.codecs.Price;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HistoryExportTest
{
    private static final List<PortfolioSample> SAMPLES = List.of(
        new PortfolioSample(0, 1, SampleTrigger.START, p("100000"), 0, 0, 0, p("100000")),
        new PortfolioSample(1_709_303_400_500L, 1, SampleTrigger.FILL, p("80998"), p("19000"), 0, p("-2"),
            p("100000")),
        new PortfolioSample(1_709_303_401_000L, 2, SampleTrigger.RESET, p("50000.125"), 0, p("-54"), 0,
            p("50000.125")));

    @Test
    void shouldWriteCsvHeaderAndOneLinePerSampleWithExactDecimals()
    {
        assertThat(HistoryExport.toText("DU8730189", SAMPLES, HistoryFormat.CSV)).isEqualTo(
            "time_ms,time,account,generation,trigger,cash,market_value,equity,realized_pnl,unrealized_pnl," +
            "peak_equity,drawdown\n" +
            "0,1970-01-01T00:00:00Z,DU8730189,1,start,100000.00,0.00,100000.00,0.00,0.00,100000.00,0.00\n" +
            "1709303400500,2024-03-01T14:30:00.500Z,DU8730189,1,fill,80998.00,19000.00,99998.00,0.00,-2.00," +
            "100000.00,2.00\n" +
            "1709303401000,2024-03-01T14:30:01Z,DU8730189,2,reset,50000.125,0.00,50000.125,-54.00,0.00," +
            "50000.125,0.00\n");
    }

    @Test
    void shouldWriteJsonObjectWithSamplesAsNumbers()
    {
        assertThat(HistoryExport.toText("DU8730189", SAMPLES.subList(1, 2), HistoryFormat.JSON)).isEqualTo(
            "{\"account\":\"DU8730189\",\"samples\":[{\"timeMs\":1709303400500," +
            "\"time\":\"2024-03-01T14:30:00.500Z\",\"generation\":1,\"trigger\":\"fill\",\"cash\":80998.00," +
            "\"marketValue\":19000.00,\"equity\":99998.00,\"realizedPnl\":0.00,\"unrealizedPnl\":-2.00," +
            "\"peakEquity\":100000.00,\"drawdown\":2.00}]}");
    }

    @Test
    void shouldWriteEmptyExportsWhenNoSamples()
    {
        assertThat(HistoryExport.toText("X", List.of(), HistoryFormat.CSV)).isEqualTo(HistoryExport.CSV_HEADER + "\n");
        assertThat(HistoryExport.toText("X", List.of(), HistoryFormat.JSON))
            .isEqualTo("{\"account\":\"X\",\"samples\":[]}");
    }

    @Test
    void shouldParseFormatNamesInAnyCase()
    {
        assertThat(HistoryFormat.parse("CSV")).isEqualTo(HistoryFormat.CSV);
        assertThat(HistoryFormat.parse("json")).isEqualTo(HistoryFormat.JSON);
        assertThatThrownBy(() -> HistoryFormat.parse("xml")).hasMessageContaining("csv or json");
    }

    private static long p(final String decimal)
    {
        return Price.parse(decimal);
    }
}
