package io.ringfence.journal.idempotency;

import org.agrona.concurrent.UnsafeBuffer;

/**
 * An account and a key laid out as in an SBE message: fixed, zero-padded ASCII char arrays.
 * The account sits at an odd offset so the table never relies on the caller's alignment.
 */
final class KeyBuffer
{
    static final int ACCOUNT_OFFSET = 3;
    static final int KEY_OFFSET = ACCOUNT_OFFSET + IdempotencyDescriptor.ACCOUNT_LENGTH;

    final UnsafeBuffer buffer = new UnsafeBuffer(new byte[64]);

    KeyBuffer set(final String account, final String key)
    {
        buffer.setMemory(0, buffer.capacity(), (byte)0);
        buffer.putStringWithoutLengthAscii(ACCOUNT_OFFSET, account);
        buffer.putStringWithoutLengthAscii(KEY_OFFSET, key);
        return this;
    }

    ClaimOutcome claim(
        final IdempotencyTable table,
        final String account,
        final String key,
        final long requestHash,
        final long nowNs)
    {
        set(account, key);
        return table.claim(buffer, ACCOUNT_OFFSET, KEY_OFFSET, requestHash, 1000 + nowNs, (int)requestHash, nowNs);
    }

    int find(final IdempotencyTable table, final String account, final String key)
    {
        set(account, key);
        return table.find(buffer, ACCOUNT_OFFSET, KEY_OFFSET);
    }

    long hash(final String account, final String key)
    {
        set(account, key);
        return KeyHash.hash(buffer, ACCOUNT_OFFSET, KEY_OFFSET);
    }
}
