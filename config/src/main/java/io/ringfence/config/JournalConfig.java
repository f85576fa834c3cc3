package io.ringfence.config;

import java.nio.file.Path;
import java.util.List;

/**
 * The input journal.
 *
 * @param dir        where the Chronicle Queue lives.
 * @param durability {@code process}: a record is in the page cache when the journal stage moves
 *                   on, so it survives a process crash; {@code sync}: each batch is forced to the
 *                   device at end of batch (group commit), so it survives power loss.
 * @param rollCycle  how often the queue starts a new file: {@code hourly}, {@code daily}, {@code weekly}.
 * @param idempotencyCapacity slots of the memory-mapped idempotency table
 *                   ({@code <dir>/idempotency.table}), of which 3/4 may hold keys; 0 for twice
 *                   {@code engine.max_orders}.
 * @param keyRetentionHours after which the key of a finished order may be reclaimed when the
 *                   table needs room; 0 keeps every key for the journal's lifetime.
 * @param releaseAfterMs how long after an engine start a reconciliation must begin before an
 *                   order sent by the previous run and listed by none of its answers is declared
 *                   never received, and its key released for a retry.
 */
public record JournalConfig(
    Path dir,
    String durability,
    String rollCycle,
    int idempotencyCapacity,
    int keyRetentionHours,
    long releaseAfterMs)
{
    public static final List<String> DURABILITIES = List.of("process", "sync");
    public static final List<String> ROLL_CYCLES = List.of("hourly", "daily", "weekly");
    public static final int MAX_IDEMPOTENCY_CAPACITY = 17_895_662;
    public static final String IDEMPOTENCY_FILE_NAME = "idempotency.table";

    static JournalConfig read(final ConfigNode node, final Path runDir)
    {
        final JournalConfig config = new JournalConfig(
            node.has("dir") ? Path.of(node.string("dir", null)) : runDir.resolve("journal"),
            node.choice("durability", "process", DURABILITIES),
            node.choice("roll_cycle", "daily", ROLL_CYCLES),
            (int)node.integer("idempotency_capacity", 0, 0, MAX_IDEMPOTENCY_CAPACITY),
            (int)node.integer("key_retention_hours", 0, 0, 24 * 366),
            node.integer("release_after_ms", 5_000, 0, 3_600_000));
        if (config.idempotencyCapacity() > 0 && config.idempotencyCapacity() < 16)
        {
            throw new ConfigException(node.key("idempotency_capacity"), config.idempotencyCapacity() +
                " must be 0 (twice engine.max_orders) or at least 16");
        }
        node.rejectUnknownKeys();
        return config;
    }

    JournalConfig withDir(final Path newDir)
    {
        return new JournalConfig(newDir, durability, rollCycle, idempotencyCapacity, keyRetentionHours, releaseAfterMs);
    }

    /**
     * @param maxOrders {@code engine.max_orders}.
     * @return the table's capacity in slots.
     */
    public int idempotencySlots(final int maxOrders)
    {
        return idempotencyCapacity > 0 ? idempotencyCapacity : (int)Math.min(2L * maxOrders, MAX_IDEMPOTENCY_CAPACITY);
    }

    public Path idempotencyFile()
    {
        return dir.resolve(IDEMPOTENCY_FILE_NAME);
    }

    public long keyRetentionNs()
    {
        return keyRetentionHours == 0 ? Long.MAX_VALUE : keyRetentionHours * 3_600_000_000_000L;
    }
}
