package io.ringfence.codecs.tws;

/**
 * Message ids of the TWS text protocol (IB's {@code EClient} / {@code EDecoder} constants, equal
 * to {@code @stoqey/ib}'s {@code OUT_MSG_ID} / {@code IN_MSG_ID}).
 */
public final class TwsMessageId
{
    // Client -> gateway.
    public static final int REQ_MKT_DATA = 1;
    public static final int CANCEL_MKT_DATA = 2;
    public static final int PLACE_ORDER = 3;
    public static final int CANCEL_ORDER = 4;
    public static final int REQ_OPEN_ORDERS = 5;
    public static final int REQ_ACCOUNT_DATA = 6;
    public static final int REQ_EXECUTIONS = 7;
    public static final int REQ_IDS = 8;
    public static final int REQ_AUTO_OPEN_ORDERS = 15;
    public static final int REQ_ALL_OPEN_ORDERS = 16;
    public static final int REQ_MANAGED_ACCTS = 17;
    public static final int REQ_CURRENT_TIME = 49;
    public static final int REQ_GLOBAL_CANCEL = 58;
    public static final int REQ_MARKET_DATA_TYPE = 59;
    public static final int REQ_POSITIONS = 61;
    public static final int REQ_ACCOUNT_SUMMARY = 62;
    public static final int CANCEL_ACCOUNT_SUMMARY = 63;
    public static final int CANCEL_POSITIONS = 64;
    public static final int START_API = 71;
    public static final int REQ_COMPLETED_ORDERS = 99;

    // Gateway -> client.
    public static final int TICK_PRICE = 1;
    public static final int TICK_SIZE = 2;
    public static final int ORDER_STATUS = 3;
    public static final int ERR_MSG = 4;
    public static final int OPEN_ORDER = 5;
    public static final int ACCT_VALUE = 6;
    public static final int PORTFOLIO_VALUE = 7;
    public static final int ACCT_UPDATE_TIME = 8;
    public static final int NEXT_VALID_ID = 9;
    public static final int EXECUTION_DATA = 11;
    public static final int MANAGED_ACCTS = 15;
    public static final int TICK_GENERIC = 45;
    public static final int TICK_STRING = 46;
    public static final int CURRENT_TIME = 49;
    public static final int OPEN_ORDER_END = 53;
    public static final int ACCT_DOWNLOAD_END = 54;
    public static final int EXECUTION_DATA_END = 55;
    public static final int TICK_SNAPSHOT_END = 57;
    public static final int MARKET_DATA_TYPE = 58;
    public static final int COMMISSION_REPORT = 59;
    public static final int POSITION_DATA = 61;
    public static final int POSITION_END = 62;
    public static final int ACCOUNT_SUMMARY = 63;
    public static final int ACCOUNT_SUMMARY_END = 64;
    public static final int TICK_REQ_PARAMS = 81;
    public static final int ORDER_BOUND = 100;
    public static final int COMPLETED_ORDER = 101;
    public static final int COMPLETED_ORDERS_END = 102;

    private TwsMessageId()
    {
    }
}
