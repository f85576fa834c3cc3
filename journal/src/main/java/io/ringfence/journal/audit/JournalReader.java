package io.ringfence.journal.audit;

import io.ringfence.codecs.sbe.JournalEntryDecoder;
import io.ringfence.codecs.sbe.MessageHeaderDecoder;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.file.Path;

/**
 * Reads the inputs journal from the start, one record at a time; safe while the engine appends.
 */
public final class JournalReader implements AutoCloseable
{
    private final QueueTailer tailer;
    private final QueueTailer.RecordHandler recordHandler = this::onRecord;
    private final JournalEntryDecoder entryDecoder = new JournalEntryDecoder();
    private JournalEntryHandler handler;

    private JournalReader(final QueueTailer tailer)
    {
        this.tailer = tailer;
    }

    public static JournalReader open(final Path journalDir)
    {
        return new JournalReader(new QueueTailer(JournalLayout.inputs(journalDir),
            JournalEntryDecoder.SCHEMA_ID, JournalEntryDecoder.TEMPLATE_ID, JournalEntryDecoder.BLOCK_LENGTH));
    }

    /**
     * Deliver the next record, if there is one.
     *
     * @return true if a record was read (and delivered, unless it was corrupt).
     */
    public boolean poll(final JournalEntryHandler handler)
    {
        this.handler = handler;
        return tailer.poll(recordHandler);
    }

    /**
     * Read every record currently in the journal.
     *
     * @return the number of records read.
     */
    public long readAll(final JournalEntryHandler handler)
    {
        long count = 0;
        while (poll(handler))
        {
            count++;
        }
        return count;
    }

    public long corruptRecords()
    {
        return tailer.corruptRecords();
    }

    @Override
    public void close()
    {
        tailer.close();
    }

    private void onRecord(final long index, final UnsafeBuffer buffer, final MessageHeaderDecoder header)
    {
        handler.onEntry(index, entryDecoder.wrapAndApplyHeader(buffer, 0, header));
    }
}
