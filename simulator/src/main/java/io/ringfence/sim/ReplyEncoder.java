package io.ringfence.sim;

import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.sbe.Side;
import io.ringfence.codecs.tws.AccountSummaryEncoder;
import io.ringfence.codecs.tws.CommissionReportEncoder;
import io.ringfence.codecs.tws.CompletedOrderEncoder;
import io.ringfence.codecs.tws.CurrentTimeEncoder;
import io.ringfence.codecs.tws.EndMarkerEncoder;
import io.ringfence.codecs.tws.ErrorMessageEncoder;
import io.ringfence.codecs.tws.ExecutionDataEncoder;
import io.ringfence.codecs.tws.HandshakeEncoder;
import io.ringfence.codecs.tws.ManagedAccountsEncoder;
import io.ringfence.codecs.tws.NextValidIdEncoder;
import io.ringfence.codecs.tws.OpenOrderEncoder;
import io.ringfence.codecs.tws.OrderStatusEncoder;
import io.ringfence.codecs.tws.PositionDataEncoder;
import io.ringfence.codecs.tws.TickEncoder;
import io.ringfence.codecs.tws.TwsExecution;
import io.ringfence.codecs.tws.TwsOrder;
import io.ringfence.sim.order.Execution;
import io.ringfence.sim.order.OrderStatus;
import io.ringfence.sim.order.SimOrder;

/**
 * Writes gateway-to-client frames into one client's {@link ReplyBuffer} with the codec's server-side
 * encoders, at that client's negotiated version. Each method is one frame (or a frame pair); a frame the
 * buffer cannot take (the client reads too slowly and is being dropped) is skipped. Frames can be diverted
 * to another buffer for a while ({@link #divert(ReplyBuffer)}), which is how faults delay them.
 */
final class ReplyEncoder
{
    /**
     * Room claimed for any one reply frame; the largest, OPEN_ORDER, is under 1 KiB.
     */
    static final int MAX_REPLY_BYTES = 2 * 1024;

    static final String CURRENCY = "USD";
    static final String EXCHANGE = "SMART";
    static final String SEC_TYPE = "STK";

    private static final int LIQUIDITY_REMOVED = 2;
    private static final int LIVE_REQ_ID = -1;

    private final ReplyBuffer replyBuffer;
    private final TimeText timeText;
    private final HandshakeEncoder handshakeEncoder = new HandshakeEncoder();
    private final ManagedAccountsEncoder managedAccountsEncoder = new ManagedAccountsEncoder();
    private final NextValidIdEncoder nextValidIdEncoder = new NextValidIdEncoder();
    private final ErrorMessageEncoder errorMessageEncoder = new ErrorMessageEncoder();
    private final OrderStatusEncoder orderStatusEncoder = new OrderStatusEncoder();
    private final OpenOrderEncoder openOrderEncoder = new OpenOrderEncoder();
    private final CompletedOrderEncoder completedOrderEncoder = new CompletedOrderEncoder();
    private final ExecutionDataEncoder executionDataEncoder = new ExecutionDataEncoder();
    private final CommissionReportEncoder commissionReportEncoder = new CommissionReportEncoder();
    private final EndMarkerEncoder endMarkerEncoder = new EndMarkerEncoder();
    private final PositionDataEncoder positionDataEncoder = new PositionDataEncoder();
    private final AccountSummaryEncoder accountSummaryEncoder = new AccountSummaryEncoder();
    private final CurrentTimeEncoder currentTimeEncoder = new CurrentTimeEncoder();
    private final TickEncoder tickEncoder = new TickEncoder();
    private final TwsExecution twsExecution = new TwsExecution();
    private final TwsOrder twsOrder = new TwsOrder();
    private final StringBuilder text = new StringBuilder(128);
    private final StringBuilder execIdText = new StringBuilder(32);
    private final String execIdPrefix;
    private ReplyBuffer out;
    private int serverVersion;

    ReplyEncoder(final ReplyBuffer replyBuffer, final String execIdPrefix)
    {
        this(replyBuffer, execIdPrefix, new TimeText(SimulatorContext.DEFAULT_TIME_ZONE));
    }

    /**
     * @param replyBuffer  where frames go.
     * @param execIdPrefix first part of every execId, unique per gateway run.
     * @param timeText     formats completed times.
     */
    ReplyEncoder(final ReplyBuffer replyBuffer, final String execIdPrefix, final TimeText timeText)
    {
        this.replyBuffer = replyBuffer;
        this.out = replyBuffer;
        this.execIdPrefix = execIdPrefix;
        this.timeText = timeText;
    }

    void serverVersion(final int serverVersion)
    {
        this.serverVersion = serverVersion;
    }

    /**
     * Send the following frames to {@code target} instead of the client, until {@link #restore()}.
     */
    void divert(final ReplyBuffer target)
    {
        out = target;
    }

    void restore()
    {
        out = replyBuffer;
    }

