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
                case "--rates" -> rates = value(args, ++i, "--rates");
                case "--layouts" -> layouts = value(args, ++i, "--layouts");
                case "--idle" -> idle = value(args, ++i, "--idle");
                case "--sink" -> sink = value(args, ++i, "--sink");
                case "--warmup-seconds" -> warmupSeconds = number("--warmup-seconds", value(args, ++i, "--warmup-seconds"));
                case "--measure-seconds" -> measureSeconds = number("--measure-seconds", value(args, ++i, "--measure-seconds"));
                case "--out" -> out = Path.of(value(args, ++i, "--out"));
                default -> throw new IllegalArgumentException("unknown option " + args[i] +
                    " (--quick --rates --layouts --idle --sink --warmup-seconds --measure-seconds --out)");
            }
        }
        if (!"spin".equals(sink) && !"block".equals(sink))
        {
            throw new IllegalArgumentException("--sink must be spin or block: " + sink);
        }
        if (!List.of("backoff", "yield", "busy-spin").contains(idle))
        {
            throw new IllegalArgumentException("--idle must be backoff, yield or busy-spin: " + idle);
        }
        final List<String> layoutList = List.of(layouts.split(","));
        for (final String layout : layoutList)
        {
            if (!"shared".equals(layout) && !"per-stage".equals(layout))
            {
                throw new IllegalArgumentException("--layouts: each shared or per-stage: " + layout);
            }
        }
        final List<Long> rateList = new ArrayList<>();
        for (final String rate : rates.split(","))
        {
            final long value = number("--rates", rate.trim());
            if (value < 1 || value > 100_000)
            {
                throw new IllegalArgumentException("--rates: each 1..100000 per second: " + value);
            }
            rateList.add(value);
        }
        return new HarnessOptions(quick, rateList, layoutList, idle, "spin".equals(sink),
            warmupSeconds, measureSeconds, out);
    }

    private static String value(final String[] args, final int index, final String option)
    {
        if (index >= args.length)
        {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static long number(final String option, final String text)
    {
        try
        {
            return Long.parseLong(text);
        }
        catch (final NumberFormatException ex)
        {
            throw new IllegalArgumentException(option + ": not a whole number: " + text);
        }
    }
}
