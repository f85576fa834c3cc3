package io.ringfence.engine.output;

import com.lmax.disruptor.EventHandler;
import io.ringfence.engine.InboundEvent;
import io.ringfence.engine.ingress.ClientRings;

/**
 * Stage 5: sends the order stage's PLACE_ORDER / CANCEL_ORDER to the broker, then publishes the
 * event's client events on the client's egress ring. Broker first: a client never sees
 * "accepted" for an order that was not handed to the session.
 */
public final class OutputStage implements EventHandler<InboundEvent>
{
    private static final int LENGTH_PREFIX = Integer.BYTES;

    private final OrderSender sender;
    private final ClientRings rings;
    private long sendFailures;
    private volatile long ordersSent;

    public OutputStage(final OrderSender sender, final ClientRings rings)
    {
        this.sender = sender;
        this.rings = rings;
    }

    @Override
    public void onEvent(final InboundEvent event, final long sequence, final boolean endOfBatch)
    {
        switch (event.action)
        {
            case PLACE_ORDER ->
            {
                if (sender.placeOrder(event.outboundOrder))
                {
                    ordersSent++;
                }
                else
                {
                    sendFailures++;
                }
            }
            case CANCEL_ORDER ->
            {
                if (!sender.cancelOrder(event.outboundCancelId))
                {
                    sendFailures++;
                }
            }
            default ->
            {
            }
        }
        publishClientEvents(event);
    }

    /**
     * PLACE_ORDER messages handed to the session; readable from other threads.
     */
    public long ordersSent()
    {
        return ordersSent;
    }

    public long sendFailures()
    {
        return sendFailures;
    }

    private void publishClientEvents(final InboundEvent event)
    {
        if (event.egressClient == InboundEvent.NO_CLIENT)
        {
            return;
        }
        int offset = 0;
        while (offset < event.egressLength)
        {
            final int length = event.egress.getInt(offset);
            rings.get(event.egressClient).transmit(event.egress, offset + LENGTH_PREFIX, length);
            offset += LENGTH_PREFIX + length;
        }
    }
}
