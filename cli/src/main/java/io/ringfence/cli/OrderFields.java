package io.ringfence.cli;

import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.sbe.Side;
import io.ringfence.codecs.sbe.TimeInForce;

import java.util.Locale;

/**
 * Turns command-line text into intent fields, or says which option is wrong. What can be
 * encoded is left to the engine's gates to judge (a negative quantity, an unknown account);
 * only what cannot be encoded is refused here, with the same MALFORMED_INTENT code.
 */
final class OrderFields
{
    static final int ACCOUNT_LENGTH = 16;
    static final int SYMBOL_LENGTH = 16;
    static final int KEY_LENGTH = 32;

    private OrderFields()
    {
    }

    static final class Malformed extends Exception
    {
        Malformed(final String message)
        {
            super(message, null, false, false);
        }
    }

    static String text(final String option, final String value, final int maxLength) throws Malformed
    {
        if (value == null || value.isBlank())
        {
            throw new Malformed(option + " is required");
        }
        if (value.length() > maxLength || !value.chars().allMatch(c -> c > 0x20 && c < 0x7F))
        {
            throw new Malformed(option + " must be 1 to " + maxLength + " printable ASCII characters without spaces");
        }
        return value;
    }

    static Side side(final String value) throws Malformed
    {
        return switch (upper("--side", value))
        {
            case "BUY" -> Side.BUY;
            case "SELL" -> Side.SELL;
            default -> throw new Malformed("--side must be BUY or SELL, not " + value);
        };
    }

    static OrderType type(final String value) throws Malformed
    {
        return switch (upper("--type", value).replace(' ', '_'))
        {
            case "MKT", "MARKET" -> OrderType.MARKET;
            case "LMT", "LIMIT" -> OrderType.LIMIT;
            case "STP", "STOP" -> OrderType.STOP;
            case "STP_LMT", "STOP_LIMIT" -> OrderType.STOP_LIMIT;
            case "TRAIL", "TRAILING_STOP" -> OrderType.TRAILING_STOP;
            case "TRAIL_LIMIT", "TRAILING_STOP_LIMIT" -> OrderType.TRAILING_STOP_LIMIT;
            case "TRAIL_PCT", "TRAILING_STOP_PERCENT" -> OrderType.TRAILING_STOP_PERCENT;
            default -> throw new Malformed("--type must be MKT, LMT, STP, STP_LMT, TRAIL, TRAIL_LIMIT or TRAIL_PCT, not " + value);
        };
    }

    static TimeInForce timeInForce(final String value) throws Malformed
    {
        return switch (upper("--tif", value))
        {
            case "DAY" -> TimeInForce.DAY;
            case "GTC" -> TimeInForce.GTC;
            case "IOC" -> TimeInForce.IOC;
            default -> throw new Malformed("--tif must be DAY, GTC or IOC, not " + value);
        };
    }

    static long quantity(final Long value) throws Malformed
    {
        if (value == null)
        {
            throw new Malformed("--qty is required");
        }
        return value;
    }

    static long price(final String option, final String value) throws Malformed
    {
        if (value == null)
        {
            return Price.NULL;
        }
        try
        {
            return Price.parse(value);
        }
        catch (final NumberFormatException ex)
        {
            throw new Malformed(option + " must be a decimal price with at most " + Price.SCALE_DIGITS +
                " decimal places, not " + value);
        }
    }

    private static String upper(final String option, final String value) throws Malformed
    {
        if (value == null)
        {
            throw new Malformed(option + " is required");
        }
        return value.trim().toUpperCase(Locale.ROOT);
    }
}
