package io.ringfence.journal.audit;

/**
 * What a journal record survives once appended.
 */
public enum Durability
{
    /** In the page cache: survives a process crash, not a power loss. */
    PROCESS,
    /** Forced to the device at the end of each pipeline batch (group commit): survives power loss. */
    SYNC
}
