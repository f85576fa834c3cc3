package io.ringfence.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AllocationGateTest
{
    @TempDir
    Path dir;

    @Test
    void shouldPassWhenEveryHotPathIsUnderTheLimitAndBaselinesAreAllowListed() throws Exception
    {
        final JmhResults results = results(
            row("io.ringfence.bench.order.OrderStageBenchmark.fill", 0.14),
            row("io.ringfence.bench.hop.HopBenchmark.arrayBlockingQueueHop", 41.8));

        assertThat(AllocationGate.check(results, 8, List.of("arrayBlockingQueue"))).isZero();
    }

    @Test
    void shouldFailWhenAHotPathAllocates() throws Exception
    {
        final JmhResults results = results(
            row("io.ringfence.bench.order.OrderStageBenchmark.fill", 0.14),
            row("io.ringfence.bench.order.OrderStageBenchmark.newOrder", 48.0));

        assertThat(AllocationGate.check(results, 8, List.of("arrayBlockingQueue"))).isEqualTo(1);
    }

    @Test
    void shouldRefuseResultsWithoutTheGcProfiler() throws Exception
    {
        final JmhResults results = results(
            "{\"benchmark\":\"io.ringfence.bench.intent.IntentDecodeBenchmark.decode\"," +
                "\"primaryMetric\":{\"score\":14.8,\"scoreError\":3.5,\"scoreUnit\":\"ns/op\"},\"secondaryMetrics\":{}}");

        assertThat(AllocationGate.check(results, 8, List.of())).isEqualTo(2);
        assertThat(AllocationGate.check(results(), 8, List.of())).isEqualTo(2);
    }

    private JmhResults results(final String... rows) throws Exception
    {
        final Path file = dir.resolve("result.json");
        Files.writeString(file, "[" + String.join(",", rows) + "]");
        return JmhResults.read(file);
    }

    private static String row(final String benchmark, final double bytesPerOp)
    {
        return "{\"benchmark\":\"" + benchmark + "\",\"primaryMetric\":{\"score\":100,\"scoreError\":1,\"scoreUnit\":\"ns/op\"}," +
            "\"secondaryMetrics\":{\"gc.alloc.rate.norm\":{\"score\":" + bytesPerOp + "}}}";
    }
}
