package io.ringfence.journal.idempotency;

import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import static io.ringfence.journal.idempotency.IdempotencyDescriptor.*;

/**
 * Record-level writes and key comparison over the mapping, by record offset. Every write ends
 * with {@link #seal}: the checksum of the record, stored last with release ordering, so a reader
 * (or a scan after a crash) never takes a half-written record for a whole one.
 */
final class RecordStore
{
    private static final byte EMPTY = KeyState.EMPTY.value();
    private static final byte PENDING = KeyState.PENDING.value();
    private static final byte SENT = KeyState.SENT.value();
    private static final byte ACKED = KeyState.ACKED.value();
    private static final byte FINAL = KeyState.FINAL.value();
    private static final byte RELEASED = KeyState.RELEASED.value();

    private final UnsafeBuffer table;
    private final RecordChecksum checksum;

    RecordStore(final UnsafeBuffer table, final RecordChecksum checksum)
    {
        this.table = table;
        this.checksum = checksum;
    }

    void writePending(
        final int offset,
        final long hash,
        final DirectBuffer buffer,
        final int accountOffset,
        final int keyOffset,
        final long requestHash,
        final long journalIndex,
        final int orderId,
        final int runId,
        final long nowNs)
    {
        table.putLong(offset + KEY_HASH_OFFSET, hash);
        table.putLong(offset + REQUEST_HASH_OFFSET, requestHash);
        table.putLong(offset + JOURNAL_INDEX_OFFSET, journalIndex);
        table.putLong(offset + PERM_ID_OFFSET, NULL_ID);
        table.putLong(offset + CREATED_NS_OFFSET, nowNs);
        table.putLong(offset + UPDATED_NS_OFFSET, nowNs);
        table.putBytes(offset + ACCOUNT_OFFSET, buffer, accountOffset, ACCOUNT_LENGTH);
        table.putBytes(offset + KEY_OFFSET, buffer, keyOffset, KEY_LENGTH);
        table.putInt(offset + ORDER_ID_OFFSET, orderId);
        table.putInt(offset + BROKER_ORDER_ID_OFFSET, NULL_ID);
        table.putInt(offset + RUN_ID_RECORD_OFFSET, runId);
        table.putByte(offset + STATE_OFFSET, PENDING);
        table.putByte(offset + FINAL_STATUS_OFFSET, NULL_FINAL_STATUS);
        table.putShort(offset + RESERVED_OFFSET, (short)0);
        table.putInt(offset + RESERVED_OFFSET + 2, 0);
        seal(offset);
    }

    byte state(final int offset)
    {
        return -1 == offset ? EMPTY : table.getByte(offset + STATE_OFFSET);
    }

    boolean isRecoveryPending(final int offset, final int runId)
    {
        return PENDING == state(offset) && runId != table.getInt(offset + RUN_ID_RECORD_OFFSET);
    }

    boolean isReclaimable(final int offset, final long nowNs, final long retentionNs)
    {
        final byte state = state(offset);
        return (FINAL == state || RELEASED == state) &&
            nowNs - table.getLong(offset + UPDATED_NS_OFFSET) >= retentionNs;
    }

    boolean markSent(final int offset, final int brokerOrderId, final int runId, final long nowNs)
    {
        if (PENDING != state(offset) || isRecoveryPending(offset, runId))
        {
            return false;
        }
        table.putInt(offset + BROKER_ORDER_ID_OFFSET, brokerOrderId);
        return transition(offset, SENT, nowNs);
    }

    boolean markAcked(final int offset, final long permId, final long nowNs)
    {
        final byte state = state(offset);
        if (SENT != state && ACKED != state)
        {
            return false;
        }
        table.putLong(offset + PERM_ID_OFFSET, permId);
        return transition(offset, ACKED, nowNs);
    }

    boolean markFinal(final int offset, final byte finalStatus, final int runId, final long nowNs)
    {
        final byte state = state(offset);
        if ((PENDING != state && SENT != state && ACKED != state) || isRecoveryPending(offset, runId))
        {
            return false;
        }
        table.putByte(offset + FINAL_STATUS_OFFSET, finalStatus);
        return transition(offset, FINAL, nowNs);
    }

    boolean adopt(final int offset, final int brokerOrderId, final long permId, final long nowNs)
    {
        if (PENDING != state(offset))
        {
            return false;
        }
        table.putInt(offset + BROKER_ORDER_ID_OFFSET, brokerOrderId);
        table.putLong(offset + PERM_ID_OFFSET, permId);
        return transition(offset, ACKED, nowNs);
    }

    boolean release(final int offset, final long nowNs)
    {
        if (PENDING != state(offset))
        {
            return false;
        }
        return transition(offset, RELEASED, nowNs);
    }

    private boolean transition(final int offset, final byte state, final long nowNs)
    {
        table.putByte(offset + STATE_OFFSET, state);
        table.putLong(offset + UPDATED_NS_OFFSET, nowNs);
        seal(offset);
        return true;
    }

    private void seal(final int offset)
    {
        table.putIntRelease(offset + RECORD_CHECKSUM_OFFSET, checksum.compute(offset, RECORD_CHECKSUMMED_LENGTH));
    }

    boolean keyEquals(final int offset, final DirectBuffer buffer, final int accountOffset, final int keyOffset)
    {
        return table.getLong(offset + ACCOUNT_OFFSET) == buffer.getLong(accountOffset) &&
            table.getLong(offset + ACCOUNT_OFFSET + 8) == buffer.getLong(accountOffset + 8) &&
            table.getLong(offset + KEY_OFFSET) == buffer.getLong(keyOffset) &&
            table.getLong(offset + KEY_OFFSET + 8) == buffer.getLong(keyOffset + 8) &&
            table.getLong(offset + KEY_OFFSET + 16) == buffer.getLong(keyOffset + 16) &&
            table.getLong(offset + KEY_OFFSET + 24) == buffer.getLong(keyOffset + 24);
    }
}
