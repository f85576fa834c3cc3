package io.ringfence.cli;

import io.ringfence.codecs.sbe.InputKind;
import io.ringfence.codecs.sbe.JournalEntryDecoder;
import io.ringfence.engine.BrokerFrameReader;
import io.ringfence.engine.InboundEvent;
import io.ringfence.journal.audit.JournalReader;

import java.nio.file.Path;

/**
 * The journal's broker frames, in order, decoded for a handler the way the decision stages read
 * them ({@link BrokerFrameReader}), for the commands that report what the broker said
 * (executions, account values) without asking the engine. Subclasses override what they read;
 * every other message is ignored.
 */
abstract class JournaledFrames extends BrokerFrameReader
{
    private final InboundEvent event = new InboundEvent();

    /**
     * Feed every journaled broker frame to this handler.
     */
    void readAll(final Path journalDir)
    {
        try (JournalReader reader = JournalReader.open(journalDir))
        {
            reader.readAll(this::onEntry);
        }
    }

    private void onEntry(final long index, final JournalEntryDecoder entry)
    {
        final InputKind kind = entry.kind();
        if (entry.bodyLength() > InboundEvent.MAX_BODY_LENGTH ||
            (kind != InputKind.BROKER_FRAME && kind != InputKind.BROKER_SESSION))
        {
            entry.skipBody();
            return;
        }
        event.input(kind, entry.source(), entry.timestampNs(), event.body, 0, 0);
        event.bodyLength = entry.getBody(event.body, 0, entry.bodyLength());
        if (kind == InputKind.BROKER_SESSION)
        {
            onSessionEvent(event);
        }
        else
        {
            onFrame(event);
        }
    }
}
