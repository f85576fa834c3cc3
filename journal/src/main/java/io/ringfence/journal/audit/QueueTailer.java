package io.ringfence.journal.audit;

import io.ringfence.codecs.sbe.MessageHeaderDecoder;
import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.wire.DocumentContext;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.file.Path;

/**
 * Reads one Chronicle queue of SBE records of one template from the start, into a reused buffer.
 * Sees every record committed before each {@link #poll} call, also while a writer appends.
 * Records that are too long, too short or not of the expected schema and template are counted
 * as corrupt and skipped, never delivered.
 */
final class QueueTailer implements AutoCloseable
{
    @FunctionalInterface
    interface RecordHandler
    {
        /**
         * @param header the record's SBE header, wrapped at offset 0 of {@code buffer}.
         */
        void onRecord(long index, UnsafeBuffer buffer, MessageHeaderDecoder header);
    }

    private final ChronicleQueue queue;
    private final ExcerptTailer tailer;
    private final int schemaId;
    private final int templateId;
    private final int minLength;
    private final byte[] scratch = new byte[64 * 1024];
    private final UnsafeBuffer buffer = new UnsafeBuffer(scratch);
    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private long corruptRecords;

    QueueTailer(final Path dir, final int schemaId, final int templateId, final int blockLength)
    {
        this.queue = QueueAppender.open(dir, JournalRollCycle.DAILY);
        this.tailer = queue.createTailer();
        this.schemaId = schemaId;
        this.templateId = templateId;
        this.minLength = MessageHeaderDecoder.ENCODED_LENGTH + blockLength;
    }

    /**
     * @return true if a record was read (and delivered, unless it was corrupt).
     */
    boolean poll(final RecordHandler handler)
    {
        try (DocumentContext context = tailer.readingDocument())
        {
            if (!context.isPresent())
            {
                return false;
            }
            final Bytes<?> bytes = context.wire().bytes();
            final long length = bytes.readRemaining();
            if (length > scratch.length || length < minLength)
            {
                corruptRecords++;
                return true;
            }
            bytes.read(scratch, 0, (int)length);
            header.wrap(buffer, 0);
            if (header.schemaId() != schemaId || header.templateId() != templateId)
            {
                corruptRecords++;
                return true;
            }
            handler.onRecord(context.index(), buffer, header);
            return true;
        }
    }

    long corruptRecords()
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
