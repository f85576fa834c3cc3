package io.ringfence.journal.audit;

import io.ringfence.codecs.sbe.InputKind;
import io.ringfence.codecs.sbe.JournalEntryEncoder;
import io.ringfence.codecs.sbe.MessageHeaderEncoder;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.file.Path;

/**
 * Appends pipeline inputs to the {@link JournalLayout#inputs inputs} queue, one SBE
 * {@code JournalEntry} per record. Single writer: the journal stage's thread. In
 * {@link Durability#PROCESS} mode a record is in the page cache once {@link #append} returns; in
 * {@link Durability#SYNC} mode {@link #endOfBatch()} forces the batch to the device.
 */
public final class InputJournal implements AutoCloseable
{
    public static final int MAX_BODY_LENGTH = 8192;

    private final QueueAppender queue;
    private final byte[] scratch = new byte[MessageHeaderEncoder.ENCODED_LENGTH +
        JournalEntryEncoder.BLOCK_LENGTH + JournalEntryEncoder.bodyHeaderLength() + MAX_BODY_LENGTH];
    private final UnsafeBuffer scratchBuffer = new UnsafeBuffer(scratch);
    private final MessageHeaderEncoder headerEncoder = new MessageHeaderEncoder();
    private final JournalEntryEncoder entryEncoder = new JournalEntryEncoder();

    private InputJournal(final QueueAppender queue)
    {
        this.queue = queue;
    }

    public static InputJournal open(final Path journalDir, final Durability durability, final JournalRollCycle rollCycle)
    {
        return new InputJournal(new QueueAppender(JournalLayout.inputs(journalDir), durability, rollCycle));
    }

    /**
     * Append one input.
     *
     * @return the Chronicle index of the new record.
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
        return queue.append(scratch, MessageHeaderEncoder.ENCODED_LENGTH + entryEncoder.encodedLength());
    }

    /**
     * Called by the journal stage at the end of each Disruptor batch: group commit in sync mode.
     */
    public void endOfBatch()
    {
        queue.endOfBatch();
    }

    @Override
    public void close()
    {
        queue.close();
    }
}
