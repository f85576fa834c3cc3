package io.ringfence.journal.audit;

import net.openhft.chronicle.bytes.SyncMode;
import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueueBuilder;
import net.openhft.chronicle.wire.DocumentContext;

import java.nio.file.Path;

/**
 * One Chronicle queue written by one thread: each record is one document of raw bytes (an SBE
 * message with its header). Group commit: in {@link Durability#SYNC} mode the queue is built with
 * Chronicle's {@code SyncMode.SYNC} (msync MS_SYNC: {@code sync()} waits for the device; without
 * it {@code sync()} only schedules write-back) and {@link #endOfBatch()} forces what was appended
 * since the last call.
 */
final class QueueAppender implements AutoCloseable
{
    private final ChronicleQueue queue;
    private final ExcerptAppender appender;
    private final Durability durability;
    private boolean unsynced;

    QueueAppender(final Path dir, final Durability durability, final JournalRollCycle rollCycle)
    {
        this.queue = SingleChronicleQueueBuilder.binary(dir)
            .rollCycle(rollCycle.rollCycle())
            .syncMode(durability == Durability.SYNC ? SyncMode.SYNC : SyncMode.NONE)
            .build();
        this.appender = queue.createAppender();
        this.durability = durability;
    }

    static ChronicleQueue open(final Path dir, final JournalRollCycle rollCycle)
    {
        return SingleChronicleQueueBuilder.binary(dir).rollCycle(rollCycle.rollCycle()).build();
    }

    /**
     * @return the Chronicle index of the new record.
     */
    long append(final byte[] bytes, final int length)
    {
        try (DocumentContext context = appender.writingDocument())
        {
            context.wire().bytes().write(bytes, 0, length);
        }
        unsynced = true;
        return appender.lastIndexAppended();
    }

    void endOfBatch()
    {
        if (durability == Durability.SYNC && unsynced)
        {
            appender.sync();
            unsynced = false;
        }
    }

    @Override
    public void close()
    {
        endOfBatch();
        appender.close();
        queue.close();
    }
}
