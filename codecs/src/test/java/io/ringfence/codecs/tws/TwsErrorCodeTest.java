package io.ringfence.codecs.tws;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ERR_MSG table, row by row against protocol sheet sections 6.6 to 6.8.
 */
class TwsErrorCodeTest
{
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "2104,INFORMATIONAL", "2106,INFORMATIONAL", "2158,INFORMATIONAL", "2107,INFORMATIONAL",
        "2108,INFORMATIONAL", "2119,INFORMATIONAL", "399,INFORMATIONAL", "404,INFORMATIONAL",
        "10349,INFORMATIONAL", "2109,INFORMATIONAL", "10167,INFORMATIONAL", "2103,INFORMATIONAL",
        "1100,CONNECTIVITY", "1101,CONNECTIVITY", "1102,CONNECTIVITY", "1300,CONNECTIVITY", "2110,CONNECTIVITY",
        "201,ORDER_REJECTED", "200,ORDER_REJECTED", "103,ORDER_REJECTED", "110,ORDER_REJECTED",
        "203,ORDER_REJECTED", "10006,ORDER_REJECTED",
        "104,MODIFY_REJECTED", "105,MODIFY_REJECTED", "2102,MODIFY_REJECTED",
        "202,CANCEL_CONFIRMED",
        "10147,CANCEL_REJECTED", "10148,CANCEL_REJECTED", "161,CANCEL_REJECTED", "135,CANCEL_REJECTED",
        "100,PACING",
        "326,CLIENT_ID_IN_USE",
        "504,NOT_CONNECTED", "502,NOT_CONNECTED",
        "321,REQUEST_ERROR", "320,REQUEST_ERROR", "322,REQUEST_ERROR", "327,REQUEST_ERROR", "10268,REQUEST_ERROR",
        "0,UNKNOWN", "-1,UNKNOWN", "99999,UNKNOWN"
    })
    void shouldClassifyCodeWhenListed(final int code, final TwsErrorCategory expected)
    {
        assertThat(TwsErrorCode.classify(code)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "1100,LOST", "2110,LOST", "1101,RESTORED_DATA_LOST", "1102,RESTORED_DATA_MAINTAINED", "1300,SOCKET_RESET",
        "2104,NONE", "202,NONE"
    })
    void shouldTellConnectivityChangesApartWhenConnectivityCode(final int code, final TwsErrorCode.Connectivity expected)
    {
        assertThat(TwsErrorCode.connectivity(code)).isEqualTo(expected);
    }

    @Test
    void shouldNeverChangeOrderStateWhenInformationalOrCancelRejected()
    {
        for (final int code : new int[]{ 2104, 2106, 2158, 399, 404, 10349, 10147, 10148, 161, 100, 99999 })
        {
            assertThat(TwsErrorCode.classify(code).affectsOrderState()).as("code %d", code).isFalse();
        }
        assertThat(TwsErrorCode.classify(201).affectsOrderState()).isTrue();
        assertThat(TwsErrorCode.classify(202).affectsOrderState()).isTrue();
    }

    @Test
    void shouldKeepStableCategoryCodes()
    {
        final TwsErrorCategory[] values = TwsErrorCategory.values();
        for (int i = 0; i < values.length; i++)
        {
            assertThat(values[i].code()).isEqualTo(i);
        }
    }
}
