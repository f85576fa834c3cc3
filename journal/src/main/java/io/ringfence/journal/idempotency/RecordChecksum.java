package io.ringfence.journal.idempotency;

import java.nio.ByteBuffer;
import java.util.zip.CRC32C;

/**
 * CRC32C over ranges of a mapped file, allocation-free: one {@link CRC32C} and one view of the
 * mapping whose position and limit are moved per call (the JDK intrinsic reads the direct
 * buffer's memory). Single-threaded, like its owner.
 */
final class RecordChecksum
{
    private final CRC32C crc = new CRC32C();
    private ByteBuffer view;

    void wrap(final ByteBuffer mapping)
    {
        this.view = mapping.duplicate();
    }

    int compute(final int offset, final int length)
    {
        view.limit(view.capacity()).position(offset);
        view.limit(offset + length);
        crc.reset();
        crc.update(view);

        return (int)crc.getValue();
    }
}
