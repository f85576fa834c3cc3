package io.ringfence.journal.audit;

import io.ringfence.codecs.sbe.InputKind;
import io.ringfence.codecs.sbe.JournalEntryEncoder;
import io.ringfence.codecs.sbe.MessageHeaderEncoder;
import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueueBuilder;
import net.openhft.chronicle.wire.DocumentContext;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.file.Path;

/**
 * Appends pipeline inputs to a Chronicle Queue, one SBE {@code JournalEntry} per document.
 * Single writer: owned by the journal stage's thread.
 * <p>
 * Durability: in {@link Durability#PROCESS} mode a record is in the page cache once
 * {@link #append} returns, so it survives a process crash; in {@link Durability#SYNC} mode
 * {@link #endOfBatch()} forces the batch to the device, so it survives power loss.
 */
public final class InputJournal implements AutoCloseable
{
    public static final int MAX_BODY_LENGTH = 8192;

    public enum Durability
    {
        PROCESS, SYNC
    }

    private final ChronicleQueue queue;
    private final ExcerptAppender appender;
    private final Durability durability;
    private final byte[] scratch = new byte[MessageHeaderEncoder.ENCODED_LENGTH +
        JournalEntryEncoder.BLOCK_LENGTH + JournalEntryEncoder.bodyHeaderLength() + MAX_BODY_LENGTH];
    private final UnsafeBuffer scratchBuffer = new UnsafeBuffer(scratch);
    private final MessageHeaderEncoder headerEncoder = new MessageHeaderEncoder();
    private final JournalEntryEncoder entryEncoder = new JournalEntryEncoder();
    private boolean unsynced;

    private InputJournal(final ChronicleQueue queue, final Durability durability)
    {
        this.queue = queue;
        this.appender = queue.createAppender();
        this.durability = durability;
    }

    public static InputJournal open(final Path dir, final Durability durability, final JournalRollCycle rollCycle)
    {
        return new InputJournal(openQueue(dir, rollCycle), durability);
    }

    static ChronicleQueue openQueue(final Path dir, final JournalRollCycle rollCycle)
    {
        return SingleChronicleQueueBuilder.binary(dir)
            .rollCycle(rollCycle.rollCycle())
            .build();
    }

    /**
     * Append one input. Returns the Chronicle index of the new record.
     */
    public long append(
        final long sequence,
        final long timestampNs,
        final InputKind kind,
        final int source,
        final DirectBuffer body,
        final int bodyOffset,
        final int bodyLength)
    {
        entryEncoder.wrapAndApplyHeader(scratchBuffer, 0, headerEncoder)
            .sequence(sequence)
            .timestampNs(timestampNs)
            .kind(kind)
            .source(source)
            .putBody(body, bodyOffset, bodyLength);
        final int length = MessageHeaderEncoder.ENCODED_LENGTH + entryEncoder.encodedLength();
        try (DocumentContext context = appender.writingDocument())
        {
            context.wire().bytes().write(scratch, 0, length);
        }
        unsynced = true;
        return appender.lastIndexAppended();
    }

    /**
     * Called by the journal stage at the end of each Disruptor batch: group commit in sync mode.
     */
    public void endOfBatch()
    {
        if (durability == Durability.SYNC && unsynced)
        {
            appender.sync();
            unsynced = false;
        }
    }

    public Path dir()
    {
        return Path.of(queue.fileAbsolutePath());
    }

    @Override
    public void close()
    {
        endOfBatch();
        appender.close();
        queue.close();
    }
}
