package io.ringfence.codecs.tws;

import org.agrona.MutableDirectBuffer;

/**
 * START_API (71), client to gateway, sent right after the server's handshake reply:
 * {@code [71, 2, clientId, optionalCapabilities]}.
 */
public final class StartApiEncoder
{
    private static final int VERSION = 2;

    private final TwsFieldWriter writer = new TwsFieldWriter();

    /**
     * @param optionalCapabilities usually empty.
     * @return frame length in bytes, prefix included.
     */
    public int encode(
        final MutableDirectBuffer buffer, final int offset, final int clientId, final CharSequence optionalCapabilities)
    {
        return writer.beginFrame(buffer, offset)
            .putInt(TwsMessageId.START_API)
            .putInt(VERSION)
            .putInt(clientId)
            .putAscii(optionalCapabilities)
            .endFrame();
    }
}
