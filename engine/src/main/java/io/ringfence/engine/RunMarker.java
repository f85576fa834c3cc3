package io.ringfence.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code <run_dir>/engine.running}: created when an engine starts, deleted when it closes
 * cleanly. Finding it at start means the last run ended in a crash (or SIGKILL).
 */
final class RunMarker
{
    static final String FILE_NAME = "engine.running";

    private final Path file;
    private final boolean previousRunUnclean;

    RunMarker(final Path runDir)
    {
        this.file = runDir.resolve(FILE_NAME);
        this.previousRunUnclean = Files.exists(file);
        try
        {
            Files.writeString(file, Long.toString(ProcessHandle.current().pid()));
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot write " + file, ex);
        }
    }

    boolean previousRunUnclean()
    {
        return previousRunUnclean;
    }

    void cleanShutdown()
    {
        try
        {
            Files.deleteIfExists(file);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot delete " + file, ex);
        }
    }
}
