package io.ringfence.sim.history;

import java.util.Locale;

/**
 * The text formats a {@link PortfolioHistory} exports to; see {@link HistoryExport}.
 */
public enum HistoryFormat
{
    /** A header line, then one line per sample. */
    CSV,
    /** One object: the account and an array of samples. */
    JSON;

    /**
     * @param name {@code csv} or {@code json}, any case.
     * @return the format.
     * @throws IllegalArgumentException naming the allowed values.
     */
    public static HistoryFormat parse(final String name)
    {
        switch (name.toLowerCase(Locale.ROOT))
        {
            case "csv":
                return CSV;
            case "json":
                return JSON;
            default:
                throw new IllegalArgumentException("history format must be csv or json: " + name);
        }
    }
}
