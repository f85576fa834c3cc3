package io.ringfence.codecs.tws;

import io.ringfence.codecs.Price;
import org.agrona.DirectBuffer;

/**
 * Decimal text ({@code -12.5}, {@code 1.0E-4}, {@code 1.2345678E7}, {@code Infinity}) to a long at
 * a given decimal scale, without {@code double} or allocation. Errors are recorded on the reader.
 */
final class AsciiDecimal
{
    private static final long[] POWERS_OF_TEN = new long[19];
    private static final long HALF_OF_TEN_POW_19 = 5_000_000_000_000_000_000L;

    static
    {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++)
        {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }
    private static final int SENTINEL_MIN_EXPONENT = 300;
    private static final int MAX_EXPONENT_DIGITS_VALUE = 100_000;

    private AsciiDecimal()
    {
    }

    /**
     * @param errors      where to record a malformed or out-of-range value.
     * @param scaleDigits decimal places of the result (8 for prices, 0 for quantities).
     * @param exact       true to refuse digits beyond the scale instead of rounding.
     * @return the value scaled by 10^scaleDigits, or {@link Price#NULL} for an unset spelling.
     */
    static long parse(
        final TwsFieldReader errors,
        final DirectBuffer buffer,
        final int offset,
        final int length,
        final int scaleDigits,
        final boolean exact)
    {
        final int end = offset + length;
        int i = offset;
        final boolean negative = '-' == buffer.getByte(i);
        if (negative || '+' == buffer.getByte(i))
        {
            i++;
        }
        if (i < end && ('I' == buffer.getByte(i) || 'i' == buffer.getByte(i)))
        {
            return infinity(errors, buffer, i, end, negative);
        }

        long mantissa = 0;
        int mantissaExponent = 0;
        int digits = 0;
        boolean droppedNonZero = false;
        for (; i < end && isDigit(buffer.getByte(i)); i++, digits++)
        {
            final int digit = buffer.getByte(i) - '0';
            if (mantissa <= (Long.MAX_VALUE - digit) / 10)
            {
                mantissa = mantissa * 10 + digit;
            }
            else
            {
                mantissaExponent++;
                droppedNonZero |= 0 != digit;
            }
        }
        if (i < end && '.' == buffer.getByte(i))
        {
            for (i++; i < end && isDigit(buffer.getByte(i)); i++, digits++)
            {
                final int digit = buffer.getByte(i) - '0';
                if (mantissa <= (Long.MAX_VALUE - digit) / 10)
                {
                    mantissa = mantissa * 10 + digit;
                    mantissaExponent--;
                }
                else
                {
                    droppedNonZero |= 0 != digit;
                }
            }
        }
        if (0 == digits)
        {
            errors.fail(TwsProtocolError.MALFORMED_NUMBER);
            return 0;
        }

        int exponent = 0;
        if (i < end && ('E' == buffer.getByte(i) || 'e' == buffer.getByte(i)))
        {
            i++;
            final boolean negativeExponent = i < end && '-' == buffer.getByte(i);
            if (i < end && ('-' == buffer.getByte(i) || '+' == buffer.getByte(i)))
            {
                i++;
            }
            final int exponentStart = i;
            for (; i < end && isDigit(buffer.getByte(i)); i++)
            {
                if (exponent < MAX_EXPONENT_DIGITS_VALUE)
                {
                    exponent = exponent * 10 + (buffer.getByte(i) - '0');
                }
            }
            if (exponentStart == i)
            {
                errors.fail(TwsProtocolError.MALFORMED_NUMBER);
                return 0;
            }
            exponent = negativeExponent ? -exponent : exponent;
        }
        if (i != end)
        {
            errors.fail(TwsProtocolError.MALFORMED_NUMBER);
            return 0;
        }

        if (0 == mantissa)
        {
            return 0;
        }
        return scale(errors, negative, mantissa, mantissaExponent + exponent, scaleDigits, exact, droppedNonZero);
    }

    private static long scale(
        final TwsFieldReader errors,
        final boolean negative,
        final long mantissa,
        final int exponent,
        final int scaleDigits,
        final boolean exact,
        final boolean droppedNonZero)
    {
        if (exponent + digitCount(mantissa) - 1 >= SENTINEL_MIN_EXPONENT)
        {
            if (negative)
            {
                errors.fail(TwsProtocolError.NUMBER_OUT_OF_RANGE);
                return 0;
            }
            return Price.NULL;
        }

        long value = mantissa;
        final int shift = exponent + scaleDigits;
        if (shift >= 0)
        {
            for (int s = 0; s < shift; s++)
            {
                if (value > Long.MAX_VALUE / 10)
                {
                    errors.fail(TwsProtocolError.NUMBER_OUT_OF_RANGE);
                    return 0;
                }
                value *= 10;
            }
            if (exact && droppedNonZero)
            {
                errors.fail(TwsProtocolError.FRACTIONAL_QUANTITY);
                return 0;
            }
        }
        else
        {
            final int drop = -shift;
            final long remainder;
            if (drop < POWERS_OF_TEN.length)
            {
                final long divisor = POWERS_OF_TEN[drop];
                remainder = value % divisor;
                value = value / divisor + (remainder >= divisor - remainder ? 1 : 0);
            }
            else
            {
                remainder = value;
                value = drop == POWERS_OF_TEN.length && value >= HALF_OF_TEN_POW_19 ? 1 : 0;
            }
            if (exact && (0 != remainder || droppedNonZero))
            {
                errors.fail(TwsProtocolError.FRACTIONAL_QUANTITY);
                return 0;
            }
        }
        return negative ? -value : value;
    }

    private static long infinity(
        final TwsFieldReader errors,
        final DirectBuffer buffer,
        final int start,
        final int end,
        final boolean negative)
    {
        final int length = end - start;
        if (!negative && length >= 3 && isInf(buffer, start))
        {
            return Price.NULL;
        }
        errors.fail(negative ? TwsProtocolError.NUMBER_OUT_OF_RANGE : TwsProtocolError.MALFORMED_NUMBER);
        return 0;
    }

    private static boolean isInf(final DirectBuffer buffer, final int start)
    {
        return ('n' == buffer.getByte(start + 1) || 'N' == buffer.getByte(start + 1)) &&
            ('f' == buffer.getByte(start + 2) || 'F' == buffer.getByte(start + 2));
    }

    private static int digitCount(final long value)
    {
        int count = 1;
        for (long v = value; v >= 10; v /= 10)
        {
            count++;
        }
        return count;
    }

    private static boolean isDigit(final byte b)
    {
        return b >= '0' && b <= '9';
    }
}
