package io.ringfence.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.AdminAckDecoder;
import io.ringfence.codecs.sbe.ApprovalCreatedDecoder;
import io.ringfence.codecs.sbe.MessageHeaderDecoder;
import io.ringfence.codecs.sbe.OrderRefusedDecoder;
import io.ringfence.codecs.sbe.PreviewResultDecoder;
import io.ringfence.codecs.sbe.RefusalReason;
import org.agrona.DirectBuffer;

/**
 * The engine's answer to a gate intent (preview, approval, kill switch, promotion) as the JSON
 * object the CLI prints: {@code ok} plus the reply's fields, or {@code ok:false} with the typed
 * {@code code}. Null when the bytes are not an answer to this correlation id.
 */
final class GateReply
{
    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final PreviewResultDecoder preview = new PreviewResultDecoder();
    private final ApprovalCreatedDecoder approval = new ApprovalCreatedDecoder();
    private final AdminAckDecoder ack = new AdminAckDecoder();
    private final OrderRefusedDecoder refused = new OrderRefusedDecoder();
    private RefusalReason refusal;

    ObjectNode decode(final DirectBuffer buffer, final int offset, final long correlationId)
    {
        refusal = null;
        header.wrap(buffer, offset);
        final int at = offset + MessageHeaderDecoder.ENCODED_LENGTH;
        final ObjectNode node = JsonNodeFactory.instance.objectNode();
        switch (header.templateId())
        {
            case PreviewResultDecoder.TEMPLATE_ID ->
            {
                preview.wrap(buffer, at, header.blockLength(), header.version());
                if (preview.correlationId() != correlationId)
                {
                    return null;
                }
                node.put("ok", true).put("previewId", preview.previewId()).put("account", preview.account())
                    .put("symbol", preview.symbol()).put("orderHash", Long.toHexString(preview.orderHash()));
                price(node, "referencePrice", preview.referencePrice());
                price(node, "notional", preview.notional());
                if (preview.resultingPosition() != PreviewResultDecoder.resultingPositionNullValue())
                {
                    node.put("resultingPosition", preview.resultingPosition());
                }
            }
            case ApprovalCreatedDecoder.TEMPLATE_ID ->
            {
                approval.wrap(buffer, at, header.blockLength(), header.version());
                if (approval.correlationId() != correlationId)
                {
                    return null;
                }
                node.put("ok", true).put("approvalId", approval.approvalId()).put("previewId", approval.previewId())
                    .put("account", approval.account()).put("expiresAtNs", approval.expiresAtNs());
            }
            case AdminAckDecoder.TEMPLATE_ID ->
            {
                ack.wrap(buffer, at, header.blockLength(), header.version());
                if (ack.correlationId() != correlationId)
                {
                    return null;
                }
                node.put("ok", true).put("action", ack.action().name()).put("scope", ack.scope().name())
                    .put("account", ack.account()).put("client", ack.client());
            }
            case OrderRefusedDecoder.TEMPLATE_ID ->
            {
                refused.wrap(buffer, at, header.blockLength(), header.version());
                if (refused.correlationId() != correlationId)
                {
                    return null;
                }
                refusal = refused.reason();
                node.put("ok", false).put("code", refusal.name()).put("detail", RefusalText.describe(refusal));
            }
            default ->
            {
                return null;
            }
        }
        return node;
    }

    /**
     * @return the refusal of the last decoded answer, or null.
     */
    RefusalReason refusal()
    {
        return refusal;
    }

    private static void price(final ObjectNode node, final String name, final long price)
    {
        if (Price.isSet(price))
        {
            node.put(name, Price.toBigDecimal(price));
        }
    }
}
