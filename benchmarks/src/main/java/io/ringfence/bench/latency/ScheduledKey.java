package io.ringfence.bench.latency;

/**
 * The idempotency key (sent to the broker as {@code orderRef}) carries the strategy's scheduled
 * send time: {@code <kind><scheduledNs>-<seq>}, kind {@code W} (warm-up) or {@code M} (measured),
 * at most 1 + 19 + 1 + 10 = 31 chars. {@code System.nanoTime()} is CLOCK_MONOTONIC on Linux, so
 * the strategy's and the sink's clocks agree across processes.
 */
final class ScheduledKey
{
    static final char WARMUP = 'W';
    static final char MEASURE = 'M';

    private ScheduledKey()
    {
    }

    /**
     * Write the key into a reused builder (no allocation once it has grown).
     */
    static StringBuilder format(final StringBuilder key, final char kind, final long scheduledNs, final long seq)
    {
        key.setLength(0);
        return key.append(kind).append(scheduledNs).append('-').append(seq);
    }

    static char kind(final CharSequence key)
    {
        return key.length() > 1 ? key.charAt(0) : '?';
    }

    static long scheduledNs(final CharSequence key)
    {
        long value = 0;
        boolean negative = false;
        for (int i = 1, length = key.length(); i < length; i++)
        {
            final char c = key.charAt(i);
            if (1 == i && '-' == c)
            {
                negative = true;
                continue;
            }
            if (c < '0' || c > '9')
            {
                break;
            }
            value = value * 10 + (c - '0');
        }
        return negative ? -value : value;
    }
}
