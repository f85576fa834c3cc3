package io.ringfence.tws;

import org.agrona.DirectBuffer;

/**
 * Receives what a {@link TwsSession} reads from the broker. Every callback runs on the session's
 * reader thread, in order: {@link #onSessionConnected(int)}, frames, {@link #onSessionDisconnected()},
 * so an implementation can publish to a single-producer ring.
 */
public interface BrokerFrameHandler
{
    /**
     * The handshake is done and START_API was sent; frames follow.
     *
     * @param serverVersion the negotiated version, 176..193, for decoding the frames.
     */
    void onSessionConnected(int serverVersion);

    /**
     * One inbound frame's payload, without the 4-byte length prefix, starting with the message id.
     * The buffer is valid only during the call: copy what you keep.
     */
    void onBrokerFrame(DirectBuffer buffer, int offset, int length);

    /**
     * The connection is gone (peer closed, I/O error, unusable framing, or {@link TwsSession#close()}).
     * Called once per {@link #onSessionConnected(int)}.
     */
    void onSessionDisconnected();
}
