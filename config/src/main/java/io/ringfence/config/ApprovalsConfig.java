package io.ringfence.config;

import java.util.List;

/**
 * When a submit must carry an approval bound to a preview. Live orders always need one.
 *
 * @param paperRequired  every paper submit needs an approval.
 * @param accounts       paper accounts whose submits need one even when {@code paperRequired} is off.
 * @param maxTtlSeconds  the longest TTL an approval may be created with.
 * @param capacity       previews and approvals remembered (each a ring, oldest forgotten first).
 */
public record ApprovalsConfig(boolean paperRequired, List<String> accounts, int maxTtlSeconds, int capacity)
{
    public boolean isRequired(final boolean live, final String account)
    {
        return live || paperRequired || accounts.contains(account);
    }

    static ApprovalsConfig read(final ConfigNode node, final List<String> paperAccounts)
    {
        final List<String> accounts = node.strings("accounts");
        for (int i = 0; i < accounts.size(); i++)
        {
            if (!paperAccounts.contains(accounts.get(i)))
            {
                throw new ConfigException(node.key("accounts") + "[" + i + "]",
                    "'" + accounts.get(i) + "' is not in accounts.paper (live orders always need an approval)");
            }
        }
        final ApprovalsConfig config = new ApprovalsConfig(
            node.bool("paper_required", false),
            List.copyOf(accounts),
            (int)node.integer("max_ttl_seconds", 3_600, 1, 86_400),
            (int)node.integer("capacity", 4_096, 16, 1 << 20));
        node.rejectUnknownKeys();
        return config;
    }
}
