/**
 * The idempotency table: a fixed-capacity open-addressing hash table in one memory-mapped file,
 * keyed by (account, idempotency key), holding for each key the canonical-request hash, the
 * journal index that created it, the order ids and the order's progress. The single writer is the
 * engine's idempotency stage ({@link io.ringfence.journal.idempotency.IdempotencyTable}); tools
 * in other processes read it through {@link io.ringfence.journal.idempotency.IdempotencyTableReader}.
 * The table is derived data: the engine rebuilds it from the input journal when it is missing,
 * corrupt or behind the journal.
 */
package io.ringfence.journal.idempotency;
