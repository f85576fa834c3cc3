package io.ringfence.codecs.tws;

import org.agrona.MutableDirectBuffer;

import java.nio.ByteOrder;

/**
 * The two handshake messages.
 * <ul>
 *     <li>Client hello (client to gateway, unframed prefix): {@code "API\0"}, a 4-byte big-endian
 *     length, then {@code v<min>..<max>} (or {@code v<max>} when equal), optionally followed by a
 *     space and connect options such as {@code +PACEAPI}; no trailing NUL.</li>
 *     <li>Server reply (gateway to client, a normal frame): {@code [serverVersion, connectionTime]}.</li>
 * </ul>
 */
public final class HandshakeEncoder
{
    /**
     * The 4 bytes that open every client hello.
     */
    public static final byte[] API_PREFIX = { 'A', 'P', 'I', 0 };

    private final TwsFieldWriter writer = new TwsFieldWriter();

    /**
     * The hello this codec sends: {@code v100..193} without connect options.
     *
     * @return bytes written.
     */
    public int encodeClientHello(final MutableDirectBuffer buffer, final int offset)
    {
        return encodeClientHello(
            buffer, offset, TwsServerVersion.MIN_CLIENT_VERSION, TwsServerVersion.MAX_CLIENT_VERSION, "");
    }

    /**
     * @param connectOptions empty for none, else e.g. {@code +PACEAPI}.
     * @return bytes written.
     */
    public int encodeClientHello(
        final MutableDirectBuffer buffer,
        final int offset,
        final int minVersion,
        final int maxVersion,
        final CharSequence connectOptions)
    {
        buffer.putBytes(offset, API_PREFIX);
        final int textOffset = offset + API_PREFIX.length + TwsFieldWriter.LENGTH_PREFIX_BYTES;
        int position = textOffset;
        buffer.putByte(position++, (byte)'v');
        position += buffer.putIntAscii(position, minVersion);
        if (minVersion != maxVersion)
        {
            buffer.putByte(position++, (byte)'.');
            buffer.putByte(position++, (byte)'.');
            position += buffer.putIntAscii(position, maxVersion);
        }
        final int optionsLength = connectOptions.length();
        if (optionsLength > 0)
        {
            buffer.putByte(position++, (byte)' ');
            for (int i = 0; i < optionsLength; i++)
            {
                buffer.putByte(position++, (byte)connectOptions.charAt(i));
            }
        }
        buffer.putInt(offset + API_PREFIX.length, position - textOffset, ByteOrder.BIG_ENDIAN);
        return position - offset;
    }

    /**
     * The gateway's reply frame.
     *
     * @param connectionTime e.g. {@code 20240102 09:30:00 EST}.
     * @return frame length in bytes, prefix included.
     */
    public int encodeServerReply(
        final MutableDirectBuffer buffer, final int offset, final int serverVersion, final CharSequence connectionTime)
    {
        return writer.beginFrame(buffer, offset).putInt(serverVersion).putAscii(connectionTime).endFrame();
    }
}
