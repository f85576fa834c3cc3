/**
 * The intent-to-wire latency harness: a strategy in its own JVM publishes NewOrder intents at a
 * fixed rate through the real ring, engine and TWS session to a loopback sink that timestamps each
 * PLACE_ORDER as it is read, recorded from the scheduled send time (no coordinated omission), beside
 * the physical floor (ring hop, journal append, Disruptor hop, loopback socket) measured in the same run.
 */
package io.ringfence.bench.latency;
