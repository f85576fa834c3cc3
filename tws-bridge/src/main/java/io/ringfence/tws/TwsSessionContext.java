package io.ringfence.tws;

import io.ringfence.codecs.tws.AsciiField;
import io.ringfence.codecs.tws.TwsFrameAssembler;

/**
 * Configuration of a {@link TwsSession}: fluent setters, {@link #conclude()} checks every value once
 * at start-up with a message naming the setting, and {@link #toString()} is meant for the start-up log.
 */
public final class TwsSessionContext
{
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 4002;
    public static final int DEFAULT_CONNECT_TIMEOUT_MS = 5_000;
    public static final int DEFAULT_HANDSHAKE_TIMEOUT_MS = 5_000;
    public static final int DEFAULT_MAX_FRAME_LENGTH_BYTES = 1024 * 1024;
    public static final int MIN_MAX_FRAME_LENGTH_BYTES = 1024;
    public static final String DEFAULT_READER_THREAD_NAME = "ringfence-tws-reader";
    public static final String DEFAULT_CONDUCTOR_THREAD_NAME = "ringfence-tws-conductor";
    public static final int DEFAULT_PACING_RATE_PER_SECOND = 45;
    public static final int IB_MAX_MESSAGES_PER_SECOND = 50;
    public static final int DEFAULT_PACING_BURST = 5;
    public static final int DEFAULT_PACING_CANCEL_RESERVE = 1;
    public static final int DEFAULT_PACING_QUEUE_CAPACITY_BYTES = 1 << 20;
    public static final int DEFAULT_RECONNECT_INITIAL_BACKOFF_MS = 500;
    public static final int DEFAULT_RECONNECT_MAX_BACKOFF_MS = 30_000;
    public static final int DEFAULT_RECONNECT_JITTER_PERCENT = 20;
    public static final int DEFAULT_RECOVERY_EXECUTIONS_REQ_ID = 90_000_001;

    private String host = DEFAULT_HOST;
    private int port = DEFAULT_PORT;
    private int clientId;
    private int connectTimeoutMs = DEFAULT_CONNECT_TIMEOUT_MS;
    private int handshakeTimeoutMs = DEFAULT_HANDSHAKE_TIMEOUT_MS;
    private int maxFrameLengthBytes = DEFAULT_MAX_FRAME_LENGTH_BYTES;
    private int socketReceiveBufferBytes;
    private int socketSendBufferBytes;
    private boolean tcpNoDelay = true;
    private String connectOptions = "";
    private String readerThreadName = DEFAULT_READER_THREAD_NAME;
    private String conductorThreadName = DEFAULT_CONDUCTOR_THREAD_NAME;
    private boolean pacing = true;
    private int pacingRatePerSecond = DEFAULT_PACING_RATE_PER_SECOND;
    private int pacingBurst = DEFAULT_PACING_BURST;
    private int pacingCancelReserve = DEFAULT_PACING_CANCEL_RESERVE;
    private int pacingQueueCapacityBytes = DEFAULT_PACING_QUEUE_CAPACITY_BYTES;
    private boolean reconnect;
    private int reconnectInitialBackoffMs = DEFAULT_RECONNECT_INITIAL_BACKOFF_MS;
    private int reconnectMaxBackoffMs = DEFAULT_RECONNECT_MAX_BACKOFF_MS;
    private int reconnectJitterPercent = DEFAULT_RECONNECT_JITTER_PERCENT;
    private boolean recoveryRequests = true;
    private boolean completedOrdersApiOnly = true;
    private String executionsAccount = "";
    private int recoveryExecutionsReqId = DEFAULT_RECOVERY_EXECUTIONS_REQ_ID;
    private boolean concluded;

