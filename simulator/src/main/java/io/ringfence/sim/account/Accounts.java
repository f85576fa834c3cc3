package io.ringfence.sim.account;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The accounts this gateway manages, in the order reported to clients in MANAGED_ACCTS.
 */
public final class Accounts
{
    private final List<Account> accounts;
    private final String managedAccounts;

    /**
     * @param accountIds  at least one account id, e.g. {@code DU8730189}.
     * @param initialCash starting cash of each account at scale 10<sup>-8</sup>.
     */
    public Accounts(final List<String> accountIds, final long initialCash)
    {
        if (accountIds.isEmpty())
        {
            throw new IllegalArgumentException("at least one account required");
        }

        final ArrayList<Account> list = new ArrayList<>(accountIds.size());
        for (final String accountId : accountIds)
        {
            if (accountId.isEmpty() || list.stream().anyMatch((a) -> a.id().equals(accountId)))
            {
                throw new IllegalArgumentException("empty or duplicate account: '" + accountId + "'");
            }
            list.add(new Account(accountId, initialCash));
        }
        this.accounts = Collections.unmodifiableList(list);
        this.managedAccounts = String.join(",", accountIds);
    }

    /**
     * Look an account up without allocating (a linear scan: a login manages few accounts).
     *
     * @param accountId as sent by the client.
     * @return the account, or null if it is not managed here.
     */
    public Account find(final CharSequence accountId)
    {
        for (int i = 0, size = accounts.size(); i < size; i++)
        {
            final Account account = accounts.get(i);
            if (account.id().contentEquals(accountId))
            {
                return account;
            }
        }

        return null;
    }

    /**
     * The account an order is for: the one named, or the only one when the order names none (as IB does
     * for single-account logins).
     *
     * @param accountId as sent by the client; null or empty when unset.
     * @return the account, or null when it is unknown or ambiguous.
     */
    public Account resolve(final CharSequence accountId)
    {
        if (null == accountId || 0 == accountId.length())
        {
            return accounts.size() == 1 ? accounts.get(0) : null;
        }

        return find(accountId);
    }

    public List<Account> list()
    {
        return accounts;
    }

    /**
     * @return the MANAGED_ACCTS list: ids joined by commas.
     */
    public String managedAccounts()
    {
        return managedAccounts;
    }
}
