package io.ringfence.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ringfence.codecs.tws.AccountSummaryDecoder;
import io.ringfence.config.RingfenceConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/**
 * {@code ringfence account [--account A]}: each account's latest values from the broker (net
 * liquidation, cash, buying power, available funds, …), as the engine journaled them from its
 * account-summary subscription, with when they arrived: they outlive a gateway restart and read
 * while the engine runs. Exit 1 when the journal holds none.
 */
@Command(mixinStandardHelpOptions = true, name = "account", description = "Account values (net liquidation, cash, buying power), from the journal.")
final class AccountCommand implements Callable<Integer>
{
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Value(String value, String currency, long timestampNs)
    {
    }

    @Mixin
    JournalOptions journal;

    @Option(names = "--account", description = "Only this account.")
    String account;

    @Option(names = "--json", description = "Print one JSON object per account.")
    boolean json;

    private final Map<String, Map<String, Value>> values = new TreeMap<>();

    @Override
    public Integer call()
    {
        final RingfenceConfig config = journal.loadOrReport();
        if (config == null)
        {
            return ExitCodes.CONFIG_ERROR;
        }
        new JournaledFrames()
        {
            @Override
            public void onAccountSummary(final AccountSummaryDecoder summary)
            {
                final String id = summary.account().toString();
                if (account == null || account.equals(id))
                {
                    values.computeIfAbsent(id, k -> new TreeMap<>()).put(summary.tag().toString(),
                        new Value(summary.value().toString(), summary.currency().toString(), timestampNs()));
                }
            }
        }.readAll(journal.dir(config));
        if (values.isEmpty())
        {
            System.out.println("no account values in the journal (the engine subscribes to them on every connect)");
            return ExitCodes.FAILED;
        }
        values.forEach(this::print);
        return ExitCodes.OK;
    }

    private void print(final String id, final Map<String, Value> tags)
    {
        if (json)
        {
            final ObjectNode node = JSON.createObjectNode().put("account", id);
            tags.forEach((tag, v) -> node.putObject(tag).put("value", v.value()).put("currency", v.currency())
                .put("at", Instant.ofEpochSecond(0, v.timestampNs()).toString()));
            System.out.println(node);
            return;
        }
        System.out.println("account " + id);
        tags.forEach((tag, v) -> System.out.printf("  %-20s %16s %-4s  at %s%n", tag, v.value(), v.currency(),
            Instant.ofEpochSecond(0, v.timestampNs())));
    }
}
