package io.ringfence.sim.order;

/**
 * Why an order was rejected on arrival, with the IB error code and text the gateway answers with.
 */
public enum RejectReason
{
    ACCOUNT_NOT_MANAGED(201, "Order rejected - reason:The account is not managed by this login"),
    ACCOUNT_REQUIRED(201, "Order rejected - reason:An account must be specified when several are managed"),
    UNKNOWN_SYMBOL(201, "Order rejected - reason:No security definition has been found for the request"),
    UNSUPPORTED_ACTION(201, "Order rejected - reason:The order action must be BUY or SELL"),
    INVALID_QUANTITY(201, "Order rejected - reason:The order quantity must be between 1 and 1000000 shares"),
    UNSUPPORTED_ATTACHED_ORDER(201, "Order rejected - reason:The paper gateway does not support attached orders yet"),
    UNSUPPORTED_ORDER_TYPE(201, "Order rejected - reason:The paper gateway supports MKT and LMT orders only"),
    UNSUPPORTED_TIME_IN_FORCE(201, "Order rejected - reason:The paper gateway supports DAY, GTC and IOC only"),
    MISSING_LIMIT_PRICE(201, "Order rejected - reason:A limit order requires a limit price"),
    INVALID_LIMIT_PRICE(201, "Order rejected - reason:The limit price must be positive"),
    PRICE_VARIATION(110, "The price does not conform to the minimum price variation for this contract.");

    private final int errorCode;
    private final String errorText;

    RejectReason(final int errorCode, final String errorText)
    {
        this.errorCode = errorCode;
        this.errorText = errorText;
    }

    /**
     * @return the ERR_MSG code, 201 unless IB has a more specific one.
     */
    public int errorCode()
    {
        return errorCode;
    }

    /**
     * @return the ERR_MSG text.
     */
    public String errorText()
    {
        return errorText;
    }
}
