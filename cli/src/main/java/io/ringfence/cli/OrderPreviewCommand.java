package io.ringfence.cli;

import io.ringfence.codecs.sbe.BooleanType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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

    @Option(names = "--limit-price", description = "Limit price.")
    String limitPrice;

    @Option(names = "--stop-price", description = "Stop price, or trailing amount for TRAIL.")
    String stopPrice;

    @Option(names = "--tif", defaultValue = "DAY", description = "DAY, GTC or IOC (default ${DEFAULT-VALUE}).")
    String timeInForce;

    @Option(names = "--outside-rth", description = "Allow filling outside regular trading hours.")
    boolean outsideRth;

    @Override
    public Integer call() throws InterruptedException
    {
        return GateCall.run(client, (buffer, correlationId) -> GateIntents.length(GateIntents.preview(buffer)
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
            .symbol(OrderFields.text("--symbol", symbol, OrderFields.SYMBOL_LENGTH))));
    }
}
