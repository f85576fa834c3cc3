package io.ringfence.engine.idempotency;

import org.agrona.DirectBuffer;
import org.agrona.collections.Long2LongHashMap;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Idempotency keys scoped by account, each with the hash of the request that created it and
 * the order it names. Fixed capacity, preallocated: a full table refuses, it never evicts a key.
 * Single writer (the idempotency stage); no allocation after construction.
 */
public final class IdempotencyKeys
{
    public static final int ACCOUNT_LENGTH = 16;
    public static final int KEY_LENGTH = 32;
    public static final int NO_ORDER = -1;
    private static final int SCOPED_KEY_LENGTH = ACCOUNT_LENGTH + KEY_LENGTH;
    private static final long MISSING = -1;
    private static final int NOT_FOUND = -1;
    private static final int HASH_COLLISION = -2;

    public enum Outcome
    {
        NEW, REPLAY, CONFLICT, FULL
    }

    private final int capacity;
    private final Long2LongHashMap entryByKeyHash;
    private final UnsafeBuffer scopedKeys;
    private final long[] requestHashes;
    private final int[] orderIds;
    private int entryCount;
    private int orderCount;
    private int lastOrderId;

    public IdempotencyKeys(final int capacity)
    {
        this.capacity = capacity;
        this.entryByKeyHash = new Long2LongHashMap(capacity * 2, 0.65f, MISSING);
        this.scopedKeys = new UnsafeBuffer(new byte[capacity * SCOPED_KEY_LENGTH]);
        this.requestHashes = new long[capacity];
        this.orderIds = new int[capacity];
    }

    /**
     * Claim a key for a new order. On {@link Outcome#NEW} a fresh order id is assigned; on
     * {@link Outcome#REPLAY} the key's order id is returned; both via {@link #lastOrderId()}.
     */
    public Outcome claimNewOrder(
        final DirectBuffer buffer, final int accountOffset, final int keyOffset, final long requestHash)
    {
        final int entry = find(buffer, accountOffset, keyOffset);
        if (entry == HASH_COLLISION)
        {
            return Outcome.CONFLICT;
        }
        if (entry >= 0)
        {
            lastOrderId = orderIds[entry];
            return requestHashes[entry] == requestHash && lastOrderId != NO_ORDER ? Outcome.REPLAY : Outcome.CONFLICT;
        }
        if (entryCount == capacity)
        {
            return Outcome.FULL;
        }
        lastOrderId = orderCount++;
        insert(buffer, accountOffset, keyOffset, requestHash, lastOrderId);
        return Outcome.NEW;
    }

    /**
     * Claim a key for a request about an existing order (a cancel): the key remembers that order.
     */
    public Outcome claimRequest(
        final DirectBuffer buffer, final int accountOffset, final int keyOffset, final long requestHash,
        final int orderId)
    {
        final int entry = find(buffer, accountOffset, keyOffset);
        if (entry == HASH_COLLISION)
        {
            return Outcome.CONFLICT;
        }
        if (entry >= 0)
        {
            lastOrderId = orderId;
            return requestHashes[entry] == requestHash && orderIds[entry] == NO_ORDER ?
                Outcome.REPLAY : Outcome.CONFLICT;
        }
        if (entryCount == capacity)
        {
            return Outcome.FULL;
        }
        lastOrderId = orderId;
        insert(buffer, accountOffset, keyOffset, requestHash, NO_ORDER);
        return Outcome.NEW;
    }

    /**
     * @return the order created under this account's key, or {@link #NO_ORDER}.
     */
    public int orderIdOf(final DirectBuffer buffer, final int accountOffset, final int keyOffset)
    {
        final int entry = find(buffer, accountOffset, keyOffset);
        return entry >= 0 ? orderIds[entry] : NO_ORDER;
    }

    public int lastOrderId()
    {
        return lastOrderId;
    }

    public int size()
    {
        return entryCount;
    }

    private int find(final DirectBuffer buffer, final int accountOffset, final int keyOffset)
    {
        final long hash = scopedHash(buffer, accountOffset, keyOffset);
        final long entry = entryByKeyHash.get(hash);
        if (entry == MISSING)
        {
            return NOT_FOUND;
        }
        final int base = (int)entry * SCOPED_KEY_LENGTH;
        final boolean same = equalAt(base, buffer, accountOffset, ACCOUNT_LENGTH) &&
            equalAt(base + ACCOUNT_LENGTH, buffer, keyOffset, KEY_LENGTH);
        return same ? (int)entry : HASH_COLLISION;
    }

    private boolean equalAt(final int base, final DirectBuffer buffer, final int offset, final int length)
    {
        for (int i = 0; i < length; i += 8)
        {
            if (scopedKeys.getLong(base + i) != buffer.getLong(offset + i))
            {
                return false;
            }
        }
        return true;
    }

    private void insert(
        final DirectBuffer buffer, final int accountOffset, final int keyOffset, final long requestHash,
        final int orderId)
    {
        final int entry = entryCount++;
        final int base = entry * SCOPED_KEY_LENGTH;
        scopedKeys.putBytes(base, buffer, accountOffset, ACCOUNT_LENGTH);
        scopedKeys.putBytes(base + ACCOUNT_LENGTH, buffer, keyOffset, KEY_LENGTH);
        requestHashes[entry] = requestHash;
        orderIds[entry] = orderId;
        entryByKeyHash.put(scopedHash(buffer, accountOffset, keyOffset), entry);
    }

    private static long scopedHash(final DirectBuffer buffer, final int accountOffset, final int keyOffset)
    {
        return KeyHash.hash(buffer, keyOffset, KEY_LENGTH, KeyHash.hash(buffer, accountOffset, ACCOUNT_LENGTH, 0));
    }
}
