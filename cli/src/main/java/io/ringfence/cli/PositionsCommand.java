package io.ringfence.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.ringfence.config.RingfenceConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/**
 * {@code ringfence positions [--account A]}: per account and symbol, the position this engine's
 * executions made and the working quantity of its orders, from the journal (so it survives a
 * gateway restart, unlike the gateway's own). Positions opened outside this engine are not in it.
 */
@Command(mixinStandardHelpOptions = true, name = "positions", description = "Positions from this engine's executions, from the journal.")
final class PositionsCommand implements Callable<Integer>
{
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final class Position
    {
        long position;
        long working;
        long bought;
        long sold;
    }

    @Mixin
    JournalOptions journal;

    @Option(names = "--account", description = "Only this account.")
    String account;

    @Option(names = "--json", description = "Print one JSON array.")
    boolean json;

    @Override
    public Integer call()
    {
        final RingfenceConfig config = journal.loadOrReport();
        if (config == null)
        {
            return ExitCodes.CONFIG_ERROR;
        }
        final Map<String, Position> positions = new TreeMap<>();
        for (final OrderTable.Row row : OrderTable.replay(config, journal.dir(config),
            row -> account == null || row.account().equals(account)))
        {
            final Position position = positions.computeIfAbsent(row.account() + " " + row.symbol(), k -> new Position());
            position.position += row.signedFilled();
            position.working += row.isFinal() ? 0 : ("SELL".equals(row.side()) ? -row.remaining() : row.remaining());
            if ("SELL".equals(row.side()))
            {
                position.sold += row.filled();
            }
            else
            {
                position.bought += row.filled();
            }
        }
        if (json)
        {
            final ArrayNode array = JSON.createArrayNode();
            positions.forEach((key, p) -> array.addObject()
                .put("account", key.substring(0, key.indexOf(' ')))
                .put("symbol", key.substring(key.indexOf(' ') + 1))
                .put("position", p.position)
                .put("workingQuantity", p.working)
                .put("bought", p.bought)
                .put("sold", p.sold));
            System.out.println(array);
            return ExitCodes.OK;
        }
        System.out.printf("%-12s %-8s %10s %10s %10s %10s%n", "account", "symbol", "position", "working", "bought", "sold");
        positions.forEach((key, p) -> System.out.printf("%-12s %-8s %10d %10d %10d %10d%n",
            key.substring(0, key.indexOf(' ')), key.substring(key.indexOf(' ') + 1), p.position, p.working, p.bought, p.sold));
        return ExitCodes.OK;
    }
}
