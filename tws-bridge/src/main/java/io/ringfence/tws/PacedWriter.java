package io.ringfence.tws;

import org.agrona.ExpandableRingBuffer;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/**
 * Writes encoded frames to the socket through a {@link TwsPacer}: a frame goes at once when nothing
 * waits and a token is free, else it joins a FIFO queue (in order: a cancel never overtakes the
 * order it cancels) that {@link #drain} releases one token at a time, never in a burst. Frames are
 * encoded straight into {@link #encodeBuffer()} at {@link #FRAME_OFFSET}; the bytes before it hold
 * the queue header (enqueue time, cancel flag).
 * <p>
 * Not thread safe: the session calls it under its send lock. Allocation-free in steady state (the
 * queue grows up to its capacity once).
 */
final class PacedWriter
{
    static final int FRAME_OFFSET = 9;
    private static final int ENQUEUE_NS_OFFSET = 0;
    private static final int CANCEL_FLAG_OFFSET = 8;
    private static final int BUFFER_CAPACITY_BYTES = 4096;

    private final TwsPacer pacer;
    private final ExpandableRingBuffer queue;
    private final ByteBuffer encodeByteBuffer = ByteBuffer.allocateDirect(BUFFER_CAPACITY_BYTES);
    private final UnsafeBuffer encodeBuffer = new UnsafeBuffer(encodeByteBuffer);
    private final ByteBuffer drainByteBuffer = ByteBuffer.allocateDirect(BUFFER_CAPACITY_BYTES);
    private final UnsafeBuffer drainBuffer = new UnsafeBuffer(drainByteBuffer);
    private final ExpandableRingBuffer.MessageConsumer headSender = this::sendHead;

    private SocketChannel drainChannel;
    private long drainNowNs;
    private long waitNs;
    private IOException drainError;

    private long messagesSent;
    private long messagesQueued;
    private long messagesDropped;
    private volatile long totalPacingDelayNs;
    private long maxPacingDelayNs;

    PacedWriter(final TwsPacer pacer, final int queueCapacityBytes)
    {
        this.pacer = pacer;
        this.queue = new ExpandableRingBuffer(0, queueCapacityBytes, true);
    }

    MutableDirectBuffer encodeBuffer()
    {
        return encodeBuffer;
    }

    /**
     * Send or queue the frame encoded at {@link #FRAME_OFFSET}.
     *
     * @return false if the queue is full (the frame is dropped and counted).
     * @throws IOException if the direct write failed.
     */
    boolean submit(final SocketChannel channel, final int frameLength, final boolean cancel, final long nowNs)
        throws IOException
    {
        if (queue.isEmpty() && pacer.tryAcquire(nowNs, cancel))
        {
            write(channel, encodeByteBuffer, FRAME_OFFSET, frameLength);
            return true;
        }
        encodeBuffer.putLong(ENQUEUE_NS_OFFSET, nowNs);
        encodeBuffer.putByte(CANCEL_FLAG_OFFSET, (byte)(cancel ? 1 : 0));
        if (!queue.append(encodeBuffer, 0, FRAME_OFFSET + frameLength))
        {
            messagesDropped++;
            return false;
        }
        messagesQueued++;
        return true;
    }

    /**
     * Send queued frames while tokens allow.
     *
     * @return nanoseconds until the next queued frame may go, or -1 when the queue is empty.
     * @throws IOException if a write failed.
     */
    long drain(final SocketChannel channel, final long nowNs) throws IOException
    {
        drainChannel = channel;
        drainNowNs = nowNs;
        drainError = null;
        while (!queue.isEmpty())
        {
            waitNs = 0;
            queue.consume(headSender, 1);
            if (null != drainError)
            {
                throw drainError;
            }
            if (waitNs > 0)
            {
                return waitNs;
            }
        }
        return -1;
    }

    /**
     * Drop everything queued (the connection is gone: those frames were never sent).
     *
     * @return frames dropped.
     */
    int clear()
    {
        final int count = queue.size();
        queue.reset(0);
        messagesDropped += count;
        return count;
    }

    int queueDepth()
    {
        return queue.size();
    }

    long messagesSent()
    {
        return messagesSent;
    }

    long messagesQueued()
    {
        return messagesQueued;
    }

    long messagesDropped()
    {
        return messagesDropped;
    }

    long totalPacingDelayNs()
    {
        return totalPacingDelayNs;
    }

    long maxPacingDelayNs()
    {
        return maxPacingDelayNs;
    }

    private boolean sendHead(final MutableDirectBuffer buffer, final int offset, final int length, final int headOffset)
    {
        final boolean cancel = 0 != buffer.getByte(offset + CANCEL_FLAG_OFFSET);
        if (!pacer.tryAcquire(drainNowNs, cancel))
        {
            waitNs = Math.max(1, pacer.nanosUntilAvailable(drainNowNs, cancel));
            return false;
        }
        final long delayNs = drainNowNs - buffer.getLong(offset + ENQUEUE_NS_OFFSET);
        totalPacingDelayNs = totalPacingDelayNs + delayNs;
        maxPacingDelayNs = Math.max(maxPacingDelayNs, delayNs);
        final int frameLength = length - FRAME_OFFSET;
        drainBuffer.putBytes(0, buffer, offset + FRAME_OFFSET, frameLength);
        try
        {
            write(drainChannel, drainByteBuffer, 0, frameLength);
        }
        catch (final IOException ex)
        {
            drainError = ex;
        }
        return true;
    }

    private void write(final SocketChannel channel, final ByteBuffer source, final int offset, final int length)
        throws IOException
    {
        source.limit(offset + length).position(offset);
        while (source.hasRemaining())
        {
            channel.write(source);
        }
        messagesSent++;
    }
}
