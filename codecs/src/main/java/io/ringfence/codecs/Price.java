package io.ringfence.codecs;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Fixed-point prices: a {@code long} mantissa at scale 10<sup>-8</sup>, so {@code 150.25} is
 * {@code 15_025_000_000L}. {@link #NULL} (the SBE int64 null value) means "not set".
 * <p>
 * The hot path never converts to {@code double}; {@link #parse(String)} and
 * {@link #toBigDecimal(long)} are for configuration, the CLI and JSON output.
 */
public final class Price
{
    public static final int SCALE_DIGITS = 8;
    public static final long SCALE = 100_000_000L;
    public static final long NULL = Long.MIN_VALUE;

    private Price()
    {
    }

    public static boolean isSet(final long price)
    {
        return price != NULL;
    }

    public static long ofUnits(final long units)
    {
        return Math.multiplyExact(units, SCALE);
    }

    /**
     * Parse decimal text such as {@code "150.25"} exactly.
     *
     * @throws NumberFormatException if the text is not a decimal, has more than {@link #SCALE_DIGITS}
     *                               fractional digits or is out of range.
     */
    public static long parse(final String text)
    {
        final BigDecimal value = new BigDecimal(text.trim());
        if (value.scale() > SCALE_DIGITS && value.stripTrailingZeros().scale() > SCALE_DIGITS)
        {
            throw new NumberFormatException("more than " + SCALE_DIGITS + " decimal places: " + text);
        }
        try
        {
            return value.movePointRight(SCALE_DIGITS).longValueExact();
        }
        catch (final ArithmeticException ex)
        {
            throw new NumberFormatException("out of range: " + text);
        }
    }

    public static BigDecimal toBigDecimal(final long price)
    {
        return BigDecimal.valueOf(price, SCALE_DIGITS).stripTrailingZeros();
    }

    public static String toString(final long price)
    {
        return price == NULL ? "" : toBigDecimal(price).setScale(
            Math.max(2, toBigDecimal(price).scale()), RoundingMode.UNNECESSARY).toPlainString();
    }
}
