package io.ringfence.sim;

import org.agrona.ExpandableArrayBuffer;
import org.agrona.MutableDirectBuffer;
import org.agrona.collections.LongArrayList;

/**
 * Reply frames held back from a client until a release time: the mechanism behind the delay and
 * reordering faults. A {@link ReplyEncoder} diverted here writes frames as usual; {@link #releaseDue}
 * copies the due ones, in the order written, to the client's buffer.
 */
final class HeldFrames implements ReplyBuffer
{
    /**
     * Release time of frames held until {@link #releaseAll} (an execution, the end of a request).
     */
    static final long UNTIL_RELEASED = Long.MAX_VALUE;

    private final ExpandableArrayBuffer buffer = new ExpandableArrayBuffer(4096);
    private final LongArrayList frames = new LongArrayList();
    private final LongArrayList releaseTimes = new LongArrayList();
    private int writeIndex;
    private long releaseMs = UNTIL_RELEASED;

    /**
     * @param releaseMs when frames written from now on are due.
     */
    void holdUntil(final long releaseMs)
    {
        this.releaseMs = releaseMs;
    }

    boolean isEmpty()
    {
        return frames.isEmpty();
    }

    public int claim(final int maxLength)
    {
        buffer.checkLimit(writeIndex + maxLength);
        return writeIndex;
    }

    public void commit(final int length)
    {
        frames.addLong(((long)writeIndex << 32) | length);
        releaseTimes.addLong(releaseMs);
        writeIndex += length;
    }

    public MutableDirectBuffer buffer()
    {
        return buffer;
    }

    public void closeAfterFlush()
    {
        throw new UnsupportedOperationException("held frames cannot close a connection");
    }

    /**
     * Copy the frames due at {@code nowMs} to {@code target}; the rest stay held, in order.
     *
     * @return frames released.
     */
    int releaseDue(final long nowMs, final ReplyBuffer target)
    {
        return release(nowMs, false, target);
    }

    /**
     * Copy the frames held until released to {@code target}; timed ones stay held.
     *
     * @return frames released.
     */
    int releaseAll(final ReplyBuffer target)
    {
        return release(0, true, target);
    }

    private int release(final long nowMs, final boolean untilReleased, final ReplyBuffer target)
    {
        int released = 0;
        int kept = 0;
        int keptWriteIndex = 0;
        for (int i = 0, size = frames.size(); i < size; i++)
        {
            final long frame = frames.getLong(i);
            final int offset = (int)(frame >>> 32);
            final int length = (int)frame;
            final long dueMs = releaseTimes.getLong(i);
            final boolean due = untilReleased ? UNTIL_RELEASED == dueMs : dueMs <= nowMs;
            if (due)
            {
                final int targetOffset = target.claim(length);
                if (targetOffset >= 0)
                {
                    target.buffer().putBytes(targetOffset, buffer, offset, length);
                    target.commit(length);
                }
                released++;
            }
            else
            {
                buffer.putBytes(keptWriteIndex, buffer, offset, length);
                frames.setLong(kept, ((long)keptWriteIndex << 32) | length);
                releaseTimes.setLong(kept, dueMs);
                keptWriteIndex += length;
                kept++;
            }
        }
        for (int i = frames.size() - 1; i >= kept; i--)
        {
            frames.removeAt(i);
            releaseTimes.removeAt(i);
        }
        writeIndex = keptWriteIndex;
        return released;
    }
}
