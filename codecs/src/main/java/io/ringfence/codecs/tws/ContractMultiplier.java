package io.ringfence.codecs.tws;

import org.agrona.DirectBuffer;

/**
 * A contract's multiplier as a whole number: the multiplier text when the gateway sent one
 * ({@code 100}, {@code 50}), else inferred from the security type: {@code OPT} and {@code FOP} are
 * 100 (an option covers 100 units of its underlying), everything else 1. Options P&amp;L computed
 * without it is off by a factor of 100 (client audit, lesson "multiplier from secType").
 * Allocation-free.
 */
public final class ContractMultiplier
{
    public static final long OPTION_MULTIPLIER = 100;

    private static final int MAX_DIGITS = 12;

    private ContractMultiplier()
    {
    }

    /**
     * @param secType    e.g. {@code STK}, {@code OPT}, {@code FOP}, {@code FUT}.
     * @param multiplier the multiplier field as text; empty, {@code 0} or non-integer text falls back
     *                   to the security type.
     * @return the multiplier, at least 1.
     */
    public static long of(
        final DirectBuffer secTypeBuffer,
        final int secTypeOffset,
        final int secTypeLength,
        final DirectBuffer multiplierBuffer,
        final int multiplierOffset,
        final int multiplierLength)
    {
        final long parsed = parseWhole(multiplierBuffer, multiplierOffset, multiplierLength);
        if (parsed > 0)
        {
            return parsed;
        }
        return isOption(secTypeBuffer, secTypeOffset, secTypeLength) ? OPTION_MULTIPLIER : 1;
    }

    /**
     * Convenience for text held in {@link CharSequence}s (set-up, tests).
     */
    public static long of(final CharSequence secType, final CharSequence multiplier)
    {
        long value = 0;
        final int length = multiplier.length();
        for (int i = 0; i < length && length <= MAX_DIGITS; i++)
        {
            final int digit = multiplier.charAt(i) - '0';
            if (digit < 0 || digit > 9)
            {
                value = 0;
                break;
            }
            value = value * 10 + digit;
        }
        if (value > 0)
        {
            return value;
        }
        return "OPT".contentEquals(secType) || "FOP".contentEquals(secType) ? OPTION_MULTIPLIER : 1;
    }

    /**
     * @return true for {@code OPT} and {@code FOP}.
     */
    public static boolean isOption(final DirectBuffer buffer, final int offset, final int length)
    {
        return TwsOrderStatus.matches("OPT", buffer, offset, length) ||
            TwsOrderStatus.matches("FOP", buffer, offset, length);
    }

    private static long parseWhole(final DirectBuffer buffer, final int offset, final int length)
    {
        if (0 == length || length > MAX_DIGITS)
        {
            return 0;
        }
        long value = 0;
        for (int i = 0; i < length; i++)
        {
            final int digit = buffer.getByte(offset + i) - '0';
            if (digit < 0 || digit > 9)
            {
                return 0;
            }
            value = value * 10 + digit;
        }
        return value;
    }
}
