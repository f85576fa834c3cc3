package io.ringfence.codecs.tws;

/**
 * Server versions (IB's {@code MIN_SERVER_VER_*}) that gate fields this codec reads or writes,
 * and the range it negotiates.
 * <p>
 * The codec declares {@code v100..193} ({@link #MIN_CLIENT_VERSION}..{@link #MAX_CLIENT_VERSION})
 * and works with any negotiated version in {@link #MIN_SUPPORTED}..{@link #MAX_SUPPORTED}. Every
 * gate inside that range is honoured; gates below {@link #MIN_SUPPORTED} are always open.
 */
public final class TwsServerVersion
{
    /**
     * Lowest version declared in the client hello.
     */
    public static final int MIN_CLIENT_VERSION = 100;

    /**
     * Highest version declared in the client hello; the text protocol's last layout before 194.
     */
    public static final int MAX_CLIENT_VERSION = 193;

    /**
     * Lowest negotiated version the codec accepts.
     */
    public static final int MIN_SUPPORTED = 176;

    /**
     * Highest negotiated version the codec accepts.
     */
    public static final int MAX_SUPPORTED = 193;

    public static final int FA_PROFILE_DESUPPORT = 177;
    public static final int PENDING_PRICE_REVISION = 178;
    public static final int CUSTOMER_ACCOUNT = 183;
    public static final int PROFESSIONAL_CUSTOMER = 184;
    public static final int BOND_ACCRUED_INTEREST = 185;
    public static final int RFQ_FIELDS = 187;
    public static final int INCLUDE_OVERNIGHT = 189;
    public static final int UNDO_RFQ_FIELDS = 190;
    public static final int PERM_ID_AS_LONG = 191;
    public static final int CME_TAGGING_FIELDS = 192;
    public static final int CME_TAGGING_FIELDS_IN_OPEN_ORDER = 193;
    public static final int ERROR_TIME = 194;

    private TwsServerVersion()
    {
    }

    /**
     * @param serverVersion negotiated version.
     * @return true if the codec implements that layout.
     */
    public static boolean isSupported(final int serverVersion)
    {
        return serverVersion >= MIN_SUPPORTED && serverVersion <= MAX_SUPPORTED;
    }

    /**
     * @param serverVersion negotiated version.
     * @return true if the RFQ placeholder fields are on the wire (187 &lt;= sv &lt; 190).
     */
    public static boolean hasRfqPlaceholders(final int serverVersion)
    {
        return serverVersion >= RFQ_FIELDS && serverVersion < UNDO_RFQ_FIELDS;
    }
}
