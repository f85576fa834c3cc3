package io.ringfence.journal.audit;

import io.ringfence.codecs.sbe.JournalEntryDecoder;
import io.ringfence.codecs.sbe.MessageHeaderDecoder;
import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.wire.DocumentContext;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.file.Path;

/**
 * Reads the input journal from the start, one record at a time. Safe to use while the engine
 * appends: it sees every record committed before each {@link #poll} call.
 */
public final class JournalReader implements AutoCloseable
{
    private final ChronicleQueue queue;
    private final ExcerptTailer tailer;
    private final byte[] scratch = new byte[64 * 1024];
    private final UnsafeBuffer scratchBuffer = new UnsafeBuffer(scratch);
    private final MessageHeaderDecoder headerDecoder = new MessageHeaderDecoder();
    private final JournalEntryDecoder entryDecoder = new JournalEntryDecoder();
    private long corruptRecords;

    private JournalReader(final ChronicleQueue queue)
    {
        this.queue = queue;
        this.tailer = queue.createTailer();
    }

    public static JournalReader open(final Path dir)
    {
        return new JournalReader(InputJournal.openQueue(dir, JournalRollCycle.DAILY));
    }

    /**
     * Deliver the next record, if there is one.
     *
     * @return true if a record was read (and delivered, unless it was corrupt).
     */
    public boolean poll(final JournalEntryHandler handler)
    {
        try (DocumentContext context = tailer.readingDocument())
        {
            if (!context.isPresent())
            {
                return false;
            }
            final Bytes<?> bytes = context.wire().bytes();
            final int length = (int)Math.min(bytes.readRemaining(), scratch.length);
            bytes.read(scratch, 0, length);
            if (length < MessageHeaderDecoder.ENCODED_LENGTH)
            {
                corruptRecords++;
                return true;
            }
            headerDecoder.wrap(scratchBuffer, 0);
            if (headerDecoder.templateId() != JournalEntryDecoder.TEMPLATE_ID ||
                headerDecoder.schemaId() != JournalEntryDecoder.SCHEMA_ID)
            {
                corruptRecords++;
                return true;
            }
            entryDecoder.wrapAndApplyHeader(scratchBuffer, 0, headerDecoder);
            handler.onEntry(context.index(), entryDecoder);
            return true;
        }
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
        return corruptRecords;
    }

    @Override
    public void close()
    {
        tailer.close();
        queue.close();
    }
}
