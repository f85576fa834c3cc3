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
