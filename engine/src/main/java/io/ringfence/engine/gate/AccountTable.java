package io.ringfence.engine.gate;

import io.ringfence.codecs.sbe.TradingMode;
import io.ringfence.config.ClientConfig;
import io.ringfence.config.RingfenceConfig;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The configured accounts, looked up straight from an intent's 16-byte SBE account field
 * (compared as two longs: no String, no allocation), with each account's mode and which
 * clients may trade it.
 */
public final class AccountTable
{
    public static final int ACCOUNT_LENGTH = 16;
    public static final int MAX_ACCOUNTS = 64;
    public static final int NOT_FOUND = -1;

    private final long[] high;
    private final long[] low;
    private final TradingMode[] modes;
    private final long[] allowedAccountsByClient;

    public AccountTable(final RingfenceConfig config)
    {
        final List<String> accounts = new ArrayList<>(config.paperAccounts());
        accounts.addAll(config.liveAccounts());
        if (accounts.size() > MAX_ACCOUNTS)
        {
            throw new IllegalArgumentException("at most " + MAX_ACCOUNTS + " accounts, configured " + accounts.size());
        }
        high = new long[accounts.size()];
        low = new long[accounts.size()];
        modes = new TradingMode[accounts.size()];
        for (int i = 0; i < accounts.size(); i++)
        {
            final byte[] padded = new byte[ACCOUNT_LENGTH];
            final byte[] text = accounts.get(i).getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(text, 0, padded, 0, text.length);
            final UnsafeBuffer buffer = new UnsafeBuffer(padded);
            high[i] = buffer.getLong(0, ByteOrder.LITTLE_ENDIAN);
            low[i] = buffer.getLong(8, ByteOrder.LITTLE_ENDIAN);
            modes[i] = i < config.paperAccounts().size() ? TradingMode.PAPER : TradingMode.LIVE;
        }
        final List<ClientConfig> clients = config.clients();
        allowedAccountsByClient = new long[clients.size()];
        for (int c = 0; c < clients.size(); c++)
        {
            for (final String account : clients.get(c).accounts())
            {
                allowedAccountsByClient[c] |= 1L << accounts.indexOf(account);
            }
        }
    }

    /**
     * @return the account's index, or {@link #NOT_FOUND}.
     */
    public int indexOf(final DirectBuffer buffer, final int offset)
    {
        final long h = buffer.getLong(offset, ByteOrder.LITTLE_ENDIAN);
        final long l = buffer.getLong(offset + 8, ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < high.length; i++)
        {
            if (high[i] == h && low[i] == l)
            {
                return i;
            }
        }
        return NOT_FOUND;
    }

    public TradingMode mode(final int accountIndex)
    {
        return modes[accountIndex];
    }

    public boolean isAllowed(final int clientIndex, final int accountIndex)
    {
        return (allowedAccountsByClient[clientIndex] & (1L << accountIndex)) != 0;
    }
}
