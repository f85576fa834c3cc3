package io.ringfence.codecs.tws;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * A reusable, fixed-capacity holder of printable ASCII text (bytes 9, 10, 13 and 32..126, as IB
 * accepts them). Setting it copies bytes; nothing allocates after construction except
 * {@link #toString()} and {@link #subSequence(int, int)}, which are for tests and logging.
 * <p>
 * Setters return {@code false} and leave the content unchanged when the text does not fit or holds
 * a byte IB would refuse (a NUL would corrupt the framing).
 */
public final class AsciiField implements CharSequence
{
    public static final int DEFAULT_CAPACITY = 64;

    private final UnsafeBuffer buffer;
    private int length;

    public AsciiField()
    {
        this(DEFAULT_CAPACITY);
    }

    public AsciiField(final int capacity)
    {
        buffer = new UnsafeBuffer(new byte[capacity]);
    }

    /**
     * @param c byte value.
     * @return true if IB accepts the byte inside a field.
     */
    public static boolean isValidByte(final int c)
    {
        return (c >= 32 && c <= 126) || c == 9 || c == 10 || c == 13;
    }

    public int capacity()
    {
        return buffer.capacity();
    }

    public int length()
    {
        return length;
    }

    public boolean isEmpty()
    {
        return 0 == length;
    }

    public AsciiField clear()
    {
        length = 0;
        return this;
    }

    /**
     * Copy bytes from a buffer range.
     *
     * @return false if the range is longer than {@link #capacity()} or holds an invalid byte.
     */
    public boolean set(final DirectBuffer src, final int offset, final int length)
    {
        if (length < 0 || length > buffer.capacity())
        {
            return false;
        }
        for (int i = 0; i < length; i++)
        {
            if (!isValidByte(src.getByte(offset + i) & 0xFF))
            {
                return false;
            }
        }
        buffer.putBytes(0, src, offset, length);
        this.length = length;
        return true;
    }

    /**
     * Copy text from a {@link CharSequence}; no allocation, but meant for set-up and tests.
     *
     * @return false if the text is too long or holds a character outside printable ASCII.
     */
    public boolean set(final CharSequence text)
    {
        final int textLength = text.length();
        if (textLength > buffer.capacity())
        {
            return false;
        }
        for (int i = 0; i < textLength; i++)
        {
            if (!isValidByte(text.charAt(i)))
            {
                return false;
            }
        }
        for (int i = 0; i < textLength; i++)
        {
            buffer.putByte(i, (byte)text.charAt(i));
        }
        length = textLength;
        return true;
    }

    public boolean set(final AsciiField other)
    {
        return set(other.buffer, 0, other.length);
    }

    public byte byteAt(final int index)
    {
        if (index < 0 || index >= length)
        {
            throw new IndexOutOfBoundsException("index=" + index + " length=" + length);
        }
        return buffer.getByte(index);
    }

    public char charAt(final int index)
    {
        return (char)byteAt(index);
    }

    /**
     * @return true if the content equals the bytes of the range.
     */
    public boolean contentEquals(final DirectBuffer other, final int offset, final int length)
    {
        if (length != this.length)
        {
            return false;
        }
        for (int i = 0; i < length; i++)
        {
            if (buffer.getByte(i) != other.getByte(offset + i))
            {
                return false;
            }
        }
        return true;
    }

    /**
     * @return true if the content equals the characters of the text.
     */
    public boolean contentEquals(final CharSequence text)
    {
        if (text.length() != length)
        {
            return false;
        }
        for (int i = 0; i < length; i++)
        {
            if (buffer.getByte(i) != text.charAt(i))
            {
                return false;
            }
        }
        return true;
    }

    /**
     * Copy the content into a buffer.
     *
     * @return number of bytes written.
     */
    public int getBytes(final MutableDirectBuffer dst, final int offset)
    {
        dst.putBytes(offset, buffer, 0, length);
        return length;
    }

    /**
     * The backing buffer; bytes {@code [0, length())} are the content.
     */
    public DirectBuffer buffer()
    {
        return buffer;
    }

    public CharSequence subSequence(final int start, final int end)
    {
        return toString().subSequence(start, end);
    }

    public boolean equals(final Object o)
    {
        return this == o || (o instanceof AsciiField && ((AsciiField)o).contentEquals(buffer, 0, length));
    }

    public int hashCode()
    {
        int hash = 1;
        for (int i = 0; i < length; i++)
        {
            hash = 31 * hash + buffer.getByte(i);
        }
        return hash;
    }

    public String toString()
    {
        return buffer.getStringWithoutLengthAscii(0, length);
    }
}
