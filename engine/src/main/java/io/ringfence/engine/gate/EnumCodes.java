package io.ringfence.engine.gate;

import java.util.function.ToIntFunction;

/**
 * Which raw values of an SBE enum are valid, checked before the generated {@code get(raw)} (which
 * throws on an unknown value) is ever called on client input.
 */
final class EnumCodes
{
    private final boolean[] valid = new boolean[256];

    <E> EnumCodes(final E[] values, final ToIntFunction<E> code, final E nullValue)
    {
        for (final E value : values)
        {
            if (value != nullValue)
            {
                valid[code.applyAsInt(value)] = true;
            }
        }
    }

    boolean isValid(final int raw)
    {
        return raw >= 0 && raw < valid.length && valid[raw];
    }
}
