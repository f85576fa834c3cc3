package io.ringfence.engine;

import com.lmax.disruptor.RingBuffer;
import io.ringfence.codecs.sbe.BooleanType;
import io.ringfence.codecs.sbe.InputKind;
import io.ringfence.codecs.sbe.KillSwitchCommandEncoder;
import io.ringfence.codecs.sbe.KillSwitchScope;
import io.ringfence.codecs.sbe.MessageHeaderEncoder;
import org.agrona.concurrent.EpochNanoClock;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Commands the engine itself gives, journaled as {@code ADMIN_COMMAND} inputs like any other
 * input so a replay decides them again: the latched global kill switch after an unclean shutdown.
 */
final class AdminCommandPublisher
{
    static final String UNCLEAN_SHUTDOWN_REASON = "engine restarted after an unclean shutdown";

    private final RingBuffer<InboundEvent> pipeline;
    private final EpochNanoClock clock;
    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[256]);
    private final MessageHeaderEncoder header = new MessageHeaderEncoder();
    private final KillSwitchCommandEncoder killSwitch = new KillSwitchCommandEncoder();

    AdminCommandPublisher(final RingBuffer<InboundEvent> pipeline, final EpochNanoClock clock)
    {
        this.pipeline = pipeline;
        this.clock = clock;
    }

    void engageGlobalKillSwitch(final String reason)
    {
        killSwitch.wrapAndApplyHeader(buffer, 0, header)
            .correlationId(0)
            .engage(BooleanType.TRUE)
            .scope(KillSwitchScope.GLOBAL)
            .account("")
            .client("")
            .reason(reason);
        final long sequence = pipeline.next();
        try
        {
            pipeline.get(sequence).input(InputKind.ADMIN_COMMAND, InboundEvent.NO_CLIENT, clock.nanoTime(), buffer, 0,
                MessageHeaderEncoder.ENCODED_LENGTH + killSwitch.encodedLength());
        }
        finally
        {
            pipeline.publish(sequence);
        }
    }
}
