package io.ringfence.engine;

import io.ringfence.codecs.sbe.BrokerSessionEventDecoder;
import io.ringfence.codecs.sbe.MessageHeaderDecoder;
import io.ringfence.codecs.sbe.SessionState;
import io.ringfence.codecs.tws.IgnoringInboundHandler;
import io.ringfence.codecs.tws.TwsFieldReader;
import io.ringfence.codecs.tws.TwsInboundAdapter;

/**
 * Reads the journaled broker frames for the few messages a subclass wants: tracks each session's
 * server version from the BROKER_SESSION inputs (the input's source is the session) and decodes
 * a BROKER_FRAME of a connected session for the subclass's handlers when {@link #wants} its
 * message id; the handlers see the frame's journaled time. Everything else is ignored (the order
 * stage counts malformed frames). Deterministic and allocation-free, so a decision stage may use
 * it; the journal tools use it on replayed inputs.
 */
public abstract class BrokerFrameReader extends IgnoringInboundHandler
{
    private static final int MAX_SESSIONS = 2;

    private final TwsInboundAdapter adapter = new TwsInboundAdapter(this);
    private final TwsFieldReader fields = new TwsFieldReader();
    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final BrokerSessionEventDecoder session = new BrokerSessionEventDecoder();
    private final int[] serverVersions = new int[MAX_SESSIONS];
    private long timestampNs;

    /**
     * A BROKER_SESSION input: a connect sets its session's server version.
     */
    public void onSessionEvent(final InboundEvent event)
    {
        if (event.bodyLength < MessageHeaderDecoder.ENCODED_LENGTH + BrokerSessionEventDecoder.BLOCK_LENGTH ||
            event.source < 0 || event.source >= MAX_SESSIONS)
        {
            return;
        }
        session.wrapAndApplyHeader(event.body, 0, header);
        if (session.stateRaw() == SessionState.CONNECTED.value())
        {
            serverVersions[event.source] = session.serverVersion();
        }
    }

    /**
     * A BROKER_FRAME input: decoded for this handler if its session is connected and the message
     * is one it wants.
     */
    public void onFrame(final InboundEvent event)
    {
        if (event.source < 0 || event.source >= MAX_SESSIONS || serverVersions[event.source] == 0)
        {
            return;
        }
        fields.wrap(event.body, 0, event.bodyLength);
        final int msgId = fields.readInt();
        if (fields.isOk() && wants(msgId))
        {
            timestampNs = event.timestampNs;
            adapter.onFrame(event.body, 0, event.bodyLength, serverVersions[event.source]);
        }
    }

    /**
     * @param msgId a frame's TWS message id.
     * @return whether to decode it (every message, unless overridden).
     */
    protected boolean wants(final int msgId)
    {
        return true;
    }

    /**
     * @return the journaled time of the frame being handled.
     */
    protected long timestampNs()
    {
        return timestampNs;
    }
}