    /**
     * Check every setting.
     *
     * @return this for chaining.
     * @throws IllegalArgumentException naming the setting and what it allows.
     */
    public TwsSessionContext conclude()
    {
        require(null != host && !host.isBlank(), "host must not be empty");
        require(port >= 1 && port <= 65_535, "port must be 1..65535: " + port);
        require(connectTimeoutMs > 0, "connectTimeoutMs must be > 0: " + connectTimeoutMs);
        require(handshakeTimeoutMs > 0, "handshakeTimeoutMs must be > 0: " + handshakeTimeoutMs);
        require(
            maxFrameLengthBytes >= MIN_MAX_FRAME_LENGTH_BYTES &&
            maxFrameLengthBytes <= TwsFrameAssembler.IB_MAX_FRAME_LENGTH_BYTES,
            "maxFrameLengthBytes must be " + MIN_MAX_FRAME_LENGTH_BYTES + ".." +
            TwsFrameAssembler.IB_MAX_FRAME_LENGTH_BYTES + ": " + maxFrameLengthBytes);
        require(socketReceiveBufferBytes >= 0, "socketReceiveBufferBytes must be >= 0 (0 = OS default): " +
            socketReceiveBufferBytes);
        require(socketSendBufferBytes >= 0, "socketSendBufferBytes must be >= 0 (0 = OS default): " +
            socketSendBufferBytes);
        require(null != connectOptions && new AsciiField(256).set(connectOptions) && connectOptions.indexOf(' ') < 0,
            "connectOptions must be printable ASCII without spaces, at most 256 chars (e.g. +PACEAPI): " +
            connectOptions);
        require(null != readerThreadName && !readerThreadName.isBlank(), "readerThreadName must not be empty");
        require(null != conductorThreadName && !conductorThreadName.isBlank(), "conductorThreadName must not be empty");
        require(pacingRatePerSecond >= 1 && pacingRatePerSecond <= IB_MAX_MESSAGES_PER_SECOND,
            "pacingRatePerSecond must be 1.." + IB_MAX_MESSAGES_PER_SECOND + " (IB's limit): " + pacingRatePerSecond);
        require(pacingBurst >= 1 && pacingBurst + pacingRatePerSecond <= IB_MAX_MESSAGES_PER_SECOND,
            "pacingBurst must be >= 1 and pacingBurst + pacingRatePerSecond <= " + IB_MAX_MESSAGES_PER_SECOND +
            ": burst=" + pacingBurst + " rate=" + pacingRatePerSecond);
        require(pacingCancelReserve >= 0 && pacingCancelReserve < pacingBurst,
            "pacingCancelReserve must be 0..pacingBurst-1: " + pacingCancelReserve);
        require(pacingQueueCapacityBytes >= 4096 && Integer.bitCount(pacingQueueCapacityBytes) == 1,
            "pacingQueueCapacityBytes must be a power of two >= 4096: " + pacingQueueCapacityBytes);
        require(reconnectInitialBackoffMs >= 1 && reconnectMaxBackoffMs >= reconnectInitialBackoffMs,
            "reconnectInitialBackoffMs must be >= 1 and <= reconnectMaxBackoffMs: initial=" +
            reconnectInitialBackoffMs + " max=" + reconnectMaxBackoffMs);
        require(reconnectJitterPercent >= 0 && reconnectJitterPercent <= 100,
            "reconnectJitterPercent must be 0..100: " + reconnectJitterPercent);
        require(null != executionsAccount && (executionsAccount.isEmpty() || new AsciiField(32).set(executionsAccount)),
            "executionsAccount must be empty or printable ASCII of at most 32 chars: " + executionsAccount);
        concluded = true;
        return this;
    }

    public boolean isConcluded()
    {
        return concluded;
    }

    /**
     * @param host TWS / IB Gateway host name or address (default 127.0.0.1).
     */
    public TwsSessionContext host(final String host)
    {
        this.host = host;
        return this;
    }

    public String host()
    {
        return host;
    }

    /**
     * @param port TWS / IB Gateway API port (default 4002, paper Gateway; 4001 live, 7497/7496 TWS).
     */
    public TwsSessionContext port(final int port)
    {
        this.port = port;
        return this;
    }

    public int port()
    {
        return port;
    }

    /**
     * @param clientId API client id, unique per gateway; keep it fixed so orders re-attach after a reconnect.
     */
    public TwsSessionContext clientId(final int clientId)
    {
        this.clientId = clientId;
        return this;
    }

    public int clientId()
    {
        return clientId;
    }

    public TwsSessionContext connectTimeoutMs(final int connectTimeoutMs)
    {
        this.connectTimeoutMs = connectTimeoutMs;
        return this;
    }

    public int connectTimeoutMs()
    {
        return connectTimeoutMs;
    }

    /**
     * @param handshakeTimeoutMs how long to wait for the server's version reply after the hello.
     */
    public TwsSessionContext handshakeTimeoutMs(final int handshakeTimeoutMs)
    {
        this.handshakeTimeoutMs = handshakeTimeoutMs;
        return this;
    }

    public int handshakeTimeoutMs()
    {
        return handshakeTimeoutMs;
    }

