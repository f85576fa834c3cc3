package io.ringfence.codecs.tws;

import io.ringfence.codecs.Price;
import org.agrona.AsciiSequenceView;

/**
 * ORDER_STATUS (3), gateway to client, as decoded by {@link TwsInboundAdapter}; valid only during
 * {@link TwsInboundHandler#onOrderStatus}. Prices are fixed point ({@link Price#NULL} when TWS sent
 * an unset spelling); quantities whole units. The status is cumulative; fills are tracked from
 * EXECUTION_DATA.
 */
public final class OrderStatusDecoder
{
    private final AsciiSequenceView statusText = new AsciiSequenceView();
    private final AsciiSequenceView whyHeld = new AsciiSequenceView();
    private int orderId;
    private TwsOrderStatus status;
    private long filled;
    private long remaining;
    private long avgFillPrice;
    private long permId;
    private int parentId;
    private long lastFillPrice;
    private int clientId;
    private long mktCapPrice;

    TwsProtocolError decode(final TwsFieldReader reader)
    {
        orderId = reader.readInt();
        reader.readView(statusText);
        status = TwsOrderStatus.fromText(statusText.buffer(), statusText.offset(), statusText.length());
        filled = reader.readQuantity();
        remaining = reader.readQuantity();
        avgFillPrice = reader.readPrice();
        permId = reader.readLong();
        parentId = reader.readInt();
        lastFillPrice = reader.readPrice();
        clientId = reader.readInt();
        reader.readView(whyHeld);
        mktCapPrice = reader.readPrice();
        return reader.error();
    }

    public int orderId()
    {
        return orderId;
    }

    public TwsOrderStatus status()
    {
        return status;
    }

    /**
     * The status as sent, for statuses mapped to {@link TwsOrderStatus#UNKNOWN}.
     */
    public AsciiSequenceView statusText()
    {
        return statusText;
    }

    /**
     * Cumulative filled quantity.
     */
    public long filled()
    {
        return filled;
    }

    public long remaining()
    {
        return remaining;
    }

    public long avgFillPrice()
    {
        return avgFillPrice;
    }

    public long permId()
    {
        return permId;
    }

    public int parentId()
    {
        return parentId;
    }

    public long lastFillPrice()
    {
        return lastFillPrice;
    }

    public int clientId()
    {
        return clientId;
    }

    /**
     * Why the order is held, e.g. {@code locate}; usually empty.
     */
    public AsciiSequenceView whyHeld()
    {
        return whyHeld;
    }

    public long mktCapPrice()
    {
        return mktCapPrice;
    }
}
