package io.ringfence.engine.status;

import org.agrona.IoUtil;
import org.agrona.concurrent.SystemEpochClock;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.errors.DistinctErrorLog;
import org.agrona.concurrent.status.CountersManager;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.MappedByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The engine's side of {@code <run_dir>/status}: created fresh at each start (counters count
 * this run), mapped for the engine's lifetime. The error log is Agrona's distinct error log:
 * each distinct stack trace once, with a count and first/last times.
 */
public final class StatusFile implements AutoCloseable
{
    private final MappedByteBuffer mapping;
    private final EngineCounters counters;
    private final DistinctErrorLog errorLog;

    public StatusFile(final Path runDir)
    {
        final Path file = StatusFileDescriptor.file(runDir);
        try
        {
            Files.deleteIfExists(file);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot replace " + file, ex);
        }
        final File target = file.toFile();
        mapping = IoUtil.mapNewFile(target, StatusFileDescriptor.FILE_LENGTH, true);
        final UnsafeBuffer buffer = new UnsafeBuffer(mapping);
        final CountersManager manager = new CountersManager(
            StatusFileDescriptor.metadata(buffer), StatusFileDescriptor.values(buffer), StandardCharsets.US_ASCII);
        counters = new EngineCounters(manager);
        errorLog = new DistinctErrorLog(StatusFileDescriptor.errorLog(buffer), SystemEpochClock.INSTANCE);
        StatusFileDescriptor.writeHeader(buffer);
    }

    public EngineCounters counters()
    {
        return counters;
    }

    public DistinctErrorLog errorLog()
    {
        return errorLog;
    }

    @Override
    public void close()
    {
        IoUtil.unmap(mapping);
    }
}
