package io.ringfence.journal.idempotency;

/**
 * Binary layout of the idempotency table file. All numbers are little-endian (the native order
 * of the x86-64 and AArch64 hosts the engine runs on); every field is naturally aligned.
 * <p>
 * File: a 4096-byte header page, then {@code capacity} fixed-length records (slots).
 * <pre>
 *   0                   1                   2                   3
 *   0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 *  +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *  |                       Magic 'RFID'                            |  0
 *  +---------------------------------------------------------------+
 *  |                      Layout Version                           |  4
 *  +---------------------------------------------------------------+
 *  |                     Capacity (slots)                          |  8
 *  +---------------------------------------------------------------+
 *  |                      Record Length                            | 12
 *  +---------------------------------------------------------------+
 *  |                 Entry Count (occupied slots)                  | 16
 *  +---------------------------------------------------------------+
 *  |                          Run Id                               | 20
 *  +---------------------------------------------------------------+
 *  |                  Journal Watermark (long)                     | 24
 *  |                                                               |
 *  +---------------------------------------------------------------+
 *  |                   Clean Shutdown (0 / 1)                      | 32
 *  +---------------------------------------------------------------+
 *  |                    Reserved (zero) ...                        | 36..59
 *  +---------------------------------------------------------------+
 *  |             Header Checksum (CRC32C of bytes 0..59)           | 60
 *  +---------------------------------------------------------------+
 *  |                 Reserved (zero) to 4096                      ...
 *  +---------------------------------------------------------------+
 * </pre>
 * Record (120 bytes, slot {@code n} at {@code 4096 + n * 120}):
 * <pre>
 *   0                   1                   2                   3
 *   0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 *  +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *  |                 Key Hash (long, never 0)                      |   0
 *  +---------------------------------------------------------------+
 *  |                 Canonical-Request Hash (long)                 |   8
 *  +---------------------------------------------------------------+
 *  |            Journal Index that created the record (long)       |  16
 *  +---------------------------------------------------------------+
 *  |                    Broker permId (long)                       |  24
 *  +---------------------------------------------------------------+
 *  |                  Created (epoch ns, long)                     |  32
 *  +---------------------------------------------------------------+
 *  |                  Updated (epoch ns, long)                     |  40
 *  +---------------------------------------------------------------+
 *  |              Account (16 bytes ASCII, zero padded)            |  48
 *  +---------------------------------------------------------------+
 *  |                Key (32 bytes ASCII, zero padded)              |  64
 *  +---------------------------------------------------------------+
 *  |                      Engine Order Id                          |  96
 *  +---------------------------------------------------------------+
 *  |                      Broker Order Id                          | 100
 *  +---------------------------------------------------------------+
 *  |                Run Id that wrote the PENDING record           | 104
 *  +---------------+---------------+-------------------------------+
 *  |     State     | Final Status  |        Reserved (zero)        | 108
 *  +---------------+---------------+-------------------------------+
 *  |                        Reserved (zero)                        | 112
 *  +---------------------------------------------------------------+
 *  |              Record Checksum (CRC32C of bytes 0..115)         | 116
 *  +---------------------------------------------------------------+
 * </pre>
 * A slot whose state byte is {@link KeyState#EMPTY} holds no record and is not checksummed; any
 * other slot must match its checksum, which is stored last with release ordering, so a record
 * torn by a crash mid-write is detected and never read as valid.
 * <p>
 * Migrations: the table is derived from the input journal, so a file of another layout version
 * opens as {@link OpenStatus#CORRUPT} and is rebuilt from the journal; a layout change bumps
 * {@link #LAYOUT_VERSION}. The key hash function ({@code KeyHash}) is part of the layout.
 */
public final class IdempotencyDescriptor
{
    public static final int MAGIC = 0x44494652; // "RFID" in little-endian bytes
    public static final int LAYOUT_VERSION = 1;
    public static final int HEADER_LENGTH = 4096;

    public static final int MAGIC_OFFSET = 0;
    public static final int LAYOUT_VERSION_OFFSET = 4;
    public static final int CAPACITY_OFFSET = 8;
    public static final int RECORD_LENGTH_OFFSET = 12;
    public static final int ENTRY_COUNT_OFFSET = 16;
    public static final int RUN_ID_OFFSET = 20;
    public static final int WATERMARK_OFFSET = 24;
    public static final int CLEAN_SHUTDOWN_OFFSET = 32;
    public static final int HEADER_CHECKSUM_OFFSET = 60;
    public static final int HEADER_CHECKSUMMED_LENGTH = HEADER_CHECKSUM_OFFSET;

    public static final int RECORD_LENGTH = 120;
    public static final int KEY_HASH_OFFSET = 0;
    public static final int REQUEST_HASH_OFFSET = 8;
    public static final int JOURNAL_INDEX_OFFSET = 16;
    public static final int PERM_ID_OFFSET = 24;
    public static final int CREATED_NS_OFFSET = 32;
    public static final int UPDATED_NS_OFFSET = 40;
    public static final int ACCOUNT_OFFSET = 48;
    public static final int ACCOUNT_LENGTH = 16;
    public static final int KEY_OFFSET = 64;
    public static final int KEY_LENGTH = 32;
    public static final int ORDER_ID_OFFSET = 96;
    public static final int BROKER_ORDER_ID_OFFSET = 100;
    public static final int RUN_ID_RECORD_OFFSET = 104;
    public static final int STATE_OFFSET = 108;
    public static final int FINAL_STATUS_OFFSET = 109;
    public static final int RESERVED_OFFSET = 110;
    public static final int RECORD_CHECKSUM_OFFSET = 116;
    public static final int RECORD_CHECKSUMMED_LENGTH = RECORD_CHECKSUM_OFFSET;

    /**
     * Watermark of a table to which no journal record has been applied.
     */
    public static final long NULL_WATERMARK = -1;

    /**
     * Final status of a record that has not reached a final state.
     */
    public static final byte NULL_FINAL_STATUS = -1;

    /**
     * Order, broker order and perm ids of a record before they are known.
     */
    public static final int NULL_ID = -1;

    public static final int MIN_CAPACITY = 2;
    public static final int MAX_CAPACITY = (Integer.MAX_VALUE - HEADER_LENGTH) / RECORD_LENGTH;

    private IdempotencyDescriptor()
    {
    }

    /**
     * Length of the file for a table of the given capacity.
     *
     * @param capacity in slots.
     * @return file length in bytes.
     */
    public static int fileLength(final int capacity)
    {
        return HEADER_LENGTH + capacity * RECORD_LENGTH;
    }

    /**
     * Offset of a slot's record in the file.
     *
     * @param slot in [0, capacity).
     * @return byte offset of the record.
     */
    public static int recordOffset(final int slot)
    {
        return HEADER_LENGTH + slot * RECORD_LENGTH;
    }

    /**
     * Most slots that may be occupied: the load is capped at 3/4 so a probe for an absent key
     * (every new claim) stays short, and there is always an empty slot to end a probe.
     *
     * @param capacity in slots.
     * @return the maximum entry count.
     */
    public static int maxEntries(final int capacity)
    {
        return capacity - Math.max(1, capacity >> 2);
    }

    static void checkCapacity(final int capacity)
    {
        if (capacity < MIN_CAPACITY || capacity > MAX_CAPACITY)
        {
            throw new IllegalArgumentException(
                "capacity must be in [" + MIN_CAPACITY + ", " + MAX_CAPACITY + "]: " + capacity);
        }
    }
}
