package io.ringfence.engine.order;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

import java.nio.ByteOrder;

/**
 * What the engine's orders put at risk, for the position and open-order limits: per account and
 * symbol the position (from executions) and the working quantity per side; per account the count
 * of working orders. Keys are the SBE fixed-length fields as longs (account 16 bytes, symbol 16
 * bytes). Open addressing, preallocated, single writer; a full table answers "no room" and the
 * order is refused rather than a slot overwritten.
 */
final class Exposures
{
    static final int NO_SLOT = -1;

    private final int mask;
    private final long[] keys;
    private final boolean[] used;
    private final long[] position;
    private final long[] workingBuy;
    private final long[] workingSell;
    private final long[] openOrders;

    Exposures(final int minCapacity)
    {
        final int capacity = Integer.highestOneBit(Math.max(16, minCapacity) * 2 - 1) * 2;
        mask = capacity - 1;
        keys = new long[capacity * 4];
        used = new boolean[capacity];
        position = new long[capacity];
        workingBuy = new long[capacity];
        workingSell = new long[capacity];
        openOrders = new long[capacity];
    }

    /**
     * The slot of (account, symbol), created if absent; an account's own slot is (account, zeros).
     *
     * @return the slot, or {@link #NO_SLOT} when the table is full.
     */
    int slot(final DirectBuffer account, final int accountOffset, final DirectBuffer symbol, final int symbolOffset)
    {
        final long a0 = account.getLong(accountOffset, ByteOrder.LITTLE_ENDIAN);
        final long a1 = account.getLong(accountOffset + 8, ByteOrder.LITTLE_ENDIAN);
        final long s0 = symbol == null ? 0 : symbol.getLong(symbolOffset, ByteOrder.LITTLE_ENDIAN);
        final long s1 = symbol == null ? 0 : symbol.getLong(symbolOffset + 8, ByteOrder.LITTLE_ENDIAN);
        int index = (int)mix(a0 * 31 + a1, s0 * 31 + s1) & mask;
        for (int probes = 0; probes <= mask; probes++)
        {
            final int k = index * 4;
            if (!used[index])
            {
                used[index] = true;
                keys[k] = a0;
                keys[k + 1] = a1;
                keys[k + 2] = s0;
                keys[k + 3] = s1;
                return index;
            }
            if (keys[k] == a0 && keys[k + 1] == a1 && keys[k + 2] == s0 && keys[k + 3] == s1)
            {
                return index;
            }
            index = (index + 1) & mask;
        }
        return NO_SLOT;
    }

    long position(final int slot)
    {
        return position[slot];
    }

    int capacity()
    {
        return used.length;
    }

    /**
     * Whether the slot holds one of this account's symbols (not the account's own slot).
     */
    boolean isSymbolOf(final int slot, final DirectBuffer account, final int accountOffset)
    {
        final int k = slot * 4;
        return used[slot] && keys[k] == account.getLong(accountOffset, ByteOrder.LITTLE_ENDIAN) &&
            keys[k + 1] == account.getLong(accountOffset + 8, ByteOrder.LITTLE_ENDIAN) && (keys[k + 2] | keys[k + 3]) != 0;
    }

    /**
     * Write the slot's 16-byte symbol.
     */
    void symbol(final int slot, final MutableDirectBuffer dst, final int dstOffset)
    {
        dst.putLong(dstOffset, keys[slot * 4 + 2], ByteOrder.LITTLE_ENDIAN);
        dst.putLong(dstOffset + 8, keys[slot * 4 + 3], ByteOrder.LITTLE_ENDIAN);
    }

    long working(final int slot, final boolean buy)
    {
        return buy ? workingBuy[slot] : workingSell[slot];
    }

    long openOrders(final int accountSlot)
    {
        return openOrders[accountSlot];
    }

    void onWorking(final int slot, final int accountSlot, final boolean buy, final long quantity)
    {
        addWorking(slot, buy, quantity);
        openOrders[accountSlot]++;
    }

    void onFill(final int slot, final boolean buy, final long shares, final boolean stillWorking)
    {
        position[slot] += buy ? shares : -shares;
        if (stillWorking)
        {
            addWorking(slot, buy, -shares);
        }
    }

    void onQuantityChanged(final int slot, final boolean buy, final long delta)
    {
        addWorking(slot, buy, delta);
    }

    void onFinished(final int slot, final int accountSlot, final boolean buy, final long remaining)
    {
        addWorking(slot, buy, -remaining);
        openOrders[accountSlot] = Math.max(0, openOrders[accountSlot] - 1);
    }

    private void addWorking(final int slot, final boolean buy, final long delta)
    {
        if (buy)
        {
            workingBuy[slot] = Math.max(0, workingBuy[slot] + delta);
        }
        else
        {
            workingSell[slot] = Math.max(0, workingSell[slot] + delta);
        }
    }

    private static long mix(final long a, final long b)
    {
        long z = a ^ (b * 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
