package io.ringfence.engine.gate;

import com.lmax.disruptor.EventHandler;
import io.ringfence.codecs.sbe.CancelOrderDecoder;
import io.ringfence.codecs.sbe.NewOrderDecoder;
import io.ringfence.codecs.sbe.RefusalReason;
import io.ringfence.engine.InboundEvent;
import io.ringfence.engine.IntentDecoder;

/**
 * Stage 2: decides accept or refuse for every client intent; writes {@link InboundEvent#refusal}
 * (null = accepted). Broker frames and other inputs pass untouched.
 */
public final class GateStage implements EventHandler<InboundEvent>
{
    private final Gates gates;
    private final IntentDecoder intent = new IntentDecoder();

    public GateStage(final Gates gates)
    {
        this.gates = gates;
    }

    @Override
    public void onEvent(final InboundEvent event, final long sequence, final boolean endOfBatch)
    {
        event.refusal = event.isClientIntent() ? decide(event) : null;
    }

    private RefusalReason decide(final InboundEvent event)
    {
        switch (intent.wrap(event))
        {
            case NewOrderDecoder.TEMPLATE_ID:
                return gates.checkNewOrder(event.source, intent.newOrder());
            case CancelOrderDecoder.TEMPLATE_ID:
                return gates.checkCancel(event.source, intent.cancelOrder());
            case IntentDecoder.UNSUPPORTED_VERSION:
                return RefusalReason.UNSUPPORTED_SCHEMA_VERSION;
            default:
                return RefusalReason.MALFORMED_INTENT;
        }
    }
}
