package io.ringfence.cli;

import io.ringfence.codecs.sbe.ModifyOrderEncoder;
import io.ringfence.codecs.sbe.TimeInForce;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/**
 * {@code ringfence orders modify}: change a working order (quantity, limit or stop price, time in
 * force) by the key it was submitted with; it is sent with the same broker order id and takes
 * effect when the broker shows the new values.
 */
@Command(mixinStandardHelpOptions = true, name = "modify", description = "Modify one working order by its idempotency key.")
final class OrderModifyCommand implements Callable<Integer>
{
    @Mixin
    ClientOptions client;

    @Option(names = "--account", description = "The order's account.")
    String account;

    @Option(names = "--idempotency-key", description = "The idempotency key the order was submitted with.")
    String idempotencyKey;

    @Option(names = "--modify-key", description = "This modify's own key; a retry with it never modifies twice.")
    String modifyKey;

    @Option(names = "--qty", description = "New total quantity.")
    Long quantity;

    @Option(names = "--limit-price", description = "New limit price.")
    String limitPrice;

    @Option(names = "--stop-price", description = "New stop price, trailing amount, or trailing percent (TRAIL_PCT).")
    String stopPrice;

    @Option(names = "--tif", description = "New time in force: DAY, GTC or IOC.")
    String timeInForce;

    @Override
    public Integer call() throws InterruptedException
    {
        return IntentCall.run(client, account, idempotencyKey, (ringfence, correlationId) ->
        {
            final String key = OrderFields.text("--idempotency-key", idempotencyKey, OrderFields.KEY_LENGTH);
            ringfence.modifyOrder()
                .correlationId(correlationId)
                .mode(client.mode())
                .timeInForce(timeInForce == null ? TimeInForce.NULL_VAL : OrderFields.timeInForce(timeInForce))
                .quantity(quantity == null ? ModifyOrderEncoder.quantityNullValue() : quantity)
                .limitPrice(OrderFields.price("--limit-price", limitPrice))
                .stopPrice(OrderFields.price("--stop-price", stopPrice))
                .account(OrderFields.text("--account", account, OrderFields.ACCOUNT_LENGTH))
                .idempotencyKey(OrderFields.text("--modify-key", modifyKey, OrderFields.KEY_LENGTH))
                .targetIdempotencyKey(key);
        });
    }
}
