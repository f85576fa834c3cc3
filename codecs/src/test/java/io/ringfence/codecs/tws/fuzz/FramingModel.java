package io.ringfence.codecs.tws.fuzz;

import io.ringfence.codecs.tws.TwsFrameAssembler;
import org.agrona.DirectBuffer;

import java.nio.ByteOrder;

/**
 * An independent, deliberately naive reading of the length-prefixed stream: what the
 * {@link TwsFrameAssembler} must have done with the same bytes, whatever the read boundaries were.
 */
final class FramingModel
{
    int frames;
    int frameErrors;
    boolean failed;
    long bytesToSkip;
    int bytesBuffered;

    FramingModel read(final DirectBuffer stream, final int length, final int maxFrameLengthBytes)
    {
        frames = 0;
        frameErrors = 0;
        failed = false;
        bytesToSkip = 0;
        int position = 0;
        while (true)
        {
            if (bytesToSkip > 0)
            {
                final int skipped = (int)Math.min(bytesToSkip, length - position);
                position += skipped;
                bytesToSkip -= skipped;
                if (bytesToSkip > 0)
                {
                    break;
                }
                continue;
            }
            if (length - position < 4)
            {
                break;
            }
            final int frameLength = stream.getInt(position, ByteOrder.BIG_ENDIAN);
            if (frameLength < 0 || frameLength > TwsFrameAssembler.IB_MAX_FRAME_LENGTH_BYTES)
            {
                failed = true;
                frameErrors++;
                break;
            }
            if (0 == frameLength || frameLength > maxFrameLengthBytes)
            {
                frameErrors++;
                position += 4;
                bytesToSkip = frameLength;
                continue;
            }
            if (length - position < 4 + frameLength)
            {
                break;
            }
            frames++;
            position += 4 + frameLength;
        }
        bytesBuffered = length - position;
        return this;
    }

    /**
     * @return true when the stream ended on a frame boundary, so the next valid frame needs no resync.
     */
    boolean isAligned()
    {
        return !failed && 0 == bytesToSkip && 0 == bytesBuffered;
    }
}
