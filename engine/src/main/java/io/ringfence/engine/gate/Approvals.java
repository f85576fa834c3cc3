package io.ringfence.engine.gate;

import io.ringfence.codecs.sbe.RefusalReason;

/**
 * Approvals: each binds one preview (its account and canonical order hash) until a deadline, and
 * is consumed by the first submit that passes every gate, in that submit's own journaled step.
 * A consumed approval presented again with the same idempotency key is that submit's retry (the
 * idempotency stage answers it); with another key it is {@code APPROVAL_CONSUMED}. Ids from 1
 * up, in a ring of fixed capacity (a forgotten one is {@code APPROVAL_NOT_FOUND}).
 */
final class Approvals
{
    private static final long NOT_CONSUMED = 0;

    private final long[] ids;
    private final long[] previewIds;
    private final long[] orderHashes;
    private final int[] accounts;
    private final long[] expiresAtNs;
    private final long[] consumedByKey;
    private long lastId;

    Approvals(final int capacity)
    {
        ids = new long[capacity];
        previewIds = new long[capacity];
        orderHashes = new long[capacity];
        accounts = new int[capacity];
        expiresAtNs = new long[capacity];
        consumedByKey = new long[capacity];
    }

    long create(final long previewId, final int account, final long orderHash, final long expiresAtNs)
    {
        final long id = ++lastId;
        final int slot = slot(id);
        ids[slot] = id;
        previewIds[slot] = previewId;
        orderHashes[slot] = orderHash;
        accounts[slot] = account;
        this.expiresAtNs[slot] = expiresAtNs;
        consumedByKey[slot] = NOT_CONSUMED;
        return id;
    }

    /**
     * Gate 6 for one submit. {@code keyHash} is never 0 (see {@link #keyHash}).
     *
     * @return null when the approval may be used (or this is the consuming submit's retry).
     */
    RefusalReason check(
        final long id, final int account, final long orderHash, final long keyHash, final long nowNs)
    {
        if (id <= 0 || ids[slot(id)] != id || accounts[slot(id)] != account)
        {
            return RefusalReason.APPROVAL_NOT_FOUND;
        }
        final int slot = slot(id);
        if (consumedByKey[slot] != NOT_CONSUMED)
        {
            return consumedByKey[slot] == keyHash ? null : RefusalReason.APPROVAL_CONSUMED;
        }
        if (nowNs - expiresAtNs[slot] >= 0)
        {
            return RefusalReason.APPROVAL_EXPIRED;
        }
        return orderHashes[slot] == orderHash ? null : RefusalReason.APPROVAL_MISMATCH;
    }

    /**
     * @return true if this call consumed it (false: already consumed by this key).
     */
    boolean consume(final long id, final long keyHash)
    {
        final int slot = slot(id);
        if (consumedByKey[slot] != NOT_CONSUMED)
        {
            return false;
        }
        consumedByKey[slot] = keyHash;
        return true;
    }

    long previewId(final long id)
    {
        return previewIds[slot(id)];
    }

    static long keyHash(final long keyHashValue)
    {
        return keyHashValue == NOT_CONSUMED ? 1 : keyHashValue;
    }

    private int slot(final long id)
    {
        return (int)((id - 1) % ids.length);
    }
}
