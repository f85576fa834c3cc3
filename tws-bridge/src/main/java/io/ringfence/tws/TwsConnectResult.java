package io.ringfence.tws;

/**
 * Outcome of {@link TwsSession#connect()}. Failures are expected events (the gateway restarts every
 * day) and are returned, not thrown; the cause is logged.
 */
public enum TwsConnectResult
{
    /**
     * Handshake done, START_API sent, reader thread running.
     */
    CONNECTED,

    /**
     * The session was already connected; nothing changed.
     */
    ALREADY_CONNECTED,

    /**
     * The session was closed; it cannot connect again.
     */
    CLOSED,

    /**
     * TCP connect refused, unreachable or timed out.
     */
    CONNECT_FAILED,

    /**
     * The server did not answer the hello in time, closed the connection, or sent a malformed reply.
     */
    HANDSHAKE_FAILED,

    /**
     * The server answered with a version outside 176..193.
     */
    UNSUPPORTED_SERVER_VERSION
}
