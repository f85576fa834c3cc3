package io.ringfence.codecs.tws;

import org.agrona.AsciiSequenceView;
import org.agrona.DirectBuffer;

/**
 * The ExecutionFilter of a REQ_EXECUTIONS frame, as decoded by {@link TwsServerAdapter}; valid only
 * during {@link TwsServerHandler#onReqExecutions(int, ExecutionFilterDecoder)}. Empty text means
 * "any"; client id 0 means all clients. {@link #matches} applies the filter the way TWS does
 * (time excepted: the gateway compares it against its own clock and zone).
 */
public final class ExecutionFilterDecoder
{
    private final AsciiSequenceView account = new AsciiSequenceView();
    private final AsciiSequenceView time = new AsciiSequenceView();
    private final AsciiSequenceView symbol = new AsciiSequenceView();
    private final AsciiSequenceView secType = new AsciiSequenceView();
    private final AsciiSequenceView exchange = new AsciiSequenceView();
    private final AsciiSequenceView side = new AsciiSequenceView();
    private int clientId;

    void decode(final TwsFieldReader reader)
    {
        clientId = reader.readInt();
        reader.readView(account);
        reader.readView(time);
        reader.readView(symbol);
        reader.readView(secType);
        reader.readView(exchange);
        reader.readView(side);
    }

    /**
     * 0 for all clients.
     */
    public int clientId()
    {
        return clientId;
    }

    public AsciiSequenceView account()
    {
        return account;
    }

    /**
     * Empty, {@code yyyyMMdd-HH:mm:ss} (UTC) or {@code yyyyMMdd HH:mm:ss zone}.
     */
    public AsciiSequenceView time()
    {
        return time;
    }

    public AsciiSequenceView symbol()
    {
        return symbol;
    }

    public AsciiSequenceView secType()
    {
        return secType;
    }

    public AsciiSequenceView exchange()
    {
        return exchange;
    }

    /**
     * {@code BUY}, {@code SELL} or empty.
     */
    public AsciiSequenceView side()
    {
        return side;
    }

    /**
     * @param buy true for a bought fill ({@code BOT}).
     * @return true if a fill with these attributes passes every non-time criterion.
     */
    public boolean matches(
        final int executionClientId,
        final CharSequence executionAccount,
        final CharSequence executionSymbol,
        final CharSequence executionSecType,
        final CharSequence executionExchange,
        final boolean buy)
    {
        return (0 == clientId || clientId == executionClientId) &&
            anyOrEqual(account, executionAccount) &&
            anyOrEqual(symbol, executionSymbol) &&
            anyOrEqual(secType, executionSecType) &&
            anyOrEqual(exchange, executionExchange) &&
            (0 == side.length() || sideMatches(buy));
    }

    private boolean sideMatches(final boolean buy)
    {
        return buy ? equalsIgnoreCase(side, "BUY") || equalsIgnoreCase(side, "BOT") :
            equalsIgnoreCase(side, "SELL") || equalsIgnoreCase(side, "SLD");
    }

    private static boolean anyOrEqual(final AsciiSequenceView criterion, final CharSequence value)
    {
        return 0 == criterion.length() || equalsIgnoreCase(criterion, value);
    }

    static boolean equalsIgnoreCase(final AsciiSequenceView view, final CharSequence text)
    {
        final int length = view.length();
        if (length != text.length())
        {
            return false;
        }
        final DirectBuffer buffer = view.buffer();
        for (int i = 0; i < length; i++)
        {
            if (Character.toUpperCase((char)buffer.getByte(view.offset() + i)) != Character.toUpperCase(text.charAt(i)))
            {
                return false;
            }
        }
        return true;
    }
}
