/**
 * The gate stage: for every order-writing intent, accept or refuse with a typed
 * {@link io.ringfence.codecs.sbe.RefusalReason}, deterministically (state only from journaled
 * events, time only from the event), first failure wins: well-formed, mode, account allowlist,
 * scope, kill switch, approval, risk, promotion. It also answers previews, approvals and operator
 * commands itself, and keeps the reference prices from broker frames.
 * {@link io.ringfence.engine.gate.Gates} holds the rules and knows nothing of the Disruptor;
 * {@link io.ringfence.engine.gate.PositionLimits} is the part of the risk limits the order stage runs.
 */
package io.ringfence.engine.gate;
