package io.ringfence.engine;

import io.ringfence.config.RingfenceConfig;
import io.ringfence.engine.gate.GateStage;
import io.ringfence.engine.gate.Gates;
import io.ringfence.engine.gate.PositionLimits;
import io.ringfence.engine.idempotency.IdempotencyStage;
import io.ringfence.engine.order.OrderBook;
import io.ringfence.engine.order.OrderStage;
import io.ringfence.engine.status.EngineCounters;
import io.ringfence.journal.idempotency.IdempotencyTable;
import io.ringfence.journal.idempotency.OpenStatus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The deterministic part of the engine: stages 2–4 (gates, idempotency, order book) and their
 * state. The running engine puts them in its pipeline; the journal tools rebuild them from a
 * journal to print or verify the state without running an engine.
 * <p>
 * The idempotency table is derived state like the rest: it is emptied when the state is built
 * and filled by the replay, so a table that is missing, torn, stale or ahead of the journal
 * cannot make a replay decide differently from the first time.
 */
public final class DecisionState implements AutoCloseable
{
    private final IdempotencyTable table;
    private final Path temporaryTableFile;
    private final OpenStatus tableStatusAtOpen;
    private final GateStage gateStage;
    private final IdempotencyStage idempotencyStage;
    private final OrderBook book;
    private final OrderStage orderStage;
    private long sequence;

    /**
     * @param tableFile the idempotency table to (re)build: {@code journal.idempotencyFile()} for
     *                  the engine and {@code journal rebuild-idempotency}; null for a private,
     *                  temporary one deleted on {@link #close()}.
     */
    public DecisionState(final RingfenceConfig config, final EngineCounters counters, final Path tableFile)
    {
        final int capacity = config.engine().maxOrders();
        temporaryTableFile = tableFile == null ? temporaryFile() : null;
        table = IdempotencyTable.open(tableFile == null ? temporaryTableFile : tableFile,
            config.journal().idempotencySlots(capacity), config.journal().keyRetentionNs());
        tableStatusAtOpen = table.openStatus();
        table.clear();
        gateStage = new GateStage(new Gates(config));
        idempotencyStage = new IdempotencyStage(table, OrderBook.ownOrderSlots(capacity));
        book = new OrderBook(capacity);
        orderStage = new OrderStage(
            book, new PositionLimits(config), config.journal().releaseAfterMs() * 1_000_000L, counters);
    }

    /**
     * With a private table: for tools and tests.
     */
    public DecisionState(final RingfenceConfig config, final EngineCounters counters)
    {
        this(config, counters, null);
    }

    /**
     * With private counters and table: for tools and tests.
     */
    public DecisionState(final RingfenceConfig config)
    {
        this(config, EngineCounters.inMemory());
    }

    /**
     * Feed every journaled input through the stages, in order, with nothing sent or journaled.
     *
     * @param listener sees each input after the stages decided it (may be null).
     * @return the number of inputs replayed.
     */
    public long replay(final Path journalDir, final JournalReplay.Listener listener)
    {
        final JournalReplay replay = new JournalReplay(listener, gateStage, idempotencyStage, orderStage);
        final long count = replay.replay(journalDir);
        if (replay.lastIndex() >= 0)
        {
            table.watermark(replay.lastIndex());
        }
        return count;
    }

    /**
     * Decide one input, as the pipeline would (without journaling or sending): for tests,
     * benchmarks and tools.
     */
    public InboundEvent apply(final InboundEvent event)
    {
        final long seq = sequence++;
        gateStage.onEvent(event, seq, true);
        idempotencyStage.onEvent(event, seq, true);
        orderStage.onEvent(event, seq, true);
        return event;
    }

    public OrderBook book()
    {
        return book;
    }

    GateStage gateStage()
    {
        return gateStage;
    }

    IdempotencyStage idempotencyStage()
    {
        return idempotencyStage;
    }

    public OrderStage orderStage()
    {
        return orderStage;
    }

    public IdempotencyTable idempotencyTable()
    {
        return table;
    }

    /**
     * @return how the table file was found before it was emptied for the replay.
     */
    public OpenStatus tableStatusAtOpen()
    {
        return tableStatusAtOpen;
    }

    /**
     * Close the idempotency table (clean-shutdown flag, forced), deleting it if it was private.
     */
    @Override
    public void close()
    {
        table.close();
        if (temporaryTableFile != null)
        {
            try
            {
                Files.deleteIfExists(temporaryTableFile);
            }
            catch (final IOException ex)
            {
                throw new UncheckedIOException("cannot delete " + temporaryTableFile, ex);
            }
        }
    }

    private static Path temporaryFile()
    {
        try
        {
            final Path file = Files.createTempFile("ringfence-idempotency-", ".table");
            file.toFile().deleteOnExit();
            return file;
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot create a temporary idempotency table", ex);
        }
    }
}
