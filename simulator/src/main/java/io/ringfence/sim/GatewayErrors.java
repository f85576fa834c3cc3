package io.ringfence.sim;

/**
 * The IB error codes and texts the paper gateway sends in ERR_MSG (protocol sheet section 6.6), besides
 * the order rejections of {@link io.ringfence.sim.order.RejectReason}.
 */
final class GatewayErrors
{
    static final int NO_ID = -1;

    static final int MAX_RATE_EXCEEDED = 100;
    static final String MAX_RATE_EXCEEDED_PREFIX = "Max rate of messages per second has been exceeded:max=";

    static final int DUPLICATE_ORDER_ID = 103;
    static final String DUPLICATE_ORDER_ID_TEXT = "Duplicate order ID.";

    static final int NOT_CANCELLABLE = 161;
    static final String NOT_CANCELLABLE_TEXT = "Cancel attempted when order is not in a cancellable state. Order permId =";

    static final int ORDER_CANCELLED = 202;
    static final String ORDER_CANCELLED_TEXT = "Order Canceled - reason:";

    static final int CANCEL_NOT_FOUND = 10147;
    static final String CANCEL_NOT_FOUND_PREFIX = "OrderId ";
    static final String CANCEL_NOT_FOUND_SUFFIX = " that needs to be cancelled is not found.";

    static final int NO_SECURITY_DEFINITION = 200;
    static final String NO_SECURITY_DEFINITION_TEXT = "No security definition has been found for the request";

    static final int READ_ERROR = 320;
    static final String READ_ERROR_TEXT = "Error reading request: ";

    static final int VALIDATION_ERROR = 321;
    static final String UNSUPPORTED_REQUEST_TEXT = "Error validating request: the paper gateway does not support message id ";
    static final String ALREADY_STARTED_TEXT = "Error validating request: START_API was already received";
    static final String NOT_STARTED_TEXT = "Error validating request: START_API must come first, got message id ";

    static final int CLIENT_ID_IN_USE = 326;
    static final String CLIENT_ID_IN_USE_TEXT =
        "Unable to connect as the client id is already in use. Retry with a unique client id.";

    static final int AUTO_BIND_NOT_ALLOWED = 327;
    static final String AUTO_BIND_NOT_ALLOWED_TEXT =
        "Only API connections with clientId set to 0 can set the auto bind TWS orders property.";

    static final int CONNECTIVITY_LOST = 1100;
    static final String CONNECTIVITY_LOST_TEXT = "Connectivity between IB and Trader Workstation has been lost.";
    static final int CONNECTIVITY_RESTORED_DATA_LOST = 1101;
    static final String CONNECTIVITY_RESTORED_DATA_LOST_TEXT =
        "Connectivity between IB and TWS has been restored- data lost.*";
    static final int CONNECTIVITY_RESTORED = 1102;
    static final String CONNECTIVITY_RESTORED_TEXT =
        "Connectivity between IB and TWS has been restored- data maintained.";

    static final int UNSUPPORTED_VERSION = 506;
    static final String UNSUPPORTED_VERSION_TEXT = "Unsupported Version: the paper gateway serves versions 176..193";

    static final int MARKET_DATA_FARM_OK = 2104;
    static final String MARKET_DATA_FARM_OK_TEXT = "Market data farm connection is OK:usfarm";
    static final int HMDS_FARM_OK = 2106;
    static final String HMDS_FARM_OK_TEXT = "HMDS data farm connection is OK:ushmds";
    static final int SEC_DEF_FARM_OK = 2158;
    static final String SEC_DEF_FARM_OK_TEXT = "Sec-def data farm connection is OK:secdefnj";

    private GatewayErrors()
    {
    }
}
