/**
 * JMH suite of the gate stage: an accepted order through every gate, allocation-free.
 */
package io.ringfence.bench.gate;
