package io.ringfence.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ringfence.client.RingfenceClient;
import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.BooleanType;
import io.ringfence.codecs.sbe.RefusalReason;
import io.ringfence.codecs.sbe.TimeInForce;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * {@code ringfence orders target}: move one account's positions to targets, one symbol from the
 * options or a batch from {@code --file}. Each symbol becomes one TargetPosition with the key
 * {@code <batch id>/<symbol>}; the engine orders the difference from its own position and working
 * orders (so running the same batch twice does not double anything) and answers per symbol.
 * Prints one row per symbol (or the batch as JSON); exit 0 when every symbol was answered and
 * none refused, 2 when one was refused, 3 when one got no answer.
 */
@Command(mixinStandardHelpOptions = true, name = "target",
    description = "Move positions to targets: one order per symbol for the difference, or none.")
final class OrderTargetCommand implements Callable<Integer>
{
    static final int MAX_BATCH_ID_LENGTH = OrderFields.KEY_LENGTH - OrderFields.SYMBOL_LENGTH - 1;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Mixin
    ClientOptions client;

    @Option(names = "--account", description = "The account (or account_id in the batch file).")
    String account;

    @Option(names = "--symbol", description = "One symbol's target (or use --file).")
    String symbol;

    @Option(names = "--quantity", description = "The position wanted: negative short, 0 flat.")
    Long quantity;

    @Option(names = "--limit-price", description = "LMT at exactly this price.")
    String limitPrice;

    @Option(names = "--expected-price", description = "With --tolerance-pct: LMT at price x (1 +/- tolerance/100).")
    String expectedPrice;

    @Option(names = "--tolerance-pct", description = "Percent from the expected price (BUY up, SELL down).")
    String tolerancePercent;

    @Option(names = "--file", description = "A batch: {\"account_id\": …, \"orders\": [{\"symbol\", \"quantity\", \"limit_price\" | \"expected_price\" + \"tolerance_pct\"}]}.")
    Path file;

    @Option(names = "--batch-id", description = "The batch's id, at most " + MAX_BATCH_ID_LENGTH + " characters (default: random); retrying with it never orders twice.")
    String batchId;

    @Override
    public Integer call() throws InterruptedException
    {
        final String id;
        final String accountId;
        final List<TargetSpec> targets;
        try
        {
            id = batchId != null ? OrderFields.text("--batch-id", batchId, MAX_BATCH_ID_LENGTH) :
                String.format("%012x", ThreadLocalRandom.current().nextLong() & 0xFFFF_FFFF_FFFFL);
            if (file != null)
            {
                final TargetBatchFile.Batch batch = TargetBatchFile.read(file);
                accountId = OrderFields.text("--account", account != null ? account : batch.account(), OrderFields.ACCOUNT_LENGTH);
                targets = batch.targets();
            }
            else
            {
                accountId = OrderFields.text("--account", account, OrderFields.ACCOUNT_LENGTH);
                targets = List.of(TargetSpec.of("--symbol", symbol, quantity, limitPrice, expectedPrice, tolerancePercent));
            }
        }
        catch (final OrderFields.Malformed ex)
        {
            return OrderReport.refusal(System.out, client.json, RefusalReason.MALFORMED_INTENT.name(), ex.getMessage(),
                account, batchId, ExitCodes.REFUSED);
        }
        final Instant submittedAt = Instant.now();
        final TargetAnswers answers = new TargetAnswers();
        try (RingfenceClient ringfence = ClientConnection.open(client))
        {
            for (final TargetSpec target : targets)
            {
                final long correlationId = CorrelationIds.next();
                final String key = id + "/" + target.symbol();
                answers.expect(correlationId, target.symbol(), key);
                ringfence.targetPosition()
                    .correlationId(correlationId)
                    .mode(client.mode())
                    .timeInForce(TimeInForce.DAY)
                    .outsideRth(BooleanType.FALSE)
                    .targetQuantity(target.quantity())
                    .limitPrice(target.limitPrice())
                    .expectedPrice(target.expectedPrice())
                    .tolerancePercent(target.tolerancePercent())
                    .account(accountId)
                    .symbol(target.symbol())
                    .idempotencyKey(key);
                if (!ringfence.commit())
                {
                    return OrderReport.refusal(System.out, client.json, "INGRESS_FULL",
                        "the client's ingress ring is full; " + key + " and what follows were not sent", accountId, key,
                        ExitCodes.FAILED);
                }
            }
            await(ringfence, answers);
        }
        catch (final ClientConnection.NotRunning ex)
        {
            return OrderReport.refusal(System.out, client.json, "ENGINE_NOT_RUNNING", ex.getMessage(), accountId, id,
                ExitCodes.NO_ANSWER);
        }
        print(System.out, id, accountId, submittedAt, answers);
        return exitCode(answers);
    }

