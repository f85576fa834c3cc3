package io.ringfence.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a JMH {@code -rf json} result file the report and the gate need.
 */
public record JmhResults(List<Row> rows)
{
    static final String ALLOC_NORM = "gc.alloc.rate.norm";

    /**
     * @param allocBytesPerOp {@code gc.alloc.rate.norm}, NaN when the run had no {@code -prof gc}.
     */
    public record Row(String benchmark, double score, double scoreError, String unit, double allocBytesPerOp)
    {
        public String shortName()
        {
            final int lastDot = benchmark.lastIndexOf('.');
            final int classDot = benchmark.lastIndexOf('.', lastDot - 1);
            return benchmark.substring(classDot + 1);
        }

        public String method()
        {
            return benchmark.substring(benchmark.lastIndexOf('.') + 1);
        }
    }

    public static JmhResults read(final Path file) throws IOException
    {
        final List<Row> rows = new ArrayList<>();
        for (final JsonNode result : new ObjectMapper().readTree(file.toFile()))
        {
            final JsonNode primary = result.path("primaryMetric");
            final JsonNode alloc = result.path("secondaryMetrics").path(ALLOC_NORM);
            rows.add(new Row(
                result.path("benchmark").asText(),
                primary.path("score").asDouble(Double.NaN),
                primary.path("scoreError").asDouble(Double.NaN),
                primary.path("scoreUnit").asText(),
                alloc.isMissingNode() ? Double.NaN : alloc.path("score").asDouble(Double.NaN)));
        }
        return new JmhResults(rows);
    }
}
