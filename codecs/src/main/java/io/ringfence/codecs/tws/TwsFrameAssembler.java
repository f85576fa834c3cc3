package io.ringfence.codecs.tws;

import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.ReadableByteChannel;

/**
 * Reassembles length-prefixed frames from a byte stream: {@code [4-byte big-endian length][payload]}.
 * Bytes go in by {@link #readFrom(ReadableByteChannel)} or {@code append}; {@link #poll} hands every
 * complete frame to a {@link TwsFrameHandler} and compacts the partial rest to the front.
 * <p>
 * A frame longer than the configured maximum (but within IB's 16 MiB hard limit) is skipped and
 * reported as {@link TwsProtocolError#FRAME_TOO_LONG}; a length that is negative or beyond IB's
 * limit means the stream is out of step: it is reported as
 * {@link TwsProtocolError#INVALID_FRAME_LENGTH} and the assembler stays {@link #isFailed()} until
 * {@link #reset()}. Both are counted in {@link #frameErrors()}; nothing is thrown.
 * <p>
 * Before frames, a gateway reads the client hello with {@link #pollHello(ClientHelloDecoder)}.
 * One buffer, allocated at construction; not thread safe.
 */
public final class TwsFrameAssembler
{
    /**
     * IB's own limit on a frame's payload (IB Java rejects longer frames).
     */
    public static final int IB_MAX_FRAME_LENGTH_BYTES = 0xFF_FFFF;

    private static final int MIN_CAPACITY_BYTES = 8192;

    private final int maxFrameLengthBytes;
    private final ByteBuffer byteBuffer;
    private final UnsafeBuffer buffer;
    private int readIndex;
    private int writeIndex;
    private long bytesToSkip;
    private boolean failed;
    private long frameErrors;

    /**
     * @param maxFrameLengthBytes longest payload accepted, at most {@link #IB_MAX_FRAME_LENGTH_BYTES}.
     */
    public TwsFrameAssembler(final int maxFrameLengthBytes)
    {
        if (maxFrameLengthBytes < 1 || maxFrameLengthBytes > IB_MAX_FRAME_LENGTH_BYTES)
        {
            throw new IllegalArgumentException("maxFrameLengthBytes out of range: " + maxFrameLengthBytes);
        }
        this.maxFrameLengthBytes = maxFrameLengthBytes;
        final int capacity = Math.max(MIN_CAPACITY_BYTES, maxFrameLengthBytes + TwsFieldWriter.LENGTH_PREFIX_BYTES);
        byteBuffer = ByteBuffer.allocateDirect(capacity);
        buffer = new UnsafeBuffer(byteBuffer);
    }

    /**
     * Read once from a channel into the free space (a blocking channel blocks here).
     *
     * @return bytes read, 0 if there was no free space, -1 at end of stream.
     */
    public int readFrom(final ReadableByteChannel channel) throws IOException
    {
        if (writeIndex == buffer.capacity())
        {
            return 0;
        }
        byteBuffer.limit(buffer.capacity()).position(writeIndex);
        final int bytesRead = channel.read(byteBuffer);
        if (bytesRead > 0)
        {
            writeIndex += bytesRead;
        }
        return bytesRead;
    }

    /**
     * Copy bytes in.
     *
     * @return bytes accepted; fewer than {@code length} when the buffer is full (poll, then append the rest).
     */
    public int append(final DirectBuffer src, final int offset, final int length)
    {
        final int accepted = Math.min(length, buffer.capacity() - writeIndex);
        buffer.putBytes(writeIndex, src, offset, accepted);
        writeIndex += accepted;
        return accepted;
    }

    /**
     * Copy bytes in.
     *
     * @return bytes accepted; fewer than {@code length} when the buffer is full (poll, then append the rest).
     */
    public int append(final byte[] src, final int offset, final int length)
    {
        final int accepted = Math.min(length, buffer.capacity() - writeIndex);
        buffer.putBytes(writeIndex, src, offset, accepted);
        writeIndex += accepted;
        return accepted;
    }

    /**
     * Deliver every complete frame, then compact.
     *
     * @return number of frames delivered.
     */
    public int poll(final TwsFrameHandler handler)
    {
        return poll(handler, Integer.MAX_VALUE);
    }

    /**
     * Deliver up to {@code frameLimit} complete frames, then compact; the rest stay buffered.
     *
     * @return number of frames delivered.
     */
    public int poll(final TwsFrameHandler handler, final int frameLimit)
    {
        int frames = 0;
        while (!failed && frames < frameLimit)
        {
            final int available = writeIndex - readIndex;
            if (bytesToSkip > 0)
            {
                final int skipped = (int)Math.min(bytesToSkip, available);
                readIndex += skipped;
                bytesToSkip -= skipped;
                if (bytesToSkip > 0)
                {
                    break;
                }
                continue;
            }
            if (available < TwsFieldWriter.LENGTH_PREFIX_BYTES)
            {
                break;
            }

            final int length = buffer.getInt(readIndex, ByteOrder.BIG_ENDIAN);
            if (length < 0 || length > IB_MAX_FRAME_LENGTH_BYTES)
            {
                failed = true;
                frameErrors++;
                handler.onFrameError(TwsProtocolError.INVALID_FRAME_LENGTH, length);
                break;
            }
            if (0 == length || length > maxFrameLengthBytes)
            {
                frameErrors++;
                readIndex += TwsFieldWriter.LENGTH_PREFIX_BYTES;
                bytesToSkip = length;
                handler.onFrameError(
                    0 == length ? TwsProtocolError.MALFORMED_MESSAGE_ID : TwsProtocolError.FRAME_TOO_LONG, length);
                continue;
            }
            if (available < TwsFieldWriter.LENGTH_PREFIX_BYTES + length)
            {
                break;
            }

            readIndex += TwsFieldWriter.LENGTH_PREFIX_BYTES;
            handler.onFrame(buffer, readIndex, length);
            readIndex += length;
            frames++;
        }
        compact();
        return frames;
    }

    /**
     * Consume the client hello from the front of the buffered bytes.
     *
     * @return as {@link ClientHelloDecoder#decode}: bytes consumed, 0 if incomplete, -1 if malformed.
     */
    public int pollHello(final ClientHelloDecoder decoder)
    {
        final int result = decoder.decode(buffer, readIndex, writeIndex - readIndex);
        if (result > 0)
        {
            readIndex += result;
            compact();
        }
        return result;
    }

    /**
     * @return true after an unrecoverable framing error; the connection should be closed.
     */
    public boolean isFailed()
    {
        return failed;
    }

    /**
     * @return frames skipped or refused since construction.
     */
    public long frameErrors()
    {
        return frameErrors;
    }

    /**
     * @return bytes received and not yet consumed.
     */
    public int bytesBuffered()
    {
        return writeIndex - readIndex;
    }

    public int maxFrameLengthBytes()
    {
        return maxFrameLengthBytes;
    }

    /**
     * Drop buffered bytes and the failed state, for a new connection. The error count is kept.
     */
    public void reset()
    {
        readIndex = 0;
        writeIndex = 0;
        bytesToSkip = 0;
        failed = false;
    }

    private void compact()
    {
        final int remaining = writeIndex - readIndex;
        if (0 == remaining)
        {
            readIndex = 0;
            writeIndex = 0;
        }
        else if (readIndex > 0)
        {
            buffer.putBytes(0, buffer, readIndex, remaining);
            readIndex = 0;
            writeIndex = remaining;
        }
    }
}
