package io.ringfence.bench.latency;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The harness end to end, small: a strategy JVM, the engine, the sink and the floor at 1 000/s for
 * one second, and the report it writes (what {@code bin/ringfence bench} builds on).
 */
@Timeout(180)
class IntentToWireHarnessIT
{
    @TempDir
    Path out;

    @Test
    void shouldWriteTheSummaryWithPercentilesStagesFloorAndRatios() throws Exception
    {
        IntentToWireHarness.run(HarnessOptions.parse(new String[]{
            "--rates", "1000", "--layouts", "shared", "--warmup-seconds", "1", "--measure-seconds", "1",
            "--sink", "block", "--out", out.toString() }));

        final JsonNode run = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("results").get(0);
        assertThat(run.get("threadLayout").asText()).isEqualTo("shared");
        assertThat(run.get("samples").asLong()).isEqualTo(1_000);
        assertThat(run.get("intentToWire").get("p50").asDouble()).isPositive();
        assertThat(run.get("stages").get("journal").get("p50").asDouble()).isPositive();
        assertThat(run.get("stages").get("output").get("max").asDouble()).isPositive();
        assertThat(run.get("floor").fieldNames()).toIterable()
            .containsExactly("agrona-ring-hop", "chronicle-append", "disruptor-hop", "loopback-socket");
        assertThat(run.get("ratioToFloorSum").get("p99").asDouble()).isPositive();
        assertThat(Files.size(out.resolve("percentiles.png"))).isPositive();
        assertThat(out.resolve("intent-to-wire-shared-1000.hgrm")).exists();
        assertThat(out.resolve("stage-journal-shared-1000.hgrm")).exists();
    }
}
