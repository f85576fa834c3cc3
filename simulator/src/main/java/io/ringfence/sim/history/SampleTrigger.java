package io.ringfence.sim.history;

import java.util.Locale;

/**
 * Why a portfolio sample was taken; exported in lower case ({@code start}, {@code interval}, …).
 */
public enum SampleTrigger
{
    /** The gateway started: every account's opening sample. */
    START,
    /** The sampling interval of the simulator's clock elapsed. */
    INTERVAL,
    /** A fill changed the account. */
    FILL,
    /** The account was reset to a new generation. */
    RESET;

    private static final SampleTrigger[] VALUES = values();

    static SampleTrigger get(final int ordinal)
    {
        return VALUES[ordinal];
    }

    /**
     * @return the name used in CSV and JSON.
     */
    public String label()
    {
        return name().toLowerCase(Locale.ROOT);
    }
}
