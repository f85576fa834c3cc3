package io.ringfence.journal.idempotency;

import org.agrona.DirectBuffer;

import static io.ringfence.journal.idempotency.IdempotencyDescriptor.*;

/**
 * One pass over every slot on open: each occupied slot must hold a known state and match its
 * checksum; counts the occupied slots and the PENDING ones. Empty slots are not checked: the next
 * claim into one rewrites every byte of it.
 */
final class RecordScan
{
    private final DirectBuffer table;
    private final RecordChecksum checksum;
    private final int capacity;
    private int entryCount;
    private int pendingCount;

    RecordScan(final DirectBuffer table, final RecordChecksum checksum, final int capacity)
    {
        this.table = table;
        this.checksum = checksum;
        this.capacity = capacity;
    }

    /**
     * Check every slot.
     *
     * @return null when every record is intact, else what is wrong with the first bad one.
     */
    String scan()
    {
        entryCount = 0;
        pendingCount = 0;
        for (int slot = 0; slot < capacity; slot++)
        {
            final int offset = recordOffset(slot);
            final byte stateValue = table.getByte(offset + STATE_OFFSET);
            final KeyState state = KeyState.get(stateValue);
            if (KeyState.EMPTY == state)
            {
                continue;
            }
            if (null == state)
            {
                return "slot " + slot + ": unknown state " + stateValue;
            }
            if (table.getInt(offset + RECORD_CHECKSUM_OFFSET) != checksum.compute(offset, RECORD_CHECKSUMMED_LENGTH))
            {
                return "slot " + slot + ": record checksum";
            }
            entryCount++;
            if (KeyState.PENDING == state)
            {
                pendingCount++;
            }
        }

        return null;
    }

    int entryCount()
    {
        return entryCount;
    }

    int pendingCount()
    {
        return pendingCount;
    }
}
