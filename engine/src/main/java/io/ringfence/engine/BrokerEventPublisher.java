package io.ringfence.engine;

import com.lmax.disruptor.RingBuffer;
import io.ringfence.codecs.sbe.BrokerSessionEventEncoder;
import io.ringfence.codecs.sbe.InputKind;
import io.ringfence.codecs.sbe.MessageHeaderEncoder;
import io.ringfence.codecs.sbe.SessionState;
import io.ringfence.tws.BrokerFrameHandler;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.EpochNanoClock;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Puts a TWS session's inbound frames and state changes into the pipeline, on the session's
 * reader thread: the raw frame is journaled as it came off the socket, so replay decodes exactly
 * what the engine saw.
 */
final class BrokerEventPublisher implements BrokerFrameHandler
{
    private final RingBuffer<InboundEvent> pipeline;
    private final EpochNanoClock clock;
    private final int sessionIndex;
    private long oversizedFrames;

    BrokerEventPublisher(final RingBuffer<InboundEvent> pipeline, final EpochNanoClock clock, final int sessionIndex)
    {
        this.pipeline = pipeline;
        this.clock = clock;
        this.sessionIndex = sessionIndex;
    }

    @Override
    public void onSessionConnected(final int serverVersion)
    {
        publishSessionEvent(SessionState.CONNECTED, serverVersion);
    }

    @Override
    public void onSessionDisconnected()
    {
        publishSessionEvent(SessionState.DISCONNECTED, 0);
    }

    @Override
    public void onBrokerFrame(final DirectBuffer buffer, final int offset, final int length)
    {
        publish(InputKind.BROKER_FRAME, buffer, offset, length);
    }

    long oversizedFrames()
    {
        return oversizedFrames;
    }

    private void publishSessionEvent(final SessionState state, final int serverVersion)
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[64]);
        final BrokerSessionEventEncoder encoder = new BrokerSessionEventEncoder()
            .wrapAndApplyHeader(buffer, 0, new MessageHeaderEncoder())
            .session(sessionIndex)
            .state(state)
            .serverVersion(serverVersion);
        publish(InputKind.BROKER_SESSION, buffer, 0, MessageHeaderEncoder.ENCODED_LENGTH + encoder.encodedLength());
    }

    private void publish(final InputKind kind, final DirectBuffer buffer, final int offset, final int length)
    {
        final long sequence = pipeline.next();
        try
        {
            final InboundEvent event = pipeline.get(sequence);
            if (!event.input(kind, sessionIndex, clock.nanoTime(), buffer, offset, length))
            {
                oversizedFrames++;
                event.input(kind, sessionIndex, clock.nanoTime(), buffer, offset, 0);
            }
        }
        finally
        {
            pipeline.publish(sequence);
        }
    }
}
