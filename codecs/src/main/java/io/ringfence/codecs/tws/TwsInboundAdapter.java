package io.ringfence.codecs.tws;

import org.agrona.DirectBuffer;

import java.time.ZoneId;

/**
 * Client side: decodes one gateway-to-client frame payload (without its length prefix) at the
 * negotiated server version and dispatches it to a {@link TwsInboundHandler}. Malformed frames go
 * to {@link TwsInboundHandler#onProtocolError}, never thrown. Like IB's own decoder it ignores
 * fields after the layout it knows.
 * <p>
 * Not thread safe; one instance per connection (reader thread). No allocation after construction in
 * steady state (see {@link TwsTimeParser} for the one exception).
 */
public final class TwsInboundAdapter
{
    private static final int VERSION_FIELDS = 1;

    private final TwsInboundHandler handler;
    private final TwsFieldReader reader = new TwsFieldReader();
    private final OrderStatusDecoder orderStatus = new OrderStatusDecoder();
    private final ErrorMessageDecoder errorMessage = new ErrorMessageDecoder();
    private final ExecutionDataDecoder executionData;
    private final CommissionReportDecoder commissionReport = new CommissionReportDecoder();
    private final OpenOrderDecoder openOrder = new OpenOrderDecoder();
    private final CompletedOrderDecoder completedOrder = new CompletedOrderDecoder();
    private final PositionDataDecoder position = new PositionDataDecoder();
    private final AccountSummaryDecoder accountSummary = new AccountSummaryDecoder();

    /**
     * Times without a zone suffix are read in this JVM's default zone.
     */
    public TwsInboundAdapter(final TwsInboundHandler handler)
    {
        this(handler, ZoneId.systemDefault());
    }

    /**
     * @param gatewayZone the gateway's time zone, for execution times sent without a zone suffix.
     */
    public TwsInboundAdapter(final TwsInboundHandler handler, final ZoneId gatewayZone)
    {
        this.handler = handler;
        this.executionData = new ExecutionDataDecoder(new TwsTimeParser(gatewayZone));
    }

    /**
     * Decode and dispatch one frame.
     *
     * @param serverVersion negotiated version, 176..193.
     * @return the message id, or -1 if it could not be read.
     */
    public int onFrame(final DirectBuffer buffer, final int offset, final int length, final int serverVersion)
    {
        reader.wrap(buffer, offset, length);
        final int msgId = reader.readInt();
        if (!reader.isOk() || 0 == reader.fieldLength())
        {
            handler.onProtocolError(TwsProtocolError.MALFORMED_MESSAGE_ID, -1);
            return -1;
        }
        if (!TwsServerVersion.isSupported(serverVersion))
        {
            handler.onProtocolError(TwsProtocolError.UNSUPPORTED_SERVER_VERSION, msgId);
            return msgId;
        }

        switch (msgId)
        {
            case TwsMessageId.NEXT_VALID_ID:
                final int orderId = reader.skip(VERSION_FIELDS).readInt();
                if (ok(msgId))
                {
                    handler.onNextValidId(orderId);
                }
                break;
            case TwsMessageId.MANAGED_ACCTS:
                reader.skip(VERSION_FIELDS).next();
                if (ok(msgId))
                {
                    handler.onManagedAccounts(buffer, reader.fieldOffset(), reader.fieldLength());
                }
                break;
            case TwsMessageId.ORDER_STATUS:
                orderStatus.decode(reader);
                if (ok(msgId))
                {
                    handler.onOrderStatus(orderStatus);
                }
                break;
            case TwsMessageId.ERR_MSG:
                errorMessage.decode(reader, serverVersion);
                if (ok(msgId))
                {
                    handler.onError(errorMessage);
                }
                break;
            case TwsMessageId.EXECUTION_DATA:
                executionData.decode(reader, serverVersion);
                if (ok(msgId))
                {
                    handler.onExecution(executionData);
                }
                break;
            case TwsMessageId.OPEN_ORDER:
                openOrder.decode(reader, serverVersion);
                if (ok(msgId))
                {
                    handler.onOpenOrder(openOrder);
                }
                break;
            default:
                onOtherMessage(msgId);
                break;
        }
        return msgId;
    }

