package io.ringfence.cli;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Correlation ids for one-shot CLI processes: random, so two CLI calls at once never read each
 * other's replies.
 */
final class CorrelationIds
{
    private CorrelationIds()
    {
    }

    static long next()
    {
        return ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
    }
}
