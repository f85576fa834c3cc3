package io.ringfence.codecs.tws;

import org.agrona.DirectBuffer;

/**
 * A handler that ignores every inbound message, for readers that care about a few: override
 * those. Malformed frames are ignored too; the reader that owns the connection counts them.
 */
public abstract class IgnoringInboundHandler implements TwsInboundHandler
{
    @Override
    public void onNextValidId(final int orderId)
    {
    }

    @Override
    public void onManagedAccounts(final DirectBuffer buffer, final int offset, final int length)
    {
    }

    @Override
    public void onOrderStatus(final OrderStatusDecoder decoder)
    {
    }

    @Override
    public void onError(final ErrorMessageDecoder decoder)
    {
    }

    @Override
    public void onExecution(final ExecutionDataDecoder decoder)
    {
    }

    @Override
    public void onUnhandled(final int msgId)
    {
    }

    @Override
    public void onProtocolError(final TwsProtocolError error, final int msgId)
    {
    }
}
