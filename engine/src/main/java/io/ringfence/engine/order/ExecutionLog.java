package io.ringfence.engine.order;

import io.ringfence.engine.InboundEvent;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * The most recent executions the order stage applied, for EXECUTIONS queries: a preallocated
 * ring of {@link #CAPACITY} entries (order, shares, price, cumulative quantity, journaled time,
 * execId), the oldest overwritten first. Single writer; allocation-free.
 */
final class ExecutionLog
{
    static final int CAPACITY = 1 << 16;
    static final int EXEC_ID_LENGTH = 40;

    private static final int MASK = CAPACITY - 1;

    private final int[] orderIds = new int[CAPACITY];
    private final long[] shares = new long[CAPACITY];
    private final long[] prices = new long[CAPACITY];
    private final long[] cumulative = new long[CAPACITY];
    private final long[] timestamps = new long[CAPACITY];
    private final int[] execIdLengths = new int[CAPACITY];
    private final UnsafeBuffer execIds = new UnsafeBuffer(new byte[CAPACITY * EXEC_ID_LENGTH]);
    private long count;

    void record(
        final Order order, final long executedShares, final long price, final long timestampNs,
        final DirectBuffer execId, final int execIdOffset, final int execIdLength)
    {
        final int slot = (int)(count++ & MASK);
        orderIds[slot] = order.orderId;
        shares[slot] = executedShares;
        prices[slot] = price;
        cumulative[slot] = order.filledQuantity;
        timestamps[slot] = timestampNs;
        final int length = Math.min(execIdLength, EXEC_ID_LENGTH);
        execIdLengths[slot] = length;
        execIds.putBytes(slot * EXEC_ID_LENGTH, execId, execIdOffset, length);
    }

    /**
     * @return the sequence of the oldest execution still held.
     */
    long first()
    {
        return Math.max(0, count - CAPACITY);
    }

    /**
     * @return one past the newest execution's sequence.
     */
    long end()
    {
        return count;
    }

    int orderId(final long sequence)
    {
        return orderIds[(int)(sequence & MASK)];
    }

    long timestampNs(final long sequence)
    {
        return timestamps[(int)(sequence & MASK)];
    }

    /**
     * Answer one held execution as a Fill event.
     */
    void fill(final ClientEvents events, final InboundEvent event, final long correlationId, final Order order, final long sequence)
    {
        final int slot = (int)(sequence & MASK);
        events.fill(event, correlationId, timestamps[slot], order, shares[slot], prices[slot], cumulative[slot], execIds,
            slot * EXEC_ID_LENGTH, execIdLengths[slot]);
    }
}
