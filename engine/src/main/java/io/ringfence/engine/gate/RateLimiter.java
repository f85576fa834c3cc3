package io.ringfence.engine.gate;

/**
 * At most {@code limit} accepted orders per client in any one-second window of journaled event
 * time: each client keeps the times of its last {@code limit} orders in a ring, and a new one is
 * refused while the oldest of them is less than a second old.
 */
final class RateLimiter
{
    private static final long WINDOW_NS = 1_000_000_000L;

    private final int limit;
    private final long[][] times;
    private final int[] next;
    private final int[] count;

    /**
     * @param limit 0 for no limit.
     */
    RateLimiter(final int clientCount, final int limit)
    {
        this.limit = limit;
        times = new long[clientCount][limit];
        next = new int[clientCount];
        count = new int[clientCount];
    }

    boolean isOverLimit(final int client, final long nowNs)
    {
        return limit > 0 && count[client] == limit && nowNs - times[client][next[client]] < WINDOW_NS;
    }

    void onAccepted(final int client, final long nowNs)
    {
        if (limit == 0)
        {
            return;
        }
        times[client][next[client]] = nowNs;
        next[client] = (next[client] + 1) % limit;
        if (count[client] < limit)
        {
            count[client]++;
        }
    }
}
