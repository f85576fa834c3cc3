package io.ringfence.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/**
 * {@code ringfence orders preview}: run every gate on an order without sending it; the engine
 * records a preview whose id {@code approvals create} binds.
 */
@Command(mixinStandardHelpOptions = true, name = "preview", description = "Run every gate on an order without sending it; prints the preview id.")
final class OrderPreviewCommand implements Callable<Integer>
{
    @Mixin
    ClientOptions client;

    @Mixin
    OrderTermsOptions order;

    @Override
    public Integer call() throws InterruptedException
    {
        return GateCall.run(client, (buffer, correlationId) -> GateIntents.length(GateIntents.preview(buffer)
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
            .symbol(order.symbol())));
    }
}
