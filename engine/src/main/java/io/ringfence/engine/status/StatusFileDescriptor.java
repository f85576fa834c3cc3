package io.ringfence.engine.status;

import org.agrona.BitUtil;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.status.CountersReader;

import java.nio.file.Path;

/**
 * Layout of {@code <run_dir>/status}:
 * <pre>
 *   0                     ┌──────────────────────────────────────────┐
 *                         │ magic 'RFST' (int) │ version (int)       │
 *                         │ metadata length    │ values length       │
 *                         │ error log length   │ padding to 128      │
 *   128                   ├──────────────────────────────────────────┤
 *                         │ counters metadata (CountersReader layout) │
 *   128 + metadata        ├──────────────────────────────────────────┤
 *                         │ counter values                           │
 *   … + values            ├──────────────────────────────────────────┤
 *                         │ distinct error log                       │
 *                         └──────────────────────────────────────────┘
 * </pre>
 */
public final class StatusFileDescriptor
{
    public static final String FILE_NAME = "status";
    public static final int MAGIC = 0x52465354;
    public static final int VERSION = 1;
    public static final int HEADER_LENGTH = 128;
    public static final int MAX_COUNTERS = 256;
    public static final int METADATA_LENGTH = MAX_COUNTERS * CountersReader.METADATA_LENGTH;
    public static final int VALUES_LENGTH = MAX_COUNTERS * CountersReader.COUNTER_LENGTH;
    public static final int ERROR_LOG_LENGTH = 1024 * 1024;
    public static final int FILE_LENGTH = HEADER_LENGTH + METADATA_LENGTH + VALUES_LENGTH + ERROR_LOG_LENGTH;

    static final int MAGIC_OFFSET = 0;
    static final int VERSION_OFFSET = BitUtil.SIZE_OF_INT;
    static final int METADATA_LENGTH_OFFSET = 2 * BitUtil.SIZE_OF_INT;
    static final int VALUES_LENGTH_OFFSET = 3 * BitUtil.SIZE_OF_INT;
    static final int ERROR_LOG_LENGTH_OFFSET = 4 * BitUtil.SIZE_OF_INT;

    private StatusFileDescriptor()
    {
    }

    public static Path file(final Path runDir)
    {
        return runDir.resolve(FILE_NAME);
    }

    static UnsafeBuffer metadata(final UnsafeBuffer file)
    {
        return new UnsafeBuffer(file, HEADER_LENGTH, METADATA_LENGTH);
    }

    static UnsafeBuffer values(final UnsafeBuffer file)
    {
        return new UnsafeBuffer(file, HEADER_LENGTH + METADATA_LENGTH, VALUES_LENGTH);
    }

    static UnsafeBuffer errorLog(final UnsafeBuffer file)
    {
        return new UnsafeBuffer(file, HEADER_LENGTH + METADATA_LENGTH + VALUES_LENGTH, ERROR_LOG_LENGTH);
    }

    static boolean isValid(final UnsafeBuffer file)
    {
        return file.capacity() >= FILE_LENGTH &&
            file.getIntVolatile(MAGIC_OFFSET) == MAGIC &&
            file.getInt(VERSION_OFFSET) == VERSION &&
            file.getInt(METADATA_LENGTH_OFFSET) == METADATA_LENGTH &&
            file.getInt(VALUES_LENGTH_OFFSET) == VALUES_LENGTH &&
            file.getInt(ERROR_LOG_LENGTH_OFFSET) == ERROR_LOG_LENGTH;
    }

    static void writeHeader(final UnsafeBuffer file)
    {
        file.putInt(VERSION_OFFSET, VERSION);
        file.putInt(METADATA_LENGTH_OFFSET, METADATA_LENGTH);
        file.putInt(VALUES_LENGTH_OFFSET, VALUES_LENGTH);
        file.putInt(ERROR_LOG_LENGTH_OFFSET, ERROR_LOG_LENGTH);
        file.putIntVolatile(MAGIC_OFFSET, MAGIC);
    }
}
