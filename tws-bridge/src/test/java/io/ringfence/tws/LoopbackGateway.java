package io.ringfence.tws;

import io.ringfence.codecs.tws.ClientHelloDecoder;
import io.ringfence.codecs.tws.HandshakeEncoder;
import io.ringfence.codecs.tws.TwsFrameAssembler;
import org.agrona.CloseHelper;
import org.agrona.ExpandableArrayBuffer;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A scriptable, misbehaving gateway on a real loopback socket, built from the codec's gateway-side
 * pieces: it accepts clients one after the other, reads each hello, optionally answers with a chosen server version,
 * then records every frame the client sends and writes whatever bytes the test gives it.
 */
final class LoopbackGateway implements AutoCloseable
{
    private final ServerSocket serverSocket;
    private final Thread thread;
    private final int replyVersion;
    private final boolean reply;
    private final CountDownLatch accepted = new CountDownLatch(1);
    private final BlockingQueue<List<String>> framesFromClient = new LinkedBlockingQueue<>();
    private volatile Socket socket;
    private volatile String hello = "";

    /**
     * @param replyVersion version to answer with.
     * @param reply        false to never answer the hello.
     */
    LoopbackGateway(final int replyVersion, final boolean reply) throws IOException
    {
        this.replyVersion = replyVersion;
        this.reply = reply;
        serverSocket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        thread = new Thread(this::serve, "loopback-gateway");
        thread.setDaemon(true);
        thread.start();
    }

    int port()
    {
        return serverSocket.getLocalPort();
    }

    /**
     * The hello text the client sent (e.g. {@code v100..193 +PACEAPI}), once it arrived.
     */
    String hello()
    {
        return hello;
    }

    /**
     * @return the next frame the client sent after its hello, as fields.
     */
    List<String> nextFrame() throws InterruptedException
    {
        final List<String> frame = framesFromClient.poll(10, TimeUnit.SECONDS);
        if (null == frame)
        {
            throw new AssertionError("no frame from the client within 10 s");
        }
        return frame;
    }

    void send(final byte[] bytes) throws Exception
    {
        if (!accepted.await(10, TimeUnit.SECONDS))
        {
            throw new AssertionError("no client connected");
        }
        socket.getOutputStream().write(bytes);                // unbuffered: no flush, the peer may close at once
    }

    void dropClient()
    {
        CloseHelper.quietClose(socket);
    }

    public void close() throws InterruptedException
    {
        CloseHelper.quietCloseAll(serverSocket, socket);
        thread.join(5_000);
    }

    private void serve()
    {
        while (!serverSocket.isClosed())
        {
            serveOneClient();
        }
    }

    private void serveOneClient()
    {
        try
        {
            socket = serverSocket.accept();
            accepted.countDown();
            final InputStream in = socket.getInputStream();
            final TwsFrameAssembler assembler = new TwsFrameAssembler(64 * 1024);
            final ClientHelloDecoder helloDecoder = new ClientHelloDecoder();
            final byte[] chunk = new byte[4096];
            boolean helloDone = false;
            int read;
            while ((read = in.read(chunk)) > 0)
            {
                assembler.append(chunk, 0, read);
                if (!helloDone && assembler.pollHello(helloDecoder) > 0)
                {
                    helloDone = true;
                    hello = "v" + helloDecoder.minVersion() + ".." + helloDecoder.maxVersion() +
                        (helloDecoder.connectOptions().isEmpty() ? "" : " " + helloDecoder.connectOptions());
                    if (reply)
                    {
                        final ExpandableArrayBuffer out = new ExpandableArrayBuffer(64);
                        final int length = new HandshakeEncoder().encodeServerReply(
                            out, 0, replyVersion, "20240102 09:30:00 EST");
                        socket.getOutputStream().write(Arrays.copyOf(out.byteArray(), length));
                    }
                }
                if (helloDone)
                {
                    assembler.poll((buffer, offset, length) -> framesFromClient.add(fields(buffer, offset, length)));
                }
            }
        }
        catch (final IOException ignore)
        {
            // socket closed by the test
        }
        finally
        {
            CloseHelper.quietClose(socket);
        }
    }

    private static List<String> fields(final org.agrona.DirectBuffer buffer, final int offset, final int length)
    {
        final byte[] bytes = new byte[length];
        buffer.getBytes(offset, bytes);
        return new ArrayList<>(Arrays.asList(new String(bytes, 0, length - 1, StandardCharsets.US_ASCII).split("\0", -1)));
    }
}
