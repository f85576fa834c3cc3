package io.ringfence.codecs.tws;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AsciiFieldTest
{
    private final AsciiField field = new AsciiField(8);

    @Test
    void shouldHoldTextWhenSetFromCharSequenceOrBuffer()
    {
        assertThat(field.set("AAPL")).isTrue();
        assertThat(field).hasToString("AAPL");
        assertThat(field.length()).isEqualTo(4);
        assertThat(field.charAt(1)).isEqualTo('A');
        assertThat(field.byteAt(3)).isEqualTo((byte)'L');

        final UnsafeBuffer buffer = new UnsafeBuffer("xxMSFTyy".getBytes(StandardCharsets.US_ASCII));
        assertThat(field.set(buffer, 2, 4)).isTrue();
        assertThat(field.contentEquals("MSFT")).isTrue();
        assertThat(field.contentEquals(buffer, 2, 4)).isTrue();
        assertThat(field.contentEquals(buffer, 0, 4)).isFalse();
        assertThat(field.contentEquals("MSF")).isFalse();
    }

    @Test
    void shouldKeepContentAndRefuseWhenTextDoesNotFitOrIsNotPrintable()
    {
        field.set("SPY");

        assertThat(field.set("TOO-LONG-1")).isFalse();
        assertThat(field.set("caf\u00e9")).isFalse();
        assertThat(field.set("a\0b")).isFalse();
        assertThat(field.set(new UnsafeBuffer(new byte[]{ 'a', 0 }), 0, 2)).isFalse();
        assertThat(field.set(new UnsafeBuffer(new byte[16]), 0, 9)).isFalse();
        assertThat(field).hasToString("SPY");
        assertThat(field.set("tab\tok")).as("tab is allowed").isTrue();
    }

    @Test
    void shouldCopyBytesOutAndCompareByContent()
    {
        field.set("DU1");
        final UnsafeBuffer out = new UnsafeBuffer(new byte[8]);

        assertThat(field.getBytes(out, 2)).isEqualTo(3);
        assertThat(out.getStringWithoutLengthAscii(2, 3)).isEqualTo("DU1");

        final AsciiField other = new AsciiField(32);
        other.set(field);
        assertThat(other).isEqualTo(field).hasSameHashCodeAs(field);
        assertThat(other.subSequence(1, 3)).hasToString("U1");
        assertThat(field.clear().isEmpty()).isTrue();
        assertThat(other).isNotEqualTo(field);
    }

    @Test
    void shouldThrowWhenIndexIsOutsideContent()
    {
        field.set("AB");

        assertThatExceptionOfType(IndexOutOfBoundsException.class).isThrownBy(() -> field.byteAt(2));
    }
}
