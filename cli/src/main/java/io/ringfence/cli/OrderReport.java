package io.ringfence.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.RefusalReason;

import java.io.PrintStream;
import java.io.UncheckedIOException;

/**
 * Prints an order's outcome as one JSON object ({@code --json}) or as readable lines, and picks
 * the exit code: 0 answered and not refused, 2 refused (typed code), 3 no answer.
 */
final class OrderReport
{
    private static final ObjectMapper JSON = new ObjectMapper();

    private OrderReport()
    {
    }

    static int print(
        final PrintStream out, final boolean json, final String account, final String key, final OrderOutcome outcome)
    {
        final boolean answered = outcome.accepted || outcome.isRefused() || outcome.state != null;
        if (!answered)
        {
            return refusal(out, json, "NO_ANSWER", "the engine did not answer in time: is `ringfence run` running?",
                account, key, ExitCodes.NO_ANSWER);
        }
        if (outcome.isRefused())
        {
            final RefusalReason reason = outcome.refusal;
            final String detail = outcome.detail.isEmpty() ? RefusalText.describe(reason) :
                RefusalText.describe(reason) + ": " + outcome.detail;
            return refusal(out, json, reason.name(), detail, account, key, ExitCodes.REFUSED);
        }
        if (json)
        {
            final ObjectNode node = JSON.createObjectNode()
                .put("ok", true)
                .put("account", account)
                .put("idempotencyKey", key)
                .put("brokerOrderId", outcome.brokerOrderId)
                .put("state", outcome.state == null ? "ACCEPTED" : outcome.state.name())
                .put("final", outcome.isFinal())
                .put("filledQuantity", outcome.filledQuantity)
                .put("remainingQuantity", outcome.remainingQuantity);
            if (Price.isSet(outcome.avgFillPrice))
            {
                node.put("avgFillPrice", Price.toBigDecimal(outcome.avgFillPrice));
            }
            final ArrayNode fills = node.putArray("fills");
            for (final OrderOutcome.FillLine fill : outcome.fills)
            {
                fills.addObject()
                    .put("execId", fill.execId())
                    .put("quantity", fill.quantity())
                    .put("price", Price.toBigDecimal(fill.price()))
                    .put("cumulativeQuantity", fill.cumulativeQuantity());
            }
            final ArrayNode lifecycle = node.putArray("lifecycle");
            outcome.lifecycle.forEach(lifecycle::add);
            out.println(write(node));
        }
        else
        {
            out.println(account + " " + (key == null ? "" : key + " ") + "broker order " + outcome.brokerOrderId + ": " +
                String.join(" -> ", outcome.lifecycle));
            for (final OrderOutcome.FillLine fill : outcome.fills)
            {
                out.println("  fill " + fill.quantity() + " @ " + Price.toString(fill.price()) + " (" + fill.execId() + ")");
            }
        }
        return ExitCodes.OK;
    }

    static int refusal(
        final PrintStream out, final boolean json, final String code, final String detail, final String account,
        final String key, final int exitCode)
    {
        if (json)
        {
            final ObjectNode node = JSON.createObjectNode()
                .put("ok", false)
                .put("code", code)
                .put("detail", detail)
                .put("account", account)
                .put("idempotencyKey", key);
            out.println(write(node));
        }
        else
        {
            out.println("refused: " + code + " (" + detail + ")");
        }
        return exitCode;
    }

    private static String write(final ObjectNode node)
    {
        try
        {
            return JSON.writeValueAsString(node);
        }
        catch (final JsonProcessingException ex)
        {
            throw new UncheckedIOException(ex);
        }
    }
}
