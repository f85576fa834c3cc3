package io.ringfence.client;

import io.ringfence.codecs.ClientRingDescriptor;
import io.ringfence.codecs.sbe.CancelOrderEncoder;
import io.ringfence.codecs.sbe.FillDecoder;
import io.ringfence.codecs.sbe.MessageHeaderDecoder;
import io.ringfence.codecs.sbe.MessageHeaderEncoder;
import io.ringfence.codecs.sbe.ModifyOrderEncoder;
import io.ringfence.codecs.sbe.NewBracketEncoder;
import io.ringfence.codecs.sbe.NewOrderEncoder;
import io.ringfence.codecs.sbe.OrderAcceptedDecoder;
import io.ringfence.codecs.sbe.OrderRefusedDecoder;
import io.ringfence.codecs.sbe.OrderStatusUpdateDecoder;
import io.ringfence.codecs.sbe.PositionReportDecoder;
import io.ringfence.codecs.sbe.QueryEncoder;
import io.ringfence.codecs.sbe.QueryEndDecoder;
import io.ringfence.codecs.sbe.TargetPositionEncoder;
import io.ringfence.codecs.sbe.TargetResultDecoder;
import org.agrona.DirectBuffer;
import org.agrona.IoUtil;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.broadcast.BroadcastReceiver;
import org.agrona.concurrent.ringbuffer.ManyToOneRingBuffer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A strategy's connection to the engine: its ingress ring (intents out) and egress broadcast
 * buffer (events in), both memory-mapped files the engine created under
 * {@code <run_dir>/clients/<name>/}. Allocation-free after {@link #connect}; not thread-safe —
 * use one instance per thread (several processes of one client may write at once). It sees the
 * events sent after it connected, every process of the client sees all of them.
 * <pre>
 *   NewOrderEncoder order = client.newOrder();   // wrapped over the client's scratch buffer
 *   order.correlationId(7).side(Side.BUY)...;
 *   if (!client.commit()) { ... ring full: back off, nothing was sent ... }
 *   client.poll(handler, 10);
 * </pre>
 */
public final class RingfenceClient implements AutoCloseable
{
    private final MappedByteBuffer ingressMapping;
    private final MappedByteBuffer egressMapping;
    private final ManyToOneRingBuffer ingress;
    private final UnsafeBuffer clientStatus;
    private final BroadcastReceiver egress;
    private final UnsafeBuffer outBuffer = new UnsafeBuffer(new byte[1024]);
    private final UnsafeBuffer inBuffer = new UnsafeBuffer(new byte[16 * 1024]);
    private final MessageHeaderEncoder headerEncoder = new MessageHeaderEncoder();
    private final MessageHeaderDecoder headerDecoder = new MessageHeaderDecoder();
    private final NewOrderEncoder newOrderEncoder = new NewOrderEncoder();
    private final CancelOrderEncoder cancelOrderEncoder = new CancelOrderEncoder();
    private final ModifyOrderEncoder modifyOrderEncoder = new ModifyOrderEncoder();
    private final TargetPositionEncoder targetPositionEncoder = new TargetPositionEncoder();
    private final NewBracketEncoder newBracketEncoder = new NewBracketEncoder();
    private final QueryEncoder queryEncoder = new QueryEncoder();
    private final PositionReportDecoder positionDecoder = new PositionReportDecoder();
    private final QueryEndDecoder queryEndDecoder = new QueryEndDecoder();
    private final TargetResultDecoder targetResultDecoder = new TargetResultDecoder();
    private final OrderAcceptedDecoder acceptedDecoder = new OrderAcceptedDecoder();
    private final OrderRefusedDecoder refusedDecoder = new OrderRefusedDecoder();
    private final OrderStatusUpdateDecoder statusDecoder = new OrderStatusUpdateDecoder();
    private final FillDecoder fillDecoder = new FillDecoder();
    private int pendingLength;
    private long lappedCount;

    private RingfenceClient(final MappedByteBuffer ingressMapping, final MappedByteBuffer egressMapping)
    {
        this.ingressMapping = ingressMapping;
        this.egressMapping = egressMapping;
        final int ringLength = ClientRingDescriptor.ingressRingLengthOfFile(ingressMapping.capacity());
        this.ingress = new ManyToOneRingBuffer(new UnsafeBuffer(ingressMapping, 0, ringLength));
        this.clientStatus = new UnsafeBuffer(ingressMapping, ringLength, ClientRingDescriptor.CLIENT_STATUS_LENGTH);
        this.egress = new BroadcastReceiver(new UnsafeBuffer(egressMapping));
        skipEventsBeforeConnect();
        this.lappedCount = egress.lappedCount();
    }

    /**
     * Map the rings of client {@code clientName} under {@code runDir}.
     *
     * @throws IllegalStateException if the engine has not created them (not running, or no such client).
     */
    public static RingfenceClient connect(final Path runDir, final String clientName)
    {
        final Path dir = ClientRingDescriptor.clientDir(runDir, clientName);
        final MappedByteBuffer ingress = map(dir.resolve(ClientRingDescriptor.INGRESS_FILE));
        final MappedByteBuffer egress;
        try
        {
            egress = map(dir.resolve(ClientRingDescriptor.EGRESS_FILE));
        }
        catch (final RuntimeException ex)
        {
            IoUtil.unmap(ingress);
            throw ex;
        }
        return new RingfenceClient(ingress, egress);
    }

    /**
     * Start a NewOrder intent in the scratch buffer; {@link #commit()} publishes it.
     */
    public NewOrderEncoder newOrder()
    {
        return start(newOrderEncoder.wrapAndApplyHeader(outBuffer, 0, headerEncoder), NewOrderEncoder.BLOCK_LENGTH);
    }

    /**
     * Start a CancelOrder intent in the scratch buffer; {@link #commit()} publishes it.
     */
    public CancelOrderEncoder cancelOrder()
    {
        return start(cancelOrderEncoder.wrapAndApplyHeader(outBuffer, 0, headerEncoder), CancelOrderEncoder.BLOCK_LENGTH);
    }

    /**
     * Start a ModifyOrder intent in the scratch buffer; {@link #commit()} publishes it.
     */
    public ModifyOrderEncoder modifyOrder()
    {
        return start(modifyOrderEncoder.wrapAndApplyHeader(outBuffer, 0, headerEncoder), ModifyOrderEncoder.BLOCK_LENGTH);
    }

    /**
     * Start a query of the engine's view of one account (an order by key, working orders by key
     * prefix, positions); the answer comes as events under its correlation id, then a QueryEnd.
     */
    public QueryEncoder query()
    {
        return start(queryEncoder.wrapAndApplyHeader(outBuffer, 0, headerEncoder), QueryEncoder.BLOCK_LENGTH);
    }

    /**
     * Start a bracket: an entry with a take-profit and a stop-loss (keys {@code key/tp} and
     * {@code key/sl}), placed together, the exits one-cancels-all. Fill it in, then {@link #commit()}.
     */
    public NewBracketEncoder newBracket()
    {
        return start(newBracketEncoder.wrapAndApplyHeader(outBuffer, 0, headerEncoder), NewBracketEncoder.BLOCK_LENGTH);
    }

    /**
     * Start a target position for one symbol: the engine sends one order for the difference
     * between the target and its view of the position (executions plus working orders), or
     * nothing; it answers with a TargetResult. Fill it in, then {@link #commit()}.
     */
    public TargetPositionEncoder targetPosition()
    {
        return start(targetPositionEncoder.wrapAndApplyHeader(outBuffer, 0, headerEncoder), TargetPositionEncoder.BLOCK_LENGTH);
    }

    /**
     * The block after the header starts zeroed, so a field the caller leaves unset reads 0 (not
     * set, for the optional ids a newer schema added), never the last intent's bytes.
     */
    private <T> T start(final T encoder, final int blockLength)
    {
        outBuffer.setMemory(MessageHeaderEncoder.ENCODED_LENGTH, blockLength, (byte)0);
        pendingLength = MessageHeaderEncoder.ENCODED_LENGTH + blockLength;
        return encoder;
    }

    /**
     * Publish the intent started by {@link #newOrder()}, {@link #cancelOrder()} or {@link #modifyOrder()}.
     *
     * @return false, at once, if the ring is full (nothing was published) or nothing was started.
     */
    public boolean commit()
    {
        final int length = pendingLength;
        pendingLength = 0;
        return length > 0 && write(outBuffer, 0, length);
    }

    /**
     * Publish an already-encoded SBE intent (header included).
     *
     * @return false, at once, if the ring is full.
     */
    public boolean publish(final DirectBuffer buffer, final int offset, final int length)
    {
        return write(buffer, offset, length);
    }

    /**
     * Writes the ring refused (full), counted in the ring file for the engine's back-pressure
     * counter, by every process of this client together.
     */
    public long refusedWrites()
    {
        return clientStatus.getLongVolatile(ClientRingDescriptor.REFUSED_WRITES_OFFSET);
    }

    private boolean write(final DirectBuffer buffer, final int offset, final int length)
    {
        if (ingress.write(ClientRingDescriptor.MSG_TYPE_ID, buffer, offset, length))
        {
            return true;
        }
        clientStatus.getAndAddLong(ClientRingDescriptor.REFUSED_WRITES_OFFSET, 1);
        return false;
    }

    /**
     * Deliver up to {@code limit} events to the handler.
     *
     * @return the number of events delivered.
     */
    public int poll(final ClientEventHandler handler, final int limit)
    {
        int count = 0;
        while (count < limit && egress.receiveNext())
        {
            final int length = egress.length();
            if (length > inBuffer.capacity() || length < MessageHeaderDecoder.ENCODED_LENGTH)
            {
                continue;
            }
            inBuffer.putBytes(0, egress.buffer(), egress.offset(), length);
            if (!egress.validate())
            {
                continue;
            }
            final long lapped = egress.lappedCount();
            if (lapped != lappedCount)
            {
                lappedCount = lapped;
                handler.onLapped(lapped);
            }
            if (dispatch(handler))
            {
                count++;
            }
        }
        return count;
    }

    /**
     * A new broadcast receiver starts at the latest record already sent; a client sees only what
     * is sent after it connected.
     */
    private void skipEventsBeforeConnect()
    {
        while (egress.receiveNext())
        {
            egress.validate();
        }
    }

    private boolean dispatch(final ClientEventHandler handler)
    {
        headerDecoder.wrap(inBuffer, 0);
        final int offset = MessageHeaderDecoder.ENCODED_LENGTH;
        final int blockLength = headerDecoder.blockLength();
        final int version = headerDecoder.version();
        switch (headerDecoder.templateId())
        {
            case OrderAcceptedDecoder.TEMPLATE_ID ->
                handler.onAccepted(acceptedDecoder.wrap(inBuffer, offset, blockLength, version));
            case OrderRefusedDecoder.TEMPLATE_ID ->
                handler.onRefused(refusedDecoder.wrap(inBuffer, offset, blockLength, version));
            case OrderStatusUpdateDecoder.TEMPLATE_ID ->
                handler.onStatus(statusDecoder.wrap(inBuffer, offset, blockLength, version));
            case FillDecoder.TEMPLATE_ID ->
                handler.onFill(fillDecoder.wrap(inBuffer, offset, blockLength, version));
            case TargetResultDecoder.TEMPLATE_ID ->
                handler.onTargetResult(targetResultDecoder.wrap(inBuffer, offset, blockLength, version));
            case PositionReportDecoder.TEMPLATE_ID ->
                handler.onPositionReport(positionDecoder.wrap(inBuffer, offset, blockLength, version));
            case QueryEndDecoder.TEMPLATE_ID ->
                handler.onQueryEnd(queryEndDecoder.wrap(inBuffer, offset, blockLength, version));
            default ->
            {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close()
    {
        IoUtil.unmap(ingressMapping);
        IoUtil.unmap(egressMapping);
    }

    private static MappedByteBuffer map(final Path file)
    {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE))
        {
            return channel.map(FileChannel.MapMode.READ_WRITE, 0, Files.size(file));
        }
        catch (final NoSuchFileException ex)
        {
            throw new IllegalStateException("no ring file " + file + ": is the engine running with this client configured?");
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
    }
}
