package io.ringfence.tws;

import io.ringfence.codecs.tws.TwsFieldReader;
import io.ringfence.codecs.tws.TwsMessageId;
import org.agrona.DirectBuffer;

/**
 * Peeks at the few inbound frames the session itself must react to, before they go to the
 * {@link BrokerFrameHandler}: NEXT_VALID_ID (readiness, order-id floor), EXECUTION_DATA (the
 * recovery's executions watermark) and ERR_MSG codes for connectivity, client id in use and pacing. Reads at most four fields; allocation-free. Runs on the
 * reader thread.
 */
final class FrameInspector
{
    private final TwsFieldReader reader = new TwsFieldReader();
    private final TwsSession session;

    FrameInspector(final TwsSession session)
    {
        this.session = session;
    }

    void inspect(final DirectBuffer buffer, final int offset, final int length)
    {
        reader.wrap(buffer, offset, length);
        final int msgId = reader.readInt();
        if (!reader.isOk())
        {
            return;
        }
        if (TwsMessageId.NEXT_VALID_ID == msgId)
        {
            final int orderId = reader.skip(1).readInt();
            if (reader.isOk())
            {
                session.onNextValidId(orderId);
            }
        }
        else if (TwsMessageId.EXECUTION_DATA == msgId)
        {
            session.onExecution();
        }
        else if (TwsMessageId.ERR_MSG == msgId)
        {
            final int version = reader.readInt();
            if (version >= 2)
            {
                final int id = reader.readInt();
                final int code = reader.readInt();
                if (reader.isOk())
                {
                    session.onBrokerError(id, code);
                }
            }
        }
    }
}
