package io.ringfence.codecs.tws;

/**
 * Why a TWS frame or field could not be decoded. Decoders report these as return values or
 * callbacks, never as exceptions; {@link #code()} is stable and safe to persist or count by.
 */
public enum TwsProtocolError
{
    /**
     * No error.
     */
    NONE(0),

    /**
     * A field was expected but the payload ended (no NUL terminator left).
     */
    TRUNCATED(1),

    /**
     * A numeric field held text that is not a number of the expected kind.
     */
    MALFORMED_NUMBER(2),

    /**
     * A numeric field does not fit the target type or scale.
     */
    NUMBER_OUT_OF_RANGE(3),

    /**
     * A quantity field held a fractional value; quantities are whole units.
     */
    FRACTIONAL_QUANTITY(4),

    /**
     * An ASCII field is longer than the holder it is copied into.
     */
    FIELD_TOO_LONG(5),

    /**
     * A frame payload is empty or its message id field is not a number.
     */
    MALFORMED_MESSAGE_ID(6),

    /**
     * A frame's length prefix exceeds the configured maximum; the frame was skipped.
     */
    FRAME_TOO_LONG(7),

    /**
     * A frame's length prefix is zero, negative or beyond IB's hard limit; the stream is unusable.
     */
    INVALID_FRAME_LENGTH(8),

    /**
     * The negotiated server version is outside the range this codec implements.
     */
    UNSUPPORTED_SERVER_VERSION(9),

    /**
     * The client hello does not start with {@code API\0} or its version range is malformed.
     */
    MALFORMED_HELLO(10),

    /**
     * A frame has more fields than the layout for the negotiated server version.
     */
    TRAILING_FIELDS(11),

    /**
     * An order condition of a type this codec cannot skip.
     */
    UNKNOWN_CONDITION_TYPE(12),

    /**
     * A time field is not in one of IB's formats or names an unknown time zone.
     */
    MALFORMED_TIME(13),

    /**
     * A count field (legs, tag/value pairs, conditions) is negative or absurdly large.
     */
    INVALID_COUNT(14),

    /**
     * A text field holds a byte outside printable ASCII (NUL excepted, which ends a field).
     */
    INVALID_CHARACTER(15);

    private final int code;

    TwsProtocolError(final int code)
    {
        this.code = code;
    }

    /**
     * @return stable numeric code.
     */
    public int code()
    {
        return code;
    }
}
