package io.ringfence.cli;

import io.ringfence.codecs.sbe.BooleanType;
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

    @Option(names = "--account", description = "Account, e.g. DU8730189.")
    String account;

    @Option(names = "--symbol", description = "Stock symbol, e.g. AAPL.")
    String symbol;

    @Option(names = "--side", description = "BUY or SELL.")
    String side;

    @Option(names = "--qty", description = "Quantity in shares.")
    Long quantity;

    @Option(names = "--type", defaultValue = "MKT", description = "MKT, LMT, STP, STP_LMT, TRAIL, TRAIL_LIMIT (default ${DEFAULT-VALUE}).")
    String type;

    @Option(names = "--limit-price", description = "Limit price (LMT, STP_LMT, TRAIL_LIMIT).")
    String limitPrice;

    @Option(names = "--stop-price", description = "Stop price, or trailing amount for TRAIL.")
    String stopPrice;

    @Option(names = "--tif", defaultValue = "DAY", description = "DAY, GTC or IOC (default ${DEFAULT-VALUE}).")
    String timeInForce;

    @Option(names = "--outside-rth", description = "Allow filling outside regular trading hours.")
    boolean outsideRth;

    @Option(names = "--idempotency-key", description = "Unique per account; a retry with the same key never sends twice.")
    String idempotencyKey;

    @Option(names = "--approval-id", defaultValue = "0", description = "The approval this submit uses (approvals create); 0 = none.")
    long approvalId;

    @Override
    public Integer call() throws InterruptedException
    {
        return IntentCall.run(client, account, idempotencyKey, (ringfence, correlationId) ->
            ringfence.newOrder()
                .correlationId(correlationId)
                .mode(client.mode())
                .side(OrderFields.side(side))
                .orderType(OrderFields.type(type))
                .timeInForce(OrderFields.timeInForce(timeInForce))
                .outsideRth(outsideRth ? BooleanType.TRUE : BooleanType.FALSE)
                .quantity(OrderFields.quantity(quantity))
                .limitPrice(OrderFields.price("--limit-price", limitPrice))
                .stopPrice(OrderFields.price("--stop-price", stopPrice))
                .account(OrderFields.text("--account", account, OrderFields.ACCOUNT_LENGTH))
                .symbol(OrderFields.text("--symbol", symbol, OrderFields.SYMBOL_LENGTH))
                .idempotencyKey(OrderFields.text("--idempotency-key", idempotencyKey, OrderFields.KEY_LENGTH))
                .approvalId(approvalId));
    }
}
