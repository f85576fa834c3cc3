package io.ringfence.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ringfence.client.RingfenceClient;
import io.ringfence.codecs.ClientRingDescriptor;
import io.ringfence.codecs.sbe.MessageHeaderEncoder;
import io.ringfence.config.RingfenceConfig;
import org.agrona.IoUtil;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.broadcast.BroadcastReceiver;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.MappedByteBuffer;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * One gate intent from the CLI (preview, approval, kill switch, promotion): encode it, publish
 * it on the client's ingress ring, read the answer with the same correlation id from the
 * client's egress buffer, print one JSON object (or a line) and return the exit code: 0 done,
 * 2 refused with the typed code, 3 no answer.
 */
final class GateCall
{
    private static final ObjectMapper JSON = new ObjectMapper();

    @FunctionalInterface
    interface Encoding
    {
        /**
         * Encode the intent (header included) at offset 0 with this correlation id.
         *
         * @return its length in bytes.
         */
        int encode(MutableDirectBuffer buffer, long correlationId) throws OrderFields.Malformed;
    }

    private GateCall()
    {
    }

    static int run(final ClientOptions options, final Encoding encoding) throws InterruptedException
    {
        final long correlationId = CorrelationIds.next();
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[1024]);
        final int length;
        try
        {
            length = encoding.encode(buffer, correlationId);
        }
        catch (final OrderFields.Malformed ex)
        {
            return print(System.out, options.json, failure("MALFORMED_INTENT", ex.getMessage()), ExitCodes.REFUSED);
        }
        try (RingfenceClient client = ClientConnection.open(options))
        {
            final RingfenceConfig config = options.config.load();
            final Path egressFile = ClientRingDescriptor.clientDir(config.runDir(), options.client)
                .resolve(ClientRingDescriptor.EGRESS_FILE);
            final MappedByteBuffer egress = IoUtil.mapExistingFile(egressFile.toFile(), "egress");
            try
            {
                final BroadcastReceiver receiver = new BroadcastReceiver(new UnsafeBuffer(egress));
                while (receiver.receiveNext())
                {
                    receiver.validate();
                }
                if (!client.publish(buffer, 0, length))
                {
                    return print(System.out, options.json,
                        failure("INGRESS_FULL", "the client's ingress ring is full; nothing was sent"), ExitCodes.FAILED);
                }
                return await(receiver, correlationId, options);
            }
            finally
            {
                IoUtil.unmap(egress);
            }
        }
        catch (final ClientConnection.NotRunning ex)
        {
            return print(System.out, options.json, failure("ENGINE_NOT_RUNNING", ex.getMessage()), ExitCodes.NO_ANSWER);
        }
    }

    private static int await(final BroadcastReceiver receiver, final long correlationId, final ClientOptions options)
        throws InterruptedException
    {
        final GateReply reply = new GateReply();
        final UnsafeBuffer copy = new UnsafeBuffer(new byte[16 * 1024]);
        final long deadlineNs = System.nanoTime() + TimeUnit.SECONDS.toNanos(options.timeoutSeconds);
        while (System.nanoTime() - deadlineNs < 0)
        {
            if (!receiver.receiveNext())
            {
                Thread.sleep(1);
                continue;
            }
            final int length = receiver.length();
            if (length < MessageHeaderEncoder.ENCODED_LENGTH || length > copy.capacity())
            {
                continue;
            }
            copy.putBytes(0, receiver.buffer(), receiver.offset(), length);
            if (!receiver.validate())
            {
                continue;
            }
            final ObjectNode answer = reply.decode(copy, 0, correlationId);
            if (answer != null)
            {
                return print(System.out, options.json, answer, reply.refusal() == null ? ExitCodes.OK : ExitCodes.REFUSED);
            }
        }
        return print(System.out, options.json,
            failure("NO_ANSWER", "the engine did not answer in time: is `ringfence run` running?"), ExitCodes.NO_ANSWER);
    }

    static ObjectNode failure(final String code, final String detail)
    {
        return JSON.createObjectNode().put("ok", false).put("code", code).put("detail", detail);
    }

    static int print(final PrintStream out, final boolean json, final ObjectNode node, final int exitCode)
    {
        if (json)
        {
            try
            {
                out.println(JSON.writeValueAsString(node));
            }
            catch (final JsonProcessingException ex)
            {
                throw new UncheckedIOException(ex);
            }
        }
        else if (node.path("ok").asBoolean())
        {
            final StringBuilder line = new StringBuilder("ok");
            node.fields().forEachRemaining(field ->
            {
                if (!"ok".equals(field.getKey()))
                {
                    line.append(' ').append(field.getKey()).append('=').append(field.getValue().asText());
                }
            });
            out.println(line);
        }
        else
        {
            out.println("refused: " + node.path("code").asText() + " (" + node.path("detail").asText() + ")");
        }
        return exitCode;
    }
}
