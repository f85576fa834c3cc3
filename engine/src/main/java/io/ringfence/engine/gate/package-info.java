/**
 * The gate stage: for every order-writing intent, accept or refuse with a typed
 * {@link io.ringfence.codecs.sbe.RefusalReason}, deterministically, first failure wins.
 * {@link io.ringfence.engine.gate.Gates} holds the rules and knows nothing of the Disruptor.
 */
package io.ringfence.engine.gate;