    /**
     * @param maxFrameLengthBytes longest inbound frame accepted; longer ones are skipped and counted.
     */
    public TwsSessionContext maxFrameLengthBytes(final int maxFrameLengthBytes)
    {
        this.maxFrameLengthBytes = maxFrameLengthBytes;
        return this;
    }

    public int maxFrameLengthBytes()
    {
        return maxFrameLengthBytes;
    }

    /**
     * @param socketReceiveBufferBytes SO_RCVBUF, 0 for the OS default.
     */
    public TwsSessionContext socketReceiveBufferBytes(final int socketReceiveBufferBytes)
    {
        this.socketReceiveBufferBytes = socketReceiveBufferBytes;
        return this;
    }

    public int socketReceiveBufferBytes()
    {
        return socketReceiveBufferBytes;
    }

    /**
     * @param socketSendBufferBytes SO_SNDBUF, 0 for the OS default.
     */
    public TwsSessionContext socketSendBufferBytes(final int socketSendBufferBytes)
    {
        this.socketSendBufferBytes = socketSendBufferBytes;
        return this;
    }

    public int socketSendBufferBytes()
    {
        return socketSendBufferBytes;
    }

    public TwsSessionContext tcpNoDelay(final boolean tcpNoDelay)
    {
        this.tcpNoDelay = tcpNoDelay;
        return this;
    }

    public boolean tcpNoDelay()
    {
        return tcpNoDelay;
    }

    /**
     * @param connectOptions appended to the hello after a space, e.g. {@code +PACEAPI}; empty for none.
     */
    public TwsSessionContext connectOptions(final String connectOptions)
    {
        this.connectOptions = connectOptions;
        return this;
    }

    public String connectOptions()
    {
        return connectOptions;
    }

    public TwsSessionContext readerThreadName(final String readerThreadName)
    {
        this.readerThreadName = readerThreadName;
        return this;
    }

    public String readerThreadName()
    {
        return readerThreadName;
    }

    public TwsSessionContext conductorThreadName(final String conductorThreadName)
    {
        this.conductorThreadName = conductorThreadName;
        return this;
    }

    public String conductorThreadName()
    {
        return conductorThreadName;
    }

    /**
     * @param pacing true (default) to pace every outbound message to IB's limit. False sends every
     *               frame at once, unpaced: <b>for sinks and simulators only</b> (latency benchmarks
     *               against a loopback sink); IB Gateway disconnects a client over 50 messages a
     *               second. The other pacing settings are still checked but have no effect when off.
     */
    public TwsSessionContext pacing(final boolean pacing)
    {
        this.pacing = pacing;
        return this;
    }

    public boolean pacing()
    {
        return pacing;
    }

    /**
     * @param pacingRatePerSecond token refill rate over ALL outbound messages (default 45; IB's limit is 50).
     */
    public TwsSessionContext pacingRatePerSecond(final int pacingRatePerSecond)
    {
        this.pacingRatePerSecond = pacingRatePerSecond;
        return this;
    }

    public int pacingRatePerSecond()
    {
        return pacingRatePerSecond;
    }

    /**
     * @param pacingBurst tokens the bucket holds (default 5); burst + rate must stay within 50.
     */
    public TwsSessionContext pacingBurst(final int pacingBurst)
    {
        this.pacingBurst = pacingBurst;
        return this;
    }

    public int pacingBurst()
    {
        return pacingBurst;
    }

    /**
     * @param pacingCancelReserve tokens only cancels may use (default 1).
     */
    public TwsSessionContext pacingCancelReserve(final int pacingCancelReserve)
    {
        this.pacingCancelReserve = pacingCancelReserve;
        return this;
    }

    public int pacingCancelReserve()
    {
        return pacingCancelReserve;
    }

    /**
     * @param pacingQueueCapacityBytes most bytes queued while over budget (power of two, default 1 MiB).
     */
    public TwsSessionContext pacingQueueCapacityBytes(final int pacingQueueCapacityBytes)
    {
        this.pacingQueueCapacityBytes = pacingQueueCapacityBytes;
        return this;
    }

    public int pacingQueueCapacityBytes()
    {
        return pacingQueueCapacityBytes;
    }

    /**
     * @param reconnect true to let the session reconnect by itself after a drop, a failed first
     *                  connect, 1300, 504 or 326, with capped exponential back-off and jitter.
     */
    public TwsSessionContext reconnect(final boolean reconnect)
    {
        this.reconnect = reconnect;
        return this;
    }