    private void await(final RingfenceClient ringfence, final TargetAnswers answers) throws InterruptedException
    {
        final long deadlineNs = System.nanoTime() + TimeUnit.SECONDS.toNanos(client.timeoutSeconds);
        while (!answers.allSettled() && System.nanoTime() - deadlineNs < 0)
        {
            if (ringfence.poll(answers, 64) == 0)
            {
                Thread.sleep(1);
            }
        }
    }

    private void print(
        final PrintStream out, final String id, final String accountId, final Instant submittedAt, final TargetAnswers answers)
    {
        if (client.json)
        {
            final ObjectNode batch = JSON.createObjectNode()
                .put("batch_id", id)
                .put("account_id", accountId)
                .put("submitted_at", submittedAt.toString());
            final ArrayNode results = batch.putArray("results");
            for (final TargetAnswers.Row row : answers.rows())
            {
                final ObjectNode result = results.addObject()
                    .put("symbol", row.symbol)
                    .put("idempotency_key", row.key)
                    .put("current_pos", row.current)
                    .put("working_qty", row.working)
                    .put("desired_pos", row.desired)
                    .put("delta", row.delta)
                    .put("action", row.action)
                    .put("qty", row.quantity)
                    .put("order_type", row.orderType)
                    .put("ibkr_order_id", row.brokerOrderId)
                    .put("status", row.answered ? row.status : "NO_ANSWER");
                if (Price.isSet(row.limitPrice))
                {
                    result.put("limit_price", Price.toBigDecimal(row.limitPrice));
                }
                if (row.refusal != null)
                {
                    result.put("code", row.refusal).put("detail", RefusalText.describe(RefusalReason.valueOf(row.refusal)));
                }
            }
            out.println(batch);
            return;
        }
        out.println("batch " + id + " account " + accountId);
        out.printf("%-8s %9s %9s %9s %9s %-9s %7s %-6s %10s %8s  %s%n",
            "symbol", "current", "working", "desired", "delta", "action", "qty", "type", "price", "broker#", "status");
        for (final TargetAnswers.Row row : answers.rows())
        {
            out.printf("%-8s %9d %9d %9d %9d %-9s %7d %-6s %10s %8d  %s%n", row.symbol, row.current, row.working,
                row.desired, row.delta, row.action, row.quantity, row.orderType,
                Price.isSet(row.limitPrice) ? Price.toString(row.limitPrice) : "", row.brokerOrderId,
                !row.answered ? "NO_ANSWER" : row.refusal != null ? "REFUSED " + row.refusal : row.status);
        }
    }

    private static int exitCode(final TargetAnswers answers)
    {
        int code = ExitCodes.OK;
        for (final TargetAnswers.Row row : answers.rows())
        {
            if (!row.answered)
            {
                return ExitCodes.NO_ANSWER;
            }
            if (row.refusal != null)
            {
                code = ExitCodes.REFUSED;
            }
        }
        return code;
    }
}
