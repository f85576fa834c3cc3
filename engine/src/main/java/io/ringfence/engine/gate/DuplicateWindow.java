package io.ringfence.engine.gate;

/**
 * Recent accepted orders per client (the last {@link #TRACKED} of each), to spot an identical
 * order (same canonical terms) sent again within the window. The same idempotency key is a retry
 * and passes (the idempotency stage answers it); another key is a suspected duplicate unless the
 * config allows distinct keys.
 */
final class DuplicateWindow
{
    static final int TRACKED = 64;

    private final long windowNs;
    private final boolean allowDistinctKeys;
    private final long[][] orderHashes;
    private final long[][] keyHashes;
    private final long[][] times;
    private final int[] next;

    /**
     * @param windowMs 0 turns the check off.
     */
    DuplicateWindow(final int clientCount, final long windowMs, final boolean allowDistinctKeys)
    {
        this.windowNs = windowMs * 1_000_000L;
        this.allowDistinctKeys = allowDistinctKeys;
        final int tracked = windowMs == 0 ? 0 : TRACKED;
        orderHashes = new long[clientCount][tracked];
        keyHashes = new long[clientCount][tracked];
        times = new long[clientCount][tracked];
        next = new int[clientCount];
    }

    boolean isSuspected(final int client, final long orderHash, final long keyHash, final long nowNs)
    {
        if (windowNs == 0 || allowDistinctKeys)
        {
            return false;
        }
        final long[] hashes = orderHashes[client];
        for (int i = 0; i < hashes.length; i++)
        {
            final long at = times[client][i];
            if (at != 0 && hashes[i] == orderHash && nowNs - at < windowNs && keyHashes[client][i] != keyHash)
            {
                return true;
            }
        }
        return false;
    }

    void onAccepted(final int client, final long orderHash, final long keyHash, final long nowNs)
    {
        if (windowNs == 0)
        {
            return;
        }
        final int i = next[client];
        orderHashes[client][i] = orderHash;
        keyHashes[client][i] = keyHash;
        times[client][i] = nowNs == 0 ? 1 : nowNs;
        next[client] = (i + 1) % TRACKED;
    }
}
