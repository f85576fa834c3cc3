/**
 * JMH benchmarks of the hot path, each run with {@code -prof gc} to prove 0 B/op, with baselines
 * measured in the same run where they exist.
 */
package io.ringfence.bench;
