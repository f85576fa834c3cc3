package io.ringfence.codecs.tws;

import org.agrona.concurrent.UnsafeBuffer;

/**
 * The ExecutionFilter of REQ_EXECUTIONS, reusable: client id (0 = all clients), account, time
 * (executions after it), symbol, secType, exchange and side ({@code BUY} / {@code SELL}); empty
 * text means "any". Set the account always when the gateway serves several accounts, so one
 * account's reconciliation never sees another's fills.
 */
public final class TwsExecutionFilter
{
    public static final int TEXT_CAPACITY = 32;

    private final AsciiField account = new AsciiField(TEXT_CAPACITY);
    private final AsciiField time = new AsciiField(TEXT_CAPACITY);
    private final AsciiField symbol = new AsciiField(TEXT_CAPACITY);
    private final AsciiField secType = new AsciiField(TEXT_CAPACITY);
    private final AsciiField exchange = new AsciiField(TEXT_CAPACITY);
    private final AsciiField side = new AsciiField(TEXT_CAPACITY);
    private final UnsafeBuffer timeScratch = new UnsafeBuffer(new byte[TwsTimeParser.UTC_TEXT_LENGTH]);
    private int clientId;

    /**
     * Everything empty, client id 0 (all clients).
     *
     * @return this for chaining.
     */
    public TwsExecutionFilter reset()
    {
        clientId = 0;
        account.clear();
        time.clear();
        symbol.clear();
        secType.clear();
        exchange.clear();
        side.clear();
        return this;
    }

    public int clientId()
    {
        return clientId;
    }

    public TwsExecutionFilter clientId(final int clientId)
    {
        this.clientId = clientId;
        return this;
    }

    /**
     * Only executions after this time: written as {@code yyyyMMdd-HH:mm:ss} (UTC); a negative or
     * {@link TwsTimeParser#NULL_TIME} value clears it.
     *
     * @return this for chaining.
     */
    public TwsExecutionFilter sinceEpochMs(final long epochMs)
    {
        if (epochMs < 0)
        {
            time.clear();
        }
        else
        {
            final int length = TwsTimeParser.formatUtc(epochMs, timeScratch, 0);
            time.set(timeScratch, 0, length);
        }
        return this;
    }

    public AsciiField account()
    {
        return account;
    }

    /**
     * {@code yyyyMMdd-HH:mm:ss} (UTC) or {@code yyyyMMdd HH:mm:ss zone}; see {@link #sinceEpochMs(long)}.
     */
    public AsciiField time()
    {
        return time;
    }

    public AsciiField symbol()
    {
        return symbol;
    }

    public AsciiField secType()
    {
        return secType;
    }

    public AsciiField exchange()
    {
        return exchange;
    }

    /**
     * {@code BUY} or {@code SELL} (not {@code BOT}/{@code SLD}); empty for both.
     */
    public AsciiField side()
    {
        return side;
    }

    public String toString()
    {
        return "TwsExecutionFilter{clientId=" + clientId + ", account=" + account + ", time=" + time +
            ", symbol=" + symbol + ", secType=" + secType + ", exchange=" + exchange + ", side=" + side + '}';
    }
}
