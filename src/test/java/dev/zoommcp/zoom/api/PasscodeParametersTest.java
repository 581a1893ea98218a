package dev.zoommcp.zoom.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasscodeParametersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "https://zoom.us/rec/play/abc?pwd=s3cret|https://zoom.us/rec/play/abc",
            "https://zoom.us/rec/play/abc?startTime=1&pwd=s3cret&x=2|https://zoom.us/rec/play/abc?startTime=1&x=2",
            "https://zoom.us/rec/play/abc?PWD=s3cret#t=10|https://zoom.us/rec/play/abc#t=10",
            "https://zoom.us/rec/play/abc?pwd|https://zoom.us/rec/play/abc",
            "https://zoom.us/rec/play/abc?pwdx=1&&a=b|https://zoom.us/rec/play/abc?pwdx=1&a=b",
            "https://zoom.us/rec/play/abc|https://zoom.us/rec/play/abc",
            "NULL|NULL",
    })
    void thePasscodeParameterIsRemovedAndNothingElse(String url, String expected) {
        assertThat(PasscodeParameters.removedFrom(url)).isEqualTo(expected);
    }
}
