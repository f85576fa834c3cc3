package io.ringfence.codecs.tws;

import org.agrona.DirectBuffer;

/**
 * Callbacks of {@link TwsInboundAdapter}: gateway-to-client messages the bridge needs. Decoders and
 * buffers passed in are reused and valid only during the call.
 */
public interface TwsInboundHandler
{
    /**
     * NEXT_VALID_ID (9): the lowest order id this client may use; also the "session ready" signal.
     */
    void onNextValidId(int orderId);

    /**
     * MANAGED_ACCTS (15): the raw comma-separated account list (may end with a comma).
     */
    void onManagedAccounts(DirectBuffer buffer, int offset, int length);

    /**
     * ORDER_STATUS (3).
     */
    void onOrderStatus(OrderStatusDecoder decoder);

    /**
     * ERR_MSG (4): errors, order rejections and cancel confirmations (id = order id), and notices (id = -1).
     */
    void onError(ErrorMessageDecoder decoder);

    /**
     * EXECUTION_DATA (11): one fill.
     */
    void onExecution(ExecutionDataDecoder decoder);

    /**
     * COMMISSION_REPORT (59).
     */
    default void onCommissionReport(final CommissionReportDecoder decoder)
    {
        onUnhandled(TwsMessageId.COMMISSION_REPORT);
    }

    /**
     * OPEN_ORDER_END (53).
     */
    default void onOpenOrderEnd()
    {
        onUnhandled(TwsMessageId.OPEN_ORDER_END);
    }

    /**
     * EXECUTION_DATA_END (55).
     */
    default void onExecutionDataEnd(final int reqId)
    {
        onUnhandled(TwsMessageId.EXECUTION_DATA_END);
    }

    /**
     * OPEN_ORDER (5): one open order (answer to REQ_OPEN_ORDERS / REQ_ALL_OPEN_ORDERS, or unsolicited
     * after a change).
     */
    default void onOpenOrder(final OpenOrderDecoder decoder)
    {
        onUnhandled(TwsMessageId.OPEN_ORDER);
    }

    /**
     * COMPLETED_ORDER (101): one order that filled or was cancelled today.
     */
    default void onCompletedOrder(final CompletedOrderDecoder decoder)
    {
        onUnhandled(TwsMessageId.COMPLETED_ORDER);
    }

    /**
     * COMPLETED_ORDERS_END (102).
     */
    default void onCompletedOrdersEnd()
    {
        onUnhandled(TwsMessageId.COMPLETED_ORDERS_END);
    }

    /**
     * POSITION_DATA (61).
     */
    default void onPosition(final PositionDataDecoder decoder)
    {
        onUnhandled(TwsMessageId.POSITION_DATA);
    }

    /**
     * POSITION_END (62).
     */
    default void onPositionEnd()
    {
        onUnhandled(TwsMessageId.POSITION_END);
    }

    /**
     * ACCOUNT_SUMMARY (63).
     */
    default void onAccountSummary(final AccountSummaryDecoder decoder)
    {
        onUnhandled(TwsMessageId.ACCOUNT_SUMMARY);
    }

    /**
     * ACCOUNT_SUMMARY_END (64).
     */
    default void onAccountSummaryEnd(final int reqId)
    {
        onUnhandled(TwsMessageId.ACCOUNT_SUMMARY_END);
    }

    /**
     * CURRENT_TIME (49): the gateway's clock in epoch seconds.
     */
    default void onCurrentTime(final long epochSeconds)
    {
        onUnhandled(TwsMessageId.CURRENT_TIME);
    }

    /**
     * TICK_PRICE (1).
     *
     * @param price    fixed point.
     * @param size     whole units, {@link TwsFieldWriter#QUANTITY_NULL} when absent.
     * @param attrMask bit 0 canAutoExecute, bit 1 pastLimit, bit 2 preOpen.
     */
    default void onTickPrice(
        final int tickerId, final int tickType, final long price, final long size, final int attrMask)
    {
        onUnhandled(TwsMessageId.TICK_PRICE);
    }

    /**
     * TICK_SIZE (2).
     */
    default void onTickSize(final int tickerId, final int tickType, final long size)
    {
        onUnhandled(TwsMessageId.TICK_SIZE);
    }

    /**
     * TICK_SNAPSHOT_END (57).
     */
    default void onTickSnapshotEnd(final int tickerId)
    {
        onUnhandled(TwsMessageId.TICK_SNAPSHOT_END);
    }

    /**
     * A message id this adapter does not decode (known but not needed, or unknown); the frame was skipped.
     */
    void onUnhandled(int msgId);

    /**
     * A malformed frame (truncated, garbage number ...); it was skipped.
     *
     * @param msgId the frame's message id, or -1 if even that could not be read.
     */
    void onProtocolError(TwsProtocolError error, int msgId);
}
