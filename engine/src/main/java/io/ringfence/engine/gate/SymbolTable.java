package io.ringfence.engine.gate;

import org.agrona.BitUtil;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Symbols (16-byte SBE fields, as two longs) to dense indexes 0..capacity-1: open addressing,
 * linear probing, sized once, never resized, no allocation after construction. A full table
 * answers {@link #NOT_FOUND} for new symbols.
 */
final class SymbolTable
{
    static final int NOT_FOUND = -1;
    static final int SYMBOL_LENGTH = 16;

    private final long[] high;
    private final long[] low;
    private final int[] indexes;
    private final int mask;
    private final int capacity;
    private int size;

    SymbolTable(final int capacity)
    {
        this.capacity = capacity;
        final int slots = BitUtil.findNextPositivePowerOfTwo(capacity * 2);
        high = new long[slots];
        low = new long[slots];
        indexes = new int[slots];
        Arrays.fill(indexes, NOT_FOUND);
        mask = slots - 1;
    }

    int indexOf(final long h, final long l)
    {
        int slot = slot(h, l);
        while (indexes[slot] != NOT_FOUND)
        {
            if (high[slot] == h && low[slot] == l)
            {
                return indexes[slot];
            }
            slot = (slot + 1) & mask;
        }
        return NOT_FOUND;
    }

    /**
     * @return the symbol's index, added if new; {@link #NOT_FOUND} when new and the table is full.
     */
    int add(final long h, final long l)
    {
        int slot = slot(h, l);
        while (indexes[slot] != NOT_FOUND)
        {
            if (high[slot] == h && low[slot] == l)
            {
                return indexes[slot];
            }
            slot = (slot + 1) & mask;
        }
        if (size == capacity)
        {
            return NOT_FOUND;
        }
        high[slot] = h;
        low[slot] = l;
        indexes[slot] = size;
        return size++;
    }

    int add(final String symbol)
    {
        final UnsafeBuffer padded = new UnsafeBuffer(new byte[SYMBOL_LENGTH]);
        padded.putBytes(0, symbol.getBytes(StandardCharsets.US_ASCII));
        return add(padded.getLong(0, ByteOrder.LITTLE_ENDIAN), padded.getLong(8, ByteOrder.LITTLE_ENDIAN));
    }

    int capacity()
    {
        return capacity;
    }

    private int slot(final long h, final long l)
    {
        long hash = (h * 0x9E3779B97F4A7C15L) ^ (l * 0xC2B2AE3D27D4EB4FL);
        hash ^= hash >>> 29;
        return (int)hash & mask;
    }
}
