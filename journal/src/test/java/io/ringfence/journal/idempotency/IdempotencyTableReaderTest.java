package io.ringfence.journal.idempotency;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IdempotencyTableReaderTest
{
    @TempDir
    Path dir;

    private final KeyBuffer keys = new KeyBuffer();

    @Test
    void shouldIterateRecordsWhileWriterHasTableOpen()
    {
        final Path file = dir.resolve("table");
        try (IdempotencyTable table = IdempotencyTable.open(file, 32))
        {
            keys.claim(table, "DU1", "a", 1, 10);
            keys.claim(table, "DU2", "b", 2, 20);
            table.markSent(table.lastEntry(), 7, 21);
            table.watermark(3L);

            try (IdempotencyTableReader reader = IdempotencyTableReader.open(file))
            {
                assertThat(reader.headerProblem()).isNull();
                assertThat(reader.isCleanShutdown()).isFalse();
                assertThat(reader.capacity()).isEqualTo(32);
                assertThat(reader.watermark()).isEqualTo(3L);
                assertThat(reader.entryCount()).isEqualTo(2);

                final List<String> seen = new ArrayList<>();
                final int count = reader.forEach((record) ->
                {
                    assertThat(record.isChecksumValid()).isTrue();
                    seen.add(record.account() + "/" + record.key() + "/" + record.state() + "/" +
                        record.brokerOrderId() + "/" + record.updatedNs());
                });

                assertThat(count).isEqualTo(2);
                assertThat(seen).containsExactlyInAnyOrder("DU1/a/PENDING/-1/10", "DU2/b/SENT/7/21");
            }
        }
    }

    @Test
    void shouldReportHeaderProblemWhenFileIsNotATable() throws IOException
    {
        final Path file = dir.resolve("junk");
        Files.write(file, new byte[8192]);

        try (IdempotencyTableReader reader = IdempotencyTableReader.open(file))
        {
            assertThat(reader.headerProblem()).contains("magic");
        }
    }

    @Test
    void shouldReportHeaderProblemWhenFileTooShort() throws IOException
    {
        final Path file = dir.resolve("short");
        Files.write(file, new byte[10]);

        try (IdempotencyTableReader reader = IdempotencyTableReader.open(file))
        {
            assertThat(reader.headerProblem()).contains("shorter");
        }
    }
}
