package io.ringfence.sim;

import io.ringfence.codecs.tws.CancelOrderEncoder;
import io.ringfence.codecs.tws.HandshakeEncoder;
import io.ringfence.codecs.tws.PlaceOrderEncoder;
import io.ringfence.codecs.tws.ServerHelloDecoder;
import io.ringfence.codecs.tws.StartApiEncoder;
import io.ringfence.codecs.tws.TwsFieldWriter;
import io.ringfence.codecs.tws.TwsFrameAssembler;
import io.ringfence.codecs.tws.TwsOrder;
import io.ringfence.codecs.tws.TwsProtocolError;
import io.ringfence.codecs.tws.TwsServerVersion;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * A blocking TWS client for tests, built only from the codec's client-side pieces. Every decoded
 * gateway message becomes one {@link ReplyLines} line in {@link #lines()}; tests wait for lines with
 * {@link #await(String)}.
 */
final class TwsTestClient implements AutoCloseable
{
    private static final int READ_TIMEOUT_MS = 5_000;

    private final Socket socket;
    private final InputStream in;
    private final UnsafeBuffer sendBuffer = new UnsafeBuffer(new byte[PlaceOrderEncoder.MAX_FRAME_LENGTH_BYTES]);
    private final byte[] receiveBytes = new byte[8192];
    private final TwsFrameAssembler assembler = new TwsFrameAssembler(64 * 1024);
    private final ReplyLines replyLines = new ReplyLines();
    private final List<String> lines = replyLines.lines();
    private final ReplyFrames adapter = new ReplyFrames(replyLines);
    private final ServerHelloDecoder serverHello = new ServerHelloDecoder();
    private final PlaceOrderEncoder placeOrderEncoder = new PlaceOrderEncoder();
    private final CancelOrderEncoder cancelOrderEncoder = new CancelOrderEncoder();
    private int consumed;
    private int serverVersion;
    private String connectionTime;

    TwsTestClient(final int port) throws IOException
    {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(READ_TIMEOUT_MS);
        socket.setTcpNoDelay(true);
        in = socket.getInputStream();
    }

    /**
     * Hello with {@code v100..193} and read the server reply.
     */
    TwsTestClient handshake() throws IOException
    {
        return handshake(TwsServerVersion.MIN_CLIENT_VERSION, TwsServerVersion.MAX_CLIENT_VERSION);
    }

    TwsTestClient handshake(final int minVersion, final int maxVersion) throws IOException
    {
        send(new HandshakeEncoder().encodeClientHello(sendBuffer, 0, minVersion, maxVersion, ""));
        readUntil(() -> 0 != serverVersion || !lines.isEmpty(), this::onFirstFrame);
        return this;
    }

    /**
     * START_API, then wait for NEXT_VALID_ID.
     *
     * @return the next valid order id.
     */
    int startApi(final int clientId) throws IOException
    {
        send(new StartApiEncoder().encode(sendBuffer, 0, clientId, ""));
        return Integer.parseInt(await("nextValidId ").substring("nextValidId ".length()));
    }

    void placeOrder(final TwsOrder order) throws IOException
    {
        send(placeOrderEncoder.encode(sendBuffer, 0, serverVersion, order));
    }

    void cancelOrder(final int orderId) throws IOException
    {
        send(cancelOrderEncoder.encode(sendBuffer, 0, serverVersion, orderId));
    }

    /**
     * Send a hand-built frame.
     */
    void sendFrame(final Consumer<TwsFieldWriter> fields) throws IOException
    {
        final TwsFieldWriter writer = new TwsFieldWriter().beginFrame(sendBuffer, 0);
        fields.accept(writer);
        send(writer.endFrame());
    }

    void sendRaw(final byte[] bytes) throws IOException
    {
        socket.getOutputStream().write(bytes);
        socket.getOutputStream().flush();
    }

    /**
     * Read until a line starting with {@code prefix} arrives after the last one awaited.
     *
     * @return that line; lines before it are skipped.
     */
    String await(final String prefix) throws IOException
    {
        final int[] found = { -1 };
        readUntil(() -> (found[0] = indexOf(prefix)) >= 0, null);
        consumed = found[0] + 1;
        return lines.get(found[0]);
    }

    /**
     * @return true once the gateway closed the socket (reads until end of stream).
     */
    boolean awaitClosed() throws IOException
    {
        try
        {
            while (read() >= 0)
            {
                assembler.poll(this::onFrame);
            }
        }
        catch (final SocketTimeoutException ex)
        {
            return false;
        }
        catch (final IOException ex)
        {
            return true;
        }
        assembler.poll(this::onFrame);
        return true;
    }

    List<String> lines()
    {
        return lines;
    }

    int serverVersion()
    {
        return serverVersion;
    }

    String connectionTime()
    {
        return connectionTime;
    }

    public void close() throws IOException
    {
        socket.close();
    }

    private void onFirstFrame(final DirectBuffer buffer, final int offset, final int length)
    {
        if (0 == serverVersion && serverHello.decode(buffer, offset, length) == TwsProtocolError.NONE)
        {
            serverVersion = serverHello.serverVersion();
            connectionTime = serverHello.connectionTime().toString();
        }
        else if (0 == serverVersion)
        {
            adapter.onFrame(buffer, offset, length, TwsServerVersion.MIN_SUPPORTED);
        }
        else
        {
            onFrame(buffer, offset, length);
        }
    }

    private void onFrame(final DirectBuffer buffer, final int offset, final int length)
    {
        adapter.onFrame(buffer, offset, length, serverVersion);
    }

    private int indexOf(final String prefix)
    {
        for (int i = consumed; i < lines.size(); i++)
        {
            if (lines.get(i).startsWith(prefix))
            {
                return i;
            }
        }
        return -1;
    }

    private void readUntil(final BooleanSupplier done, final FrameConsumer firstFrames)
        throws IOException
    {
        while (!done.getAsBoolean())
        {
            if (read() < 0)
            {
                throw new IOException("gateway closed the connection; lines so far: " + lines);
            }
            assembler.poll(null == firstFrames ? this::onFrame : firstFrames::onFrame);
        }
    }

    private int read() throws IOException
    {
        try
        {
            final int bytesRead = in.read(receiveBytes);
            if (bytesRead > 0)
            {
                assembler.append(receiveBytes, 0, bytesRead);
            }
            return bytesRead;
        }
        catch (final SocketTimeoutException ex)
        {
            throw new SocketTimeoutException("no answer within " + READ_TIMEOUT_MS + " ms; lines so far: " + lines);
        }
    }

    private void send(final int length) throws IOException
    {
        socket.getOutputStream().write(sendBuffer.byteArray(), 0, length);
        socket.getOutputStream().flush();
    }

    @FunctionalInterface
    private interface FrameConsumer
    {
        void onFrame(DirectBuffer buffer, int offset, int length);
    }
}
