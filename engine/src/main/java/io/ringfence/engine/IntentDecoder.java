package io.ringfence.engine;

import io.ringfence.codecs.sbe.CancelOrderDecoder;
import io.ringfence.codecs.sbe.CreateApprovalDecoder;
import io.ringfence.codecs.sbe.KillSwitchCommandDecoder;
import io.ringfence.codecs.sbe.MessageHeaderDecoder;
import io.ringfence.codecs.sbe.ModifyOrderDecoder;
import io.ringfence.codecs.sbe.NewBracketDecoder;
import io.ringfence.codecs.sbe.NewOrderDecoder;
import io.ringfence.codecs.sbe.PreviewOrderDecoder;
import io.ringfence.codecs.sbe.PromoteClientDecoder;
import io.ringfence.codecs.sbe.QueryDecoder;
import io.ringfence.codecs.sbe.TargetPositionDecoder;

import java.nio.ByteOrder;

/**
 * Wraps a client intent's SBE body with the right decoder after checking the header and the
 * lengths, so no decoder ever reads past the bytes the client sent. One per stage (flyweights
 * are not shared across threads). Older schema versions decode: a version-0 NewOrder has no
 * approval id, a version-1 CancelOrder no target broker or perm id (the decoder answers their
 * null values).
 */
public final class IntentDecoder
{
    public static final int MALFORMED = -1;
    public static final int UNSUPPORTED_VERSION = -2;

    private static final int VAR_LENGTH_BYTES = 2;
    private static final int NEW_ORDER_V0_BLOCK_LENGTH =
        NewOrderDecoder.BLOCK_LENGTH - NewOrderDecoder.approvalIdEncodingLength();
    private static final int CANCEL_ORDER_V1_BLOCK_LENGTH = CancelOrderDecoder.BLOCK_LENGTH -
        CancelOrderDecoder.targetBrokerOrderIdEncodingLength() - CancelOrderDecoder.targetPermIdEncodingLength();

    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final NewOrderDecoder newOrder = new NewOrderDecoder();
    private final CancelOrderDecoder cancelOrder = new CancelOrderDecoder();
    private final PreviewOrderDecoder previewOrder = new PreviewOrderDecoder();
    private final CreateApprovalDecoder createApproval = new CreateApprovalDecoder();
    private final KillSwitchCommandDecoder killSwitch = new KillSwitchCommandDecoder();
    private final PromoteClientDecoder promote = new PromoteClientDecoder();
    private final ModifyOrderDecoder modifyOrder = new ModifyOrderDecoder();
    private final TargetPositionDecoder targetPosition = new TargetPositionDecoder();
    private final NewBracketDecoder newBracket = new NewBracketDecoder();
    private final QueryDecoder query = new QueryDecoder();

