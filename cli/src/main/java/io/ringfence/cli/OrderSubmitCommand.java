package io.ringfence.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/**
 * {@code ringfence orders submit}: publish one NewOrder intent as a client and follow it to a
 * final state (or the timeout, for an order that rests).
 */
@Command(mixinStandardHelpOptions = true, name = "submit", description = "Submit one order and follow it to a final state.")
final class OrderSubmitCommand implements Callable<Integer>
{
    @Mixin
    ClientOptions client;

    @Mixin
    OrderTermsOptions order;

    @Option(names = "--idempotency-key", description = "Unique per account; a retry with the same key never sends twice.")
    String idempotencyKey;

    @Option(names = "--approval-id", defaultValue = "0", description = "The approval this submit uses (approvals create); 0 = none.")
    long approvalId;

    @Override
    public Integer call() throws InterruptedException
    {
        return IntentCall.run(client, order.account, idempotencyKey, (ringfence, correlationId) ->
            ringfence.newOrder()
                .correlationId(correlationId)
                .mode(client.mode())
                .side(order.side())
                .orderType(order.type())
                .timeInForce(order.timeInForce())
                .outsideRth(order.outsideRth())
                .quantity(order.quantity())
                .limitPrice(order.limitPrice())
                .stopPrice(order.stopPrice())
                .account(order.account())
                .symbol(order.symbol())
                .idempotencyKey(OrderFields.text("--idempotency-key", idempotencyKey, OrderFields.KEY_LENGTH))
                .approvalId(approvalId));
    }
}
