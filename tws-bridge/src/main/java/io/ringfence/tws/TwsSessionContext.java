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
