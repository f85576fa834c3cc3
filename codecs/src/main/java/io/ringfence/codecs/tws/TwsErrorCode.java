package io.ringfence.codecs.tws;

/**
 * The ERR_MSG code table (protocol sheet sections 6.6 to 6.8, IB's message-code documentation):
 * {@link #classify(int)} maps a code to a {@link TwsErrorCategory}, {@link #connectivity(int)} tells
 * connectivity codes apart. A switch, so allocation-free and branch-predictable; unknown codes are
 * {@link TwsErrorCategory#UNKNOWN} and never change an order's state.
 */
public final class TwsErrorCode
{
    public static final int MAX_RATE_EXCEEDED = 100;
    public static final int DUPLICATE_ORDER_ID = 103;
    public static final int ORDER_REJECTED = 201;
    public static final int ORDER_CANCELLED = 202;
    public static final int CLIENT_ID_IN_USE = 326;
    public static final int COULD_NOT_CONNECT = 502;
    public static final int NOT_CONNECTED = 504;
    public static final int CONNECTIVITY_LOST = 1100;
    public static final int RESTORED_DATA_LOST = 1101;
    public static final int RESTORED_DATA_MAINTAINED = 1102;
    public static final int SOCKET_PORT_RESET = 1300;
    public static final int CANCEL_NOT_FOUND = 10147;
    public static final int CANCEL_NOT_CANCELLABLE = 10148;

    /**
     * The connectivity change a code announces.
     */
    public enum Connectivity
    {
        /**
         * Not a connectivity code.
         */
        NONE,

        /**
         * 1100 / 2110: TWS lost IB's servers; the API socket stays up.
         */
        LOST,

        /**
         * 1101: restored, market data subscriptions lost: resubscribe and reconcile.
         */
        RESTORED_DATA_LOST,

        /**
         * 1102: restored, subscriptions kept: reconcile orders and fills.
         */
        RESTORED_DATA_MAINTAINED,

        /**
         * 1300: the API port was reset; this socket is being dropped: reconnect.
         */
        SOCKET_RESET
    }

    private TwsErrorCode()
    {
    }

    /**
     * @param code ERR_MSG error code.
     * @return its category; {@link TwsErrorCategory#UNKNOWN} for codes not in the table.
     */
    public static TwsErrorCategory classify(final int code)
    {
        switch (code)
        {
            case 399:   // order message warning (order stays alive)
            case 404:   // shares not available for short sale: held while locating
            case 2100:  // unsubscribed from account data
            case 2103: case 2105: case 2157: // data farm broken (recovers with 2104 / 2106 / 2158)
            case 2104: case 2106: case 2158: // data farm OK
            case 2107: case 2108: case 2119: // farm inactive / connecting
            case 2109:  // outside regular trading hours attribute ignored
            case 10167: // displaying delayed market data
            case 10349: // order TIF changed by the venue
                return TwsErrorCategory.INFORMATIONAL;
            case 1100: case 1101: case 1102: case 1300: case 2110:
                return TwsErrorCategory.CONNECTIVITY;
            case 103:   // duplicate order id
            case 110:   // price does not conform to the minimum tick
            case 200:   // no security definition
            case 201:   // order rejected
            case 203:   // security not available or allowed for this account
            case 106:   // can't transmit order id
            case 107:   // cannot transmit incomplete order
            case 109:   // price out of the allowed range
            case 111:   // tif and order type incompatible
            case 116:   // cannot trade on this exchange
            case 117:   // block order size
            case 10006: // child reached TWS before its parent
                return TwsErrorCategory.ORDER_REJECTED;
            case 104:   // cannot modify a filled order
            case 105:   // modification does not match the original
            case 2102:  // unable to modify: still being processed
                return TwsErrorCategory.MODIFY_REJECTED;
            case 202:
                return TwsErrorCategory.CANCEL_CONFIRMED;
            case 135:   // cannot find order with that id
            case 161:   // cancel attempted in a non-cancellable state
            case 10147: // order to cancel not found
            case 10148: // order cannot be cancelled in its state
                return TwsErrorCategory.CANCEL_REJECTED;
            case 100:
                return TwsErrorCategory.PACING;
            case 326:
                return TwsErrorCategory.CLIENT_ID_IN_USE;
            case 502: case 504:
                return TwsErrorCategory.NOT_CONNECTED;
            case 320: case 321: case 322: case 323: case 324: case 325: case 327: case 10268: case 10269:
                return TwsErrorCategory.REQUEST_ERROR;
            default:
                return TwsErrorCategory.UNKNOWN;
        }
    }

    /**
     * @return the connectivity change a code announces, {@link Connectivity#NONE} for other codes.
     */
    public static Connectivity connectivity(final int code)
    {
        switch (code)
        {
            case 1100: case 2110:
                return Connectivity.LOST;
            case 1101:
                return Connectivity.RESTORED_DATA_LOST;
            case 1102:
                return Connectivity.RESTORED_DATA_MAINTAINED;
            case 1300:
                return Connectivity.SOCKET_RESET;
            default:
                return Connectivity.NONE;
        }
    }
}
