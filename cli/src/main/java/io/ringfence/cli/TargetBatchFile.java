package io.ringfence.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A target-position batch file, in the target-positions workflow's request format:
 * <pre>
 * {"account_id": "DU8730189",
 *  "orders": [{"symbol": "AAPL", "quantity": 100},
 *             {"symbol": "MSFT", "quantity": 50, "limit_price": 420.00},
 *             {"symbol": "IBM", "quantity": -20, "expected_price": 150.00, "tolerance_pct": 0.5}]}
 * </pre>
 * {@code account_id} is optional ({@code --account} gives it); a symbol may appear once.
 */
final class TargetBatchFile
{
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    record Batch(String account, List<TargetSpec> targets)
    {
    }

    private TargetBatchFile()
    {
    }

    static Batch read(final Path file) throws OrderFields.Malformed
    {
        final JsonNode root;
        try
        {
            root = JSON.readTree(file.toFile());
        }
        catch (final IOException ex)
        {
            throw new OrderFields.Malformed("--file " + file + ": " + ex.getMessage());
        }
        final JsonNode orders = root == null ? null : root.get("orders");
        if (orders == null || !orders.isArray() || orders.isEmpty())
        {
            throw new OrderFields.Malformed("--file " + file + ": needs a non-empty \"orders\" array");
        }
        final List<TargetSpec> targets = new ArrayList<>();
        for (int i = 0; i < orders.size(); i++)
        {
            final JsonNode order = orders.get(i);
            final String where = "--file orders[" + i + "]";
            final JsonNode quantity = order.get("quantity");
            if (quantity != null && !quantity.isIntegralNumber())
            {
                throw new OrderFields.Malformed(where + ": quantity must be a whole number of shares");
            }
            final TargetSpec target = TargetSpec.of(where, text(order, "symbol"),
                quantity == null ? null : quantity.longValue(), number(order, "limit_price"),
                number(order, "expected_price"), number(order, "tolerance_pct"));
            if (targets.stream().anyMatch(t -> t.symbol().equals(target.symbol())))
            {
                throw new OrderFields.Malformed(where + ": " + target.symbol() + " appears twice");
            }
            targets.add(target);
        }
        return new Batch(text(root, "account_id"), targets);
    }

    private static String text(final JsonNode node, final String field)
    {
        final JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String number(final JsonNode node, final String field)
    {
        final JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.isNumber() ? value.decimalValue().toPlainString() : value.asText();
    }
}
