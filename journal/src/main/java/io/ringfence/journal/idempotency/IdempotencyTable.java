package io.ringfence.journal.idempotency;

import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.file.Path;

import static io.ringfence.journal.idempotency.IdempotencyDescriptor.*;

/**
 * The idempotency table: (account, key) → the record of the order that key created, in one
 * memory-mapped file laid out as drawn in {@link IdempotencyDescriptor}. Single writer (the
 * idempotency stage's thread); allocation-free after {@link #open}; never reads a clock.
 * <p>
 * Open addressing with linear probing from {@code KeyHash.homeSlot}, no tombstones. A record
 * that is FINAL or RELEASED and older than the retention ({@code nowNs - updatedNs >= retentionNs})
 * is reclaimable: it stays findable (a retry still gets REPLAY) until either a claim for another
 * key whose probe path crosses it reuses its slot in place, or {@link #sweep} deletes it. A sweep
 * only deletes a record whose next slot is empty (the tail of a cluster, which no other key's
 * probe path crosses), cascading backwards, with one byte store each; so no record ever moves and
 * a crash at any point leaves a consistent table. The occupied-slot count never exceeds
 * {@link IdempotencyDescriptor#maxEntries} (3/4 of capacity), so every probe ends at an empty
 * slot within a few steps. A claim that finds no reclaimable slot on its path when the count is
 * at the limit sweeps up to {@link #SWEEP_SLOTS_WHEN_FULL} slots, stopping once it has freed
 * {@link #SWEEP_TARGET_WHEN_FULL} records; if that frees nothing it returns
 * {@link ClaimOutcome#FULL}. A live key is never overwritten.
 * <p>
 * Runs: every {@link #open} (and {@link #beginRun()}) starts a new run id. A PENDING record of
 * an earlier run was left by a crash or a stop before its send was recorded, so its key answers
 * {@link ClaimOutcome#PENDING_RECOVERY} until recovery {@link #adopt adopts} or
 * {@link #release releases} it.
 * <p>
 * Transitions, each by the entry handle a claim or lookup returned ({@link #lastEntry()}):
 * <pre>
 *   claim ─▶ PENDING ─markSent─▶ SENT ─markAcked─▶ ACKED ─markFinal─▶ FINAL
 *              │  └──────────markFinal──────┴──────────────┘
 *              ├─adopt (found at broker)─▶ ACKED
 *              └─release (proven absent)─▶ RELEASED ─claim─▶ PENDING
 * </pre>
 * A transition that does not apply returns false and changes nothing.
 */
public final class IdempotencyTable implements AutoCloseable
{
    /**
     * Most slots a claim sweeps when the table is at its entry limit.
     */
    public static final int SWEEP_SLOTS_WHEN_FULL = 4096;

    /**
     * Records a claim's sweep frees before it stops, so the next few claims need no sweep.
     */
    public static final int SWEEP_TARGET_WHEN_FULL = 16;

    private static final byte EMPTY = KeyState.EMPTY.value();
    private static final byte PENDING = KeyState.PENDING.value();
    private static final byte RELEASED = KeyState.RELEASED.value();

    private final TableFile file;
    private final UnsafeBuffer table;
    private final TableHeader header;
    private final IdempotencyRecord record;
    private final RecordStore store;
    private final int capacity;
    private final int maxEntries;
    private final long retentionNs;
    private int runId;
    private int entryCount;
    private int pendingRecoveryCount;
    private int sweepCursor;
    private long fullRefusals;
    private int lastEntry = -1;
    private boolean isClosed;

    private IdempotencyTable(final TableFile file, final int capacity, final long retentionNs)
    {
        this.file = file;
        this.table = file.table;
        this.header = file.header;
        this.record = new IdempotencyRecord(table, file.checksum);
        this.store = new RecordStore(table, file.checksum);
        this.capacity = capacity;
        this.maxEntries = IdempotencyDescriptor.maxEntries(capacity);
        this.retentionNs = retentionNs;
        if (file.isMapped())
        {
            startRun(header.runId() + 1, file.entryCount(), file.pendingCount());
        }
    }

