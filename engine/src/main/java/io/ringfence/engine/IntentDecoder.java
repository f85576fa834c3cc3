package io.ringfence.engine;

import io.ringfence.codecs.sbe.CancelOrderDecoder;
import io.ringfence.codecs.sbe.MessageHeaderDecoder;
import io.ringfence.codecs.sbe.NewOrderDecoder;

/**
 * Wraps a client intent's SBE body with the right decoder after checking the header and the
 * lengths, so no decoder ever reads past the bytes the client sent. One per stage (flyweights
 * are not shared across threads).
 */
public final class IntentDecoder
{
    public static final int MALFORMED = -1;
    public static final int UNSUPPORTED_VERSION = -2;

    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final NewOrderDecoder newOrder = new NewOrderDecoder();
    private final CancelOrderDecoder cancelOrder = new CancelOrderDecoder();

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
        if (header.version() > NewOrderDecoder.SCHEMA_VERSION)
        {
            return UNSUPPORTED_VERSION;
        }
        final int templateId = header.templateId();
        final int blockLength = header.blockLength();
        final int offset = MessageHeaderDecoder.ENCODED_LENGTH;
        switch (templateId)
        {
            case NewOrderDecoder.TEMPLATE_ID:
                if (blockLength < NewOrderDecoder.BLOCK_LENGTH || offset + blockLength > length)
                {
                    return MALFORMED;
                }
                newOrder.wrap(event.body, offset, blockLength, header.version());
                return templateId;
            case CancelOrderDecoder.TEMPLATE_ID:
                if (blockLength < CancelOrderDecoder.BLOCK_LENGTH || offset + blockLength > length)
                {
                    return MALFORMED;
                }
                cancelOrder.wrap(event.body, offset, blockLength, header.version());
                return templateId;
            default:
                return MALFORMED;
        }
    }

    public NewOrderDecoder newOrder()
    {
        return newOrder;
    }

    public CancelOrderDecoder cancelOrder()
    {
        return cancelOrder;
    }
}
