package io.ringfence.codecs.tws;

import org.agrona.AsciiSequenceView;
import org.agrona.DirectBuffer;

/**
 * Client side: the gateway's first frame, {@code [serverVersion, connectionTime]}, and the check
 * that this codec supports the version.
 */
public final class ServerHelloDecoder
{
    private final TwsFieldReader reader = new TwsFieldReader();
    private final AsciiSequenceView connectionTime = new AsciiSequenceView();
    private int serverVersion;

    /**
     * @param buffer payload of the first frame, without the length prefix.
     * @return {@link TwsProtocolError#NONE}, a decoding error, or
     * {@link TwsProtocolError#UNSUPPORTED_SERVER_VERSION} if the version is outside 176..193.
     */
    public TwsProtocolError decode(final DirectBuffer buffer, final int offset, final int length)
    {
        reader.wrap(buffer, offset, length);
        serverVersion = reader.readInt();
        reader.readView(connectionTime);
        if (!reader.isOk())
        {
            return reader.error();
        }
        return TwsServerVersion.isSupported(serverVersion) ?
            TwsProtocolError.NONE : TwsProtocolError.UNSUPPORTED_SERVER_VERSION;
    }

    public int serverVersion()
    {
        return serverVersion;
    }

    /**
     * The gateway's local time text, e.g. {@code 20240102 09:30:00 EST}; valid while the frame is.
     */
    public AsciiSequenceView connectionTime()
    {
        return connectionTime;
    }
}
