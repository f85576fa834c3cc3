package io.ringfence.codecs.tws;

import org.agrona.DirectBuffer;

/**
 * Order status text of ORDER_STATUS / OPEN_ORDER, as an enum. {@link #UNKNOWN} stands for any text
 * IB may add later; it never comes from TWS under that name.
 */
public enum TwsOrderStatus
{
    PENDING_SUBMIT("PendingSubmit"),
    PENDING_CANCEL("PendingCancel"),
    PRE_SUBMITTED("PreSubmitted"),
    SUBMITTED("Submitted"),
    API_PENDING("ApiPending"),
    API_CANCELLED("ApiCancelled"),
    CANCELLED("Cancelled"),
    FILLED("Filled"),
    INACTIVE("Inactive"),
    UNKNOWN("Unknown");

    private static final TwsOrderStatus[] VALUES = values();

    private final String text;

    TwsOrderStatus(final String text)
    {
        this.text = text;
    }

    /**
     * @return IB's spelling on the wire.
     */
    public String text()
    {
        return text;
    }

    /**
     * Map IB's text (exact, case-sensitive as TWS sends it) without allocation.
     *
     * @return the status, or {@link #UNKNOWN} for any other text.
     */
    public static TwsOrderStatus fromText(final DirectBuffer buffer, final int offset, final int length)
    {
        for (final TwsOrderStatus status : VALUES)
        {
            if (matches(status.text, buffer, offset, length))
            {
                return status;
            }
        }
        return UNKNOWN;
    }

    static boolean matches(final String text, final DirectBuffer buffer, final int offset, final int length)
    {
        if (text.length() != length)
        {
            return false;
        }
        for (int i = 0; i < length; i++)
        {
            if (text.charAt(i) != buffer.getByte(offset + i))
            {
                return false;
            }
        }
        return true;
    }
}
