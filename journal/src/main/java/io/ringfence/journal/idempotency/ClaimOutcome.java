package io.ringfence.journal.idempotency;

/**
 * Result of {@link IdempotencyTable#claim}. Every value is an expected outcome, never an error.
 */
public enum ClaimOutcome
{
    /**
     * The key was unknown (or released): a PENDING record now holds it; the caller may send.
     */
    NEW,

    /**
     * The key is known with the same canonical request: the stored record is the receipt, send
     * nothing.
     */
    REPLAY,

    /**
     * The key is known with a different canonical request: refuse as an idempotency conflict.
     */
    CONFLICT,

    /**
     * The key is PENDING since an earlier run (a crash, or a stop before the send was recorded):
     * refuse until recovery {@link IdempotencyTable#adopt adopts} or
     * {@link IdempotencyTable#release releases} it.
     */
    PENDING_RECOVERY,

    /**
     * No room on the key's probe path without overwriting a live key: refuse as table full.
     */
    FULL
}
