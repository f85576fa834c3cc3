/**
 * The idempotency stage: every order-writing intent carries a client-chosen key, scoped by
 * account; a new key is recorded before anything is sent, the same key with the same request
 * replays the stored receipt, the same key with a different request is a conflict.
 * The keys live in the memory-mapped {@code IdempotencyTable} of the journal module, rebuilt by
 * the replay on every start.
 */
package io.ringfence.engine.idempotency;
