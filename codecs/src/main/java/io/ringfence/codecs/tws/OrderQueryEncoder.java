package io.ringfence.codecs.tws;

import org.agrona.MutableDirectBuffer;

/**
 * Client-to-gateway order queries and the global cancel (protocol sheet section 4.3):
 * REQ_OPEN_ORDERS {@code [5, 1]}, REQ_ALL_OPEN_ORDERS {@code [16, 1]}, REQ_AUTO_OPEN_ORDERS
 * {@code [15, 1, autoBind]}, REQ_COMPLETED_ORDERS {@code [99, apiOnly]} (no version) and
 * REQ_GLOBAL_CANCEL ({@code [58, 1]} below 192, {@code [58, extOperator "", manualOrderIndicator
 * 2147483647]} from 192).
 * <p>
 * REQ_GLOBAL_CANCEL cancels every open order of every account and client on the gateway, manual
 * ones included; a bridge that trades one account among several cancels by order instead.
 */
public final class OrderQueryEncoder
{
    private static final int VERSION = 1;

    private final TwsFieldWriter writer = new TwsFieldWriter();

    /**
     * @return frame length in bytes, prefix included.
     */
    public int encodeReqOpenOrders(final MutableDirectBuffer buffer, final int offset)
    {
        return writer.beginFrame(buffer, offset).putInt(TwsMessageId.REQ_OPEN_ORDERS).putInt(VERSION).endFrame();
    }

    /**
     * @return frame length in bytes, prefix included.
     */
    public int encodeReqAllOpenOrders(final MutableDirectBuffer buffer, final int offset)
    {
        return writer.beginFrame(buffer, offset).putInt(TwsMessageId.REQ_ALL_OPEN_ORDERS).putInt(VERSION).endFrame();
    }

    /**
     * Only valid for client id 0 (else TWS answers 327).
     *
     * @return frame length in bytes, prefix included.
     */
    public int encodeReqAutoOpenOrders(final MutableDirectBuffer buffer, final int offset, final boolean autoBind)
    {
        return writer.beginFrame(buffer, offset)
            .putInt(TwsMessageId.REQ_AUTO_OPEN_ORDERS)
            .putInt(VERSION)
            .putBoolean(autoBind)
            .endFrame();
    }

    /**
     * @param apiOnly true for orders placed through the API only.
     * @return frame length in bytes, prefix included.
     */
    public int encodeReqCompletedOrders(final MutableDirectBuffer buffer, final int offset, final boolean apiOnly)
    {
        return writer.beginFrame(buffer, offset).putInt(TwsMessageId.REQ_COMPLETED_ORDERS).putBoolean(apiOnly).endFrame();
    }

    /**
     * @return frame length in bytes, prefix included.
     */
    public int encodeReqGlobalCancel(final MutableDirectBuffer buffer, final int offset, final int serverVersion)
    {
        final TwsFieldWriter w = writer.beginFrame(buffer, offset).putInt(TwsMessageId.REQ_GLOBAL_CANCEL);
        if (serverVersion < TwsServerVersion.CME_TAGGING_FIELDS)
        {
            w.putInt(VERSION);
        }
        else
        {
            w.putEmpty().putInt(Integer.MAX_VALUE);         // extOperator, manualOrderIndicator
        }
        return w.endFrame();
    }
}
