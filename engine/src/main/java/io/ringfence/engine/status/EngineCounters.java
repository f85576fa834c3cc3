package io.ringfence.engine.status;

import io.ringfence.codecs.sbe.RefusalReason;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.status.AtomicCounter;
import org.agrona.concurrent.status.CountersManager;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The engine's counters, allocated once. Each counter has one writer (the stage or thread that
 * owns what it counts) and any number of readers in other processes.
 */
public final class EngineCounters
{
    private final AtomicCounter[] counters = new AtomicCounter[EngineCounter.values().length];
    private final AtomicCounter[] refusals = new AtomicCounter[RefusalReason.values().length];

    public EngineCounters(final CountersManager manager)
    {
        for (final EngineCounter counter : EngineCounter.values())
        {
            counters[counter.ordinal()] = manager.newCounter(counter.label(), counter.typeId());
        }
        for (final RefusalReason reason : RefusalReason.values())
        {
            if (reason != RefusalReason.NULL_VAL)
            {
                refusals[reason.ordinal()] = manager.newCounter("refused: " + reason.name(), EngineCounter.REFUSALS_TYPE_ID);
            }
        }
    }

    /**
     * Counters in a private heap buffer, for tools and tests that run stages without an engine.
     */
    public static EngineCounters inMemory()
    {
        final UnsafeBuffer metadata = new UnsafeBuffer(ByteBuffer.allocateDirect(StatusFileDescriptor.METADATA_LENGTH));
        final UnsafeBuffer values = new UnsafeBuffer(ByteBuffer.allocateDirect(StatusFileDescriptor.VALUES_LENGTH));
        return new EngineCounters(new CountersManager(metadata, values, StandardCharsets.US_ASCII));
    }

    /**
     * Zero every counter: after the start-up replay, so counters count this run's traffic.
     */
    public void reset()
    {
        for (final AtomicCounter counter : counters)
        {
            counter.setRelease(0);
        }
        for (final AtomicCounter counter : refusals)
        {
            if (counter != null)
            {
                counter.setRelease(0);
            }
        }
    }

    public AtomicCounter get(final EngineCounter counter)
    {
        return counters[counter.ordinal()];
    }

    public AtomicCounter refusals(final RefusalReason reason)
    {
        return refusals[reason.ordinal()];
    }
}
