/**
 * JMH suites for the memory-mapped idempotency table: the REPLAY lookup and the insert of a new
 * key at 10 M keys, against an Agrona {@code Long2ObjectHashMap} on the heap in the same run.
 */
package io.ringfence.bench.idempotency;
