package io.ringfence.engine.status;

import org.agrona.IoUtil;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.errors.ErrorConsumer;
import org.agrona.concurrent.errors.ErrorLogReader;
import org.agrona.concurrent.status.CountersReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads a running (or stopped) engine's {@code <run_dir>/status} from another process.
 */
public final class StatusReader implements AutoCloseable
{
    private final MappedByteBuffer mapping;
    private final UnsafeBuffer buffer;
    private final CountersReader counters;

    private StatusReader(final MappedByteBuffer mapping)
    {
        this.mapping = mapping;
        this.buffer = new UnsafeBuffer(mapping);
        this.counters = new CountersReader(
            StatusFileDescriptor.metadata(buffer), StatusFileDescriptor.values(buffer), StandardCharsets.US_ASCII);
    }

    /**
     * @throws IllegalStateException if there is no status file, or it is not one (yet).
     */
    public static StatusReader open(final Path runDir)
    {
        final Path file = StatusFileDescriptor.file(runDir);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ))
        {
            final MappedByteBuffer mapping = channel.map(FileChannel.MapMode.READ_ONLY, 0, Files.size(file));
            final StatusReader reader = new StatusReader(mapping);
            if (!StatusFileDescriptor.isValid(reader.buffer))
            {
                reader.close();
                throw new IllegalStateException(file + " is not a ringfence status file (or the engine is starting)");
            }
            return reader;
        }
        catch (final NoSuchFileException ex)
        {
            throw new IllegalStateException("no " + file + ": has the engine run with this run directory?");
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
    }

    public CountersReader counters()
    {
        return counters;
    }

    /**
     * @return the number of distinct errors read.
     */
    public int readErrors(final ErrorConsumer consumer)
    {
        return ErrorLogReader.read(StatusFileDescriptor.errorLog(buffer), consumer);
    }

    @Override
    public void close()
    {
        IoUtil.unmap(mapping);
    }
}