    /**
     * Create or map a table whose records never expire.
     *
     * @param file     of the table, created sparse when missing.
     * @param capacity in slots, the same on every open; see {@link IdempotencyDescriptor#maxEntries}.
     * @return the table; check {@link #openStatus()} before use.
     */
    public static IdempotencyTable open(final Path file, final int capacity)
    {
        return open(file, capacity, Long.MAX_VALUE);
    }

    /**
     * Create or map a table.
     *
     * @param file        of the table, created sparse when missing.
     * @param capacity    in slots, the same on every open; see {@link IdempotencyDescriptor#maxEntries}.
     * @param retentionNs after which a FINAL or RELEASED record's slot may be reused.
     * @return the table; check {@link #openStatus()} before use.
     */
    public static IdempotencyTable open(final Path file, final int capacity, final long retentionNs)
    {
        checkCapacity(capacity);
        if (retentionNs < 0)
        {
            throw new IllegalArgumentException("retentionNs must be >= 0: " + retentionNs);
        }

        return new IdempotencyTable(TableFile.open(file, capacity), capacity, retentionNs);
    }

    /**
     * Claim a key for a request, or answer with what the table already holds for it. On every
     * outcome but FULL, {@link #lastEntry()} and the {@code last…} accessors describe the record.
     *
     * @param buffer        holding the account and key.
     * @param accountOffset of the 16-byte zero-padded ASCII account.
     * @param keyOffset     of the 32-byte zero-padded ASCII idempotency key.
     * @param requestHash   of the canonical request.
     * @param journalIndex  of the journal record carrying the request.
     * @param orderId       the engine order id a NEW key is recorded under.
     * @param nowNs         the event's journaled time.
     * @return the outcome.
     */
    public ClaimOutcome claim(
        final DirectBuffer buffer,
        final int accountOffset,
        final int keyOffset,
        final long requestHash,
        final long journalIndex,
        final int orderId,
        final long nowNs)
    {
        checkMapped();
        final long hash = KeyHash.hash(buffer, accountOffset, keyOffset);
        int slot = KeyHash.homeSlot(hash, capacity);
        int reclaimable = -1;

        for (int probes = 0; probes < capacity; probes++)
        {
            final int offset = recordOffset(slot);
            final byte state = table.getByte(offset + STATE_OFFSET);
            if (EMPTY == state)
            {
                if (-1 != reclaimable)
                {
                    claimed(reclaimable, hash, buffer, accountOffset, keyOffset, requestHash, journalIndex,
                        orderId, nowNs);
                    return ClaimOutcome.NEW;
                }
                if (entryCount < maxEntries ||
                    (sweep(nowNs, SWEEP_SLOTS_WHEN_FULL, SWEEP_TARGET_WHEN_FULL) > 0 && entryCount < maxEntries))
                {
                    claimed(slot, hash, buffer, accountOffset, keyOffset, requestHash, journalIndex, orderId,
                        nowNs);
                    header.entryCount(++entryCount);
                    return ClaimOutcome.NEW;
                }
                break;
            }

            if (hash == table.getLong(offset + KEY_HASH_OFFSET) &&
                store.keyEquals(offset, buffer, accountOffset, keyOffset))
            {
                lastEntry = slot;
                if (RELEASED == state)
                {
                    claimed(slot, hash, buffer, accountOffset, keyOffset, requestHash, journalIndex, orderId,
                        nowNs);
                    return ClaimOutcome.NEW;
                }
                if (store.isRecoveryPending(offset, runId))
                {
                    return ClaimOutcome.PENDING_RECOVERY;
                }

                return requestHash == table.getLong(offset + REQUEST_HASH_OFFSET) ?
                    ClaimOutcome.REPLAY : ClaimOutcome.CONFLICT;
            }

            if (-1 == reclaimable && store.isReclaimable(offset, nowNs, retentionNs))
            {
                reclaimable = slot;
            }
            if (++slot == capacity)
            {
                slot = 0;
            }
        }

        lastEntry = -1;
        fullRefusals++;
        return ClaimOutcome.FULL;
    }

