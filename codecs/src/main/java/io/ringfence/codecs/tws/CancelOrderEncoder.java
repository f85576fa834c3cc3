package io.ringfence.codecs.tws;

import org.agrona.MutableDirectBuffer;

/**
 * CANCEL_ORDER (4), client to gateway (protocol sheet section 4.2). At server version 193:
 * {@code [4, orderId, manualOrderCancelTime "", extOperator "", manualOrderIndicator 2147483647]};
 * below 192 a version field {@code 1} follows the id and the CME tagging fields are absent; the RFQ
 * placeholders {@code "", "", 2147483647} sit before them at 187..189.
 */
public final class CancelOrderEncoder
{
    /**
     * Upper bound of an encoded frame, for sizing send buffers.
     */
    public static final int MAX_FRAME_LENGTH_BYTES = 64;

    private static final int VERSION = 1;

    private final TwsFieldWriter writer = new TwsFieldWriter();

    /**
     * @return frame length in bytes, prefix included.
     */
    public int encode(final MutableDirectBuffer buffer, final int offset, final int serverVersion, final int orderId)
    {
        final TwsFieldWriter w = writer.beginFrame(buffer, offset).putInt(TwsMessageId.CANCEL_ORDER);
        if (serverVersion < TwsServerVersion.CME_TAGGING_FIELDS)
        {
            w.putInt(VERSION);
        }
        w.putInt(orderId).putEmpty();                       // manualOrderCancelTime
        if (TwsServerVersion.hasRfqPlaceholders(serverVersion))
        {
            w.putEmpty(2).putInt(Integer.MAX_VALUE);
        }
        if (serverVersion >= TwsServerVersion.CME_TAGGING_FIELDS)
        {
            w.putEmpty().putInt(Integer.MAX_VALUE);         // extOperator, manualOrderIndicator
        }
        return w.endFrame();
    }
}
