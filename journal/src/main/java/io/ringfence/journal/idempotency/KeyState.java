package io.ringfence.journal.idempotency;

/**
 * State of one record in the idempotency table. The byte values are part of the file layout and
 * never change; a new state takes a new value.
 */
public enum KeyState
{
    /**
     * Slot holds no record.
     */
    EMPTY((byte)0),

    /**
     * Key claimed and recorded before anything was sent to the broker.
     */
    PENDING((byte)1),

    /**
     * Order sent to the broker under a broker order id.
     */
    SENT((byte)2),

    /**
     * Broker acknowledged the order and gave it a permId.
     */
    ACKED((byte)3),

    /**
     * Order reached a final status (filled, cancelled, rejected...): the record is a receipt.
     */
    FINAL((byte)4),

    /**
     * Recovery proved the order never reached the broker: the key may be claimed again.
     */
    RELEASED((byte)5);

    private final byte value;

    KeyState(final byte value)
    {
        this.value = value;
    }

    /**
     * The byte stored in the file for this state.
     *
     * @return the stable byte value.
     */
    public byte value()
    {
        return value;
    }

    /**
     * Decode a stored byte, allocation-free.
     *
     * @param value as stored in a record.
     * @return the state, or {@code null} when the byte is not a known state.
     */
    public static KeyState get(final byte value)
    {
        switch (value)
        {
            case 0: return EMPTY;
            case 1: return PENDING;
            case 2: return SENT;
            case 3: return ACKED;
            case 4: return FINAL;
            case 5: return RELEASED;
            default: return null;
        }
    }
}
