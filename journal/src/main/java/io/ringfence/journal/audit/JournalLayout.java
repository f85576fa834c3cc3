package io.ringfence.journal.audit;

import java.nio.file.Path;

/**
 * The journal directory holds two Chronicle queues:
 * <pre>
 *   &lt;journal_dir&gt;/inputs      every pipeline input, as it entered (the source of truth: replay reads it)
 *   &lt;journal_dir&gt;/decisions   what the engine decided and did for each input (the audit trail)
 * </pre>
 */
public final class JournalLayout
{
    public static final String INPUTS = "inputs";
    public static final String DECISIONS = "decisions";

    private JournalLayout()
    {
    }

    public static Path inputs(final Path journalDir)
    {
        return journalDir.resolve(INPUTS);
    }

    public static Path decisions(final Path journalDir)
    {
        return journalDir.resolve(DECISIONS);
    }
}
