/**
 * The engine: one Disruptor pipeline of single-threaded stages that every input passes through
 * in one total order. {@link io.ringfence.engine.Engine} wires it; {@link io.ringfence.engine.InboundEvent}
 * is the preallocated event whose field groups each stage owns.
 */
package io.ringfence.engine;