    ReplyBuffer clientBuffer()
    {
        return replyBuffer;
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
        final int offset = out.claim(MAX_REPLY_BYTES);
        if (offset >= 0)
        {
            out.commit(handshakeEncoder.encodeServerReply(out.buffer(), offset, serverVersion, connectionTime));
        }
    }

    void managedAccounts(final CharSequence accounts)
    {
        final int offset = out.claim(MAX_REPLY_BYTES);
        if (offset >= 0)
        {
            out.commit(managedAccountsEncoder.encode(out.buffer(), offset, accounts));
        }
    }

    void nextValidId(final int orderId)
    {
        final int offset = out.claim(MAX_REPLY_BYTES);
        if (offset >= 0)
        {
            out.commit(nextValidIdEncoder.encode(out.buffer(), offset, orderId));
        }
    }

    void error(final int id, final int code, final CharSequence message)
    {
        final int offset = out.claim(MAX_REPLY_BYTES);
        if (offset >= 0)
        {
            out.commit(errorMessageEncoder.encode(out.buffer(), offset, serverVersion, id, code, message));
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
        final int offset = out.claim(MAX_REPLY_BYTES);
        if (offset >= 0)
        {
            out.commit(orderStatusEncoder.encode(
                out.buffer(),
                offset,
                serverVersion,
                order.orderId(),
                order.status().twsStatus(),
                order.filledQuantity(),
                order.remainingQuantity(),
                order.averageFillPrice(),
                order.permId(),
                order.parentId(),
                order.lastFillPrice(),
                order.clientId(),
                0));
        }
    }

    /**
     * @return true if the order can be described in OPEN_ORDER / COMPLETED_ORDER (a rejected order with an
     * unknown type, side or account cannot).
     */
    static boolean isDescribable(final SimOrder order)
    {
        return null != order.account() && null != order.quote() && null != order.orderType() &&
            OrderType.NULL_VAL != order.orderType() && (Side.BUY == order.side() || Side.SELL == order.side());
    }

    void openOrder(final SimOrder order)
    {
        final int offset = out.claim(MAX_REPLY_BYTES);
        if (offset >= 0)
        {
            out.commit(openOrderEncoder.encode(
                out.buffer(), offset, serverVersion, describe(order), order.permId(), order.status().twsStatus()));
        }
    }

    void completedOrder(final SimOrder order)
    {
        final int offset = out.claim(MAX_REPLY_BYTES);
        if (offset >= 0)
        {
            final OrderStatus status = order.status();
            final String completedStatus = OrderStatus.FILLED == status ? "Filled" :
                OrderStatus.CANCELLED == status ? "Cancelled by Trader" : "Rejected";
            out.commit(completedOrderEncoder.encode(
                out.buffer(), offset, serverVersion, describe(order), order.permId(), status.twsStatus(),
                order.filledQuantity(), timeText.format(order.completedTimeMs()), completedStatus));
        }
    }

    void openOrderEnd()
    {
        final int offset = out.claim(MAX_REPLY_BYTES);
        if (offset >= 0)
        {
            out.commit(endMarkerEncoder.encodeOpenOrderEnd(out.buffer(), offset));
        }
    }

    void completedOrdersEnd()
    {
        final int offset = out.claim(MAX_REPLY_BYTES);
        if (offset >= 0)
        {
            out.commit(endMarkerEncoder.encodeCompletedOrdersEnd(out.buffer(), offset));
        }
    }

    /**
     * A live fill: EXECUTION_DATA with reqId -1, then its COMMISSION_REPORT.
     */
    void execution(final Execution execution)
    {
        execution(execution, LIVE_REQ_ID);
    }

    /**
     * EXECUTION_DATA then its COMMISSION_REPORT.
     *
     * @param reqId -1 for a live fill, else the REQ_EXECUTIONS request id.
     */
    void execution(final Execution execution, final int reqId)
    {
        final SimOrder order = execution.order();
        final TwsExecution exec = twsExecution.reset();
        exec.reqId(reqId)
            .orderId(order.orderId())
            .conId(order.quote().instrument().conId())
            .timeMs(execution.timeMs())
            .side(order.side())
            .shares(execution.quantity())
            .price(execution.price())
            .permId(order.permId())
            .clientId(order.clientId())
            .cumQty(execution.cumQuantity())
            .avgPrice(execution.avgPrice())
            .lastLiquidity(LIQUIDITY_REMOVED);
        exec.symbol().set(order.symbol());
        exec.localSymbol().set(order.symbol());
        exec.exchange().set(EXCHANGE);
        exec.executionExchange().set(EXCHANGE);
        exec.account().set(order.account().id());
        exec.orderRef().set(order.orderRef());
        exec.execId().set(execId(execution.executionId()));

        int offset = out.claim(MAX_REPLY_BYTES);
        if (offset >= 0)
        {
            out.commit(executionDataEncoder.encode(out.buffer(), offset, serverVersion, exec));
        }

        offset = out.claim(MAX_REPLY_BYTES);
        if (offset >= 0)
        {
            out.commit(commissionReportEncoder.encode(
                out.buffer(), offset, exec.execId(), execution.commission(), CURRENCY, execution.realizedPnl(),
                Price.NULL, 0));
        }
    }

    void executionEnd(final int reqId)
    {
        final int offset = out.claim(MAX_REPLY_BYTES);
        if (offset >= 0)
        {
            out.commit(endMarkerEncoder.encodeExecutionDataEnd(out.buffer(), offset, reqId));
        }
    }

    void position(
        final CharSequence account, final int conId, final CharSequence symbol, final long quantity, final long avgCost)
    {
        final int offset = out.claim(MAX_REPLY_BYTES);
        if (offset >= 0)
        {
            out.commit(positionDataEncoder.encode(
                out.buffer(), offset, account, conId, symbol, SEC_TYPE, EXCHANGE, CURRENCY, quantity, avgCost));
        }
    }

    void positionEnd()
    {
        final int offset = out.claim(MAX_REPLY_BYTES);
        if (offset >= 0)
        {
            out.commit(endMarkerEncoder.encodePositionEnd(out.buffer(), offset));
        }
    }

    void accountSummary(final int reqId, final CharSequence account, final CharSequence tag, final long amount)
    {
        final int offset = out.claim(MAX_REPLY_BYTES);
        if (offset >= 0)
        {
            out.commit(accountSummaryEncoder.encode(out.buffer(), offset, reqId, account, tag, amount, CURRENCY));
        }
    }

    void accountSummaryText(
        final int reqId, final CharSequence account, final CharSequence tag, final CharSequence value)
    {
        final int offset = out.claim(MAX_REPLY_BYTES);
        if (offset >= 0)
        {
            out.commit(accountSummaryEncoder.encode(out.buffer(), offset, reqId, account, tag, value, ""));
        }
    }

    void accountSummaryEnd(final int reqId)
    {
        final int offset = out.claim(MAX_REPLY_BYTES);
        if (offset >= 0)
        {
            out.commit(endMarkerEncoder.encodeAccountSummaryEnd(out.buffer(), offset, reqId));
        }
    }

    void currentTime(final long epochSeconds)
    {
        final int offset = out.claim(MAX_REPLY_BYTES);
        if (offset >= 0)
        {
            out.commit(currentTimeEncoder.encode(out.buffer(), offset, epochSeconds));
        }
    }

    void tickPrice(final int tickerId, final int tickType, final long price, final long size)
    {
        final int offset = out.claim(MAX_REPLY_BYTES);
        if (offset >= 0)
        {
            out.commit(tickEncoder.encodeTickPrice(out.buffer(), offset, tickerId, tickType, price, size, 0));
        }
    }

    void tickSnapshotEnd(final int tickerId)
    {
        final int offset = out.claim(MAX_REPLY_BYTES);
        if (offset >= 0)
        {
            out.commit(endMarkerEncoder.encodeTickSnapshotEnd(out.buffer(), offset, tickerId));
        }
    }

    private TwsOrder describe(final SimOrder order)
    {
        final OrderType type = order.orderType();
        final boolean hasLimit = OrderType.LIMIT == type || OrderType.STOP_LIMIT == type ||
            (OrderType.TRAILING_STOP_LIMIT == type && order.isTriggered());
        final boolean byPercent = Price.isSet(order.trailingPercent());
        final TwsOrder o = twsOrder.reset()
            .orderId(order.orderId())
            .clientId(order.clientId())
            .conId(order.quote().instrument().conId())
            .side(order.side())
            .totalQuantity(order.quantity())
            .orderType(type)
            .limitPrice(hasLimit ? order.limitPrice() : Price.NULL)
            .auxPrice(order.isTrailing() ? (byPercent ? Price.NULL : order.auxPrice()) :
                order.isStop() ? order.auxPrice() : Price.NULL)
            .trailingPercent(order.isTrailing() && byPercent ? order.trailingPercent() : Price.NULL)
            .trailStopPrice(order.isTrailing() ? order.stopPrice() : Price.NULL)
            .limitPriceOffset(OrderType.TRAILING_STOP_LIMIT == type ? order.limitPriceOffset() : Price.NULL)
            .timeInForce(order.timeInForce())
            .outsideRth(order.outsideRth())
            .parentId(order.parentId())
            .ocaType(order.ocaType())
            .transmit(order.isTransmitted());
        o.account().set(order.account().id());
        o.symbol().set(order.symbol());
        o.orderRef().set(order.orderRef());
        o.ocaGroup().set(order.ocaGroup());
        return o;
    }

    /**
     * IB-like execId {@code <8 hex run prefix>.<8 hex sequence>.01.01}, unique within the gateway run.
     */
    private CharSequence execId(final long executionId)
    {
        final StringBuilder id = execIdText;
        id.setLength(0);
        id.append(execIdPrefix).append('.');
        for (int shift = 28; shift >= 0; shift -= 4)
        {
            id.append(Character.forDigit((int)(executionId >>> shift) & 0xF, 16));
        }
        return id.append(".01.01");
    }
}
