package io.ringfence.engine.order;

import org.agrona.DirectBuffer;

/**
 * A 64-bit FNV-1a hash of an execId's bytes, the key under which an execution is applied once.
 */
final class ExecIds
{
    private ExecIds()
    {
    }

    static long hash(final DirectBuffer buffer, final int offset, final int length)
    {
        long h = 0xCBF29CE484222325L;
        for (int i = 0; i < length; i++)
        {
            h ^= buffer.getByte(offset + i) & 0xFF;
            h *= 0x100000001B3L;
        }
        return h;
    }
}
