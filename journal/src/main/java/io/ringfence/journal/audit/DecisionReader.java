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
    private final DecisionDecoder decoder = new DecisionDecoder();
    private DecisionHandler handler;

    private DecisionReader(final QueueTailer tailer)
    {
        this.tailer = tailer;
    }

    public static DecisionReader open(final Path journalDir)
    {
        return new DecisionReader(new QueueTailer(JournalLayout.decisions(journalDir),
            DecisionDecoder.SCHEMA_ID, DecisionDecoder.TEMPLATE_ID, DecisionDecoder.BLOCK_LENGTH));
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
        return tailer.corruptRecords();
    }

    @Override
    public void close()
    {
        tailer.close();
    }

    private void onRecord(final long index, final UnsafeBuffer buffer, final MessageHeaderDecoder header)
    {
        handler.onDecision(index, decoder.wrapAndApplyHeader(buffer, 0, header));
    }
}