    /**
     * @return the template id of the wrapped intent, {@link #MALFORMED} or {@link #UNSUPPORTED_VERSION}.
     */
    public int wrap(final InboundEvent event)
    {
        final int length = event.bodyLength;
        if (length < MessageHeaderDecoder.ENCODED_LENGTH)
        {
            return MALFORMED;
        }
        header.wrap(event.body, 0);
        if (header.schemaId() != NewOrderDecoder.SCHEMA_ID)
        {
            return MALFORMED;
        }
        final int version = header.version();
        if (version > NewOrderDecoder.SCHEMA_VERSION)
        {
            return UNSUPPORTED_VERSION;
        }
        final int templateId = header.templateId();
        final int blockLength = header.blockLength();
        final int offset = MessageHeaderDecoder.ENCODED_LENGTH;
        switch (templateId)
        {
            case NewOrderDecoder.TEMPLATE_ID:
                final int minimum = version < 1 ? NEW_ORDER_V0_BLOCK_LENGTH : NewOrderDecoder.BLOCK_LENGTH;
                if (!fits(blockLength, minimum, length, 0))
                {
                    return MALFORMED;
                }
                newOrder.wrap(event.body, offset, blockLength, version);
                return templateId;
            case QueryDecoder.TEMPLATE_ID:
                if (!fits(blockLength, QueryDecoder.BLOCK_LENGTH, length, 0))
                {
                    return MALFORMED;
                }
                query.wrap(event.body, offset, blockLength, version);
                return templateId;
            case NewBracketDecoder.TEMPLATE_ID:
                if (!fits(blockLength, NewBracketDecoder.BLOCK_LENGTH, length, 0))
                {
                    return MALFORMED;
                }
                newBracket.wrap(event.body, offset, blockLength, version);
                return templateId;
            case TargetPositionDecoder.TEMPLATE_ID:
                if (!fits(blockLength, TargetPositionDecoder.BLOCK_LENGTH, length, 0))
                {
                    return MALFORMED;
                }
                targetPosition.wrap(event.body, offset, blockLength, version);
                return templateId;
            case CancelOrderDecoder.TEMPLATE_ID:
                if (!fits(blockLength, version < 2 ? CANCEL_ORDER_V1_BLOCK_LENGTH : CancelOrderDecoder.BLOCK_LENGTH, length, 0))
                {
                    return MALFORMED;
                }
                cancelOrder.wrap(event.body, offset, blockLength, version);
                return templateId;
            case ModifyOrderDecoder.TEMPLATE_ID:
                if (!fits(blockLength, ModifyOrderDecoder.BLOCK_LENGTH, length, 0))
                {
                    return MALFORMED;
                }
                modifyOrder.wrap(event.body, offset, blockLength, version);
                return templateId;
            case PreviewOrderDecoder.TEMPLATE_ID:
                if (!fits(blockLength, PreviewOrderDecoder.BLOCK_LENGTH, length, 0))
                {
                    return MALFORMED;
                }
                previewOrder.wrap(event.body, offset, blockLength, version);
                return templateId;
            case CreateApprovalDecoder.TEMPLATE_ID:
                if (!fits(blockLength, CreateApprovalDecoder.BLOCK_LENGTH, length, 0))
                {
                    return MALFORMED;
                }
                createApproval.wrap(event.body, offset, blockLength, version);
                return templateId;
            case KillSwitchCommandDecoder.TEMPLATE_ID:
                if (!fits(blockLength, KillSwitchCommandDecoder.BLOCK_LENGTH, length, reasonLength(event, blockLength)))
                {
                    return MALFORMED;
                }
                killSwitch.wrap(event.body, offset, blockLength, version);
                return templateId;
            case PromoteClientDecoder.TEMPLATE_ID:
                if (!fits(blockLength, PromoteClientDecoder.BLOCK_LENGTH, length, reasonLength(event, blockLength)))
                {
                    return MALFORMED;
                }
                promote.wrap(event.body, offset, blockLength, version);
                return templateId;
            default:
                return MALFORMED;
        }
    }

    public NewOrderDecoder newOrder()
    {
        return newOrder;
    }

    public QueryDecoder query()
    {
        return query;
    }

    public NewBracketDecoder newBracket()
    {
        return newBracket;
    }

    public TargetPositionDecoder targetPosition()
    {
        return targetPosition;
    }

    public CancelOrderDecoder cancelOrder()
    {
        return cancelOrder;
    }

    public ModifyOrderDecoder modifyOrder()
    {
        return modifyOrder;
    }

    public PreviewOrderDecoder previewOrder()
    {
        return previewOrder;
    }

    public CreateApprovalDecoder createApproval()
    {
        return createApproval;
    }

    public KillSwitchCommandDecoder killSwitch()
    {
        return killSwitch;
    }

    public PromoteClientDecoder promote()
    {
        return promote;
    }

    /**
     * @param varLength bytes of variable-length data after the block (with their length fields),
     *                  or -1 when they do not fit.
     */
    private static boolean fits(final int blockLength, final int minimum, final int length, final int varLength)
    {
        return blockLength >= minimum && varLength >= 0 &&
            MessageHeaderDecoder.ENCODED_LENGTH + blockLength + varLength <= length;
    }

    /**
     * The one {@code reason} var-data field after the block, or -1 when its length field is cut off.
     */
    private static int reasonLength(final InboundEvent event, final int blockLength)
    {
        final int at = MessageHeaderDecoder.ENCODED_LENGTH + blockLength;
        if (at + VAR_LENGTH_BYTES > event.bodyLength)
        {
            return -1;
        }
        return VAR_LENGTH_BYTES + (event.body.getShort(at, ByteOrder.LITTLE_ENDIAN) & 0xFFFF);
    }
}
