/**
 * Observability: the engine's counters (Agrona {@code CountersManager}) and distinct error log
 * (Agrona {@code DistinctErrorLog}) in one memory-mapped file, {@code <run_dir>/status}, that
 * {@code ringfence stat} and {@code ringfence errors} read from outside the running engine.
 */
package io.ringfence.engine.status;
