package io.ringfence.engine;

import com.lmax.disruptor.RingBuffer;
import io.ringfence.codecs.sbe.BrokerSessionEventEncoder;
import io.ringfence.codecs.sbe.InputKind;
import io.ringfence.codecs.sbe.MessageHeaderEncoder;
import io.ringfence.codecs.sbe.SessionState;
import io.ringfence.engine.status.EngineCounter;
import io.ringfence.engine.status.EngineCounters;
import io.ringfence.tws.BrokerFrameHandler;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.EpochNanoClock;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.status.AtomicCounter;

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
    private final AtomicCounter oversizedFrames;
    private final AtomicCounter connects;
    private final AtomicCounter disconnects;
    private final UnsafeBuffer sessionEventBuffer = new UnsafeBuffer(new byte[64]);
    private final MessageHeaderEncoder headerEncoder = new MessageHeaderEncoder();
    private final BrokerSessionEventEncoder sessionEncoder = new BrokerSessionEventEncoder();

    BrokerEventPublisher(
        final RingBuffer<InboundEvent> pipeline,
        final EpochNanoClock clock,
        final int sessionIndex,
        final EngineCounters counters)
    {
        this.pipeline = pipeline;
        this.clock = clock;
        this.sessionIndex = sessionIndex;
        this.oversizedFrames = counters.get(EngineCounter.OVERSIZED_INPUTS);
        this.connects = counters.get(EngineCounter.SESSION_CONNECTS);
        this.disconnects = counters.get(EngineCounter.SESSION_DISCONNECTS);
    }

    @Override
    public void onSessionConnected(final int serverVersion)
    {
        connects.incrementRelease();
        publishSessionEvent(SessionState.CONNECTED, serverVersion);
    }

    @Override
    public void onSessionDisconnected()
    {
        disconnects.incrementRelease();
        publishSessionEvent(SessionState.DISCONNECTED, 0);
    }

    /**
     * A new engine run began: journaled once per start, before the sessions' state, so a replay
     * can tell what an earlier run sent from what this one sends.
     */
    void onEngineStarted()
    {
        publishSessionEvent(SessionState.ENGINE_STARTED, 0);
    }

    @Override
    public void onBrokerFrame(final DirectBuffer buffer, final int offset, final int length)
    {
        publish(InputKind.BROKER_FRAME, buffer, offset, length);
    }

    /**
     * Called on the session's reader thread, or by the engine before the session connects: never
     * concurrently, so one encoder serves.
     */
    private void publishSessionEvent(final SessionState state, final int serverVersion)
    {
        sessionEncoder.wrapAndApplyHeader(sessionEventBuffer, 0, headerEncoder)
            .session(sessionIndex)
            .state(state)
            .serverVersion(serverVersion);
        publish(InputKind.BROKER_SESSION, sessionEventBuffer, 0,
            MessageHeaderEncoder.ENCODED_LENGTH + sessionEncoder.encodedLength());
    }

    private void publish(final InputKind kind, final DirectBuffer buffer, final int offset, final int length)
    {
        final long sequence = pipeline.next();
        try
        {
            final InboundEvent event = pipeline.get(sequence);
            if (!event.input(kind, sessionIndex, clock.nanoTime(), buffer, offset, length))
            {
                oversizedFrames.incrementRelease();
                event.input(kind, sessionIndex, clock.nanoTime(), buffer, offset, 0);
            }
        }
        finally
        {
            pipeline.publish(sequence);
        }
    }
}
