package io.ringfence.journal.idempotency;

import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.AtomicBuffer;

import java.nio.charset.StandardCharsets;

import static io.ringfence.journal.idempotency.IdempotencyDescriptor.*;

/**
 * Read-only flyweight over one record of the table; see {@link IdempotencyDescriptor} for the
 * layout. Owned by a table or a reader, which position it on a slot.
 */
public final class IdempotencyRecord
{
    private final AtomicBuffer buffer;
    private final RecordChecksum checksum;
    private int slot = -1;
    private int offset;

    IdempotencyRecord(final AtomicBuffer buffer, final RecordChecksum checksum)
    {
        this.buffer = buffer;
        this.checksum = checksum;
    }

    IdempotencyRecord slot(final int slot)
    {
        this.slot = slot;
        this.offset = recordOffset(slot);
        return this;
    }

    public int slot()
    {
        return slot;
    }

    public KeyState state()
    {
        return KeyState.get(buffer.getByte(offset + STATE_OFFSET));
    }

    public long keyHash()
    {
        return buffer.getLong(offset + KEY_HASH_OFFSET);
    }

    public long requestHash()
    {
        return buffer.getLong(offset + REQUEST_HASH_OFFSET);
    }

    public long journalIndex()
    {
        return buffer.getLong(offset + JOURNAL_INDEX_OFFSET);
    }

    public long permId()
    {
        return buffer.getLong(offset + PERM_ID_OFFSET);
    }

    public long createdNs()
    {
        return buffer.getLong(offset + CREATED_NS_OFFSET);
    }

    public long updatedNs()
    {
        return buffer.getLong(offset + UPDATED_NS_OFFSET);
    }

    public int orderId()
    {
        return buffer.getInt(offset + ORDER_ID_OFFSET);
    }

    public int brokerOrderId()
    {
        return buffer.getInt(offset + BROKER_ORDER_ID_OFFSET);
    }

    /**
     * Run of the table that wrote the record while PENDING; see {@link IdempotencyTable#runId()}.
     *
     * @return the run id.
     */
    public int runId()
    {
        return buffer.getInt(offset + RUN_ID_RECORD_OFFSET);
    }

    /**
     * The engine's final order status, opaque here.
     *
     * @return the status, or {@link IdempotencyDescriptor#NULL_FINAL_STATUS} before FINAL.
     */
    public byte finalStatus()
    {
        return buffer.getByte(offset + FINAL_STATUS_OFFSET);
    }

    public void getAccount(final MutableDirectBuffer dst, final int dstOffset)
    {
        dst.putBytes(dstOffset, buffer, offset + ACCOUNT_OFFSET, ACCOUNT_LENGTH);
    }

    public void getKey(final MutableDirectBuffer dst, final int dstOffset)
    {
        dst.putBytes(dstOffset, buffer, offset + KEY_OFFSET, KEY_LENGTH);
    }

    /**
     * The account without its zero padding; allocates, for tools.
     *
     * @return the account as a string.
     */
    public String account()
    {
        return ascii(offset + ACCOUNT_OFFSET, ACCOUNT_LENGTH);
    }

    /**
     * The key without its zero padding; allocates, for tools.
     *
     * @return the key as a string.
     */
    public String key()
    {
        return ascii(offset + KEY_OFFSET, KEY_LENGTH);
    }

    /**
     * Does the stored checksum match the record's bytes? Always true for an empty slot.
     *
     * @return true when the record is intact.
     */
    public boolean isChecksumValid()
    {
        return KeyState.EMPTY.value() == buffer.getByte(offset + STATE_OFFSET) ||
            buffer.getIntVolatile(offset + RECORD_CHECKSUM_OFFSET) ==
            checksum.compute(offset, RECORD_CHECKSUMMED_LENGTH);
    }

    private String ascii(final int index, final int maxLength)
    {
        int length = 0;
        while (length < maxLength && 0 != buffer.getByte(index + length))
        {
            length++;
        }
        final byte[] bytes = new byte[length];
        buffer.getBytes(index, bytes);

        return new String(bytes, StandardCharsets.US_ASCII);
    }

    public String toString()
    {
        return "IdempotencyRecord{slot=" + slot + ", state=" + state() + ", account=" + account() +
            ", key=" + key() + ", requestHash=" + requestHash() + ", journalIndex=" + journalIndex() +
            ", orderId=" + orderId() + ", brokerOrderId=" + brokerOrderId() + ", permId=" + permId() +
            ", finalStatus=" + finalStatus() + ", runId=" + runId() + ", createdNs=" + createdNs() +
            ", updatedNs=" + updatedNs() + '}';
    }
}
