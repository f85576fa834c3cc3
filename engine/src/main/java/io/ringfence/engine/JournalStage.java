package io.ringfence.engine;

import com.lmax.disruptor.EventHandler;
import io.ringfence.engine.status.EngineCounter;
import io.ringfence.engine.status.EngineCounters;
import io.ringfence.journal.audit.InputJournal;
import org.agrona.concurrent.status.AtomicCounter;

/**
 * Stage 1: append every input to the Chronicle Queue journal before anything downstream acts
 * on it. Group commit: in sync mode the journal forces once per batch.
 */
public final class JournalStage implements EventHandler<InboundEvent>
{
    private final InputJournal journal;
    private final AtomicCounter records;
    private final AtomicCounter bytes;
    private final AtomicCounter commits;
    private final AtomicCounter lag;
    private final AtomicCounter clientIntents;
    private final AtomicCounter brokerFrames;
    private final AtomicCounter sessionEvents;

    public JournalStage(final InputJournal journal, final EngineCounters counters)
    {
        this.journal = journal;
        this.records = counters.get(EngineCounter.JOURNAL_RECORDS);
        this.bytes = counters.get(EngineCounter.JOURNAL_BYTES);
        this.commits = counters.get(EngineCounter.JOURNAL_COMMITS);
        this.lag = counters.get(EngineCounter.JOURNAL_LAG);
        this.clientIntents = counters.get(EngineCounter.CLIENT_INTENTS);
        this.brokerFrames = counters.get(EngineCounter.BROKER_FRAMES);
        this.sessionEvents = counters.get(EngineCounter.BROKER_SESSION_EVENTS);
    }

    @Override
    public void onEvent(final InboundEvent event, final long sequence, final boolean endOfBatch)
    {
        event.journalIndex = journal.append(
            sequence, event.timestampNs, event.kind, event.source, event.body, 0, event.bodyLength);
        records.incrementRelease();
        bytes.getAndAddRelease(event.bodyLength);
        switch (event.kind)
        {
            case CLIENT_INTENT -> clientIntents.incrementRelease();
            case BROKER_FRAME -> brokerFrames.incrementRelease();
            case BROKER_SESSION -> sessionEvents.incrementRelease();
            default ->
            {
            }
        }
        if (endOfBatch)
        {
            journal.endOfBatch();
            commits.incrementRelease();
        }
    }

    @Override
    public void onBatchStart(final long batchSize, final long queueDepth)
    {
        lag.setRelease(queueDepth);
    }
}
