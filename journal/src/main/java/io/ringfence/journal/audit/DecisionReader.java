package io.ringfence.journal.audit;

import io.ringfence.codecs.sbe.DecisionDecoder;
import io.ringfence.codecs.sbe.MessageHeaderDecoder;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.file.Path;

/**
 * Reads the decisions journal from the start; safe while the engine appends.
 */
public final class DecisionReader implements AutoCloseable
{
    @FunctionalInterface
    public interface DecisionHandler
    {
        void onDecision(long index, DecisionDecoder decision);
    }

    private final QueueTailer tailer;
    private final QueueTailer.RecordHandler recordHandler = this::onRecord;
    private final MessageHeaderDecoder headerDecoder = new MessageHeaderDecoder();
    private final DecisionDecoder decoder = new DecisionDecoder();
    private DecisionHandler handler;
    private long corruptRecords;

    private DecisionReader(final QueueTailer tailer)
    {
        this.tailer = tailer;
    }

    public static DecisionReader open(final Path journalDir)
    {
        return new DecisionReader(new QueueTailer(JournalLayout.decisions(journalDir)));
    }

    public boolean poll(final DecisionHandler handler)
    {
        this.handler = handler;
        return tailer.poll(recordHandler);
    }

    public long readAll(final DecisionHandler handler)
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
        return corruptRecords + tailer.oversizedRecords();
    }

    @Override
    public void close()
    {
        tailer.close();
    }

    private void onRecord(final long index, final UnsafeBuffer buffer, final int length)
    {
        if (length < MessageHeaderDecoder.ENCODED_LENGTH + DecisionDecoder.BLOCK_LENGTH)
        {
            corruptRecords++;
            return;
        }
        headerDecoder.wrap(buffer, 0);
        if (headerDecoder.templateId() != DecisionDecoder.TEMPLATE_ID || headerDecoder.schemaId() != DecisionDecoder.SCHEMA_ID)
        {
            corruptRecords++;
            return;
        }
        decoder.wrapAndApplyHeader(buffer, 0, headerDecoder);
        handler.onDecision(index, decoder);
    }
}
