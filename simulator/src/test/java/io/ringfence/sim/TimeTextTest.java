package io.ringfence.sim;

import org.junit.jupiter.api.Test;

import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class TimeTextTest
{
    private static final long JAN_2_2024_1430_UTC_MS = 1_704_205_800_000L;

    @Test
    void shouldFormatLocalTimeWithZoneId()
    {
        final TimeText timeText = new TimeText(ZoneId.of("America/New_York"));

        assertThat(timeText.format(JAN_2_2024_1430_UTC_MS)).isEqualTo("20240102 09:30:00 America/New_York");
        assertThat(timeText.format(JAN_2_2024_1430_UTC_MS + 999)).isEqualTo("20240102 09:30:00 America/New_York");
        assertThat(timeText.format(JAN_2_2024_1430_UTC_MS + 1_000)).isEqualTo("20240102 09:30:01 America/New_York");
    }

    @Test
    void shouldFormatAcrossDaylightSaving()
    {
        final TimeText timeText = new TimeText(ZoneId.of("America/New_York"));

        assertThat(timeText.format(1_719_930_600_000L)).isEqualTo("20240702 10:30:00 America/New_York");
    }
}
