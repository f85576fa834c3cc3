package io.ringfence.engine.gate;

import com.lmax.disruptor.EventHandler;
import io.ringfence.codecs.sbe.CancelOrderDecoder;
import io.ringfence.codecs.sbe.ModifyOrderDecoder;
import io.ringfence.codecs.sbe.CreateApprovalDecoder;
import io.ringfence.codecs.sbe.KillSwitchCommandDecoder;
import io.ringfence.codecs.sbe.NewBracketDecoder;
import io.ringfence.codecs.sbe.NewOrderDecoder;
import io.ringfence.codecs.sbe.QueryDecoder;
import io.ringfence.codecs.sbe.TargetPositionDecoder;
import io.ringfence.codecs.sbe.PreviewOrderDecoder;
import io.ringfence.codecs.sbe.PromoteClientDecoder;
import io.ringfence.codecs.sbe.RefusalReason;
import io.ringfence.engine.InboundEvent;
import io.ringfence.engine.IntentDecoder;

/**
 * Stage 2: decides accept or refuse for every client intent; writes {@link InboundEvent#refusal}
 * (null = accepted) and the gate group (kill switch engaged, approval consumed, the reply to an
 * intent the gates answer themselves). Broker frames feed the reference prices; session events
 * the server version; an {@code ADMIN_COMMAND} input is an operator's KillSwitchCommand.
 */
public final class GateStage implements EventHandler<InboundEvent>
{
    private final Gates gates;
    private final AdminGates admin;
    private final IntentDecoder intent = new IntentDecoder();

    public GateStage(final Gates gates)
    {
        this.gates = gates;
        this.admin = new AdminGates(gates, gates.config);
    }

    @Override
    public void onEvent(final InboundEvent event, final long sequence, final boolean endOfBatch)
    {
        switch (event.kind)
        {
            case CLIENT_INTENT -> event.refusal = decide(event);
            case BROKER_FRAME -> gates.risk.onBrokerFrame(event);
            case BROKER_SESSION -> gates.risk.brokerPrices().onSessionEvent(event);
            case ADMIN_COMMAND -> onOperatorCommand(event);
            default ->
            {
            }
        }
    }

    private RefusalReason decide(final InboundEvent event)
    {
        switch (intent.wrap(event))
        {
            case NewOrderDecoder.TEMPLATE_ID:
                return gates.checkNewOrder(event, intent.newOrder());
            case TargetPositionDecoder.TEMPLATE_ID:
                return gates.checkTarget(event, intent.targetPosition());
            case NewBracketDecoder.TEMPLATE_ID:
                return gates.checkBracket(event, intent.newBracket());
            case QueryDecoder.TEMPLATE_ID:
                return gates.checkQuery(event.source, intent.query());
            case CancelOrderDecoder.TEMPLATE_ID:
                return gates.checkCancel(event.source, intent.cancelOrder());
            case ModifyOrderDecoder.TEMPLATE_ID:
                return gates.checkModify(event.source, intent.modifyOrder());
            case PreviewOrderDecoder.TEMPLATE_ID:
                return admin.onPreview(event, intent.previewOrder());
            case CreateApprovalDecoder.TEMPLATE_ID:
                return admin.onCreateApproval(event, intent.createApproval());
            case KillSwitchCommandDecoder.TEMPLATE_ID:
                return admin.onKillSwitch(event, intent.killSwitch(), false);
            case PromoteClientDecoder.TEMPLATE_ID:
                return admin.onPromote(event, intent.promote());
            case IntentDecoder.UNSUPPORTED_VERSION:
                return RefusalReason.UNSUPPORTED_SCHEMA_VERSION;
            default:
                return RefusalReason.MALFORMED_INTENT;
        }
    }

    private void onOperatorCommand(final InboundEvent event)
    {
        if (intent.wrap(event) == KillSwitchCommandDecoder.TEMPLATE_ID)
        {
            event.refusal = admin.onKillSwitch(event, intent.killSwitch(), true);
        }
    }
}
