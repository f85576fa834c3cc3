package io.ringfence.journal.audit;

import io.ringfence.codecs.sbe.InputKind;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InputJournalTest
{
    @TempDir
    Path dir;

    record Entry(long sequence, long timestampNs, InputKind kind, int source, String body)
    {
    }

    @Test
    void shouldReadBackEveryAppendedRecordInOrder()
    {
        final UnsafeBuffer body = new UnsafeBuffer(new byte[64]);
        try (InputJournal journal = InputJournal.open(dir, Durability.PROCESS, JournalRollCycle.DAILY))
        {
            for (int i = 0; i < 100; i++)
            {
                final int length = body.putStringWithoutLengthAscii(0, "body-" + i);
                journal.append(i, 1_000L + i, i % 2 == 0 ? InputKind.CLIENT_INTENT : InputKind.BROKER_FRAME, i % 3,
                    body, 0, length);
            }
            journal.endOfBatch();
        }

        final List<Entry> entries = readAll();

        assertThat(entries).hasSize(100);
        assertThat(entries.get(0)).isEqualTo(new Entry(0, 1000, InputKind.CLIENT_INTENT, 0, "body-0"));
        assertThat(entries.get(99)).isEqualTo(new Entry(99, 1099, InputKind.BROKER_FRAME, 0, "body-99"));
    }

    @Test
    void shouldGroupCommitInSyncMode()
    {
        final UnsafeBuffer body = new UnsafeBuffer("x".getBytes(StandardCharsets.US_ASCII));
        try (InputJournal journal = InputJournal.open(dir, Durability.SYNC, JournalRollCycle.HOURLY))
        {
            journal.append(1, 1, InputKind.TIMER_TICK, 0, body, 0, 1);
            journal.append(2, 2, InputKind.TIMER_TICK, 0, body, 0, 1);
            journal.endOfBatch();
            journal.append(3, 3, InputKind.TIMER_TICK, 0, body, 0, 1);
        }

        assertThat(readAll()).extracting(Entry::sequence).containsExactly(1L, 2L, 3L);
    }

    @Test
    void shouldSeeRecordsAppendedWhileReading()
    {
        final UnsafeBuffer body = new UnsafeBuffer("y".getBytes(StandardCharsets.US_ASCII));
        try (InputJournal journal = InputJournal.open(dir, Durability.PROCESS, JournalRollCycle.DAILY);
            JournalReader reader = JournalReader.open(dir))
        {
            final List<Long> seen = new ArrayList<>();
            assertThat(reader.poll((index, entry) -> seen.add(entry.sequence()))).isFalse();

            journal.append(7, 7, InputKind.ADMIN_COMMAND, 0, body, 0, 1);

            assertThat(reader.poll((index, entry) -> seen.add(entry.sequence()))).isTrue();
            assertThat(seen).containsExactly(7L);
            assertThat(reader.corruptRecords()).isZero();
        }
    }

    private List<Entry> readAll()
    {
        final List<Entry> entries = new ArrayList<>();
        try (JournalReader reader = JournalReader.open(dir))
        {
            reader.readAll((index, entry) -> entries.add(new Entry(
                entry.sequence(), entry.timestampNs(), entry.kind(), entry.source(), readBody(entry))));
        }
        return entries;
    }

    private static String readBody(final io.ringfence.codecs.sbe.JournalEntryDecoder entry)
    {
        final byte[] bytes = new byte[entry.bodyLength()];
        entry.getBody(bytes, 0, bytes.length);
        return new String(bytes, StandardCharsets.US_ASCII);
    }
}
