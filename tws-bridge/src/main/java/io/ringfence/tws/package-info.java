/**
 * The bridge to Interactive Brokers: {@link io.ringfence.tws.TwsSession} owns one TCP connection to
 * TWS / IB Gateway, performs the handshake ({@code v100..193}, START_API), hands every inbound frame
 * raw to a {@link io.ringfence.tws.BrokerFrameHandler} from a single reader thread, and writes
 * PLACE_ORDER / CANCEL_ORDER frames encoded by {@code io.ringfence.codecs.tws} from preallocated
 * buffers. Decoding inbound frames is the engine's job (with
 * {@link io.ringfence.codecs.tws.TwsInboundAdapter}). The session paces every outbound message through
 * one token bucket ({@code TwsPacer}, queue in {@code PacedWriter}), optionally reconnects by itself
 * with capped, jittered back-off, and after every (re)connect sends the reconciliation requests
 * (ids, open and completed orders, executions, positions) whose answers the engine receives as
 * ordinary frames. {@link io.ringfence.tws.AccountCancelSweep} cancels one account's orders only.
 */
package io.ringfence.tws;
