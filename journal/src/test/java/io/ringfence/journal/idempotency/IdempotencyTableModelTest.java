package io.ringfence.journal.idempotency;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random claims, transitions, sweeps and restarts against a {@link HashMap} model, fixed seed,
 * with every invariant checked after every step. The table is small and the key space larger
 * than it, so FULL, reclaiming and sweeping all happen.
 */
class IdempotencyTableModelTest
{
    private static final int CAPACITY = 64;
    private static final long RETENTION_NS = 40;
    private static final int STEPS = 10_000;
    private static final String[] ACCOUNTS = { "DU1", "DU2" };

    @TempDir
    Path dir;

    private final KeyBuffer keys = new KeyBuffer();
    private final Map<String, Entry> model = new HashMap<>();
    private final Random random = new Random(7);
    private IdempotencyTable table;
    private long nowNs;
    private int fullCount;
    private int fullSinceOpen;

    static final class Entry
    {
        final String account;
        final String key;
        final long requestHash;
        KeyState state = KeyState.PENDING;
        boolean leftByCrash;
        long updatedNs;

        Entry(final String account, final String key, final long requestHash, final long nowNs)
        {
            this.account = account;
            this.key = key;
            this.requestHash = requestHash;
            this.updatedNs = nowNs;
        }
    }

    @AfterEach
    void closeTable()
    {
        table.close();
    }

    @Test
    void shouldMatchHashMapModelWhenDrivenRandomly()
    {
        final Path file = dir.resolve("table");
        table = IdempotencyTable.open(file, CAPACITY, RETENTION_NS);

        for (int step = 0; step < STEPS; step++)
        {
            nowNs += random.nextInt(3);
            final int op = random.nextInt(100);
            if (op < 55)
            {
                claim();
            }
            else if (op < 85 && !model.isEmpty())
            {
                transition(random.nextInt(5), pick());
            }
            else if (op < 87)
            {
                table.close();
                table = IdempotencyTable.open(file, CAPACITY, RETENTION_NS);
                assertThat(table.openStatus()).isEqualTo(OpenStatus.CLEAN);
                fullSinceOpen = 0;
                model.values().forEach((e) -> e.leftByCrash |= KeyState.PENDING == e.state);
            }
            else if (op < 90)
            {
                table.sweep(nowNs, 1 + random.nextInt(CAPACITY));
            }
            checkInvariants(step);
        }

        assertThat(fullCount).isPositive();
    }

    private void claim()
    {
        final String account = ACCOUNTS[random.nextInt(ACCOUNTS.length)];
        final String key = "key-" + random.nextInt(60);
        final long requestHash = 1 + random.nextInt(2);
        final String id = account + "/" + key;
        final Entry entry = model.get(id);

        final ClaimOutcome outcome = keys.claim(table, account, key, requestHash, nowNs);

        if (null == entry || KeyState.RELEASED == entry.state)
        {
            if (ClaimOutcome.FULL == outcome)
            {
                assertThat(entry).isNull();
                assertThat(table.entryCount()).isEqualTo(table.maxEntries());
                fullCount++;
                assertThat(table.fullRefusals()).isEqualTo(++fullSinceOpen);
            }
            else
            {
                assertThat(outcome).isEqualTo(ClaimOutcome.NEW);
                model.put(id, new Entry(account, key, requestHash, nowNs));
            }
            return;
        }

        final ClaimOutcome expected = entry.leftByCrash && KeyState.PENDING == entry.state ?
            ClaimOutcome.PENDING_RECOVERY :
            (entry.requestHash == requestHash ? ClaimOutcome.REPLAY : ClaimOutcome.CONFLICT);
        assertThat(outcome).as(id).isEqualTo(expected);
        assertThat(table.lastState()).isEqualTo(entry.state);
        assertThat(table.lastOrderId()).isEqualTo((int)entry.requestHash);
    }

    private void transition(final int kind, final Entry e)
    {
        final int slot = keys.find(table, e.account, e.key);
        final boolean pendingThisRun = KeyState.PENDING == e.state && !e.leftByCrash;
        final boolean applied;
        final boolean expected;
        final KeyState next;
        switch (kind)
        {
            case 0:
                applied = table.markSent(slot, 5, nowNs);
                expected = pendingThisRun;
                next = KeyState.SENT;
                break;
            case 1:
                applied = table.markAcked(slot, 6L, nowNs);
                expected = KeyState.SENT == e.state || KeyState.ACKED == e.state;
                next = KeyState.ACKED;
                break;
            case 2:
                applied = table.markFinal(slot, (byte)3, nowNs);
                expected = pendingThisRun || KeyState.SENT == e.state || KeyState.ACKED == e.state;
                next = KeyState.FINAL;
                break;
            case 3:
                applied = table.adopt(slot, 7, 8L, nowNs);
                expected = KeyState.PENDING == e.state;
                next = KeyState.ACKED;
                break;
            default:
                applied = table.release(slot, nowNs);
                expected = KeyState.PENDING == e.state;
                next = KeyState.RELEASED;
                break;
        }

        assertThat(applied).isEqualTo(expected);
        if (applied)
        {
            e.state = next;
            e.leftByCrash = false;
            e.updatedNs = nowNs;
        }
    }

    private Entry pick()
    {
        final List<Entry> entries = new ArrayList<>(model.values());
        return entries.get(random.nextInt(entries.size()));
    }

    private void checkInvariants(final int step)
    {
        int pendingRecovery = 0;
        for (final Iterator<Entry> it = model.values().iterator(); it.hasNext(); )
        {
            final Entry e = it.next();
            final int slot = keys.find(table, e.account, e.key);
            if (-1 == slot)
            {
                assertThat(e.state).as("step %d: only reclaimable records go", step)
                    .isIn(KeyState.FINAL, KeyState.RELEASED);
                assertThat(nowNs - e.updatedNs).isGreaterThanOrEqualTo(RETENTION_NS);
                it.remove();
                continue;
            }
            final IdempotencyRecord record = table.record(slot);
            assertThat(record.state()).as("step %d", step).isEqualTo(e.state);
            assertThat(record.requestHash()).isEqualTo(e.requestHash);
            assertThat(record.updatedNs()).isEqualTo(e.updatedNs);
            pendingRecovery += e.leftByCrash && KeyState.PENDING == e.state ? 1 : 0;
        }

        int occupied = 0;
        for (int slot = 0; slot < CAPACITY; slot++)
        {
            final IdempotencyRecord record = table.record(slot);
            if (KeyState.EMPTY != record.state())
            {
                occupied++;
                assertThat(record.isChecksumValid()).isTrue();
            }
        }
        assertThat(occupied).as("step %d", step).isEqualTo(table.entryCount()).isEqualTo(model.size());
        assertThat(table.entryCount()).isLessThanOrEqualTo(table.maxEntries());
        assertThat(table.pendingRecoveryCount()).isEqualTo(pendingRecovery);
    }
}
