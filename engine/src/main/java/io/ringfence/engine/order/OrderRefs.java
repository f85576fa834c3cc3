package io.ringfence.engine.order;

import org.agrona.DirectBuffer;

/**
 * The key under which the book finds an order by what the broker echoes back: the account and
 * the {@code orderRef} (our idempotency key), as text without padding. FNV-1a over
 * account, a zero byte, then the key.
 */
final class OrderRefs
{
    private static final long OFFSET_BASIS = 0xCBF29CE484222325L;
    private static final long PRIME = 0x100000001B3L;

    private OrderRefs()
    {
    }

    static long hash(
        final DirectBuffer account, final int accountOffset, final int accountLength,
        final DirectBuffer key, final int keyOffset, final int keyLength)
    {
        long h = OFFSET_BASIS;
        for (int i = 0; i < accountLength; i++)
        {
            h = (h ^ (account.getByte(accountOffset + i) & 0xFF)) * PRIME;
        }
        h *= PRIME;
        for (int i = 0; i < keyLength; i++)
        {
            h = (h ^ (key.getByte(keyOffset + i) & 0xFF)) * PRIME;
        }
        return h;
    }
}
