package io.ringfence.codecs.tws.fuzz;

import io.ringfence.codecs.tws.ErrorMessageDecoder;
import io.ringfence.codecs.tws.ExecutionDataDecoder;
import io.ringfence.codecs.tws.OrderStatusDecoder;
import io.ringfence.codecs.tws.TwsInboundHandler;
import io.ringfence.codecs.tws.TwsOrder;
import io.ringfence.codecs.tws.TwsProtocolError;
import io.ringfence.codecs.tws.TwsServerHandler;
import org.agrona.AsciiSequenceView;
import org.agrona.DirectBuffer;

/**
 * Counts every callback of either adapter, so a test can check that each frame produced exactly one
 * outcome: a decoded message, an unhandled id, or a counted protocol error.
 */
final class CountingHandler implements TwsInboundHandler, TwsServerHandler
{
    long callbacks;
    long decoded;
    long unhandled;
    final long[] protocolErrors = new long[TwsProtocolError.values().length];
    int lastOrderStatusOrderId;
    long lastOrderStatusFilled;
    int lastPlaceOrderId;
    long lastPlaceOrderLimitPrice;

    void reset()
    {
        callbacks = 0;
        decoded = 0;
        unhandled = 0;
        java.util.Arrays.fill(protocolErrors, 0);
        lastOrderStatusOrderId = Integer.MIN_VALUE;
        lastOrderStatusFilled = Long.MIN_VALUE;
        lastPlaceOrderId = Integer.MIN_VALUE;
        lastPlaceOrderLimitPrice = Long.MIN_VALUE;
    }

    long protocolErrorCount()
    {
        long total = 0;
        for (final long count : protocolErrors)
        {
            total += count;
        }
        return total;
    }

    public void onNextValidId(final int orderId)
    {
        onDecoded();
    }

    public void onManagedAccounts(final DirectBuffer buffer, final int offset, final int length)
    {
        onDecoded();
    }

    public void onOrderStatus(final OrderStatusDecoder decoder)
    {
        lastOrderStatusOrderId = decoder.orderId();
        lastOrderStatusFilled = decoder.filled();
        onDecoded();
    }

    public void onError(final ErrorMessageDecoder decoder)
    {
        onDecoded();
    }

    public void onExecution(final ExecutionDataDecoder decoder)
    {
        onDecoded();
    }

    public void onStartApi(final int clientId, final AsciiSequenceView optionalCapabilities)
    {
        onDecoded();
    }

    public void onPlaceOrder(final TwsOrder order)
    {
        lastPlaceOrderId = order.orderId();
        lastPlaceOrderLimitPrice = order.limitPrice();
        onDecoded();
    }

    public void onCancelOrder(final int orderId)
    {
        onDecoded();
    }

    public void onReqIds(final int numIds)
    {
        onDecoded();
    }

    public void onUnhandled(final int msgId)
    {
        callbacks++;
        unhandled++;
    }

    public void onProtocolError(final TwsProtocolError error, final int msgId)
    {
        callbacks++;
        protocolErrors[error.ordinal()]++;
    }

    private void onDecoded()
    {
        callbacks++;
        decoded++;
    }
}
