package io.ringfence.engine;

/**
 * What the idempotency stage decided for an order-writing intent.
 */
public enum IdempotencyOutcome
{
    /** Not an order-writing intent, or refused before the idempotency stage. */
    NOT_APPLICABLE,
    /** A new key: recorded as pending before anything is sent. */
    NEW,
    /** The same key and the same request: answer with the stored receipt, send nothing. */
    REPLAY
}
