package io.ringfence.journal.idempotency;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.ringfence.journal.idempotency.IdempotencyDescriptor.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Open, close, crash, corruption and rebuild, on real mapped files. A crash is simulated by
 * copying the file while the writer has it mapped: the copy holds what the page cache would.
 */
class IdempotencyTableFileTest
{
    private static final int CAPACITY = 64;

    @TempDir
    Path dir;

    private final KeyBuffer keys = new KeyBuffer();

    @Test
    void shouldCreateSparseEmptyTableWhenFileMissing()
    {
        final Path file = dir.resolve("table");
        try (IdempotencyTable table = IdempotencyTable.open(file, CAPACITY))
        {
            assertThat(table.openStatus()).isEqualTo(OpenStatus.CREATED);
            assertThat(table.entryCount()).isZero();
            assertThat(table.watermark()).isEqualTo(NULL_WATERMARK);
            assertThat(table.maxEntries()).isEqualTo(48);
            assertThat(file).hasSize(fileLength(CAPACITY));
        }
    }

    @Test
    void shouldKeepEverythingWhenReopenedAfterCleanClose()
    {
        final Path file = dir.resolve("table");
        try (IdempotencyTable table = IdempotencyTable.open(file, CAPACITY))
        {
            for (int i = 0; i < 40; i++)
            {
                assertThat(keys.claim(table, "DU" + (i % 3), "key-" + i, i, i)).isEqualTo(ClaimOutcome.NEW);
                table.markSent(table.lastEntry(), 100 + i, i);
                table.markAcked(table.lastEntry(), 1000L + i, i);
                table.markFinal(table.lastEntry(), (byte)(i % 7), i);
            }
            table.watermark(77L);
        }

        try (IdempotencyTable table = IdempotencyTable.open(file, CAPACITY))
        {
            assertThat(table.openStatus()).isEqualTo(OpenStatus.CLEAN);
            assertThat(table.entryCount()).isEqualTo(40);
            assertThat(table.watermark()).isEqualTo(77L);
            assertThat(table.pendingRecoveryCount()).isZero();
            for (int i = 0; i < 40; i++)
            {
                assertThat(keys.claim(table, "DU" + (i % 3), "key-" + i, i, 99)).isEqualTo(ClaimOutcome.REPLAY);
                assertThat(table.lastState()).isEqualTo(KeyState.FINAL);
                assertThat(table.lastOrderId()).isEqualTo(i);
                assertThat(table.lastBrokerOrderId()).isEqualTo(100 + i);
                assertThat(table.lastFinalStatus()).isEqualTo((byte)(i % 7));
                final IdempotencyRecord record = table.record(table.lastEntry());
                assertThat(record.permId()).isEqualTo(1000L + i);
                assertThat(record.journalIndex()).isEqualTo(1000L + i);
                assertThat(record.createdNs()).isEqualTo(i);
                assertThat(record.account()).isEqualTo("DU" + (i % 3));
                assertThat(record.key()).isEqualTo("key-" + i);
            }
        }
    }

    @Test
    void shouldReportUncleanAndPendingKeysLeftByCrashWhenNotClosed() throws IOException
    {
        final Path file = dir.resolve("table");
        final Path crashed = dir.resolve("crashed");
        try (IdempotencyTable table = IdempotencyTable.open(file, CAPACITY))
        {
            keys.claim(table, "DU1", "pending", 1, 0);
            keys.claim(table, "DU1", "sent", 2, 0);
            table.markSent(table.lastEntry(), 5, 1);
            table.watermark(12L);
            Files.copy(file, crashed);
        }

        try (IdempotencyTable table = IdempotencyTable.open(crashed, CAPACITY))
        {
            assertThat(table.openStatus()).isEqualTo(OpenStatus.UNCLEAN);
            assertThat(table.watermark()).isEqualTo(12L);
            assertThat(table.entryCount()).isEqualTo(2);
            assertThat(table.pendingRecoveryCount()).isEqualTo(1);
            final int entry = table.nextPendingRecovery(0);
            assertThat(table.record(entry).key()).isEqualTo("pending");
            assertThat(table.nextPendingRecovery(entry + 1)).isEqualTo(-1);
            assertThat(keys.claim(table, "DU1", "pending", 1, 2)).isEqualTo(ClaimOutcome.PENDING_RECOVERY);
            assertThat(table.markSent(entry, 9, 2)).isFalse();
            assertThat(keys.claim(table, "DU1", "sent", 2, 2)).isEqualTo(ClaimOutcome.REPLAY);

            assertThat(table.adopt(entry, 9, 99L, 3)).isTrue();
            assertThat(table.pendingRecoveryCount()).isZero();
        }
    }

    @Test
    void shouldBeCorruptWhenHeaderByteChanged() throws IOException
    {
        final Path file = createWithOneKey();
        flipByte(file, WATERMARK_OFFSET + 2);

        assertCorrupt(file, CAPACITY, "header checksum");
    }

    @Test
    void shouldBeCorruptWhenMagicWrong() throws IOException
    {
        final Path file = createWithOneKey();
        flipByte(file, MAGIC_OFFSET);

        assertCorrupt(file, CAPACITY, "magic");
    }

    @Test
    void shouldBeCorruptWhenLayoutVersionUnknown() throws IOException
    {
        final Path file = createWithOneKey();
        flipByte(file, LAYOUT_VERSION_OFFSET);

        assertCorrupt(file, CAPACITY, "layout version");
    }

