package io.ringfence.codecs.tws;

import org.agrona.DirectBuffer;
import org.agrona.ExpandableArrayBuffer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.util.ArrayList;
import java.util.List;

import static io.ringfence.codecs.tws.TwsTestFrames.frame;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TwsFrameAssemblerTest
{
    private final List<List<String>> frames = new ArrayList<>();
    private final List<TwsProtocolError> errors = new ArrayList<>();
    private final TwsFrameHandler handler = new TwsFrameHandler()
    {
        public void onFrame(final DirectBuffer buffer, final int offset, final int length)
        {
            frames.add(TwsTestFrames.payloadFields(buffer, offset, length));
        }

        public void onFrameError(final TwsProtocolError error, final int frameLengthBytes)
        {
            errors.add(error);
        }
    };

    private static byte[] concat(final byte[]... parts) throws Exception
    {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (final byte[] part : parts)
        {
            out.write(part);
        }
        return out.toByteArray();
    }

    @Test
    void shouldDeliverSeveralFramesWhenOneReadHoldsThem() throws Exception
    {
        final TwsFrameAssembler assembler = new TwsFrameAssembler(1024);
        final byte[] bytes = concat(frame("9", "1", "1000"), frame("15", "1", "DU1"), frame("4", "2", "-1", "2104", "ok", ""));

        assembler.append(bytes, 0, bytes.length);

        assertThat(assembler.poll(handler)).isEqualTo(3);
        assertThat(frames).containsExactly(
            List.of("9", "1", "1000"), List.of("15", "1", "DU1"), List.of("4", "2", "-1", "2104", "ok", ""));
        assertThat(assembler.bytesBuffered()).isZero();
    }

    @Test
    void shouldReassembleFramesWhenBytesArriveOneAtATime() throws Exception
    {
        final TwsFrameAssembler assembler = new TwsFrameAssembler(1024);
        final byte[] bytes = concat(frame("3", "7", "Filled"), frame("9", "1", "42"));

        int delivered = 0;
        for (int i = 0; i < bytes.length; i++)
        {
            assembler.append(bytes, i, 1);
            delivered += assembler.poll(handler);
        }

        assertThat(delivered).isEqualTo(2);
        assertThat(frames).containsExactly(List.of("3", "7", "Filled"), List.of("9", "1", "42"));
    }

    @Test
    void shouldKeepFramesBufferedWhenPollIsLimited() throws Exception
    {
        final TwsFrameAssembler assembler = new TwsFrameAssembler(1024);
        final byte[] bytes = concat(frame("193", "20240102 09:30:00 EST"), frame("15", "1", "DU1"));
        assembler.append(bytes, 0, bytes.length);

        assertThat(assembler.poll(handler, 1)).isEqualTo(1);
        assertThat(frames).containsExactly(List.of("193", "20240102 09:30:00 EST"));
        assertThat(assembler.bytesBuffered()).isEqualTo(frame("15", "1", "DU1").length);
        assertThat(assembler.poll(handler)).isEqualTo(1);
    }

    @Test
    void shouldKeepPartialFrameWhenReadEndsMidFrame() throws Exception
    {
        final TwsFrameAssembler assembler = new TwsFrameAssembler(1024);
        final byte[] bytes = concat(frame("9", "1", "1"), frame("9", "1", "2"));
        final int split = frame("9", "1", "1").length + 5;

        assembler.append(bytes, 0, split);
        assertThat(assembler.poll(handler)).isEqualTo(1);
        assertThat(assembler.bytesBuffered()).isEqualTo(5);

        assembler.append(bytes, split, bytes.length - split);
        assertThat(assembler.poll(handler)).isEqualTo(1);
        assertThat(frames).containsExactly(List.of("9", "1", "1"), List.of("9", "1", "2"));
    }

    @Test
    void shouldSkipAndCountFrameWhenLongerThanMaximum() throws Exception
    {
        final TwsFrameAssembler assembler = new TwsFrameAssembler(16);
        final byte[] big = frame("4", "2", "-1", "2104", "a message longer than sixteen bytes", "");
        final byte[] bytes = concat(big, frame("9", "1", "5"));

        for (int i = 0; i < bytes.length; i += 7)
        {
            assembler.append(bytes, i, Math.min(7, bytes.length - i));
            assembler.poll(handler);
        }

        assertThat(errors).containsExactly(TwsProtocolError.FRAME_TOO_LONG);
        assertThat(assembler.frameErrors()).isEqualTo(1);
        assertThat(assembler.isFailed()).isFalse();
        assertThat(frames).containsExactly(List.of("9", "1", "5"));
    }

    @Test
    void shouldFailWithoutThrowingWhenLengthIsBeyondIbLimit()
    {
        final TwsFrameAssembler assembler = new TwsFrameAssembler(1024);
        final byte[] bytes = { 'A', 'P', 'I', 0, 0, 0, 0, 9 };

        assembler.append(bytes, 0, bytes.length);

        assertThat(assembler.poll(handler)).isZero();
        assertThat(errors).containsExactly(TwsProtocolError.INVALID_FRAME_LENGTH);
        assertThat(assembler.isFailed()).isTrue();
        assertThat(assembler.frameErrors()).isEqualTo(1);

        assembler.reset();
        assertThat(assembler.isFailed()).isFalse();
        assertThat(assembler.bytesBuffered()).isZero();
    }

    @Test
    void shouldSkipEmptyFrameWhenLengthIsZero() throws Exception
    {
        final TwsFrameAssembler assembler = new TwsFrameAssembler(1024);
        final byte[] bytes = concat(new byte[4], frame("9", "1", "3"));

        assembler.append(bytes, 0, bytes.length);

        assertThat(assembler.poll(handler)).isEqualTo(1);
        assertThat(errors).containsExactly(TwsProtocolError.MALFORMED_MESSAGE_ID);
    }

    @Test
    void shouldReadFromChannelAndPollFrames() throws Exception
    {
        final TwsFrameAssembler assembler = new TwsFrameAssembler(1024);
        final byte[] bytes = concat(frame("9", "1", "77"), frame("15", "1", "DU1,DU2,"));
        final ReadableByteChannel channel = Channels.newChannel(new ByteArrayInputStream(bytes));

        int read;
        while ((read = assembler.readFrom(channel)) > 0)
        {
            assembler.poll(handler);
        }

        assertThat(read).isEqualTo(-1);
        assertThat(frames).containsExactly(List.of("9", "1", "77"), List.of("15", "1", "DU1,DU2,"));
    }

    @Test
    void shouldReadClientHelloThenFramesWhenBothArriveTogether() throws Exception
    {
        final ExpandableArrayBuffer buffer = new ExpandableArrayBuffer(64);
        final int helloLength = new HandshakeEncoder().encodeClientHello(buffer, 0, 100, 193, "+PACEAPI");
        final byte[] startApi = frame("71", "2", "7", "");
        final byte[] bytes = concat(buffer.byteArray().clone(), startApi);
        System.arraycopy(startApi, 0, bytes, helloLength, startApi.length);
        final TwsFrameAssembler assembler = new TwsFrameAssembler(1024);
        final ClientHelloDecoder hello = new ClientHelloDecoder();

        assembler.append(bytes, 0, 3);
        assertThat(assembler.pollHello(hello)).isZero();
        assembler.append(bytes, 3, helloLength + startApi.length - 3);

        assertThat(assembler.pollHello(hello)).isEqualTo(helloLength);
        assertThat(hello.maxVersion()).isEqualTo(193);
        assertThat(assembler.poll(handler)).isEqualTo(1);
        assertThat(frames).containsExactly(List.of("71", "2", "7", ""));
    }

    @Test
    void shouldRefuseMaximumOutsideIbLimit()
    {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new TwsFrameAssembler(TwsFrameAssembler.IB_MAX_FRAME_LENGTH_BYTES + 1));
    }
}
