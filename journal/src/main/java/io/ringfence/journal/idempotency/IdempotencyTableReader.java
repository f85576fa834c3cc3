package io.ringfence.journal.idempotency;

import org.agrona.IoUtil;
import org.agrona.concurrent.UnsafeBuffer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static io.ringfence.journal.idempotency.IdempotencyDescriptor.HEADER_LENGTH;
import static io.ringfence.journal.idempotency.IdempotencyDescriptor.STATE_OFFSET;
import static io.ringfence.journal.idempotency.IdempotencyDescriptor.recordOffset;

/**
 * Read-only view of a table file for tools ({@code journal verify}, {@code journal replay}),
 * safe to use while the engine writes the table: a record caught mid-write fails its checksum
 * and is re-read a few times before it is reported as it is.
 */
public final class IdempotencyTableReader implements AutoCloseable
{
    private static final int MAX_READ_ATTEMPTS = 4;

    private final UnsafeBuffer table;
    private final TableHeader header = new TableHeader();
    private final RecordChecksum checksum = new RecordChecksum();
    private final IdempotencyRecord record;
    private final MappedByteBuffer mapping;
    private final String headerProblem;

    private IdempotencyTableReader(final MappedByteBuffer mapping, final long fileLength)
    {
        this.mapping = mapping;
        if (null == mapping)
        {
            table = new UnsafeBuffer(new byte[0]);
            headerProblem = "file length " + fileLength + " shorter than the header";
        }
        else
        {
            table = new UnsafeBuffer(mapping);
            header.wrap(table);
            checksum.wrap(mapping);
            headerProblem = header.check(0, fileLength);
        }
        record = new IdempotencyRecord(table, checksum);
    }

    /**
     * Map a table file read-only.
     *
     * @param file of the table.
     * @return the reader; check {@link #headerProblem()} before reading records.
     */
    public static IdempotencyTableReader open(final Path file)
    {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ))
        {
            final long length = channel.size();
            final MappedByteBuffer mapping = length < HEADER_LENGTH || length > Integer.MAX_VALUE ?
                null : channel.map(FileChannel.MapMode.READ_ONLY, 0, length);

            return new IdempotencyTableReader(mapping, length);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * What is wrong with the header, if anything; records are only readable when nothing is.
     *
     * @return null when the header is sane, else the reason.
     */
    public String headerProblem()
    {
        return headerProblem;
    }

    public int capacity()
    {
        return header.capacity();
    }

    public int entryCount()
    {
        return header.entryCount();
    }

    public int runId()
    {
        return header.runId();
    }

    public long watermark()
    {
        return header.watermark();
    }

    public boolean isCleanShutdown()
    {
        return header.isCleanShutdown();
    }

    /**
     * Visit every occupied slot in slot order.
     *
     * @param handler called per record.
     * @return the number of records visited.
     */
    public int forEach(final IdempotencyRecordHandler handler)
    {
        if (null != headerProblem)
        {
            throw new IllegalStateException("idempotency table header: " + headerProblem);
        }

        int count = 0;
        final int capacity = header.capacity();
        for (int slot = 0; slot < capacity; slot++)
        {
            if (KeyState.EMPTY.value() != table.getByteVolatile(recordOffset(slot) + STATE_OFFSET))
            {
                record.slot(slot);
                for (int attempt = 1; attempt < MAX_READ_ATTEMPTS && !record.isChecksumValid(); attempt++)
                {
                    Thread.onSpinWait();
                }
                handler.onRecord(record);
                count++;
            }
        }

        return count;
    }

    public void close()
    {
        if (null != mapping)
        {
            IoUtil.unmap(mapping);
        }
    }
}
