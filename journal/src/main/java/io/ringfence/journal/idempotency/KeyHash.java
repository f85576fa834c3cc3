package io.ringfence.journal.idempotency;

import org.agrona.DirectBuffer;

import static io.ringfence.journal.idempotency.IdempotencyDescriptor.ACCOUNT_LENGTH;
import static io.ringfence.journal.idempotency.IdempotencyDescriptor.KEY_LENGTH;

/**
 * The 64-bit hash of an (account, key) pair and its home slot. Part of the file layout: records
 * store this hash, so changing it needs a new {@link IdempotencyDescriptor#LAYOUT_VERSION}.
 * <p>
 * The 48 key bytes are read as six 64-bit words, each multiplied and rotated into the state,
 * then finalised with the MurmurHash3 64-bit mix. Zero marks an empty slot, so it maps to one.
 */
final class KeyHash
{
    private static final long SEED = 0x9E3779B97F4A7C15L;
    private static final long M1 = 0x87C37B91114253D5L;
    private static final long M2 = 0x4CF5AD432745937FL;

    private KeyHash()
    {
    }

    static long hash(final DirectBuffer buffer, final int accountOffset, final int keyOffset)
    {
        long h = SEED;
        for (int i = 0; i < ACCOUNT_LENGTH; i += 8)
        {
            h = mix(h, buffer.getLong(accountOffset + i));
        }
        for (int i = 0; i < KEY_LENGTH; i += 8)
        {
            h = mix(h, buffer.getLong(keyOffset + i));
        }
        h = finalise(h);

        return 0 == h ? 1 : h;
    }

    /**
     * Home slot by multiply-shift range reduction of the high 32 bits: any capacity, no modulo.
     */
    static int homeSlot(final long hash, final int capacity)
    {
        return (int)(((hash >>> 32) * capacity) >>> 32);
    }

    private static long mix(final long h, final long word)
    {
        return Long.rotateLeft(h ^ Long.rotateLeft(word * M1, 31) * M2, 27) * 5 + 0x52DCE729L;
    }

    private static long finalise(final long value)
    {
        long h = value;
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;

        return h;
    }
}
