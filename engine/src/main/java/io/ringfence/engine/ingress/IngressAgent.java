package io.ringfence.engine.ingress;

import com.lmax.disruptor.RingBuffer;
import io.ringfence.codecs.sbe.InputKind;
import io.ringfence.engine.InboundEvent;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.Agent;
import org.agrona.concurrent.EpochNanoClock;
import org.agrona.concurrent.MessageHandler;
import org.agrona.concurrent.status.AtomicCounter;

/**
 * Polls every client's ingress ring and copies each intent into the pipeline. Reads the clock
 * once per duty cycle; the timestamp travels with the event, so no stage reads a clock.
 * When the pipeline is full it stops reading, and the clients' rings fill: back-pressure reaches
 * the writers as an immediate failure return, never a hang. The writers count those refusals in
 * their ring files; each duty cycle copies the sum into the back-pressure counter.
 */
public final class IngressAgent implements Agent, MessageHandler
{
    private static final int READ_LIMIT_PER_CLIENT = 64;

    private final ClientRings rings;
    private final RingBuffer<InboundEvent> pipeline;
    private final EpochNanoClock clock;
    private long nowNs;
    private final AtomicCounter oversizedIntents;
    private final AtomicCounter ringBackPressure;
    private long lastRefusedWrites;
    private int currentClient;

    public IngressAgent(
        final ClientRings rings,
        final RingBuffer<InboundEvent> pipeline,
        final EpochNanoClock clock,
        final AtomicCounter oversizedIntents,
        final AtomicCounter ringBackPressure)
    {
        this.rings = rings;
        this.pipeline = pipeline;
        this.clock = clock;
        this.oversizedIntents = oversizedIntents;
        this.ringBackPressure = ringBackPressure;
    }

    @Override
    public int doWork()
    {
        nowNs = clock.nanoTime();
        int work = 0;
        long refusedWrites = 0;
        for (int i = 0, n = rings.count(); i < n; i++)
        {
            refusedWrites += rings.get(i).refusedWrites();
        }
        if (refusedWrites != lastRefusedWrites)
        {
            lastRefusedWrites = refusedWrites;
            ringBackPressure.setRelease(refusedWrites);
        }
        for (int i = 0, n = rings.count(); i < n; i++)
        {
            final int free = (int)Math.min(READ_LIMIT_PER_CLIENT, pipeline.remainingCapacity());
            if (free == 0)
            {
                break;
            }
            currentClient = i;
            work += rings.get(i).ingress().read(this, free);
        }
        return work;
    }

    @Override
    public void onMessage(final int msgTypeId, final MutableDirectBuffer buffer, final int index, final int length)
    {
        final long sequence = pipeline.next();
        try
        {
            final InboundEvent event = pipeline.get(sequence);
            if (!event.input(InputKind.CLIENT_INTENT, currentClient, nowNs, buffer, index, length))
            {
                oversizedIntents.incrementRelease();
                event.input(InputKind.CLIENT_INTENT, currentClient, nowNs, buffer, index, 0);
            }
        }
        finally
        {
            pipeline.publish(sequence);
        }
    }

    @Override
    public String roleName()
    {
        return "ringfence-ingress";
    }
}
