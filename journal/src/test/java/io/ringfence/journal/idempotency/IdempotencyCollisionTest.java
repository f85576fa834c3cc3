package io.ringfence.journal.idempotency;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keys crafted to share a home slot, including the last slot so probes wrap around.
 */
class IdempotencyCollisionTest
{
    private static final int CAPACITY = 16;

    @TempDir
    Path dir;

    private final KeyBuffer keys = new KeyBuffer();

    @Test
    void shouldProbePastCollidingKeysAndWrapAroundWhenHomeIsLastSlot()
    {
        final List<String> colliding = keysWithHome(CAPACITY - 1, 4);
        try (IdempotencyTable table = IdempotencyTable.open(dir.resolve("table"), CAPACITY))
        {
            for (int i = 0; i < colliding.size(); i++)
            {
                assertThat(keys.claim(table, "DU1", colliding.get(i), i, 0)).isEqualTo(ClaimOutcome.NEW);
                assertThat(table.lastEntry()).isEqualTo(i == 0 ? CAPACITY - 1 : i - 1);
            }
            for (int i = 0; i < colliding.size(); i++)
            {
                assertThat(keys.claim(table, "DU1", colliding.get(i), i, 1)).isEqualTo(ClaimOutcome.REPLAY);
                assertThat(keys.claim(table, "DU1", colliding.get(i), i + 100, 1)).isEqualTo(ClaimOutcome.CONFLICT);
            }
            assertThat(keys.find(table, "DU2", colliding.get(0))).isEqualTo(-1);
        }
    }

    @Test
    void shouldKeepLaterKeysFindableWhenEarlierCollidingSlotIsReused()
    {
        final List<String> colliding = keysWithHome(3, 4);
        try (IdempotencyTable table = IdempotencyTable.open(dir.resolve("table"), CAPACITY, 10))
        {
            for (int i = 0; i < 3; i++)
            {
                keys.claim(table, "DU1", colliding.get(i), i, 0);
            }
            final int middle = keys.find(table, "DU1", colliding.get(1));
            table.markFinal(middle, (byte)1, 0);

            assertThat(keys.claim(table, "DU1", colliding.get(3), 3, 10)).isEqualTo(ClaimOutcome.NEW);
            assertThat(table.lastEntry()).isEqualTo(middle);
            assertThat(keys.find(table, "DU1", colliding.get(1))).isEqualTo(-1);
            assertThat(keys.claim(table, "DU1", colliding.get(2), 2, 11)).isEqualTo(ClaimOutcome.REPLAY);
            assertThat(table.entryCount()).isEqualTo(3);
        }
    }

    @Test
    void shouldSweepOnlyClusterTailsSoNoProbePathBreaks()
    {
        final List<String> colliding = keysWithHome(5, 3);
        try (IdempotencyTable table = IdempotencyTable.open(dir.resolve("table"), CAPACITY, 10))
        {
            for (int i = 0; i < 3; i++)
            {
                keys.claim(table, "DU1", colliding.get(i), i, 0);
            }
            table.markFinal(keys.find(table, "DU1", colliding.get(0)), (byte)1, 0);
            table.markFinal(keys.find(table, "DU1", colliding.get(1)), (byte)1, 0);

            assertThat(table.sweep(100, CAPACITY)).isZero();
            assertThat(keys.claim(table, "DU1", colliding.get(2), 2, 100)).isEqualTo(ClaimOutcome.REPLAY);

            table.markFinal(keys.find(table, "DU1", colliding.get(2)), (byte)1, 0);
            assertThat(table.sweep(100, CAPACITY)).isEqualTo(3);
            assertThat(table.entryCount()).isZero();
            assertThat(keys.find(table, "DU1", colliding.get(0))).isEqualTo(-1);
        }
    }

    private List<String> keysWithHome(final int home, final int count)
    {
        final List<String> found = new ArrayList<>();
        for (int i = 0; found.size() < count; i++)
        {
            final String key = "collide-" + i;
            if (KeyHash.homeSlot(keys.hash("DU1", key), CAPACITY) == home)
            {
                found.add(key);
            }
        }
        return found;
    }
}
