package io.ringfence.tws;

/**
 * A token bucket over every outbound message (IB allows 50 per second, all types together): tokens
 * refill at {@code ratePerSecond}, the bucket holds at most {@code burst} tokens, and the last
 * {@code cancelReserve} tokens are only for cancels, so a stream of new orders at the limit never
 * delays a cancel. Over any one-second window at most {@code burst + ratePerSecond} messages pass:
 * with the defaults (45/s, burst 5) that is IB's 50.
 * <p>
 * Pure and clock-driven (the caller passes {@code nowNs}), not thread safe: the session calls it
 * under its send lock. Token amounts are fixed point ({@link #UNIT} per token), no {@code double}.
 * <p>
 * {@link #off()} is a pacer that always grants: for sinks and simulators only (benchmarks), chosen
 * explicitly with {@link TwsSessionContext#pacing(boolean)}.
 */
final class TwsPacer
{
    static final long UNIT = 1_000_000L;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final long ratePerSecond;
    private final long capacityUnits;
    private final long reserveUnits;
    private final long fullRefillNs;
    private final boolean enabled;
    private long tokenUnits;
    private long lastRefillNs;
    private boolean started;

    TwsPacer(final int ratePerSecond, final int burst, final int cancelReserve)
    {
        if (ratePerSecond <= 0 || burst <= 0 || cancelReserve < 0 || cancelReserve >= burst)
        {
            throw new IllegalArgumentException(
                "pacing needs rate > 0, burst > 0 and 0 <= cancelReserve < burst: rate=" + ratePerSecond +
                " burst=" + burst + " cancelReserve=" + cancelReserve);
        }
        this.ratePerSecond = ratePerSecond;
        this.capacityUnits = burst * UNIT;
        this.reserveUnits = cancelReserve * UNIT;
        this.fullRefillNs = burst * NANOS_PER_SECOND / ratePerSecond + 1;
        this.enabled = true;
    }

    private TwsPacer()
    {
        this.ratePerSecond = 0;
        this.capacityUnits = 0;
        this.reserveUnits = 0;
        this.fullRefillNs = 0;
        this.enabled = false;
    }

    /**
     * @return a pacer that grants every message at once: for sinks and simulators only.
     */
    static TwsPacer off()
    {
        return new TwsPacer();
    }

    boolean isEnabled()
    {
        return enabled;
    }

    /**
     * Take one token if the message may go now.
     *
     * @param cancel true for CANCEL_ORDER, which may use the reserve.
     * @return true if a token was taken.
     */
    boolean tryAcquire(final long nowNs, final boolean cancel)
    {
        if (!enabled)
        {
            return true;
        }
        refill(nowNs);
        if (tokenUnits - UNIT >= (cancel ? 0 : reserveUnits))
        {
            tokenUnits -= UNIT;
            return true;
        }
        return false;
    }

    /**
     * @return nanoseconds until {@link #tryAcquire(long, boolean)} would succeed, 0 if it would now.
     */
    long nanosUntilAvailable(final long nowNs, final boolean cancel)
    {
        if (!enabled)
        {
            return 0;
        }
        refill(nowNs);
        final long neededUnits = UNIT + (cancel ? 0 : reserveUnits) - tokenUnits;
        if (neededUnits <= 0)
        {
            return 0;
        }
        return (neededUnits * NANOS_PER_SECOND + ratePerSecond * UNIT - 1) / (ratePerSecond * UNIT);
    }

    /**
     * @return whole tokens available now.
     */
    long tokens(final long nowNs)
    {
        if (!enabled)
        {
            return Long.MAX_VALUE;
        }
        refill(nowNs);
        return tokenUnits / UNIT;
    }

    private void refill(final long nowNs)
    {
        if (!started)
        {
            started = true;
            lastRefillNs = nowNs;
            tokenUnits = capacityUnits;
            return;
        }
        final long elapsedNs = nowNs - lastRefillNs;
        if (elapsedNs <= 0)
        {
            return;
        }
        if (elapsedNs >= fullRefillNs)
        {
            tokenUnits = capacityUnits;
            lastRefillNs = nowNs;
            return;
        }
        final long addedUnits = elapsedNs * ratePerSecond * UNIT / NANOS_PER_SECOND;
        if (addedUnits > 0)
        {
            tokenUnits = Math.min(capacityUnits, tokenUnits + addedUnits);
            lastRefillNs = tokenUnits == capacityUnits ? nowNs : lastRefillNs + addedUnits * NANOS_PER_SECOND /
                (ratePerSecond * UNIT);
        }
    }
}
