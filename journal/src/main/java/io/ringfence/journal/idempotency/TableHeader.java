package io.ringfence.journal.idempotency;

import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.util.zip.CRC32C;

import static io.ringfence.journal.idempotency.IdempotencyDescriptor.*;

/**
 * Reads, checks and writes the header page of a table file; see {@link IdempotencyDescriptor}.
 * The checksum is written when the header is initialised, on open and on close; while a writer
 * runs the clean-shutdown flag is 0 and the entry count and watermark move without it.
 */
final class TableHeader
{
    private final byte[] scratch = new byte[HEADER_CHECKSUMMED_LENGTH];
    private final CRC32C crc = new CRC32C();
    private UnsafeBuffer buffer;

    void wrap(final UnsafeBuffer buffer)
    {
        this.buffer = buffer;
    }

    /**
     * Which check does the header fail, if any.
     *
     * @param capacity the caller expects, or 0 to accept the one stored.
     * @param fileLength of the file.
     * @return null when the header is sane, else the reason.
     */
    String check(final int capacity, final long fileLength)
    {
        if (MAGIC != buffer.getInt(MAGIC_OFFSET))
        {
            return "bad magic";
        }
        if (LAYOUT_VERSION != buffer.getInt(LAYOUT_VERSION_OFFSET))
        {
            return "layout version " + buffer.getInt(LAYOUT_VERSION_OFFSET) + " != " + LAYOUT_VERSION;
        }
        if (RECORD_LENGTH != buffer.getInt(RECORD_LENGTH_OFFSET))
        {
            return "record length " + buffer.getInt(RECORD_LENGTH_OFFSET) + " != " + RECORD_LENGTH;
        }
        final int storedCapacity = capacity();
        if ((0 != capacity && storedCapacity != capacity) || storedCapacity < MIN_CAPACITY ||
            storedCapacity > MAX_CAPACITY || fileLength != fileLength(storedCapacity))
        {
            return "capacity " + storedCapacity + " (file length " + fileLength + ") expected " + capacity;
        }
        final int clean = buffer.getInt(CLEAN_SHUTDOWN_OFFSET);
        if (clean != 0 && clean != 1)
        {
            return "clean shutdown flag " + clean;
        }
        if (1 == clean && !isChecksumValid())
        {
            return "header checksum";
        }

        return null;
    }

    void initialise(final int capacity, final int runId)
    {
        buffer.setMemory(0, HEADER_LENGTH, (byte)0);
        buffer.putInt(MAGIC_OFFSET, MAGIC);
        buffer.putInt(LAYOUT_VERSION_OFFSET, LAYOUT_VERSION);
        buffer.putInt(CAPACITY_OFFSET, capacity);
        buffer.putInt(RECORD_LENGTH_OFFSET, RECORD_LENGTH);
        buffer.putInt(RUN_ID_OFFSET, runId);
        buffer.putLong(WATERMARK_OFFSET, NULL_WATERMARK);
        writeChecksum();
    }

    boolean isChecksumValid()
    {
        return buffer.getInt(HEADER_CHECKSUM_OFFSET) == checksum(buffer);
    }

    void writeChecksum()
    {
        buffer.putIntRelease(HEADER_CHECKSUM_OFFSET, checksum(buffer));
    }

    int capacity()
    {
        return buffer.getInt(CAPACITY_OFFSET);
    }

    int entryCount()
    {
        return buffer.getInt(ENTRY_COUNT_OFFSET);
    }

    void entryCount(final int count)
    {
        buffer.putInt(ENTRY_COUNT_OFFSET, count);
    }

    int runId()
    {
        return buffer.getInt(RUN_ID_OFFSET);
    }

    void runId(final int runId)
    {
        buffer.putInt(RUN_ID_OFFSET, runId);
    }

    long watermark()
    {
        return buffer.getLongVolatile(WATERMARK_OFFSET);
    }

    void watermark(final long index)
    {
        buffer.putLongRelease(WATERMARK_OFFSET, index);
    }

    boolean isCleanShutdown()
    {
        return 1 == buffer.getIntVolatile(CLEAN_SHUTDOWN_OFFSET);
    }

    void cleanShutdown(final boolean clean)
    {
        buffer.putIntRelease(CLEAN_SHUTDOWN_OFFSET, clean ? 1 : 0);
    }

    private int checksum(final DirectBuffer header)
    {
        header.getBytes(0, scratch);
        crc.reset();
        crc.update(scratch, 0, scratch.length);

        return (int)crc.getValue();
    }
}
