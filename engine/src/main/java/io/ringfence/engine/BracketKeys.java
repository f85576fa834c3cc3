package io.ringfence.engine;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * The keys of a bracket's exits: the entry's key plus {@code /tp} (take-profit) or {@code /sl}
 * (stop-loss), so each leg has its own orderRef at the broker, and {@code key*} names the whole
 * bracket for a prefix cancel.
 */
public final class BracketKeys
{
    public static final int SUFFIX_LENGTH = 3;
    public static final int TAKE_PROFIT = 1;
    public static final int STOP_LOSS = 2;

    private static final int KEY_LENGTH = 32;
    private static final byte[][] SUFFIXES = {{}, {'/', 't', 'p'}, {'/', 's', 'l'}};

    private BracketKeys()
    {
    }

    /**
     * Write a leg's 32-byte zero-padded key.
     *
     * @param key       buffer holding the entry's key.
     * @param keyOffset of the entry's 32-byte key field.
     * @param leg       {@link #TAKE_PROFIT} or {@link #STOP_LOSS}.
     * @param dst       where the leg's key goes.
     * @param dstOffset of its 32-byte field.
     */
    public static void legKey(
        final DirectBuffer key, final int keyOffset, final int leg, final MutableDirectBuffer dst, final int dstOffset)
    {
        final int length = Math.max(0, FixedAscii.length(key, keyOffset, KEY_LENGTH));
        dst.setMemory(dstOffset, KEY_LENGTH, (byte)0);
        dst.putBytes(dstOffset, key, keyOffset, length);
        dst.putBytes(dstOffset + length, SUFFIXES[leg]);
    }
}
