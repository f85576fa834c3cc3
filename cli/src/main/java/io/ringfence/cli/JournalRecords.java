package io.ringfence.cli;

import io.ringfence.journal.audit.DecisionReader;
import io.ringfence.journal.audit.JournalReader;

import java.time.Instant;
import java.util.function.Consumer;

/**
 * Walks the inputs journal, and optionally the decisions journal, as text records:
 * (index, timestamp, kind, text), filtered by account or key (substring of the text) and time.
 */
final class JournalRecords
{
    record Line(String queue, long index, long timestampNs, String kind, int source, String text)
    {
        String time()
        {
            return Instant.ofEpochSecond(0, timestampNs).toString();
        }
    }

    private final JournalText text = new JournalText();
    private final String account;
    private final String key;
    private final long fromNs;

    JournalRecords(final String account, final String key, final Instant from)
    {
        this.account = account;
        this.key = key;
        this.fromNs = from == null ? Long.MIN_VALUE : from.getEpochSecond() * 1_000_000_000L + from.getNano();
    }

    /**
     * Deliver what is in the journals now.
     *
     * @return the number of records read (matching or not).
     */
    long read(final JournalReader inputs, final DecisionReader decisions, final Consumer<Line> sink)
    {
        long count = inputs.readAll((index, entry) -> offer(sink, new Line(
            "input", index, entry.timestampNs(), entry.kind().name(), entry.source(), text.input(entry))));
        if (decisions != null)
        {
            count += decisions.readAll((index, decision) -> offer(sink, new Line(
                "decision", index, decision.timestampNs(), decision.kind().name(), decision.source(),
                text.decision(decision))));
        }
        return count;
    }

    private void offer(final Consumer<Line> sink, final Line line)
    {
        if (line.timestampNs() >= fromNs && matches(line.text()))
        {
            sink.accept(line);
        }
    }

    private boolean matches(final String lineText)
    {
        return (account == null || lineText.contains(account)) && (key == null || lineText.contains(key));
    }
}
