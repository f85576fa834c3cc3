package io.ringfence.codecs.tws;

import org.agrona.AsciiSequenceView;
import org.agrona.DirectBuffer;

/**
 * Gateway side: decodes one client-to-gateway frame payload (without its length prefix) at the
 * negotiated server version and dispatches it to a {@link TwsServerHandler}. Malformed frames are
 * reported through {@link TwsServerHandler#onProtocolError}, never thrown. Frames are checked for
 * exact field counts, so an encoder that is off by one field is caught here.
 * <p>
 * Not thread safe; one instance per connection. No allocation after construction.
 */
public final class TwsServerAdapter
{
    private final TwsServerHandler handler;
    private final TwsFieldReader reader = new TwsFieldReader();
    private final PlaceOrderDecoder placeOrderDecoder = new PlaceOrderDecoder();
    private final TwsOrder order = new TwsOrder();
    private final ExecutionFilterDecoder executionFilter = new ExecutionFilterDecoder();
    private final MarketDataRequestDecoder marketDataRequest = new MarketDataRequestDecoder();
    private final AsciiSequenceView first = new AsciiSequenceView();
    private final AsciiSequenceView second = new AsciiSequenceView();

    public TwsServerAdapter(final TwsServerHandler handler)
    {
        this.handler = handler;
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
            case TwsMessageId.START_API:
                onStartApi();
                break;
            case TwsMessageId.PLACE_ORDER:
                onPlaceOrder(serverVersion);
                break;
            case TwsMessageId.CANCEL_ORDER:
                onCancelOrder(serverVersion);
                break;
            case TwsMessageId.REQ_IDS:
                final int numIds = reader.skip(1).readInt();
                if (complete(msgId))
                {
                    handler.onReqIds(numIds);
                }
                break;
            case TwsMessageId.REQ_EXECUTIONS:
                onReqExecutions();
                break;
            case TwsMessageId.REQ_AUTO_OPEN_ORDERS:
                final boolean autoBind = reader.skip(1).readBoolean();
                if (complete(msgId))
                {
                    handler.onReqAutoOpenOrders(autoBind);
                }
                break;
            case TwsMessageId.REQ_COMPLETED_ORDERS:
                final boolean apiOnly = reader.readBoolean();
                if (complete(msgId))
                {
                    handler.onReqCompletedOrders(apiOnly);
                }
                break;
            case TwsMessageId.REQ_MKT_DATA:
                marketDataRequest.decode(reader);
                if (complete(msgId))
                {
                    handler.onReqMarketData(marketDataRequest);
                }
                break;
            case TwsMessageId.REQ_ACCOUNT_SUMMARY:
            case TwsMessageId.CANCEL_ACCOUNT_SUMMARY:
            case TwsMessageId.CANCEL_MKT_DATA:
            case TwsMessageId.REQ_MARKET_DATA_TYPE:
                onRequestWithId(msgId);
                break;
            default:
                onVersionOnlyRequest(msgId, serverVersion);
                break;
        }
        return msgId;
    }

    private void onStartApi()
    {
        final int clientId = reader.skip(1).readInt();
        reader.readView(first);
        if (complete(TwsMessageId.START_API))
        {
            handler.onStartApi(clientId, first);
        }
    }

    private void onPlaceOrder(final int serverVersion)
    {
        final TwsProtocolError error = placeOrderDecoder.decode(reader, serverVersion, order);
        if (TwsProtocolError.NONE == error)
        {
            handler.onPlaceOrder(order);
        }
        else
        {
            handler.onProtocolError(error, TwsMessageId.PLACE_ORDER);
        }
    }

    private void onCancelOrder(final int serverVersion)
    {
        if (serverVersion < TwsServerVersion.CME_TAGGING_FIELDS)
        {
            reader.skip(1);                                 // version
        }
        final int orderId = reader.readInt();
        reader.skip(1);                                     // manualOrderCancelTime
        if (TwsServerVersion.hasRfqPlaceholders(serverVersion))
        {
            reader.skip(3);
        }
        if (serverVersion >= TwsServerVersion.CME_TAGGING_FIELDS)
        {
            reader.skip(2);                                 // extOperator, manualOrderIndicator
        }
        if (complete(TwsMessageId.CANCEL_ORDER))
        {
            handler.onCancelOrder(orderId);
        }
    }

    private void onReqExecutions()
    {
        final int reqId = reader.skip(1).readInt();
        executionFilter.decode(reader);
        if (complete(TwsMessageId.REQ_EXECUTIONS))
        {
            handler.onReqExecutions(reqId, executionFilter);
        }
    }

    private void onRequestWithId(final int msgId)
    {
        final int id = reader.skip(1).readInt();
        if (TwsMessageId.REQ_ACCOUNT_SUMMARY == msgId)
        {
            reader.readView(first);
            reader.readView(second);
        }
        if (!complete(msgId))
        {
            return;
        }
        switch (msgId)
        {
            case TwsMessageId.REQ_ACCOUNT_SUMMARY:
                handler.onReqAccountSummary(id, first, second);
                break;
            case TwsMessageId.CANCEL_ACCOUNT_SUMMARY:
                handler.onCancelAccountSummary(id);
                break;
            case TwsMessageId.CANCEL_MKT_DATA:
                handler.onCancelMarketData(id);
                break;
            default:
                handler.onReqMarketDataType(id);
                break;
        }
    }

    private void onVersionOnlyRequest(final int msgId, final int serverVersion)
    {
        switch (msgId)
        {
            case TwsMessageId.REQ_OPEN_ORDERS:
            case TwsMessageId.REQ_ALL_OPEN_ORDERS:
            case TwsMessageId.REQ_MANAGED_ACCTS:
            case TwsMessageId.REQ_CURRENT_TIME:
            case TwsMessageId.REQ_POSITIONS:
            case TwsMessageId.CANCEL_POSITIONS:
                reader.skip(1);
                break;
            case TwsMessageId.REQ_GLOBAL_CANCEL:
                reader.skip(serverVersion < TwsServerVersion.CME_TAGGING_FIELDS ? 1 : 2);
                break;
            default:
                handler.onUnhandled(msgId);
                return;
        }
        if (complete(msgId))
        {
            dispatchVersionOnly(msgId);
        }
    }

    private void dispatchVersionOnly(final int msgId)
    {
        switch (msgId)
        {
            case TwsMessageId.REQ_OPEN_ORDERS:
                handler.onReqOpenOrders();
                break;
            case TwsMessageId.REQ_ALL_OPEN_ORDERS:
                handler.onReqAllOpenOrders();
                break;
            case TwsMessageId.REQ_MANAGED_ACCTS:
                handler.onReqManagedAccounts();
                break;
            case TwsMessageId.REQ_CURRENT_TIME:
                handler.onReqCurrentTime();
                break;
            case TwsMessageId.REQ_POSITIONS:
                handler.onReqPositions();
                break;
            case TwsMessageId.CANCEL_POSITIONS:
                handler.onCancelPositions();
                break;
            default:
                handler.onReqGlobalCancel();
                break;
        }
    }

    private boolean complete(final int msgId)
    {
        if (reader.isOk() && reader.hasRemaining())
        {
            reader.fail(TwsProtocolError.TRAILING_FIELDS);
        }
        if (!reader.isOk())
        {
            handler.onProtocolError(reader.error(), msgId);
            return false;
        }
        return true;
    }
}
