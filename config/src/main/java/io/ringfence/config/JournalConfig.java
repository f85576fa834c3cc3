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
 */
public record JournalConfig(Path dir, String durability, String rollCycle)
{
    public static final List<String> DURABILITIES = List.of("process", "sync");
    public static final List<String> ROLL_CYCLES = List.of("hourly", "daily", "weekly");

    static JournalConfig read(final ConfigNode node, final Path runDir)
    {
        final JournalConfig config = new JournalConfig(
            node.has("dir") ? Path.of(node.string("dir", null)) : runDir.resolve("journal"),
            node.choice("durability", "process", DURABILITIES),
            node.choice("roll_cycle", "daily", ROLL_CYCLES));
        node.rejectUnknownKeys();
        return config;
    }

    JournalConfig withDir(final Path newDir)
    {
        return new JournalConfig(newDir, durability, rollCycle);
    }
}
