package io.ringfence.engine.gate;

import io.ringfence.codecs.sbe.AdminAckEncoder;
import io.ringfence.codecs.sbe.AdminAction;
import io.ringfence.codecs.sbe.ApprovalCreatedEncoder;
import io.ringfence.codecs.sbe.KillSwitchScope;
import io.ringfence.codecs.sbe.MessageHeaderEncoder;
import io.ringfence.codecs.sbe.PreviewResultEncoder;
import io.ringfence.engine.InboundEvent;
import org.agrona.DirectBuffer;

/**
 * Encodes the gate stage's own answers (a recorded preview, a created approval, an operator
 * command's acknowledgement) into the event's {@link InboundEvent#gateReply}. Flyweights reused.
 */
final class GateReplies
{
    private final MessageHeaderEncoder header = new MessageHeaderEncoder();
    private final PreviewResultEncoder preview = new PreviewResultEncoder();
    private final ApprovalCreatedEncoder approval = new ApprovalCreatedEncoder();
    private final AdminAckEncoder ack = new AdminAckEncoder();

    void previewRecorded(
        final InboundEvent event, final long correlationId, final long previewId, final long orderHash,
        final long referencePrice, final long notional, final OrderTerms terms)
    {
        preview.wrapAndApplyHeader(event.gateReply, 0, header)
            .correlationId(correlationId)
            .timestampNs(event.timestampNs)
            .previewId(previewId)
            .orderHash(orderHash)
            .referencePrice(referencePrice)
            .notional(notional)
            .resultingPosition(PreviewResultEncoder.resultingPositionNullValue());
        copy(event, preview.offset() + PreviewResultEncoder.accountEncodingOffset(), terms.buffer, terms.accountOffset,
            PreviewResultEncoder.accountLength());
        copy(event, preview.offset() + PreviewResultEncoder.symbolEncodingOffset(), terms.buffer, terms.symbolOffset,
            PreviewResultEncoder.symbolLength());
        event.gateReplyLength = MessageHeaderEncoder.ENCODED_LENGTH + preview.encodedLength();
    }

    void approvalCreated(
        final InboundEvent event, final long correlationId, final long approvalId, final long previewId,
        final long expiresAtNs, final DirectBuffer buffer, final int accountOffset)
    {
        approval.wrapAndApplyHeader(event.gateReply, 0, header)
            .correlationId(correlationId)
            .timestampNs(event.timestampNs)
            .approvalId(approvalId)
            .previewId(previewId)
            .expiresAtNs(expiresAtNs);
        copy(event, approval.offset() + ApprovalCreatedEncoder.accountEncodingOffset(), buffer, accountOffset,
            ApprovalCreatedEncoder.accountLength());
        event.gateReplyLength = MessageHeaderEncoder.ENCODED_LENGTH + approval.encodedLength();
    }

    /**
     * @param accountOffset where the command's account field is, or -1 for none.
     * @param clientOffset  where the command's client field is, or -1 for none.
     */
    void adminAck(
        final InboundEvent event, final long correlationId, final AdminAction action, final KillSwitchScope scope,
        final DirectBuffer buffer, final int accountOffset, final int clientOffset)
    {
        ack.wrapAndApplyHeader(event.gateReply, 0, header)
            .correlationId(correlationId)
            .timestampNs(event.timestampNs)
            .action(action)
            .scope(scope);
        copy(event, ack.offset() + AdminAckEncoder.accountEncodingOffset(), buffer, accountOffset,
            AdminAckEncoder.accountLength());
        copy(event, ack.offset() + AdminAckEncoder.clientEncodingOffset(), buffer, clientOffset,
            AdminAckEncoder.clientLength());
        event.gateReplyLength = MessageHeaderEncoder.ENCODED_LENGTH + ack.encodedLength();
    }

    /**
     * Copy a fixed-length text field, or zero it when {@code srcOffset} is negative.
     */
    private static void copy(
        final InboundEvent event, final int offset, final DirectBuffer src, final int srcOffset, final int length)
    {
        if (srcOffset < 0)
        {
            event.gateReply.setMemory(offset, length, (byte)0);
        }
        else
        {
            event.gateReply.putBytes(offset, src, srcOffset, length);
        }
    }
}
