package io.ringfence.codecs.tws;

import org.agrona.AsciiSequenceView;

/**
 * ERR_MSG (4), gateway to client, as decoded by {@link TwsInboundAdapter}; valid only during
 * {@link TwsInboundHandler#onError}. Below server version 194: {@code [4, version, id, code, message,
 * advancedOrderRejectJson]}; from 194 without the version and with {@code errorTime} appended. The
 * text is raw: since version 153 TWS may escape non-ASCII characters as {@code \}{@code uXXXX}.
 */
public final class ErrorMessageDecoder
{
    /**
     * {@link #errorTimeMs()} when the server version does not carry it.
     */
    public static final long NO_ERROR_TIME = Long.MIN_VALUE;

    private final AsciiSequenceView message = new AsciiSequenceView();
    private final AsciiSequenceView advancedOrderRejectJson = new AsciiSequenceView();
    private int id;
    private int code;
    private long errorTimeMs;

    TwsProtocolError decode(final TwsFieldReader reader, final int serverVersion)
    {
        id = -1;
        code = 0;
        errorTimeMs = NO_ERROR_TIME;
        advancedOrderRejectJson.reset();
        if (serverVersion < TwsServerVersion.ERROR_TIME && reader.readInt() < 2)
        {
            reader.readView(message);                       // legacy: a bare message
            return reader.error();
        }
        id = reader.readInt();
        code = reader.readInt();
        reader.readView(message);
        reader.readView(advancedOrderRejectJson);
        if (serverVersion >= TwsServerVersion.ERROR_TIME)
        {
            errorTimeMs = reader.readLong();
        }
        return reader.error();
    }

    /**
     * The order or request id the error concerns; {@code -1} for notices not tied to a request.
     */
    public int id()
    {
        return id;
    }

    /**
     * IB's error code, e.g. 201 rejected, 202 cancelled, 2104 farm OK.
     */
    public int code()
    {
        return code;
    }

    public AsciiSequenceView message()
    {
        return message;
    }

    /**
     * Empty or a JSON text with reject details.
     */
    public AsciiSequenceView advancedOrderRejectJson()
    {
        return advancedOrderRejectJson;
    }

    /**
     * Epoch milliseconds from server version 194, else {@link #NO_ERROR_TIME}.
     */
    public long errorTimeMs()
    {
        return errorTimeMs;
    }
}
