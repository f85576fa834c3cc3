/**
 * The thread hand-off the pipeline is built on, beside the JDK's: one Disruptor hop against one
 * {@code ArrayBlockingQueue} hop, with the same wait style on both sides.
 */
package io.ringfence.bench.hop;