    /**
     * Look a key up without claiming it.
     *
     * @param buffer        holding the account and key.
     * @param accountOffset of the 16-byte account.
     * @param keyOffset     of the 32-byte key.
     * @return the entry (also {@link #lastEntry()}), or -1 when the key has no record.
     */
    public int find(final DirectBuffer buffer, final int accountOffset, final int keyOffset)
    {
        checkMapped();
        final long hash = KeyHash.hash(buffer, accountOffset, keyOffset);
        int slot = KeyHash.homeSlot(hash, capacity);
        lastEntry = -1;

        for (int probes = 0; probes < capacity; probes++)
        {
            final int offset = recordOffset(slot);
            if (EMPTY == table.getByte(offset + STATE_OFFSET))
            {
                break;
            }
            if (hash == table.getLong(offset + KEY_HASH_OFFSET) &&
                store.keyEquals(offset, buffer, accountOffset, keyOffset))
            {
                lastEntry = slot;
                break;
            }
            if (++slot == capacity)
            {
                slot = 0;
            }
        }

        return lastEntry;
    }

    /**
     * PENDING → SENT: the order went to the broker under this broker order id.
     *
     * @param entry         from a claim.
     * @param brokerOrderId the order id used on the wire.
     * @param nowNs         the event's journaled time.
     * @return true when applied.
     */
    public boolean markSent(final int entry, final int brokerOrderId, final long nowNs)
    {
        return store.markSent(offsetOf(entry), brokerOrderId, runId, nowNs);
    }

    /**
     * SENT or ACKED → ACKED: the broker acknowledged the order.
     *
     * @param entry  from a claim.
     * @param permId the broker's permanent id.
     * @param nowNs  the event's journaled time.
     * @return true when applied.
     */
    public boolean markAcked(final int entry, final long permId, final long nowNs)
    {
        return store.markAcked(offsetOf(entry), permId, nowNs);
    }

    /**
     * PENDING (this run), SENT or ACKED → FINAL: the order is done; the record is its receipt.
     *
     * @param entry       from a claim.
     * @param finalStatus the engine's order state, opaque to the table.
     * @param nowNs       the event's journaled time; retention counts from here.
     * @return true when applied.
     */
    public boolean markFinal(final int entry, final byte finalStatus, final long nowNs)
    {
        return store.markFinal(offsetOf(entry), finalStatus, runId, nowNs);
    }

    /**
     * PENDING → ACKED: recovery found the order at the broker (by orderRef). Call
     * {@link #markFinal} next when the broker reports it done.
     *
     * @param entry         from a claim, {@link #find} or {@link #nextPendingRecovery}.
     * @param brokerOrderId as the broker reports it.
     * @param permId        as the broker reports it.
     * @param nowNs         the event's journaled time.
     * @return true when applied.
     */
    public boolean adopt(final int entry, final int brokerOrderId, final long permId, final long nowNs)
    {
        final int offset = offsetOf(entry);
        final boolean wasRecoveryPending = store.isRecoveryPending(offset, runId);

        return resolved(wasRecoveryPending, store.adopt(offset, brokerOrderId, permId, nowNs));
    }

    /**
     * PENDING → RELEASED: recovery proved the order never reached the broker; the next claim of
     * the key is NEW.
     *
     * @param entry from a claim, {@link #find} or {@link #nextPendingRecovery}.
     * @param nowNs the event's journaled time.
     * @return true when applied.
     */
    public boolean release(final int entry, final long nowNs)
    {
        final int offset = offsetOf(entry);
        final boolean wasRecoveryPending = store.isRecoveryPending(offset, runId);

        return resolved(wasRecoveryPending, store.release(offset, nowNs));
    }

