package io.ringfence.journal.idempotency;

import org.agrona.CloseHelper;
import org.agrona.IoUtil;
import org.agrona.concurrent.UnsafeBuffer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

import static io.ringfence.journal.idempotency.IdempotencyDescriptor.fileLength;
import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.SPARSE;
import static java.nio.file.StandardOpenOption.WRITE;

/**
 * The writer's file: opens or creates it, checks header and records, maps, clears and closes it.
 * While unmapped (CORRUPT, cleared mid-way, closed) the buffer wraps an empty array, so a stray
 * access throws rather than touching unmapped memory.
 */
final class TableFile implements AutoCloseable
{
    private static final byte[] UNMAPPED = new byte[0];

    final UnsafeBuffer table = new UnsafeBuffer(UNMAPPED);
    final TableHeader header = new TableHeader();
    final RecordChecksum checksum = new RecordChecksum();
    private final FileChannel channel;
    private final int capacity;
    private MappedByteBuffer mapping;
    private OpenStatus openStatus;
    private String corruptReason;
    private int entryCount;
    private int pendingCount;

    private TableFile(final FileChannel channel, final int capacity)
    {
        this.channel = channel;
        this.capacity = capacity;
    }

    static TableFile open(final Path file, final int capacity)
    {
        FileChannel channel = null;
        TableFile tableFile = null;
        try
        {
            channel = FileChannel.open(file, CREATE, READ, WRITE, SPARSE);
            tableFile = new TableFile(channel, capacity);
            tableFile.load(channel.size());

            return tableFile;
        }
        catch (final IOException ex)
        {
            CloseHelper.quietCloseAll(tableFile, channel);
            throw new UncheckedIOException(ex);
        }
        catch (final RuntimeException ex)
        {
            CloseHelper.quietCloseAll(tableFile, channel);
            throw ex;
        }
    }

    OpenStatus openStatus()
    {
        return openStatus;
    }

    String corruptReason()
    {
        return corruptReason;
    }

    int entryCount()
    {
        return entryCount;
    }

    int pendingCount()
    {
        return pendingCount;
    }

    boolean isMapped()
    {
        return null != mapping;
    }

    void clear()
    {
        unmap();
        try
        {
            channel.truncate(0);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
        map();
        header.initialise(capacity, 0);
    }

    void force()
    {
        mapping.force();
    }

    /**
     * Write the clean-shutdown flag and header checksum, force, unmap and close.
     */
    public void close()
    {
        if (null != mapping)
        {
            header.cleanShutdown(true);
            header.writeChecksum();
            mapping.force();
            unmap();
        }
        CloseHelper.close(channel);
    }

    private void load(final long length)
    {
        if (0 == length)
        {
            map();
            header.initialise(capacity, 0);
            openStatus = OpenStatus.CREATED;
        }
        else if (length != fileLength(capacity))
        {
            corrupt("file length " + length + " does not fit capacity " + capacity);
        }
        else
        {
            map();
            final String headerProblem = header.check(capacity, length);
            if (null != headerProblem)
            {
                corrupt(headerProblem);
                return;
            }

            final boolean clean = header.isCleanShutdown();
            final RecordScan scan = new RecordScan(table, checksum, capacity);
            final String recordProblem = scan.scan();
            if (null != recordProblem)
            {
                corrupt(recordProblem);
            }
            else if (clean && scan.entryCount() != header.entryCount())
            {
                corrupt("entry count " + header.entryCount() + " != " + scan.entryCount() + " records");
            }
            else
            {
                openStatus = clean ? OpenStatus.CLEAN : OpenStatus.UNCLEAN;
                entryCount = scan.entryCount();
                pendingCount = scan.pendingCount();
            }
        }
    }

    private void corrupt(final String reason)
    {
        openStatus = OpenStatus.CORRUPT;
        corruptReason = reason;
        unmap();
    }

    private void map()
    {
        try
        {
            mapping = channel.map(FileChannel.MapMode.READ_WRITE, 0, fileLength(capacity));
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
        table.wrap(mapping);
        header.wrap(table);
        checksum.wrap(mapping);
    }

    private void unmap()
    {
        if (null != mapping)
        {
            table.wrap(UNMAPPED);
            IoUtil.unmap(mapping);
            mapping = null;
        }
    }
}
