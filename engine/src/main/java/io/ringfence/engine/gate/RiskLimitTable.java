package io.ringfence.engine.gate;

import io.ringfence.config.RiskLimits;
import io.ringfence.config.RiskOverride;
import io.ringfence.config.RingfenceConfig;

import java.util.ArrayList;
import java.util.List;

/**
 * The risk limits of every (account, client) pair and of every (account, client, symbol) that an
 * override names, resolved once from the config into flat arrays: a lookup is index arithmetic.
 * The override symbols take the first indexes of the {@link SymbolTable} it is given.
 */
final class RiskLimitTable
{
    private final int clientCount;
    private final int symbolCount;
    private final long[] maxOrderQty;
    private final long[] maxOrderNotional;
    private final long[] maxPosition;
    private final long[] maxOpenOrders;

    RiskLimitTable(final RingfenceConfig config, final SymbolTable symbols)
    {
        final List<String> accounts = new ArrayList<>(config.paperAccounts());
        accounts.addAll(config.liveAccounts());
        final List<String> overrideSymbols = new ArrayList<>();
        for (final RiskOverride row : config.gates().risk().overrides())
        {
            if (row.symbol() != null && !overrideSymbols.contains(row.symbol()))
            {
                overrideSymbols.add(row.symbol());
                if (symbols.add(row.symbol()) != overrideSymbols.size() - 1)
                {
                    throw new IllegalStateException("override symbols must take the first symbol indexes");
                }
            }
        }
        clientCount = config.clients().size();
        symbolCount = overrideSymbols.size();
        final int sets = accounts.size() * clientCount * (1 + symbolCount);
        maxOrderQty = new long[sets];
        maxOrderNotional = new long[sets];
        maxPosition = new long[sets];
        maxOpenOrders = new long[sets];
        for (int a = 0; a < accounts.size(); a++)
        {
            for (int c = 0; c < clientCount; c++)
            {
                final String client = config.clients().get(c).name();
                put(set(a, c, SymbolTable.NOT_FOUND), config.gates().risk().limitsFor(accounts.get(a), client, null));
                for (int s = 0; s < symbolCount; s++)
                {
                    put(set(a, c, s), config.gates().risk().limitsFor(accounts.get(a), client, overrideSymbols.get(s)));
                }
            }
        }
    }

    /**
     * @param symbol the symbol's {@link SymbolTable} index, or {@link SymbolTable#NOT_FOUND}.
     * @return the index of the limits that apply, for the getters.
     */
    int set(final int account, final int client, final int symbol)
    {
        final int pair = account * clientCount + client;
        return symbol >= 0 && symbol < symbolCount ? pair * (1 + symbolCount) + 1 + symbol : pair * (1 + symbolCount);
    }

    long maxOrderQty(final int set)
    {
        return maxOrderQty[set];
    }

    long maxOrderNotional(final int set)
    {
        return maxOrderNotional[set];
    }

    long maxPosition(final int set)
    {
        return maxPosition[set];
    }

    long maxOpenOrders(final int set)
    {
        return maxOpenOrders[set];
    }

    private void put(final int set, final RiskLimits limits)
    {
        maxOrderQty[set] = limits.maxOrderQty();
        maxOrderNotional[set] = limits.maxOrderNotional();
        maxPosition[set] = limits.maxPosition();
        maxOpenOrders[set] = limits.maxOpenOrders();
    }
}