    /**
     * The next record left PENDING by an earlier run, for recovery to resolve; allocation-free.
     *
     * @param fromEntry first slot to look at, 0 to start.
     * @return the entry (also {@link #lastEntry()}), or -1 when there is none from there on.
     */
    public int nextPendingRecovery(final int fromEntry)
    {
        checkMapped();
        for (int slot = Math.max(0, fromEntry); slot < capacity; slot++)
        {
            final int offset = recordOffset(slot);
            if (store.isRecoveryPending(offset, runId))
            {
                lastEntry = slot;
                return slot;
            }
        }

        return -1;
    }

    /**
     * Delete reclaimable records at the tails of clusters, visiting up to {@code maxSlots} slots
     * from where the last sweep stopped; the engine may call it on timer ticks to keep headroom.
     *
     * @param nowNs    the event's journaled time.
     * @param maxSlots to visit.
     * @return records deleted.
     */
    public int sweep(final long nowNs, final int maxSlots)
    {
        checkMapped();
        return sweep(nowNs, maxSlots, Integer.MAX_VALUE);
    }

    private int sweep(final long nowNs, final int maxSlots, final int target)
    {
        int removed = 0;
        for (int i = 0, limit = Math.min(maxSlots, capacity); i < limit && removed < target; i++)
        {
            int slot = sweepCursor;
            sweepCursor = slot + 1 == capacity ? 0 : slot + 1;
            if (EMPTY == store.state(recordOffset(sweepCursor)))
            {
                while (store.isReclaimable(recordOffset(slot), nowNs, retentionNs))
                {
                    table.putByteVolatile(recordOffset(slot) + STATE_OFFSET, EMPTY);
                    removed++;
                    slot = 0 == slot ? capacity - 1 : slot - 1;
                }
            }
        }
        if (removed > 0)
        {
            entryCount -= removed;
            header.entryCount(entryCount);
        }

        return removed;
    }

    /**
     * Start a new run: every record still PENDING becomes a recovery case. {@link #open} does
     * this; call it again after rebuilding the table from the journal.
     *
     * @return the new run id.
     */
    public int beginRun()
    {
        checkMapped();
        header.runId(++runId);
        pendingRecoveryCount = 0;
        for (int slot = 0; slot < capacity; slot++)
        {
            if (PENDING == table.getByte(recordOffset(slot) + STATE_OFFSET))
            {
                pendingRecoveryCount++;
            }
        }

        return runId;
    }

    /**
     * Empty the table (sparse again), e.g. before a rebuild from the journal; also makes a
     * CORRUPT table usable. The watermark becomes {@link IdempotencyDescriptor#NULL_WATERMARK}.
     */
    public void clear()
    {
        checkOpen();
        file.clear();
        sweepCursor = 0;
        startRun(Math.max(runId, 1), 0, 0);
    }

    /**
     * The Chronicle index of the last journal record applied to the table.
     *
     * @return the index, or {@link IdempotencyDescriptor#NULL_WATERMARK}.
     */
    public long watermark()
    {
        checkMapped();
        return header.watermark();
    }

    /**
     * Record that the journal has been applied up to this index.
     *
     * @param journalIndex of the last applied journal record.
     */
    public void watermark(final long journalIndex)
    {
        checkMapped();
        header.watermark(journalIndex);
    }

    /**
     * Force the mapping to the device (the sync durability mode, per batch).
     */
    public void force()
    {
        checkMapped();
        file.force();
    }

    /**
     * Write the entry count, the clean-shutdown flag and the header checksum, force the mapping,
     * unmap and close the file. Idempotent.
     */
    public void close()
    {
        if (!isClosed)
        {
            isClosed = true;
            if (file.isMapped())
            {
                header.entryCount(entryCount);
            }
            file.close();
        }
    }

