package io.ringfence.cli;

import io.ringfence.codecs.sbe.BrokerSessionEventDecoder;
import io.ringfence.codecs.sbe.InputKind;
import io.ringfence.codecs.sbe.JournalEntryDecoder;
import io.ringfence.codecs.sbe.MessageHeaderDecoder;
import io.ringfence.codecs.sbe.SessionState;
import io.ringfence.codecs.tws.ErrorMessageDecoder;
import io.ringfence.codecs.tws.ExecutionDataDecoder;
import io.ringfence.codecs.tws.OrderStatusDecoder;
import io.ringfence.codecs.tws.TwsInboundAdapter;
import io.ringfence.codecs.tws.TwsInboundHandler;
import io.ringfence.codecs.tws.TwsProtocolError;
import io.ringfence.journal.audit.InputJournal;
import io.ringfence.journal.audit.JournalReader;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.file.Path;

/**
 * The journal's broker frames, in order, decoded for a handler with each session's server version
 * (from the journaled session events), for the commands that report what the broker said
 * (executions, account values) without asking the engine. Subclasses override what they read;
 * every other message is ignored.
 */
abstract class JournaledFrames implements TwsInboundHandler
{
    private static final int MAX_SESSIONS = 2;

    private final TwsInboundAdapter adapter = new TwsInboundAdapter(this);
    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final BrokerSessionEventDecoder session = new BrokerSessionEventDecoder();
    private final UnsafeBuffer body = new UnsafeBuffer(new byte[InputJournal.MAX_BODY_LENGTH]);
    private final int[] serverVersion = new int[MAX_SESSIONS];
    private long timestampNs;

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

    /**
     * @return the journaled time of the frame being handled.
     */
    long timestampNs()
    {
        return timestampNs;
    }

    private void onEntry(final long index, final JournalEntryDecoder entry)
    {
        final int source = entry.source();
        if (entry.bodyLength() > body.capacity() || source >= MAX_SESSIONS ||
            (entry.kind() != InputKind.BROKER_FRAME && entry.kind() != InputKind.BROKER_SESSION))
        {
            entry.skipBody();
            return;
        }
        timestampNs = entry.timestampNs();
        final int length = entry.getBody(body, 0, entry.bodyLength());
        if (entry.kind() == InputKind.BROKER_SESSION)
        {
            if (length >= MessageHeaderDecoder.ENCODED_LENGTH + BrokerSessionEventDecoder.BLOCK_LENGTH)
            {
                session.wrapAndApplyHeader(body, 0, header);
                if (session.state() == SessionState.CONNECTED)
                {
                    serverVersion[source] = session.serverVersion();
                }
            }
        }
        else if (serverVersion[source] > 0)
        {
            adapter.onFrame(body, 0, length, serverVersion[source]);
        }
    }

    @Override
    public void onNextValidId(final int orderId)
    {
    }

    @Override
    public void onManagedAccounts(final DirectBuffer buffer, final int offset, final int length)
    {
    }

    @Override
    public void onOrderStatus(final OrderStatusDecoder decoder)
    {
    }

    @Override
    public void onError(final ErrorMessageDecoder decoder)
    {
    }

    @Override
    public void onExecution(final ExecutionDataDecoder decoder)
    {
    }

    @Override
    public void onUnhandled(final int msgId)
    {
    }

    @Override
    public void onProtocolError(final TwsProtocolError error, final int msgId)
    {
    }
}
