package io.ringfence.cli;

import io.ringfence.journal.idempotency.IdempotencyRecord;
import io.ringfence.journal.idempotency.IdempotencyTable;
import io.ringfence.journal.idempotency.IdempotencyTableReader;
import io.ringfence.journal.idempotency.KeyState;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code journal verify}'s check of the engine's idempotency table file against the table a
 * replay of the journal built: up to the file's watermark (the last journal index the engine
 * applied), both hold the same keys, each with the same canonical-request hash, creating journal
 * index, engine order id and state, and every record of the file passes its checksum. Readable
 * while the engine runs: a record the engine is writing is re-read, and keys past the watermark
 * are not compared.
 */
final class IdempotencyTableCheck
{
    private record Key(String account, String key)
    {
    }

    private record Entry(long requestHash, long journalIndex, int orderId, String state)
    {
        static Entry of(final IdempotencyRecord record)
        {
            return new Entry(record.requestHash(), record.journalIndex(), record.orderId(), record.state().name());
        }
    }

    private IdempotencyTableCheck()
    {
    }

    /**
     * @param file     the engine's table file; a missing file is reported, not a problem (the
     *                 engine builds it on start).
     * @param replayed the table a replay of the same journal built.
     * @param problems where to add what disagrees.
     * @return a one-line summary.
     */
    static String compare(final Path file, final IdempotencyTable replayed, final List<String> problems)
    {
        if (!Files.exists(file))
        {
            return "idempotency table: no file at " + file + " (the engine builds it on start)";
        }
        try (IdempotencyTableReader reader = IdempotencyTableReader.open(file))
        {
            if (reader.headerProblem() != null)
            {
                problems.add("idempotency table " + file + ": " + reader.headerProblem());
                return "idempotency table: unreadable header";
            }
            final long watermark = reader.watermark();
            final Map<Key, Entry> expected = new HashMap<>();
            for (int slot = 0; slot < replayed.capacity(); slot++)
            {
                final IdempotencyRecord record = replayed.record(slot);
                if (record.state() != KeyState.EMPTY && record.journalIndex() <= watermark)
                {
                    expected.put(new Key(record.account(), record.key()), Entry.of(record));
                }
            }
            final int[] compared = new int[1];
            reader.forEach(record ->
            {
                final Key key = new Key(record.account(), record.key());
                if (!record.isChecksumValid())
                {
                    problems.add("idempotency table slot " + record.slot() + ": checksum mismatch");
                    return;
                }
                if (record.journalIndex() > watermark)
                {
                    return;
                }
                compared[0]++;
                final Entry want = expected.remove(key);
                final Entry have = Entry.of(record);
                if (want == null)
                {
                    problems.add("idempotency table holds " + key.account() + "/" + key.key() + " which replay did not claim");
                }
                else if (!want.equals(have))
                {
                    problems.add("idempotency table " + key.account() + "/" + key.key() + ": file " + have + ", replay " + want);
                }
            });
            expected.keySet().forEach(key ->
                problems.add("idempotency table misses " + key.account() + "/" + key.key() + " which replay claimed"));
            return "idempotency table: " + compared[0] + " key(s) compared up to journal index " + watermark +
                (reader.isCleanShutdown() ? " (closed cleanly)" : " (engine running, or it did not close cleanly)");
        }
    }
}
