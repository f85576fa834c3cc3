package io.ringfence.sim.order;

/**
 * Why an order (or a modification) was rejected, with the IB error code and text the gateway answers with.
 */
public enum RejectReason
{
    ACCOUNT_NOT_MANAGED(201, "Order rejected - reason:The account is not managed by this login"),
    ACCOUNT_REQUIRED(201, "Order rejected - reason:An account must be specified when several are managed"),
    UNKNOWN_SYMBOL(201, "Order rejected - reason:No security definition has been found for the request"),
    UNSUPPORTED_ACTION(201, "Order rejected - reason:The order action must be BUY or SELL"),
    INVALID_QUANTITY(201, "Order rejected - reason:The order quantity must be between 1 and 1000000 shares"),
    UNSUPPORTED_ORDER_TYPE(201,
        "Order rejected - reason:The paper gateway supports MKT, LMT, STP, STP LMT, TRAIL and TRAIL LIMIT orders"),
    UNSUPPORTED_TIME_IN_FORCE(201, "Order rejected - reason:The paper gateway supports DAY, GTC and IOC only"),
    MISSING_LIMIT_PRICE(201, "Order rejected - reason:A limit order requires a limit price"),
    INVALID_LIMIT_PRICE(201, "Order rejected - reason:The limit price must be positive"),
    MISSING_STOP_PRICE(201, "Order rejected - reason:A stop order requires a positive stop price"),
    MISSING_TRAILING_AMOUNT(201,
        "Order rejected - reason:A trailing order requires a positive trailing amount or percent"),
    PRICE_VARIATION(110, "The price does not conform to the minimum price variation for this contract."),
    PARENT_NOT_FOUND(201, "Order rejected - reason:The parent order is not found or is no longer active"),
    PARENT_MISMATCH(201, "Order rejected - reason:A child order must be for the parent's account and contract"),
    INSUFFICIENT_CASH(201,
        "Order rejected - reason:YOUR ORDER IS NOT ACCEPTED. IN ORDER TO OBTAIN THE DESIRED POSITION YOUR " +
        "AVAILABLE FUNDS MUST EXCEED THE ORDER VALUE"),
    MODIFY_FILLED_QUANTITY(201, "Order rejected - reason:The new quantity is below the quantity already filled"),
    SIMULATED(201, "Order rejected - reason:Rejected by the paper gateway on command (fault injection)");

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
