/**
 * The journal's cost per input in each durability mode, with group commit, beside a plain
 * {@code FileChannel} baseline measured in the same run.
 */
package io.ringfence.bench.journal;
