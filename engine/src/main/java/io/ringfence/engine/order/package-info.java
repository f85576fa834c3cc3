/**
 * The order stage: the single writer of the engine's view of orders. New orders get broker
 * order ids from the journaled NEXT_VALID_ID, broker frames drive the state machine
 * ({@link io.ringfence.engine.order.BrokerStatusMapping}), executions are deduplicated by execId,
 * and every change becomes a client event. {@link io.ringfence.engine.order.OrderBook} knows
 * nothing of the Disruptor.
 */
package io.ringfence.engine.order;
