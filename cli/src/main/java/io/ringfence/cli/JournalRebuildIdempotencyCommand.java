package io.ringfence.cli;

import io.ringfence.config.JournalConfig;
import io.ringfence.config.RingfenceConfig;
import io.ringfence.engine.DecisionState;
import io.ringfence.engine.JournalLock;
import io.ringfence.engine.status.EngineCounters;
import io.ringfence.journal.idempotency.IdempotencyTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code ringfence journal rebuild-idempotency}: rebuild the idempotency table file from the
 * journal, exactly as an engine start does, with the engine stopped (it takes the journal's
 * lock). For a table that is missing, torn or fails {@code journal verify}, so the tools that read
 * it see the journal's keys before the engine next starts.
 */
@Command(mixinStandardHelpOptions = true, name = "rebuild-idempotency",
    description = "Rebuild the idempotency table file from the journal (engine stopped).")
final class JournalRebuildIdempotencyCommand implements Callable<Integer>
{
    @Mixin
    JournalOptions journal;

    @Override
    public Integer call()
    {
        final RingfenceConfig config = journal.loadOrReport();
        if (config == null)
        {
            return ExitCodes.CONFIG_ERROR;
        }
        final Path dir = journal.dir(config);
        final Path file = dir.resolve(JournalConfig.IDEMPOTENCY_FILE_NAME);
        try (JournalLock ignored = JournalLock.acquire(dir);
            DecisionState state = new DecisionState(config, EngineCounters.inMemory(), file))
        {
            final long inputs = state.replay(dir, null);
            final IdempotencyTable table = state.idempotencyTable();
            System.out.println("found " + file + " " + state.tableStatusAtOpen());
            System.out.println("rebuilt " + table.entryCount() + " key(s) from " + inputs + " input(s); watermark " +
                table.watermark() + " of " + table.capacity() + " slot(s)");
            return ExitCodes.OK;
        }
        catch (final IllegalStateException ex)
        {
            System.err.println(ex.getMessage());
            return ExitCodes.FAILED;
        }
    }
}
