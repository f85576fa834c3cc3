package io.ringfence.engine.ingress;

import io.ringfence.codecs.ClientRingDescriptor;
import io.ringfence.config.ClientConfig;
import org.agrona.DirectBuffer;
import org.agrona.IoUtil;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.broadcast.BroadcastTransmitter;
import org.agrona.concurrent.ringbuffer.ManyToOneRingBuffer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * One client's pair of ring files, created (mode 0600) or re-opened by the engine. A file of the
 * right length is re-mapped, not recreated, so a client process that mapped it keeps writing
 * into the live mapping and intents written while the engine was down are still read.
 */
public final class ClientRing implements AutoCloseable
{
    private final int index;
    private final String name;
    private final MappedByteBuffer ingressMapping;
    private final MappedByteBuffer egressMapping;
    private final ManyToOneRingBuffer ingress;
    private final UnsafeBuffer clientStatus;
    private final BroadcastTransmitter egress;

    ClientRing(final int index, final ClientConfig config, final Path runDir)
    {
        this.index = index;
        this.name = config.name();
        final Path dir = ClientRingDescriptor.clientDir(runDir, name);
        createPrivateDir(dir);
        ingressMapping = mapFile(dir.resolve(ClientRingDescriptor.INGRESS_FILE),
            ClientRingDescriptor.ingressFileLength(config.ingressCapacityBytes()));
        egressMapping = mapFile(dir.resolve(ClientRingDescriptor.EGRESS_FILE),
            ClientRingDescriptor.egressFileLength(config.egressCapacityBytes()));
        final int ringLength = ClientRingDescriptor.ingressRingLength(config.ingressCapacityBytes());
        ingress = new ManyToOneRingBuffer(new UnsafeBuffer(ingressMapping, 0, ringLength));
        clientStatus = new UnsafeBuffer(ingressMapping, ringLength, ClientRingDescriptor.CLIENT_STATUS_LENGTH);
        egress = new BroadcastTransmitter(new UnsafeBuffer(egressMapping));
        ingress.unblock();
    }

    public int index()
    {
        return index;
    }

    public String name()
    {
        return name;
    }

    ManyToOneRingBuffer ingress()
    {
        return ingress;
    }

    /**
     * Writes this client's processes found the ring full for, since the ring file was created.
     */
    long refusedWrites()
    {
        return clientStatus.getLongVolatile(ClientRingDescriptor.REFUSED_WRITES_OFFSET);
    }

    /**
     * Publish one SBE event to every process of this client. Never blocks: a slow reader is lapped.
     */
    public void transmit(final DirectBuffer buffer, final int offset, final int length)
    {
        egress.transmit(ClientRingDescriptor.MSG_TYPE_ID, buffer, offset, length);
    }

    @Override
    public void close()
    {
        IoUtil.unmap(ingressMapping);
        IoUtil.unmap(egressMapping);
    }

    private static void createPrivateDir(final Path dir)
    {
        try
        {
            Files.createDirectories(dir);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot create client ring directory " + dir, ex);
        }
    }

    private static MappedByteBuffer mapFile(final Path file, final int length)
    {
        try
        {
            if (Files.exists(file) && Files.size(file) != length)
            {
                Files.delete(file);
            }
            if (!Files.exists(file))
            {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE))
            {
                final MappedByteBuffer mapping = channel.map(FileChannel.MapMode.READ_WRITE, 0, length);
                return mapping;
            }
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot map ring file " + file, ex);
        }
    }
}
