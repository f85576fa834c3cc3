package io.ringfence.codecs.tws;

import io.ringfence.codecs.Price;
import org.agrona.AsciiSequenceView;

/**
 * COMMISSION_REPORT (59), gateway to client: {@code [59, 1, execId, commission, currency,
 * realizedPNL, yield, yieldRedemptionDate]}; valid only during
 * {@link TwsInboundHandler#onCommissionReport}. Amounts are fixed point; realizedPnl and yield are
 * {@link Price#NULL} when TWS sent its "not applicable" sentinel. A commission written with its
 * currency ({@code 1.00 USD}, as some gateways and web APIs do) parses to the amount, and the
 * currency is taken from it when the currency field is empty: fees are never silently zeroed.
 */
public final class CommissionReportDecoder
{
    private final AsciiSequenceView execId = new AsciiSequenceView();
    private final AsciiSequenceView currency = new AsciiSequenceView();
    private final AsciiSequenceView commissionUnit = new AsciiSequenceView();
    private long commission;
    private long realizedPnl;
    private long yield;
    private int yieldRedemptionDate;

    TwsProtocolError decode(final TwsFieldReader reader)
    {
        reader.skip(1);                                     // version
        reader.readView(execId);
        commission = reader.readPriceWithUnit(commissionUnit);
        reader.readView(currency);
        if (0 == currency.length() && commissionUnit.length() > 0)
        {
            currency.wrap(commissionUnit.buffer(), commissionUnit.offset(), commissionUnit.length());
        }
        realizedPnl = reader.readPrice();
        yield = reader.readPrice();
        yieldRedemptionDate = reader.readInt();
        return reader.error();
    }

    /**
     * The fill this report belongs to (same execId as its EXECUTION_DATA).
     */
    public AsciiSequenceView execId()
    {
        return execId;
    }

    public long commission()
    {
        return commission;
    }

    public AsciiSequenceView currency()
    {
        return currency;
    }

    public long realizedPnl()
    {
        return realizedPnl;
    }

    public long yield()
    {
        return yield;
    }

    /**
     * yyyymmdd, 0 if not applicable.
     */
    public int yieldRedemptionDate()
    {
        return yieldRedemptionDate;
    }
}
