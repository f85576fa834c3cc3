package io.ringfence.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.ringfence.codecs.Price;
import io.ringfence.config.RingfenceConfig;
import io.ringfence.engine.DecisionState;
import io.ringfence.engine.order.Order;
import io.ringfence.engine.order.OrderBook;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The orders a replay of the journal rebuilds (what a restart would hold), for the commands that
 * answer questions about orders without asking the running engine: they read the journal, which
 * is readable while the engine writes it, so the answer is as of the last journaled input.
 * Printed as a table or as a JSON array.
 */
final class OrderTable
{
    record Row(int orderId, int brokerOrderId, long permId, String account, String key, String symbol, String side,
        long quantity, long filled, long remaining, long avgPrice, String state, boolean isFinal)
    {
        static Row of(final Order order)
        {
            return new Row(order.orderId(), order.brokerOrderId(), order.permId(), order.accountText(), order.keyText(),
                order.symbolText(), String.valueOf(order.side()), order.quantity(), order.filledQuantity(),
                order.remainingQuantity(), OrderBook.averageFillPrice(order), order.state().name(), order.isTerminal());
        }

        long signedFilled()
        {
            return "SELL".equals(side) ? -filled : filled;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private OrderTable()
    {
    }

    /**
     * A command's whole answer: load the config, replay the journal, print the orders that match.
     *
     * @param noneMessage printed, with exit 1, when no order matches; null when an empty table
     *                    is an answer.
     * @return the exit code.
     */
    static int show(final JournalOptions journal, final Predicate<Row> filter, final boolean json, final String noneMessage)
    {
        final RingfenceConfig config = journal.loadOrReport();
        if (config == null)
        {
            return ExitCodes.CONFIG_ERROR;
        }
        final List<Row> rows = replay(config, journal.dir(config), filter);
        if (rows.isEmpty() && noneMessage != null)
        {
            System.out.println(noneMessage);
            return ExitCodes.FAILED;
        }
        print(System.out, rows, json);
        return ExitCodes.OK;
    }

    /**
     * Replay the journal into a private state and take the orders that match.
     *
     * @return the matching orders, by engine order id, and how many inputs were replayed (last).
     */
    static List<Row> replay(final RingfenceConfig config, final Path journalDir, final Predicate<Row> filter)
    {
        final List<Row> rows = new ArrayList<>();
        try (DecisionState state = new DecisionState(config))
        {
            state.replay(journalDir, null);
            final OrderBook book = state.book();
            for (int i = 0, last = book.highestOrderId(); i <= last; i++)
            {
                final Order order = book.get(i);
                if (order.state() != null)
                {
                    final Row row = Row.of(order);
                    if (filter.test(row))
                    {
                        rows.add(row);
                    }
                }
            }
        }
        return rows;
    }

    static void print(final PrintStream out, final List<Row> rows, final boolean json)
    {
        if (json)
        {
            final ArrayNode array = JSON.createArrayNode();
            for (final Row row : rows)
            {
                array.addObject()
                    .put("orderId", row.orderId())
                    .put("brokerOrderId", row.brokerOrderId())
                    .put("permId", row.permId())
                    .put("account", row.account())
                    .put("idempotencyKey", row.key())
                    .put("symbol", row.symbol())
                    .put("side", row.side())
                    .put("quantity", row.quantity())
                    .put("filledQuantity", row.filled())
                    .put("remainingQuantity", row.remaining())
                    .put("avgFillPrice", Price.isSet(row.avgPrice()) ? Price.toString(row.avgPrice()) : null)
                    .put("state", row.state());
            }
            out.println(array);
            return;
        }
        out.printf("%-8s %-10s %-12s %-24s %-6s %-5s %8s %8s %10s  %s%n",
            "order", "broker#", "account", "key", "symbol", "side", "qty", "filled", "avg", "state");
        for (final Row row : rows)
        {
            out.printf("%-8d %-10d %-12s %-24s %-6s %-5s %8d %8d %10s  %s%n", row.orderId(), row.brokerOrderId(),
                row.account(), row.key(), row.symbol(), row.side(), row.quantity(), row.filled(),
                Price.toString(row.avgPrice()), row.state());
        }
    }
}
