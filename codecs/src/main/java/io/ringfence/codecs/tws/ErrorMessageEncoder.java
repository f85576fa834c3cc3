package io.ringfence.codecs.tws;

import org.agrona.MutableDirectBuffer;

/**
 * ERR_MSG (4), gateway to client. Below server version 194 (always, for this codec's range):
 * {@code [4, 2, id, code, message, advancedOrderRejectJson]}, 6 fields; from 194 the version field
 * goes and {@code errorTime} (epoch ms) is appended.
 * <p>
 * {@code id} is the order or request id, {@code -1} for notices. {@code advancedOrderRejectJson}
 * must be empty or valid JSON ({@code @stoqey/ib} parses it).
 */
public final class ErrorMessageEncoder
{
    private static final int VERSION = 2;

    private final TwsFieldWriter writer = new TwsFieldWriter();

    /**
     * Encode without reject JSON and, at 194 and above, with error time 0.
     *
     * @return frame length in bytes, prefix included.
     */
    public int encode(
        final MutableDirectBuffer buffer,
        final int offset,
        final int serverVersion,
        final int id,
        final int code,
        final CharSequence message)
    {
        return encode(buffer, offset, serverVersion, id, code, message, "", 0);
    }

    /**
     * @param errorTimeMs written only when {@code serverVersion >= 194}.
     * @return frame length in bytes, prefix included.
     */
    public int encode(
        final MutableDirectBuffer buffer,
        final int offset,
        final int serverVersion,
        final int id,
        final int code,
        final CharSequence message,
        final CharSequence advancedOrderRejectJson,
        final long errorTimeMs)
    {
        final TwsFieldWriter w = writer.beginFrame(buffer, offset).putInt(TwsMessageId.ERR_MSG);
        if (serverVersion < TwsServerVersion.ERROR_TIME)
        {
            w.putInt(VERSION);
        }
        w.putInt(id).putInt(code).putAscii(message).putAscii(advancedOrderRejectJson);
        if (serverVersion >= TwsServerVersion.ERROR_TIME)
        {
            w.putLong(errorTimeMs);
        }
        return w.endFrame();
    }
}
