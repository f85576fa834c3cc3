package io.ringfence.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Pre-trade risk: per-order limits per account with per-client and per-symbol overrides, the
 * price collar, the per-client order rate, restricted symbols and the duplicate-order window.
 *
 * @param limits                     the default limits ({@code [risk.limits]}).
 * @param overrides                  {@code [[risk.overrides]]} rows.
 * @param priceCollarPpm             largest distance from the reference price, in millionths of
 *                                   it ({@code price_collar_percent = 5} is 50 000); 0 = no collar.
 * @param referenceMaxAgeMs          a reference price older than this is not fresh.
 * @param maxOrdersPerSecond         per client, over any one-second window; 0 = no limit.
 * @param restrictedSymbols          symbols no order may name.
 * @param duplicateWindowMs          an identical order from one client within this window is
 *                                   suspected a duplicate; 0 = off.
 * @param duplicateAllowDistinctKeys whether an identical order with another idempotency key passes.
 * @param maxSymbols                 symbols the engine tracks reference prices for (preallocated).
 */
public record RiskConfig(
    RiskLimits limits,
    List<RiskOverride> overrides,
    long priceCollarPpm,
    long referenceMaxAgeMs,
    int maxOrdersPerSecond,
    List<String> restrictedSymbols,
    long duplicateWindowMs,
    boolean duplicateAllowDistinctKeys,
    int maxSymbols)
{
    public static final RiskLimits DEFAULT_LIMITS = new RiskLimits(10_000, 100_000_000_000_000L, 100_000, 1_000);
    private static final Pattern SYMBOL = Pattern.compile("[A-Za-z0-9.\\-/ ]{1,16}");

    /**
     * The limits for one order: the defaults, then every matching override, least specific first.
     */
    public RiskLimits limitsFor(final String account, final String client, final String symbol)
    {
        RiskLimits result = limits;
        final List<RiskOverride> matching = new ArrayList<>();
        for (final RiskOverride row : overrides)
        {
            if (row.matches(account, client, symbol))
            {
                matching.add(row);
            }
        }
        matching.sort(Comparator.comparingInt(RiskOverride::specificity));
        for (final RiskOverride row : matching)
        {
            result = result.with(row.limits());
        }
        return result;
    }

    static RiskConfig read(final ConfigNode node, final List<String> accounts, final List<String> clients)
    {
        final ConfigNode limitsNode = node.table("limits");
        final RiskLimits limits = RiskLimits.read(limitsNode, DEFAULT_LIMITS);
        limitsNode.rejectUnknownKeys();
        final List<RiskOverride> overrides = new ArrayList<>();
        final Set<String> seen = new HashSet<>();
        for (final ConfigNode row : node.tableArray("overrides"))
        {
            final RiskOverride override = RiskOverride.read(row);
            check(row, "account", override.account(), accounts, "is not in accounts.paper or accounts.live");
            check(row, "client", override.client(), clients, "is not a configured client");
            if (override.symbol() != null)
            {
                symbol(row.key("symbol"), override.symbol());
            }
            if (!seen.add(override.account() + "|" + override.client() + "|" + override.symbol()))
            {
                throw new ConfigException(row.key("account"), "another row has the same account, client and symbol");
            }
            overrides.add(override);
        }
        final List<String> restricted = node.strings("restricted_symbols");
        for (int i = 0; i < restricted.size(); i++)
        {
            symbol(node.key("restricted_symbols") + "[" + i + "]", restricted.get(i));
        }
        final RiskConfig config = new RiskConfig(
            limits,
            List.copyOf(overrides),
            node.has("price_collar_percent") ? node.decimalScaled("price_collar_percent", 4, 0, 1_000_000) : 0,
            node.integer("reference_max_age_ms", 5_000, 1, 86_400_000),
            (int)node.integer("max_orders_per_second", 1_000, 0, 100_000),
            List.copyOf(restricted),
            node.integer("duplicate_window_ms", 0, 0, 3_600_000),
            node.bool("duplicate_allow_distinct_keys", false),
            (int)node.integer("max_symbols", 4_096, 16, 1 << 20));
        node.rejectUnknownKeys();
        return config;
    }

    private static void check(
        final ConfigNode row, final String name, final String value, final List<String> allowed, final String problem)
    {
        if (value != null && !allowed.contains(value))
        {
            throw new ConfigException(row.key(name), "'" + value + "' " + problem);
        }
    }

    private static void symbol(final String key, final String symbol)
    {
        if (!SYMBOL.matcher(symbol).matches() || symbol.isBlank() || symbol.contains(" "))
        {
            throw new ConfigException(key, "'" + symbol + "' is not a symbol (1 to 16 letters, digits, '.', '-' or '/')");
        }
    }
}
