package io.ringfence.codecs.tws;

import org.agrona.AsciiSequenceView;

/**
 * ACCOUNT_SUMMARY (63), gateway to client, as decoded by {@link TwsInboundAdapter}; valid only
 * during {@link TwsInboundHandler#onAccountSummary}: {@code [63, 1, reqId, account, tag, value,
 * currency]}. The value is text (numbers for amounts, words for {@code AccountType}).
 */
public final class AccountSummaryDecoder
{
    private final AsciiSequenceView account = new AsciiSequenceView();
    private final AsciiSequenceView tag = new AsciiSequenceView();
    private final AsciiSequenceView value = new AsciiSequenceView();
    private final AsciiSequenceView currency = new AsciiSequenceView();
    private int reqId;

    TwsProtocolError decode(final TwsFieldReader reader)
    {
        reader.skip(1);                                     // version
        reqId = reader.readInt();
        reader.readView(account);
        reader.readView(tag);
        reader.readView(value);
        reader.readView(currency);
        return reader.error();
    }

    public int reqId()
    {
        return reqId;
    }

    public AsciiSequenceView account()
    {
        return account;
    }

    public AsciiSequenceView tag()
    {
        return tag;
    }

    public AsciiSequenceView value()
    {
        return value;
    }

    public AsciiSequenceView currency()
    {
        return currency;
    }
}
