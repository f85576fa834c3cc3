package io.ringfence.journal.audit;

import net.openhft.chronicle.queue.RollCycle;
import net.openhft.chronicle.queue.RollCycles;

/**
 * How often the journal starts a new queue file. An existing queue keeps the cycle it was
 * created with (Chronicle reads it from the queue's metadata).
 */
public enum JournalRollCycle
{
    HOURLY(RollCycles.FAST_HOURLY),
    DAILY(RollCycles.FAST_DAILY),
    WEEKLY(RollCycles.WEEKLY);

    private final RollCycle rollCycle;

    JournalRollCycle(final RollCycle rollCycle)
    {
        this.rollCycle = rollCycle;
    }

    RollCycle rollCycle()
    {
        return rollCycle;
    }
}
