package io.ringfence.engine;

import com.lmax.disruptor.EventHandler;
import io.ringfence.codecs.sbe.JournalEntryDecoder;
import io.ringfence.journal.audit.JournalReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;

/**
 * Rebuilds the deterministic stages' state on start: every journaled input, in order, through
 * the same stage objects the pipeline runs, with journaling and output suppressed (the stages
 * that do I/O are simply not in the list). The same decisions as the first time, by construction:
 * the stages read time and broker ids only from the events.
 */
public final class JournalReplay
{
    /**
     * Sees each replayed input after the stages decided it; the event is reused.
     */
    @FunctionalInterface
    public interface Listener
    {
        void onReplayed(long inputIndex, InboundEvent event);
    }

    private static final Logger LOG = LoggerFactory.getLogger(JournalReplay.class);

    private final InboundEvent event = new InboundEvent();
    private final Listener listener;
    private final EventHandler<InboundEvent>[] stages;
    private long sequence;
    private long oversized;
    private long lastIndex = -1;

    @SafeVarargs
    JournalReplay(final Listener listener, final EventHandler<InboundEvent>... stages)
    {
        this.listener = listener;
        this.stages = stages.clone();
    }

    /**
     * @return the number of records replayed.
     */
    long replay(final Path journalDir)
    {
        final long startNs = System.nanoTime();
        final long count;
        try (JournalReader reader = JournalReader.open(journalDir))
        {
            count = reader.readAll(this::onEntry);
            if (reader.corruptRecords() > 0)
            {
                LOG.warn("journal replay skipped {} unreadable record(s) in {}", reader.corruptRecords(), journalDir);
            }
        }
        final long elapsedMs = Math.max(1, (System.nanoTime() - startNs) / 1_000_000);
        LOG.info("replayed {} journal record(s) in {} ms ({} records/s)", count, elapsedMs, count * 1000 / elapsedMs);
        return count;
    }

    long oversizedRecords()
    {
        return oversized;
    }

    /**
     * @return the journal index of the last input replayed, or -1.
     */
    long lastIndex()
    {
        return lastIndex;
    }

    private void onEntry(final long index, final JournalEntryDecoder entry)
    {
        final int length = entry.bodyLength();
        if (length > InboundEvent.MAX_BODY_LENGTH)
        {
            oversized++;
            entry.skipBody();
            return;
        }
        event.input(entry.kind(), entry.source(), entry.timestampNs(), event.body, 0, 0);
        event.bodyLength = entry.getBody(event.body, 0, length);
        event.journalIndex = index;
        lastIndex = index;
        final long seq = sequence++;
        try
        {
            for (final EventHandler<InboundEvent> stage : stages)
            {
                stage.onEvent(event, seq, false);
            }
            if (listener != null)
            {
                listener.onReplayed(index, event);
            }
        }
        catch (final Exception ex)
        {
            throw new IllegalStateException("journal replay failed at index " + index, ex);
        }
    }
}