    public OpenStatus openStatus()
    {
        return file.openStatus();
    }

    /**
     * Why the file opened as CORRUPT.
     *
     * @return the reason, or null.
     */
    public String corruptReason()
    {
        return file.corruptReason();
    }

    public int capacity()
    {
        return capacity;
    }

    public int maxEntries()
    {
        return maxEntries;
    }

    public int entryCount()
    {
        return entryCount;
    }

    public long retentionNs()
    {
        return retentionNs;
    }

    public int runId()
    {
        return runId;
    }

    /**
     * Records left PENDING by an earlier run and not yet adopted or released.
     *
     * @return the count.
     */
    public int pendingRecoveryCount()
    {
        return pendingRecoveryCount;
    }

    /**
     * Claims refused with {@link ClaimOutcome#FULL} since open.
     *
     * @return the count.
     */
    public long fullRefusals()
    {
        return fullRefusals;
    }

    /**
     * Entry of the last claimed, found or iterated record.
     *
     * @return the slot, or -1.
     */
    public int lastEntry()
    {
        return lastEntry;
    }

    public KeyState lastState()
    {
        return -1 == lastEntry ? null : KeyState.get(table.getByte(recordOffset(lastEntry) + STATE_OFFSET));
    }

    public int lastOrderId()
    {
        return -1 == lastEntry ? NULL_ID : table.getInt(recordOffset(lastEntry) + ORDER_ID_OFFSET);
    }

    public int lastBrokerOrderId()
    {
        return -1 == lastEntry ? NULL_ID : table.getInt(recordOffset(lastEntry) + BROKER_ORDER_ID_OFFSET);
    }

    public byte lastFinalStatus()
    {
        return -1 == lastEntry ? NULL_FINAL_STATUS : table.getByte(recordOffset(lastEntry) + FINAL_STATUS_OFFSET);
    }

    /**
     * Flyweight over one slot, valid until the table is cleared or closed.
     *
     * @param entry slot in [0, capacity).
     * @return the shared flyweight, positioned on the slot.
     */
    public IdempotencyRecord record(final int entry)
    {
        checkMapped();
        if (entry < 0 || entry >= capacity)
        {
            throw new IllegalArgumentException("entry out of range: " + entry);
        }
        return record.slot(entry);
    }

    private void startRun(final int runId, final int entryCount, final int pendingRecoveryCount)
    {
        this.runId = runId;
        this.entryCount = entryCount;
        this.pendingRecoveryCount = pendingRecoveryCount;
        this.lastEntry = -1;
        header.runId(runId);
        header.entryCount(entryCount);
        header.cleanShutdown(false);
        header.writeChecksum();
    }

    private void claimed(
        final int slot,
        final long hash,
        final DirectBuffer buffer,
        final int accountOffset,
        final int keyOffset,
        final long requestHash,
        final long journalIndex,
        final int orderId,
        final long nowNs)
    {
        store.writePending(
            recordOffset(slot), hash, buffer, accountOffset, keyOffset, requestHash, journalIndex, orderId, runId, nowNs);
        lastEntry = slot;
    }

    private boolean resolved(final boolean wasRecoveryPending, final boolean applied)
    {
        if (applied && wasRecoveryPending)
        {
            pendingRecoveryCount--;
        }
        return applied;
    }

    private int offsetOf(final int entry)
    {
        checkMapped();
        return entry < 0 || entry >= capacity || EMPTY == table.getByte(recordOffset(entry) + STATE_OFFSET) ?
            -1 : recordOffset(entry);
    }

    private void checkOpen()
    {
        if (isClosed)
        {
            throw new IllegalStateException("idempotency table closed");
        }
    }

    private void checkMapped()
    {
        if (!file.isMapped())
        {
            checkOpen();
            throw new IllegalStateException("idempotency table " + file.openStatus() + ": clear() it first");
        }
    }
}
