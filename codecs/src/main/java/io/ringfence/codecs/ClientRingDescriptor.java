package io.ringfence.codecs;

import org.agrona.concurrent.broadcast.BroadcastBufferDescriptor;
import org.agrona.concurrent.ringbuffer.RingBufferDescriptor;

import java.nio.file.Path;

/**
 * Where a client's rings live and how long their files are. Shared by the engine, which creates
 * them, and the client library, which maps them.
 * <pre>
 *   &lt;run_dir&gt;/clients/&lt;name&gt;/ingress   Agrona ManyToOneRingBuffer: client processes write intents
 *   &lt;run_dir&gt;/clients/&lt;name&gt;/egress    Agrona broadcast buffer: the engine writes events
 * </pre>
 * Capacities are powers of two; each file also holds its descriptor's trailer. A message's
 * {@code msgTypeId} is {@link #MSG_TYPE_ID}; its body is an SBE message with its header.
 * <p>
 * After the ingress ring's trailer, one cache line of client status:
 * <pre>
 *   +0  int64  refused writes: writes a client process found the ring full for (atomic add;
 *              the engine reads it into its back-pressure counter)
 *   +8  56 bytes reserved
 * </pre>
 */
public final class ClientRingDescriptor
{
    public static final String CLIENTS_DIR = "clients";
    public static final String INGRESS_FILE = "ingress";
    public static final String EGRESS_FILE = "egress";
    public static final int MSG_TYPE_ID = 1;
    public static final int CLIENT_STATUS_LENGTH = 64;
    public static final int REFUSED_WRITES_OFFSET = 0;

    private ClientRingDescriptor()
    {
    }

    public static Path clientDir(final Path runDir, final String clientName)
    {
        return runDir.resolve(CLIENTS_DIR).resolve(clientName);
    }

    public static int ingressFileLength(final int capacityBytes)
    {
        return ingressRingLength(capacityBytes) + CLIENT_STATUS_LENGTH;
    }

    /**
     * The part of the ingress file the ring buffer covers: capacity plus its trailer.
     */
    public static int ingressRingLength(final int capacityBytes)
    {
        return capacityBytes + RingBufferDescriptor.TRAILER_LENGTH;
    }

    /**
     * The ring length of an ingress file of {@code fileLength} bytes (the client status follows it).
     */
    public static int ingressRingLengthOfFile(final int fileLength)
    {
        return fileLength - CLIENT_STATUS_LENGTH;
    }

    public static int egressFileLength(final int capacityBytes)
    {
        return capacityBytes + BroadcastBufferDescriptor.TRAILER_LENGTH;
    }
}
