package io.ringfence.config;

/**
 * One {@code [[risk.overrides]]} row: the limits it sets apply to orders matching every key it
 * names. Unnamed keys match anything; the most specific matching row wins per limit (symbol
 * beats client beats account).
 *
 * @param account a configured account, or null for any.
 * @param client  a configured client's name, or null for any.
 * @param symbol  a symbol, or null for any.
 * @param limits  the limits it sets; unset ones are {@code -1}.
 */
public record RiskOverride(String account, String client, String symbol, RiskLimits limits)
{
    /**
     * @return how specific the row is: symbol 4 + client 2 + account 1.
     */
    public int specificity()
    {
        return (symbol != null ? 4 : 0) + (client != null ? 2 : 0) + (account != null ? 1 : 0);
    }

    public boolean matches(final String account, final String client, final String symbol)
    {
        return (this.account == null || this.account.equals(account)) &&
            (this.client == null || this.client.equals(client)) &&
            (this.symbol == null || this.symbol.equals(symbol));
    }

    static RiskOverride read(final ConfigNode node)
    {
        final RiskOverride row = new RiskOverride(
            node.has("account") ? node.string("account", null) : null,
            node.has("client") ? node.string("client", null) : null,
            node.has("symbol") ? node.string("symbol", null) : null,
            RiskLimits.read(node, RiskLimits.notSet()));
        node.rejectUnknownKeys();
        return row;
    }
}