    @Test
    void shouldBeCorruptWhenRecordByteChanged() throws IOException
    {
        final Path file = createWithOneKey();
        flipByte(file, recordOffset(slotOfOneKey(file)) + KEY_OFFSET + 1);

        assertCorrupt(file, CAPACITY, "record checksum");
    }

    @Test
    void shouldDetectTornRecordWhenCrashedMidWrite() throws IOException
    {
        final Path file = dir.resolve("table");
        final Path crashed = dir.resolve("crashed");
        final int slot;
        try (IdempotencyTable table = IdempotencyTable.open(file, CAPACITY))
        {
            keys.claim(table, "DU1", "torn", 1, 0);
            slot = table.lastEntry();
            table.markSent(slot, 5, 1);
            Files.copy(file, crashed);
        }
        try (RandomAccessFile raf = new RandomAccessFile(crashed.toFile(), "rw"))
        {
            raf.seek(recordOffset(slot) + BROKER_ORDER_ID_OFFSET);
            raf.writeInt(0); // the new field landed, the checksum store did not
        }

        assertCorrupt(crashed, CAPACITY, "slot " + slot);
    }

    @Test
    void shouldBeCorruptWhenCapacityDiffersAndLeaveFileUntouched()
    {
        final Path file = createWithOneKey();

        assertCorrupt(file, CAPACITY * 2, "capacity");
        try (IdempotencyTable table = IdempotencyTable.open(file, CAPACITY))
        {
            assertThat(table.openStatus()).isEqualTo(OpenStatus.CLEAN);
            assertThat(table.entryCount()).isEqualTo(1);
        }
    }

    @Test
    void shouldBeUsableAfterClearWhenCorrupt() throws IOException
    {
        final Path file = createWithOneKey();
        flipByte(file, MAGIC_OFFSET);

        try (IdempotencyTable table = IdempotencyTable.open(file, CAPACITY))
        {
            assertThatThrownBy(() -> keys.claim(table, "DU1", "k", 1, 0)).isInstanceOf(IllegalStateException.class);
            table.clear();
            assertThat(table.entryCount()).isZero();
            assertThat(table.watermark()).isEqualTo(NULL_WATERMARK);
            assertThat(keys.claim(table, "DU1", "one", 1, 0)).isEqualTo(ClaimOutcome.NEW);
        }
        try (IdempotencyTable table = IdempotencyTable.open(file, CAPACITY))
        {
            assertThat(table.openStatus()).isEqualTo(OpenStatus.CLEAN);
            assertThat(table.entryCount()).isEqualTo(1);
        }
    }

    @Test
    void shouldMakeRebuiltPendingKeysRecoveryCasesWhenNewRunBegins()
    {
        try (IdempotencyTable table = IdempotencyTable.open(dir.resolve("table"), CAPACITY))
        {
            table.clear();
            keys.claim(table, "DU1", "replayed", 1, 0);
            table.watermark(5L);
            assertThat(keys.claim(table, "DU1", "replayed", 1, 0)).isEqualTo(ClaimOutcome.REPLAY);

            final int run = table.runId();
            assertThat(table.beginRun()).isEqualTo(run + 1);
            assertThat(table.pendingRecoveryCount()).isEqualTo(1);
            assertThat(keys.claim(table, "DU1", "replayed", 1, 0)).isEqualTo(ClaimOutcome.PENDING_RECOVERY);
        }
    }

    @Test
    void shouldRefuseTransitionsThatDoNotApply()
    {
        try (IdempotencyTable table = IdempotencyTable.open(dir.resolve("table"), CAPACITY))
        {
            keys.claim(table, "DU1", "k", 1, 0);
            final int entry = table.lastEntry();
            assertThat(table.markAcked(entry, 1L, 0)).isFalse();
            assertThat(table.markSent(entry, 7, 0)).isTrue();
            assertThat(table.markSent(entry, 8, 0)).isFalse();
            assertThat(table.release(entry, 0)).isFalse();
            assertThat(table.markFinal(entry, (byte)2, 0)).isTrue();
            assertThat(table.markFinal(entry, (byte)3, 0)).isFalse();
            assertThat(table.markSent(-1, 1, 0)).isFalse();
            assertThat(table.markFinal(CAPACITY, (byte)1, 0)).isFalse();
            assertThat(table.lastFinalStatus()).isEqualTo((byte)2);
            assertThat(table.lastBrokerOrderId()).isEqualTo(7);
        }
    }

    private Path createWithOneKey()
    {
        final Path file = dir.resolve("table");
        try (IdempotencyTable table = IdempotencyTable.open(file, CAPACITY))
        {
            keys.claim(table, "DU1", "one", 1, 0);
        }
        return file;
    }

    private int slotOfOneKey(final Path file)
    {
        try (IdempotencyTable table = IdempotencyTable.open(file, CAPACITY))
        {
            return keys.find(table, "DU1", "one");
        }
    }

    private static void assertCorrupt(final Path file, final int capacity, final String reason)
    {
        try (IdempotencyTable table = IdempotencyTable.open(file, capacity))
        {
            assertThat(table.openStatus()).isEqualTo(OpenStatus.CORRUPT);
            assertThat(table.corruptReason()).contains(reason);
        }
    }

    private static void flipByte(final Path file, final long position) throws IOException
    {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw"))
        {
            raf.seek(position);
            final int value = raf.read();
            raf.seek(position);
            raf.write(value ^ 0x10);
        }
    }
}
