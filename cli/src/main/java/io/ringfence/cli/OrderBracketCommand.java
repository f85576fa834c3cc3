package io.ringfence.cli;

import io.ringfence.engine.BracketKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/**
 * {@code ringfence orders bracket}: an entry (MKT or LMT) with a take-profit (LMT) and a
 * stop-loss (STP) of the other side, placed together with the exits one-cancels-all; follows the
 * entry. The exits' keys are the entry's plus {@code /tp} and {@code /sl}; {@code orders status}
 * shows them, and {@code orders cancel} by their keys or the entry's with a {@code *} cancels them.
 */
@Command(mixinStandardHelpOptions = true, name = "bracket",
    description = "An entry with a take-profit and a stop-loss, one-cancels-all.")
final class OrderBracketCommand implements Callable<Integer>
{
    @Mixin
    ClientOptions client;

    @Mixin
    OrderTermsOptions order;

    @Option(names = "--take-profit", description = "The take-profit exit's limit price.")
    String takeProfit;

    @Option(names = "--stop-loss", description = "The stop-loss exit's stop price.")
    String stopLoss;

    @Option(names = "--idempotency-key", description = "The entry's key, at most 29 characters (the exits add /tp and /sl).")
    String idempotencyKey;

    @Override
    public Integer call() throws InterruptedException
    {
        return IntentCall.run(client, order.account, idempotencyKey, (ringfence, correlationId) ->
        {
            if (takeProfit == null || stopLoss == null)
            {
                throw new OrderFields.Malformed("--take-profit and --stop-loss are required");
            }
            ringfence.newBracket()
                .correlationId(correlationId)
                .mode(client.mode())
                .side(order.side())
                .orderType(order.type())
                .timeInForce(order.timeInForce())
                .outsideRth(order.outsideRth())
                .quantity(order.quantity())
                .limitPrice(order.limitPrice())
                .takeProfitPrice(OrderFields.price("--take-profit", takeProfit))
                .stopLossPrice(OrderFields.price("--stop-loss", stopLoss))
                .account(order.account())
                .symbol(order.symbol())
                .idempotencyKey(OrderFields.text("--idempotency-key", idempotencyKey, OrderFields.KEY_LENGTH - BracketKeys.SUFFIX_LENGTH));
        });
    }
}
