package io.ringfence.codecs.tws;

import org.agrona.AsciiSequenceView;

/**
 * Callbacks of {@link TwsServerAdapter}: client-to-gateway requests, decoded. Arguments (views,
 * the {@link TwsOrder}) are reused and valid only during the call. Requests a gateway may ignore
 * have default methods that report them as {@link #onUnhandled(int)}.
 */
public interface TwsServerHandler
{
    /**
     * START_API (71).
     *
     * @param clientId             the API client id.
     * @param optionalCapabilities usually empty.
     */
    void onStartApi(int clientId, AsciiSequenceView optionalCapabilities);

    /**
     * PLACE_ORDER (3): a new order, or a modification when the id is live. The order's clientId is
     * not on the wire: it is 0 here, the server knows it from START_API.
     */
    void onPlaceOrder(TwsOrder order);

    /**
     * CANCEL_ORDER (4).
     */
    void onCancelOrder(int orderId);

    /**
     * REQ_IDS (8); TWS answers with NEXT_VALID_ID whatever numIds is.
     */
    void onReqIds(int numIds);

    /**
     * REQ_OPEN_ORDERS (5).
     */
    default void onReqOpenOrders()
    {
        onUnhandled(TwsMessageId.REQ_OPEN_ORDERS);
    }

    /**
     * REQ_ALL_OPEN_ORDERS (16).
     */
    default void onReqAllOpenOrders()
    {
        onUnhandled(TwsMessageId.REQ_ALL_OPEN_ORDERS);
    }

    /**
     * REQ_AUTO_OPEN_ORDERS (15).
     */
    default void onReqAutoOpenOrders(final boolean autoBind)
    {
        onUnhandled(TwsMessageId.REQ_AUTO_OPEN_ORDERS);
    }

    /**
     * REQ_EXECUTIONS (7) with the useful part of its filter; called by the default of
     * {@link #onReqExecutions(int, ExecutionFilterDecoder)}.
     *
     * @param filterClientId 0 for all clients.
     * @param acctCode       empty for all accounts.
     * @param time           empty, {@code yyyyMMdd-HH:mm:ss} (UTC) or {@code yyyyMMdd HH:mm:ss tz}.
     * @param symbol         empty for all symbols.
     */
    default void onReqExecutions(
        final int reqId,
        final int filterClientId,
        final AsciiSequenceView acctCode,
        final AsciiSequenceView time,
        final AsciiSequenceView symbol)
    {
        onUnhandled(TwsMessageId.REQ_EXECUTIONS);
    }

    /**
     * REQ_EXECUTIONS (7) with its whole filter. The default passes the older callback the client id,
     * account, time and symbol, so handlers written against it keep working.
     */
    default void onReqExecutions(final int reqId, final ExecutionFilterDecoder filter)
    {
        onReqExecutions(reqId, filter.clientId(), filter.account(), filter.time(), filter.symbol());
    }

    /**
     * REQ_ACCOUNT_SUMMARY (62).
     *
     * @param group {@code All} or an FA group.
     * @param tags  comma-separated tags, e.g. {@code NetLiquidation,TotalCashValue,$LEDGER}.
     */
    default void onReqAccountSummary(final int reqId, final AsciiSequenceView group, final AsciiSequenceView tags)
    {
        onUnhandled(TwsMessageId.REQ_ACCOUNT_SUMMARY);
    }

    /**
     * CANCEL_ACCOUNT_SUMMARY (63).
     */
    default void onCancelAccountSummary(final int reqId)
    {
        onUnhandled(TwsMessageId.CANCEL_ACCOUNT_SUMMARY);
    }

    /**
     * CANCEL_POSITIONS (64).
     */
    default void onCancelPositions()
    {
        onUnhandled(TwsMessageId.CANCEL_POSITIONS);
    }

    /**
     * REQ_MKT_DATA (1): a snapshot or a subscription.
     */
    default void onReqMarketData(final MarketDataRequestDecoder request)
    {
        onUnhandled(TwsMessageId.REQ_MKT_DATA);
    }

    /**
     * CANCEL_MKT_DATA (2).
     */
    default void onCancelMarketData(final int tickerId)
    {
        onUnhandled(TwsMessageId.CANCEL_MKT_DATA);
    }

    /**
     * REQ_MARKET_DATA_TYPE (59): 1 live, 2 frozen, 3 delayed, 4 delayed-frozen.
     */
    default void onReqMarketDataType(final int marketDataType)
    {
        onUnhandled(TwsMessageId.REQ_MARKET_DATA_TYPE);
    }

    /**
     * REQ_MANAGED_ACCTS (17).
     */
    default void onReqManagedAccounts()
    {
        onUnhandled(TwsMessageId.REQ_MANAGED_ACCTS);
    }

    /**
     * REQ_CURRENT_TIME (49).
     */
    default void onReqCurrentTime()
    {
        onUnhandled(TwsMessageId.REQ_CURRENT_TIME);
    }

    /**
     * REQ_GLOBAL_CANCEL (58).
     */
    default void onReqGlobalCancel()
    {
        onUnhandled(TwsMessageId.REQ_GLOBAL_CANCEL);
    }

    /**
     * REQ_POSITIONS (61).
     */
    default void onReqPositions()
    {
        onUnhandled(TwsMessageId.REQ_POSITIONS);
    }

    /**
     * REQ_COMPLETED_ORDERS (99).
     */
    default void onReqCompletedOrders(final boolean apiOnly)
    {
        onUnhandled(TwsMessageId.REQ_COMPLETED_ORDERS);
    }

    /**
     * A request this adapter does not decode (market data, account updates ...); the frame was skipped.
     */
    void onUnhandled(int msgId);

    /**
     * A malformed frame; it was skipped.
     *
     * @param msgId the frame's message id, or -1 if even that could not be read.
     */
    void onProtocolError(TwsProtocolError error, int msgId);
}
