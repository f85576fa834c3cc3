package io.ringfence.codecs.tws;

import org.agrona.MutableDirectBuffer;

/**
 * MANAGED_ACCTS (15), gateway to client: {@code [15, 1, accountsList]}, the list comma separated.
 */
public final class ManagedAccountsEncoder
{
    private static final int VERSION = 1;

    private final TwsFieldWriter writer = new TwsFieldWriter();

    /**
     * @param accounts e.g. {@code DU1234567} or {@code U111,U222}.
     * @return frame length in bytes, prefix included.
     */
    public int encode(final MutableDirectBuffer buffer, final int offset, final CharSequence accounts)
    {
        return writer.beginFrame(buffer, offset)
            .putInt(TwsMessageId.MANAGED_ACCTS)
            .putInt(VERSION)
            .putAscii(accounts)
            .endFrame();
    }
}
