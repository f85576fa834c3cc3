package io.ringfence.codecs.tws;

import org.agrona.AsciiSequenceView;
import org.agrona.DirectBuffer;

/**
 * Account scoping: whether a decoded execution or order belongs to an account, and whether an
 * account is in a MANAGED_ACCTS list. One gateway login can serve several accounts (FA, linked
 * accounts): every cancel sweep and every fill reconciliation is filtered by account, so one
 * account's action never touches another's orders (client audit lesson). An empty account on the
 * message never matches. Allocation-free.
 */
public final class TwsAccounts
{
    private TwsAccounts()
    {
    }

    /**
     * @return true if the view holds exactly the account id (IB account ids are case-sensitive
     * upper case; no trimming).
     */
    public static boolean matches(final AsciiSequenceView account, final CharSequence accountId)
    {
        return accountId.length() > 0 && matches(account.buffer(), account.offset(), account.length(), accountId);
    }

    public static boolean belongsTo(final ExecutionDataDecoder execution, final CharSequence accountId)
    {
        return matches(execution.account(), accountId);
    }

    public static boolean belongsTo(final OpenOrderDecoder order, final CharSequence accountId)
    {
        return matches(order.account(), accountId);
    }

    public static boolean belongsTo(final CompletedOrderDecoder order, final CharSequence accountId)
    {
        return matches(order.account(), accountId);
    }

    /**
     * @param list a MANAGED_ACCTS list, comma-separated, possibly with a trailing comma.
     * @return true if the account id is one of its entries.
     */
    public static boolean isManaged(
        final DirectBuffer list, final int offset, final int length, final CharSequence accountId)
    {
        int start = offset;
        final int end = offset + length;
        for (int i = offset; i <= end; i++)
        {
            if (i == end || ',' == list.getByte(i))
            {
                if (i > start && matches(list, start, i - start, accountId))
                {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }

    private static boolean matches(
        final DirectBuffer buffer, final int offset, final int length, final CharSequence accountId)
    {
        if (null == buffer || length != accountId.length() || 0 == length)
        {
            return false;
        }
        for (int i = 0; i < length; i++)
        {
            if (buffer.getByte(offset + i) != accountId.charAt(i))
            {
                return false;
            }
        }
        return true;
    }
}
