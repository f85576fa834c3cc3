package io.ringfence.sim;

import org.agrona.MutableDirectBuffer;

/**
 * Where a session's reply frames go: a connection's send buffer, or a plain buffer in a test.
 */
interface ReplyBuffer
{
    /**
     * Reserve room for one frame.
     *
     * @param maxLength upper bound of the frame.
     * @return offset in {@link #buffer()} to encode at, or -1 when the frame cannot be taken (the client is
     * too slow and is being dropped).
     */
    int claim(int maxLength);

    /**
     * @param length bytes encoded at the claimed offset.
     */
    void commit(int length);

    MutableDirectBuffer buffer();

    /**
     * Close the client once the frames committed so far are sent.
     */
    void closeAfterFlush();
}
