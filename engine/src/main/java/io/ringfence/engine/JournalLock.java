package io.ringfence.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive OS lock on {@code <journal_dir>/engine.lock}: one engine per journal. Released
 * by the OS if the process dies, so a crash never leaves it stuck. Readers (journal tools) do
 * not take it.
 */
public final class JournalLock implements AutoCloseable
{
    static final String FILE_NAME = "engine.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private JournalLock(final FileChannel channel, final FileLock lock)
    {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * @throws IllegalStateException if another engine holds the journal.
     */
    public static JournalLock acquire(final Path journalDir)
    {
        final Path file = journalDir.resolve(FILE_NAME);
        try
        {
            final FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            final FileLock lock = tryLock(channel);
            if (lock == null)
            {
                channel.close();
                throw new IllegalStateException("journal " + journalDir + " is in use by another engine (" + file + ")");
            }
            return new JournalLock(channel, lock);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot lock " + file, ex);
        }
    }

    private static FileLock tryLock(final FileChannel channel) throws IOException
    {
        try
        {
            return channel.tryLock();
        }
        catch (final OverlappingFileLockException ex)
        {
            return null;
        }
    }

    @Override
    public void close()
    {
        try
        {
            lock.release();
            channel.close();
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
    }
}
