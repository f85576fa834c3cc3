package io.ringfence.bench.idempotency;

import org.agrona.concurrent.UnsafeBuffer;

/**
 * Writes key number {@code n} as an SBE message would carry it: a 16-byte account and a 32-byte
 * key, zero padded ASCII, allocation-free. Shared by the table and the baseline so both pay for
 * the same encoding.
 */
final class KeyEncoder
{
    static final int ACCOUNT_OFFSET = 0;
    static final int KEY_OFFSET = 16;
    private static final int DIGITS = 10;

    final UnsafeBuffer buffer = new UnsafeBuffer(new byte[64]);

    KeyEncoder()
    {
        buffer.putStringWithoutLengthAscii(ACCOUNT_OFFSET, "DU1234567");
        buffer.putStringWithoutLengthAscii(KEY_OFFSET, "strategy-a-");
    }

    UnsafeBuffer encode(final long n)
    {
        buffer.putNaturalPaddedIntAscii(KEY_OFFSET + 11, DIGITS, (int)n);
        return buffer;
    }

    static long requestHash(final long n)
    {
        return n * 0x9E3779B97F4A7C15L + 1;
    }

    /**
     * The baseline's key: a 64-bit mix of the same 48 bytes (it trusts the hash, so it does no
     * key comparison: cheaper than the table, which compares all 48 bytes).
     */
    static long hash(final UnsafeBuffer buffer)
    {
        long h = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < 48; i += 8)
        {
            h = Long.rotateLeft(h ^ buffer.getLong(ACCOUNT_OFFSET + i) * 0x87C37B91114253D5L, 27) * 5 + 0x52DCE729L;
        }
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        return h ^ (h >>> 33);
    }
}
