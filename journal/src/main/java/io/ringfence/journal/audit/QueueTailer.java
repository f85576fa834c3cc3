package io.ringfence.journal.audit;

import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.wire.DocumentContext;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.file.Path;

/**
 * Reads one Chronicle queue from the start, one raw record at a time, into a reused buffer.
 * Sees every record committed before each {@link #poll} call, also while a writer appends.
 */
final class QueueTailer implements AutoCloseable
{
    @FunctionalInterface
    interface RecordHandler
    {
        void onRecord(long index, UnsafeBuffer buffer, int length);
    }

    private final ChronicleQueue queue;
    private final ExcerptTailer tailer;
    private final byte[] scratch = new byte[64 * 1024];
    private final UnsafeBuffer buffer = new UnsafeBuffer(scratch);
    private long oversizedRecords;

    QueueTailer(final Path dir)
    {
        this.queue = QueueAppender.open(dir, JournalRollCycle.DAILY);
        this.tailer = queue.createTailer();
    }

    boolean poll(final RecordHandler handler)
    {
        try (DocumentContext context = tailer.readingDocument())
        {
            if (!context.isPresent())
            {
                return false;
            }
            final Bytes<?> bytes = context.wire().bytes();
            final long remaining = bytes.readRemaining();
            if (remaining > scratch.length)
            {
                oversizedRecords++;
                return true;
            }
            final int length = (int)remaining;
            bytes.read(scratch, 0, length);
            handler.onRecord(context.index(), buffer, length);
            return true;
        }
    }

    long oversizedRecords()
    {
        return oversizedRecords;
    }

    @Override
    public void close()
    {
        tailer.close();
        queue.close();
    }
}
