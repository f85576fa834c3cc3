package io.ringfence.engine.order;

/**
 * What an ERR_MSG code means for the order it names. A first table: the order rejections and
 * cancel outcomes seen in the walking skeleton's flows; anything else is informational and never
 * changes an order's state (the TWS session's full error-code table replaces this).
 */
final class BrokerErrorCodes
{
    enum Meaning
    {
        INFORMATIONAL,
        ORDER_REJECTED,
        CANCEL_CONFIRMED,
        CANCEL_REJECTED
    }

    private BrokerErrorCodes()
    {
    }

    static Meaning classify(final int code)
    {
        switch (code)
        {
            case 103: // duplicate order id
            case 110: // price does not conform to the minimum tick
            case 200: // no security definition
            case 201: // order rejected
            case 203: // security not available or allowed for this account
                return Meaning.ORDER_REJECTED;
            case 202: // order cancelled
                return Meaning.CANCEL_CONFIRMED;
            case 161: // cancel attempted when order is not in a cancellable state
            case 10147: // order to cancel not found
            case 10148: // order cannot be cancelled: already filled or cancelled
                return Meaning.CANCEL_REJECTED;
            default:
                return Meaning.INFORMATIONAL;
        }
    }
}
