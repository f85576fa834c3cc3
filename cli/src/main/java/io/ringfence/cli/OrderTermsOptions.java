package io.ringfence.cli;

import io.ringfence.codecs.sbe.BooleanType;
import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.sbe.Side;
import io.ringfence.codecs.sbe.TimeInForce;
import picocli.CommandLine.Option;

/**
 * The options that describe an order, shared by {@code orders submit} and {@code orders preview},
 * read into intent fields by {@link OrderFields} (which names the option that is wrong).
 */
final class OrderTermsOptions
{
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

    @Option(names = "--stop-price", description = "Stop price, trailing amount for TRAIL, or trailing percent for TRAIL_PCT (1.5 = 1.5 %).")
    String stopPrice;

    @Option(names = "--tif", defaultValue = "DAY", description = "DAY, GTC or IOC (default ${DEFAULT-VALUE}).")
    String timeInForce;

    @Option(names = "--outside-rth", description = "Allow filling outside regular trading hours.")
    boolean outsideRth;

    Side side() throws OrderFields.Malformed
    {
        return OrderFields.side(side);
    }

    OrderType type() throws OrderFields.Malformed
    {
        return OrderFields.type(type);
    }

    TimeInForce timeInForce() throws OrderFields.Malformed
    {
        return OrderFields.timeInForce(timeInForce);
    }

    BooleanType outsideRth()
    {
        return outsideRth ? BooleanType.TRUE : BooleanType.FALSE;
    }

    long quantity() throws OrderFields.Malformed
    {
        return OrderFields.quantity(quantity);
    }

    long limitPrice() throws OrderFields.Malformed
    {
        return OrderFields.price("--limit-price", limitPrice);
    }

    long stopPrice() throws OrderFields.Malformed
    {
        return OrderFields.price("--stop-price", stopPrice);
    }

    String account() throws OrderFields.Malformed
    {
        return OrderFields.text("--account", account, OrderFields.ACCOUNT_LENGTH);
    }

    String symbol() throws OrderFields.Malformed
    {
        return OrderFields.text("--symbol", symbol, OrderFields.SYMBOL_LENGTH);
    }
}
