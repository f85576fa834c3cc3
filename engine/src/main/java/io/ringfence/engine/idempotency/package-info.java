/**
 * The idempotency stage: every order-writing intent carries a client-chosen key, scoped by
 * account; a new key is recorded before anything is sent, the same key with the same request
 * replays the stored receipt, the same key with a different request is a conflict.
 * {@link io.ringfence.engine.idempotency.IdempotencyKeys} is the table (in memory for now; the
 * memory-mapped, journal-rebuilt table replaces it without changing the stage).
 */
package io.ringfence.engine.idempotency;