    private void onOtherMessage(final int msgId)
    {
        switch (msgId)
        {
            case TwsMessageId.COMMISSION_REPORT:
                commissionReport.decode(reader);
                if (ok(msgId))
                {
                    handler.onCommissionReport(commissionReport);
                }
                break;
            case TwsMessageId.OPEN_ORDER_END:
                reader.skip(VERSION_FIELDS);
                if (ok(msgId))
                {
                    handler.onOpenOrderEnd();
                }
                break;
            case TwsMessageId.EXECUTION_DATA_END:
                final int reqId = reader.skip(VERSION_FIELDS).readInt();
                if (ok(msgId))
                {
                    handler.onExecutionDataEnd(reqId);
                }
                break;
            default:
                onReconciliationMessage(msgId);
                break;
        }
    }

    private void onReconciliationMessage(final int msgId)
    {
        switch (msgId)
        {
            case TwsMessageId.COMPLETED_ORDER:
                completedOrder.decode(reader);
                if (ok(msgId))
                {
                    handler.onCompletedOrder(completedOrder);
                }
                break;
            case TwsMessageId.COMPLETED_ORDERS_END:
                if (ok(msgId))
                {
                    handler.onCompletedOrdersEnd();
                }
                break;
            case TwsMessageId.POSITION_DATA:
                position.decode(reader);
                if (ok(msgId))
                {
                    handler.onPosition(position);
                }
                break;
            case TwsMessageId.POSITION_END:
                reader.skip(VERSION_FIELDS);
                if (ok(msgId))
                {
                    handler.onPositionEnd();
                }
                break;
            case TwsMessageId.ACCOUNT_SUMMARY:
                accountSummary.decode(reader);
                if (ok(msgId))
                {
                    handler.onAccountSummary(accountSummary);
                }
                break;
            default:
                onSmallMessage(msgId);
                break;
        }
    }

    private void onSmallMessage(final int msgId)
    {
        switch (msgId)
        {
            case TwsMessageId.ACCOUNT_SUMMARY_END:
            case TwsMessageId.TICK_SNAPSHOT_END:
                final int reqId = reader.skip(VERSION_FIELDS).readInt();
                if (ok(msgId))
                {
                    if (TwsMessageId.ACCOUNT_SUMMARY_END == msgId)
                    {
                        handler.onAccountSummaryEnd(reqId);
                    }
                    else
                    {
                        handler.onTickSnapshotEnd(reqId);
                    }
                }
                break;
            case TwsMessageId.CURRENT_TIME:
                final long epochSeconds = reader.skip(VERSION_FIELDS).readLong();
                if (ok(msgId))
                {
                    handler.onCurrentTime(epochSeconds);
                }
                break;
            case TwsMessageId.TICK_PRICE:
                onTickPrice();
                break;
            case TwsMessageId.TICK_SIZE:
                final int tickerId = reader.skip(VERSION_FIELDS).readInt();
                final int tickType = reader.readInt();
                final long size = reader.readQuantity();
                if (ok(msgId))
                {
                    handler.onTickSize(tickerId, tickType, size);
                }
                break;
            default:
                handler.onUnhandled(msgId);
                break;
        }
    }

    private void onTickPrice()
    {
        final int version = reader.readInt();
        final int tickerId = reader.readInt();
        final int tickType = reader.readInt();
        final long price = reader.readPrice();
        final long size = version >= 2 ? reader.readQuantity() : TwsFieldWriter.QUANTITY_NULL;
        final int attrMask = version >= 3 ? reader.readInt() : 0;
        if (ok(TwsMessageId.TICK_PRICE))
        {
            handler.onTickPrice(tickerId, tickType, price, size, attrMask);
        }
    }

    private boolean ok(final int msgId)
    {
        if (!reader.isOk())
        {
            handler.onProtocolError(reader.error(), msgId);
            return false;
        }
        return true;
    }
}
