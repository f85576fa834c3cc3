package io.ringfence.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Fails a benchmark run whose hot paths allocate: reads a JMH JSON result file (run with
 * {@code -prof gc -rf json}) and exits non-zero, naming each offender, when a benchmark's
 * {@code gc.alloc.rate.norm} exceeds the threshold. Baselines that are expected to allocate are
 * allow-listed by a substring of their name.
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.ringfence.bench.AllocationGate \
 *     /tmp/hot-path-bench.json [maxBytesPerOp, default 8] [allow-list, default quickFixJ]
 * </pre>
 * Exit codes: 0 clean, 1 offenders, 2 unusable input (no results, or a result without {@code -prof gc}).
 */
public final class AllocationGate
{
    static final double DEFAULT_MAX_BYTES_PER_OP = 8.0;
    static final String DEFAULT_ALLOW_LIST = "quickFixJ";

    private AllocationGate()
    {
    }

    public static void main(final String[] args) throws Exception
    {
        if (args.length < 1 || args.length > 3)
        {
            System.err.println("usage: AllocationGate <jmh-result.json> [maxBytesPerOp=8] [allow,list=quickFixJ]");
            System.exit(2);
        }
        final double maxBytesPerOp = args.length > 1 ? Double.parseDouble(args[1]) : DEFAULT_MAX_BYTES_PER_OP;
        final List<String> allowList = Arrays.asList((args.length > 2 ? args[2] : DEFAULT_ALLOW_LIST).split(","));
        System.exit(check(JmhResults.read(Path.of(args[0])), maxBytesPerOp, allowList));
    }

    static int check(final JmhResults results, final double maxBytesPerOp, final List<String> allowList)
    {
        if (results.rows().isEmpty())
        {
            System.err.println("AllocationGate: no benchmark results");
            return 2;
        }
        final List<String> offenders = new ArrayList<>();
        final List<String> unmeasured = new ArrayList<>();
        for (final JmhResults.Row row : results.rows())
        {
            final boolean allowed = allowList.stream().anyMatch(s -> !s.isBlank() && row.benchmark().contains(s));
            if (Double.isNaN(row.allocBytesPerOp()))
            {
                unmeasured.add(row.benchmark());
            }
            else if (row.allocBytesPerOp() > maxBytesPerOp && !allowed)
            {
                offenders.add(String.format("%s allocates %.1f B/op (limit %.1f)",
                    row.benchmark(), row.allocBytesPerOp(), maxBytesPerOp));
            }
            System.out.printf("%-60s %10.1f B/op%s%n",
                row.shortName(), row.allocBytesPerOp(), allowed ? "  (allow-listed baseline)" : "");
        }
        if (!unmeasured.isEmpty())
        {
            System.err.println("AllocationGate: no " + JmhResults.ALLOC_NORM + " (run with -prof gc) for " + unmeasured);
            return 2;
        }
        if (!offenders.isEmpty())
        {
            offenders.forEach(o -> System.err.println("AllocationGate: " + o));
            return 1;
        }
        System.out.println("AllocationGate: all " + results.rows().size() + " benchmarks within " + maxBytesPerOp + " B/op");
        return 0;
    }
}
