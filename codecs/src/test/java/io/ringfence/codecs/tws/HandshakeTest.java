package io.ringfence.codecs.tws;

import org.agrona.ExpandableArrayBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class HandshakeTest
{
    private final ExpandableArrayBuffer buffer = new ExpandableArrayBuffer(128);
    private final HandshakeEncoder encoder = new HandshakeEncoder();
    private final ClientHelloDecoder helloDecoder = new ClientHelloDecoder();

    private static UnsafeBuffer hello(final String text)
    {
        final byte[] textBytes = text.getBytes(StandardCharsets.US_ASCII);
        final UnsafeBuffer hello = new UnsafeBuffer(new byte[8 + textBytes.length]);
        hello.putBytes(0, new byte[]{ 'A', 'P', 'I', 0 });
        hello.putInt(4, textBytes.length, java.nio.ByteOrder.BIG_ENDIAN);
        hello.putBytes(8, textBytes);
        return hello;
    }

    @Test
    void shouldWriteExactHelloBytesWhenEncodingDefaultRange()
    {
        final int length = encoder.encodeClientHello(buffer, 0);

        final byte[] expected = { 'A', 'P', 'I', 0, 0, 0, 0, 9, 'v', '1', '0', '0', '.', '.', '1', '9', '3' };
        assertThat(Arrays.copyOf(buffer.byteArray(), length)).containsExactly(expected);
    }

    @Test
    void shouldDecodeRangeAndConnectOptionsWhenHelloCarriesThem()
    {
        final int length = encoder.encodeClientHello(buffer, 0, 100, 193, "+PACEAPI");

        assertThat(helloDecoder.decode(buffer, 0, length)).isEqualTo(length);
        assertThat(helloDecoder.minVersion()).isEqualTo(100);
        assertThat(helloDecoder.maxVersion()).isEqualTo(193);
        assertThat(helloDecoder.connectOptions()).hasToString("+PACEAPI");
        assertThat(helloDecoder.negotiate(176, 193)).isEqualTo(193);
    }

    @Test
    void shouldNegotiateLowerMaximumWhenClientDeclaresLess()
    {
        final UnsafeBuffer hello = hello("v157..178");

        assertThat(helloDecoder.decode(hello, 0, hello.capacity())).isEqualTo(hello.capacity());
        assertThat(helloDecoder.negotiate(176, 193)).isEqualTo(178);
        assertThat(helloDecoder.connectOptions().isEmpty()).isTrue();
    }

    @Test
    void shouldDecodeSingleVersionWhenMinEqualsMax()
    {
        final int length = encoder.encodeClientHello(buffer, 0, 176, 176, "");

        assertThat(buffer.getStringWithoutLengthAscii(8, length - 8)).isEqualTo("v176");
        assertThat(helloDecoder.decode(buffer, 0, length)).isEqualTo(length);
        assertThat(helloDecoder.minVersion()).isEqualTo(176);
        assertThat(helloDecoder.maxVersion()).isEqualTo(176);
        assertThat(helloDecoder.negotiate(177, 193)).isEqualTo(-1);
    }

    @Test
    void shouldAskForMoreBytesWhenHelloIsIncomplete()
    {
        final int length = encoder.encodeClientHello(buffer, 0);

        for (int available = 0; available < length; available++)
        {
            assertThat(helloDecoder.decode(buffer, 0, available)).isZero();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "100..193", "vx", "v193..100", "v100..", "v100..193+PACEAPI" })
    void shouldRefuseHelloWhenVersionTextIsMalformed(final String text)
    {
        final UnsafeBuffer hello = hello(text);

        assertThat(helloDecoder.decode(hello, 0, hello.capacity())).isEqualTo(-1);
        assertThat(helloDecoder.error()).isEqualTo(TwsProtocolError.MALFORMED_HELLO);
    }

    @Test
    void shouldRefuseHelloImmediatelyWhenPrefixIsWrong()
    {
        final UnsafeBuffer garbage = new UnsafeBuffer("GET / HTTP/1.1".getBytes(StandardCharsets.US_ASCII));

        assertThat(helloDecoder.decode(garbage, 0, 2)).isEqualTo(-1);
        assertThat(helloDecoder.error()).isEqualTo(TwsProtocolError.MALFORMED_HELLO);
    }

    @Test
    void shouldRoundTripServerReplyWhenVersionIsSupported()
    {
        final int length = encoder.encodeServerReply(buffer, 0, 193, "20240102 09:30:00 EST");
        final ServerHelloDecoder decoder = new ServerHelloDecoder();

        assertThat(TwsTestFrames.fields(buffer, 0, length)).containsExactly("193", "20240102 09:30:00 EST");
        assertThat(decoder.decode(buffer, 4, length - 4)).isEqualTo(TwsProtocolError.NONE);
        assertThat(decoder.serverVersion()).isEqualTo(193);
        assertThat(decoder.connectionTime()).hasToString("20240102 09:30:00 EST");
    }

    @ParameterizedTest
    @ValueSource(ints = { 100, 175, 194, 201 })
    void shouldReportUnsupportedServerVersionWhenOutsideRange(final int serverVersion)
    {
        final int length = encoder.encodeServerReply(buffer, 0, serverVersion, "20240102 09:30:00 EST");

        assertThat(new ServerHelloDecoder().decode(buffer, 4, length - 4))
            .isEqualTo(TwsProtocolError.UNSUPPORTED_SERVER_VERSION);
    }

    @Test
    void shouldReportTruncatedWhenServerReplyLacksTime()
    {
        final UnsafeBuffer payload = TwsTestFrames.payloadBuffer("193");

        assertThat(new ServerHelloDecoder().decode(payload, 0, payload.capacity())).isEqualTo(TwsProtocolError.TRUNCATED);
    }
}
