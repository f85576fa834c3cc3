/**
 * The bridge to Interactive Brokers: {@link io.ringfence.tws.TwsSession} owns one TCP connection to
 * TWS / IB Gateway, performs the handshake ({@code v100..193}, START_API), hands every inbound frame
 * raw to a {@link io.ringfence.tws.BrokerFrameHandler} from a single reader thread, and writes
 * PLACE_ORDER / CANCEL_ORDER frames encoded by {@code io.ringfence.codecs.tws} from preallocated
 * buffers. Decoding inbound frames is the engine's job (with
 * {@link io.ringfence.codecs.tws.TwsInboundAdapter}); reconnection, pacing and reconciliation are
 * built on top of this package, not in it.
 */
package io.ringfence.tws;