    public boolean reconnect()
    {
        return reconnect;
    }

    public TwsSessionContext reconnectInitialBackoffMs(final int reconnectInitialBackoffMs)
    {
        this.reconnectInitialBackoffMs = reconnectInitialBackoffMs;
        return this;
    }

    public int reconnectInitialBackoffMs()
    {
        return reconnectInitialBackoffMs;
    }

    public TwsSessionContext reconnectMaxBackoffMs(final int reconnectMaxBackoffMs)
    {
        this.reconnectMaxBackoffMs = reconnectMaxBackoffMs;
        return this;
    }

    public int reconnectMaxBackoffMs()
    {
        return reconnectMaxBackoffMs;
    }

    /**
     * @param reconnectJitterPercent each back-off is randomised by up to this share, either way.
     */
    public TwsSessionContext reconnectJitterPercent(final int reconnectJitterPercent)
    {
        this.reconnectJitterPercent = reconnectJitterPercent;
        return this;
    }

    public int reconnectJitterPercent()
    {
        return reconnectJitterPercent;
    }

    /**
     * @param recoveryRequests true (default) to send REQ_IDS after every handshake and, once
     *                         NEXT_VALID_ID arrives (and after 1101 / 1102), REQ_OPEN_ORDERS,
     *                         REQ_COMPLETED_ORDERS, REQ_EXECUTIONS and REQ_POSITIONS.
     */
    public TwsSessionContext recoveryRequests(final boolean recoveryRequests)
    {
        this.recoveryRequests = recoveryRequests;
        return this;
    }

    public boolean recoveryRequests()
    {
        return recoveryRequests;
    }

    public TwsSessionContext completedOrdersApiOnly(final boolean completedOrdersApiOnly)
    {
        this.completedOrdersApiOnly = completedOrdersApiOnly;
        return this;
    }

    public boolean completedOrdersApiOnly()
    {
        return completedOrdersApiOnly;
    }

    /**
     * @param executionsAccount the account the recovery REQ_EXECUTIONS is filtered by; empty for all.
     */
    public TwsSessionContext executionsAccount(final String executionsAccount)
    {
        this.executionsAccount = executionsAccount;
        return this;
    }

    public String executionsAccount()
    {
        return executionsAccount;
    }

    public TwsSessionContext recoveryExecutionsReqId(final int recoveryExecutionsReqId)
    {
        this.recoveryExecutionsReqId = recoveryExecutionsReqId;
        return this;
    }

    public int recoveryExecutionsReqId()
    {
        return recoveryExecutionsReqId;
    }

    public String toString()
    {
        return "TwsSessionContext{" +
            "host=" + host +
            ", port=" + port +
            ", clientId=" + clientId +
            ", connectTimeoutMs=" + connectTimeoutMs +
            ", handshakeTimeoutMs=" + handshakeTimeoutMs +
            ", maxFrameLengthBytes=" + maxFrameLengthBytes +
            ", socketReceiveBufferBytes=" + socketReceiveBufferBytes +
            ", socketSendBufferBytes=" + socketSendBufferBytes +
            ", tcpNoDelay=" + tcpNoDelay +
            ", connectOptions='" + connectOptions + '\'' +
            ", readerThreadName=" + readerThreadName +
            ", conductorThreadName=" + conductorThreadName +
            ", pacing=" + pacing +
            ", pacingRatePerSecond=" + pacingRatePerSecond +
            ", pacingBurst=" + pacingBurst +
            ", pacingCancelReserve=" + pacingCancelReserve +
            ", pacingQueueCapacityBytes=" + pacingQueueCapacityBytes +
            ", reconnect=" + reconnect +
            ", reconnectInitialBackoffMs=" + reconnectInitialBackoffMs +
            ", reconnectMaxBackoffMs=" + reconnectMaxBackoffMs +
            ", reconnectJitterPercent=" + reconnectJitterPercent +
            ", recoveryRequests=" + recoveryRequests +
            ", completedOrdersApiOnly=" + completedOrdersApiOnly +
            ", executionsAccount=" + executionsAccount +
            ", recoveryExecutionsReqId=" + recoveryExecutionsReqId +
            '}';
    }

    private static void require(final boolean condition, final String message)
    {
        if (!condition)
        {
            throw new IllegalArgumentException(message);
        }
    }
}
