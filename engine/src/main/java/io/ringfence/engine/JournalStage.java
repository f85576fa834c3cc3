package io.ringfence.engine;

import com.lmax.disruptor.EventHandler;
import io.ringfence.journal.audit.InputJournal;

/**
 * Stage 1: append every input to the Chronicle Queue journal before anything downstream acts
 * on it. Group commit: in sync mode the journal forces once per batch.
 */
public final class JournalStage implements EventHandler<InboundEvent>
{
    private final InputJournal journal;

    public JournalStage(final InputJournal journal)
    {
        this.journal = journal;
    }

    @Override
    public void onEvent(final InboundEvent event, final long sequence, final boolean endOfBatch)
    {
        event.journalIndex = journal.append(
            sequence, event.timestampNs, event.kind, event.source, event.body, 0, event.bodyLength);
        if (endOfBatch)
        {
            journal.endOfBatch();
        }
    }
}
