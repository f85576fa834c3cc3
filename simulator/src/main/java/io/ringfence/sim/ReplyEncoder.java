package io.ringfence.sim;

import io.ringfence.codecs.Price;
import io.ringfence.codecs.tws.CommissionReportEncoder;
import io.ringfence.codecs.tws.ErrorMessageEncoder;
import io.ringfence.codecs.tws.ExecutionDataEncoder;
import io.ringfence.codecs.tws.HandshakeEncoder;
import io.ringfence.codecs.tws.ManagedAccountsEncoder;
import io.ringfence.codecs.tws.NextValidIdEncoder;
import io.ringfence.codecs.tws.OrderStatusEncoder;
import io.ringfence.codecs.tws.TwsExecution;
import io.ringfence.sim.order.Execution;
import io.ringfence.sim.order.SimOrder;

/**
 * Writes gateway-to-client frames into one client's {@link ReplyBuffer} with the codec's server-side
 * encoders, at that client's negotiated version. Each method is one frame; a frame the buffer cannot take
 * (the client reads too slowly and is being dropped) is skipped.
 */
final class ReplyEncoder
{
    /**
     * Room claimed for any one reply frame; the largest, EXECUTION_DATA with a 128-byte orderRef, is under 1 KiB.
     */
    static final int MAX_REPLY_BYTES = 2 * 1024;

    private static final String CURRENCY = "USD";
    private static final String EXCHANGE = "SMART";
    private static final int LIQUIDITY_REMOVED = 2;

    private final ReplyBuffer replyBuffer;
    private final HandshakeEncoder handshakeEncoder = new HandshakeEncoder();
    private final ManagedAccountsEncoder managedAccountsEncoder = new ManagedAccountsEncoder();
    private final NextValidIdEncoder nextValidIdEncoder = new NextValidIdEncoder();
    private final ErrorMessageEncoder errorMessageEncoder = new ErrorMessageEncoder();
    private final OrderStatusEncoder orderStatusEncoder = new OrderStatusEncoder();
    private final ExecutionDataEncoder executionDataEncoder = new ExecutionDataEncoder();
    private final CommissionReportEncoder commissionReportEncoder = new CommissionReportEncoder();
    private final TwsExecution twsExecution = new TwsExecution();
    private final StringBuilder text = new StringBuilder(128);
    private final String execIdPrefix;
    private int serverVersion;

    /**
     * @param replyBuffer  where frames go.
     * @param execIdPrefix first part of every execId, unique per gateway run.
     */
    ReplyEncoder(final ReplyBuffer replyBuffer, final String execIdPrefix)
    {
        this.replyBuffer = replyBuffer;
        this.execIdPrefix = execIdPrefix;
    }

    void serverVersion(final int serverVersion)
    {
        this.serverVersion = serverVersion;
    }

    /**
     * Close the client once the replies written so far are sent.
     */
    void disconnectAfterReplies()
    {
        replyBuffer.closeAfterFlush();
    }

    void serverReply(final CharSequence connectionTime)
    {
        final int offset = replyBuffer.claim(MAX_REPLY_BYTES);
        if (offset >= 0)
        {
            replyBuffer.commit(
                handshakeEncoder.encodeServerReply(replyBuffer.buffer(), offset, serverVersion, connectionTime));
        }
    }

    void managedAccounts(final CharSequence accounts)
    {
        final int offset = replyBuffer.claim(MAX_REPLY_BYTES);
        if (offset >= 0)
        {
            replyBuffer.commit(managedAccountsEncoder.encode(replyBuffer.buffer(), offset, accounts));
        }
    }

    void nextValidId(final int orderId)
    {
        final int offset = replyBuffer.claim(MAX_REPLY_BYTES);
        if (offset >= 0)
        {
            replyBuffer.commit(nextValidIdEncoder.encode(replyBuffer.buffer(), offset, orderId));
        }
    }

    void error(final int id, final int code, final CharSequence message)
    {
        final int offset = replyBuffer.claim(MAX_REPLY_BYTES);
        if (offset >= 0)
        {
            replyBuffer.commit(
                errorMessageEncoder.encode(replyBuffer.buffer(), offset, serverVersion, id, code, message));
        }
    }

    /**
     * ERR_MSG with a text built by the caller in {@link #text()}.
     */
    void errorFromText(final int id, final int code)
    {
        error(id, code, text);
    }

    /**
     * @return the reusable builder for an error text, emptied.
     */
    StringBuilder text()
    {
        text.setLength(0);
        return text;
    }

    void orderStatus(final SimOrder order)
    {
        final int offset = replyBuffer.claim(MAX_REPLY_BYTES);
        if (offset >= 0)
        {
            replyBuffer.commit(orderStatusEncoder.encode(
                replyBuffer.buffer(),
                offset,
                serverVersion,
                order.orderId(),
                order.status().twsStatus(),
                order.filledQuantity(),
                order.remainingQuantity(),
                order.averageFillPrice(),
                order.permId(),
                0,
                order.lastFillPrice(),
                order.clientId(),
                0));
        }
    }

    /**
     * EXECUTION_DATA (reqId -1, a live fill) then its COMMISSION_REPORT (no commission charged yet).
     */
    void execution(final SimOrder order, final Execution execution)
    {
        final TwsExecution exec = twsExecution.reset();
        exec.orderId(order.orderId())
            .conId(order.quote().instrument().conId())
            .timeMs(execution.timeMs())
            .side(order.side())
            .shares(execution.quantity())
            .price(execution.price())
            .permId(order.permId())
            .clientId(order.clientId())
            .cumQty(order.filledQuantity())
            .avgPrice(order.averageFillPrice())
            .lastLiquidity(LIQUIDITY_REMOVED);
        exec.symbol().set(order.symbol());
        exec.localSymbol().set(order.symbol());
        exec.exchange().set(EXCHANGE);
        exec.executionExchange().set(EXCHANGE);
        exec.account().set(order.account().id());
        exec.orderRef().set(order.orderRef());
        exec.execId().set(execId(execution.executionId()));

        int offset = replyBuffer.claim(MAX_REPLY_BYTES);
        if (offset >= 0)
        {
            replyBuffer.commit(executionDataEncoder.encode(replyBuffer.buffer(), offset, serverVersion, exec));
        }

        offset = replyBuffer.claim(MAX_REPLY_BYTES);
        if (offset >= 0)
        {
            replyBuffer.commit(commissionReportEncoder.encode(
                replyBuffer.buffer(), offset, exec.execId(), 0, CURRENCY, execution.realizedPnl(), Price.NULL, 0));
        }
    }

    /**
     * IB-like execId {@code <8 hex run prefix>.<8 hex sequence>.01.01}, unique within the gateway run.
     */
    private CharSequence execId(final long executionId)
    {
        final StringBuilder id = text().append(execIdPrefix).append('.');
        for (int shift = 28; shift >= 0; shift -= 4)
        {
            id.append(Character.forDigit((int)(executionId >>> shift) & 0xF, 16));
        }
        return id.append(".01.01");
    }
}
