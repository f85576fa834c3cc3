package io.ringfence.bench.latency;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Command-line options of {@link IntentToWireHarness}; unknown options are errors.
 */
public record HarnessOptions(
    boolean quick,
    List<Long> rates,
    List<String> layouts,
    String idle,
    boolean sinkSpin,
    long warmupSeconds,
    long measureSeconds,
    Path out)
{
    public static HarnessOptions parse(final String[] args)
    {
        boolean quick = false;
        String rates = "1000,10000,100000";
        String layouts = "shared,per-stage";
        String idle = "backoff";
        String sink = "spin";
        long warmupSeconds = 10;
        long measureSeconds = 30;
        Path out = Path.of("target", "latency");
        for (int i = 0; i < args.length; i++)
        {
            switch (args[i])
            {
                case "--quick" ->
                {
                    quick = true;
                    rates = "10000";
                    warmupSeconds = 3;
                    measureSeconds = 5;
                }
                case "--rates" -> rates = args[++i];
                case "--layouts" -> layouts = args[++i];
                case "--idle" -> idle = args[++i];
                case "--sink" -> sink = args[++i];
                case "--warmup-seconds" -> warmupSeconds = Long.parseLong(args[++i]);
                case "--measure-seconds" -> measureSeconds = Long.parseLong(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i] +
                    " (--quick --rates --layouts --idle --sink --warmup-seconds --measure-seconds --out)");
            }
        }
        if (!"spin".equals(sink) && !"block".equals(sink))
        {
            throw new IllegalArgumentException("--sink must be spin or block: " + sink);
        }
        final List<Long> rateList = new ArrayList<>();
        for (final String rate : rates.split(","))
        {
            final long value = Long.parseLong(rate.trim());
            if (value < 1 || value > 100_000)
            {
                throw new IllegalArgumentException("--rates: each 1..100000 per second: " + value);
            }
            rateList.add(value);
        }
        return new HarnessOptions(quick, rateList, List.of(layouts.split(",")), idle, "spin".equals(sink),
            warmupSeconds, measureSeconds, out);
    }
}
