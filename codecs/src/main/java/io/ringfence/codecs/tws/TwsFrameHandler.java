package io.ringfence.codecs.tws;

import org.agrona.DirectBuffer;

/**
 * Receives complete frames from a {@link TwsFrameAssembler}.
 */
@FunctionalInterface
public interface TwsFrameHandler
{
    /**
     * One frame's payload, without the 4-byte length prefix. The bytes are valid only during the call.
     */
    void onFrame(DirectBuffer buffer, int offset, int length);

    /**
     * A frame was skipped ({@link TwsProtocolError#FRAME_TOO_LONG}, {@link TwsProtocolError#MALFORMED_MESSAGE_ID}
     * for an empty frame) or the stream is unusable ({@link TwsProtocolError#INVALID_FRAME_LENGTH}).
     *
     * @param frameLengthBytes the length prefix that was read.
     */
    default void onFrameError(final TwsProtocolError error, final int frameLengthBytes)
    {
    }
}
