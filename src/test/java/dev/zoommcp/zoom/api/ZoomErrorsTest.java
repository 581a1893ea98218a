package dev.zoommcp.zoom.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import jakarta.ws.rs.ProcessingException;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonParseException;

import dev.zoommcp.zoom.ZoomException;

class ZoomErrorsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-28T23:59:40Z"), ZoneOffset.UTC);

    @Test
    void readsTheApiErrorShape() {
        ZoomException e = ZoomErrors.fromStatus(401, "{\"code\":124,\"message\":\"Invalid access token.\"}", null, null, CLOCK);

        assertThat(e).isInstanceOf(ZoomException.ClientError.class);
        assertThat(e.status()).isEqualTo(401);
        assertThat(e.zoomCode()).contains("124");
        assertThat(e.zoomMessage()).contains("Invalid access token.");
        assertThat(e.getMessage()).isEqualTo("HTTP 401, Zoom code 124");
        assertThat(e.describe()).isEqualTo("HTTP 401, Zoom code 124: Invalid access token.");
        assertThat(e.isTransient()).isFalse();
    }

    @Test
    void readsTheOAuthErrorShape() {
        ZoomException e = ZoomErrors.fromStatus(400, "{\"reason\":\"Invalid Token!\",\"error\":\"invalid_grant\"}", null,
                null, CLOCK);

        assertThat(e.zoomCode()).contains("invalid_grant");
        assertThat(e.zoomMessage()).contains("Invalid Token!");
    }

    @Test
    void includesValidationDetails() {
        ZoomException e = ZoomErrors.fromStatus(400, "{\"code\":300,\"message\":\"Validation Failed.\","
                + "\"errors\":[{\"field\":\"from\",\"message\":\"Invalid date.\"}]}", null, null, CLOCK);

        assertThat(e.zoomMessage()).contains("Validation Failed. (from: Invalid date.)");
    }

    @Test
    void bodiesThatAreNotZoomJsonLeaveOnlyTheStatus() {
        assertThat(ZoomErrors.fromStatus(502, "<html>Bad gateway</html>", null, null, CLOCK).getMessage()).isEqualTo("HTTP 502");
        assertThat(ZoomErrors.fromStatus(404, "", null, null, CLOCK).getMessage()).isEqualTo("HTTP 404");
        assertThat(ZoomErrors.fromStatus(503, null, null, null, CLOCK)).isInstanceOf(ZoomException.ServerError.class)
                .matches(ZoomException::isTransient);
    }

    @Test
    void longMessagesAreClipped() {
        ZoomException e = ZoomErrors.fromStatus(400, "{\"message\":\"" + "x".repeat(5000) + "\"}", null, null, CLOCK);

        assertThat(e.zoomMessage().orElseThrow()).hasSizeLessThan(310);
    }

    /** A real token is a JWT of ~800 characters: echoed across the shown part's end, no prefix of it may survive. */
    @Test
    void aLongSecretEchoedAcrossTheCutIsScrubbedWhole() {
        String token = "eyJ" + "k".repeat(900);
        ZoomException e = ZoomErrors.fromStatus(401, "{\"code\":124,\"message\":\"" + "A".repeat(290) + token + "\"}",
                null, null, CLOCK).withoutSecrets(token);

        assertThat(e.zoomMessage().orElseThrow()).doesNotContain("eyJ").doesNotContain("kkkk");
        assertThat(e.describe()).doesNotContain("eyJ");
    }

    @Test
    void rateLimitsCarryRetryAfterAndDailyQuota() {
        ZoomException.RateLimited perSecond = (ZoomException.RateLimited) ZoomErrors.fromStatus(429, "{}", "2", "QPS", CLOCK);
        assertThat(perSecond.retryAfter()).contains(Duration.ofSeconds(2));
        assertThat(perSecond.dailyLimit()).isFalse();

        ZoomException.RateLimited daily = (ZoomException.RateLimited) ZoomErrors.fromStatus(429, "{}", null,
                "Daily-limit", CLOCK);
        assertThat(daily.dailyLimit()).isTrue();
        assertThat(daily.retryAfter()).isEmpty();
    }

    @Test
    void retryAfterMayBeAnHttpDate() {
        String in30s = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(CLOCK).plusSeconds(30));

        assertThat(in30s).isEqualTo("Sun, 1 Mar 2026 00:00:10 GMT");
        assertThat(ZoomErrors.parseRetryAfter(in30s, CLOCK)).isEqualTo(Duration.ofSeconds(30));
        assertThat(ZoomErrors.parseRetryAfter("Sat, 28 Feb 2026 23:00:00 GMT", CLOCK)).isEqualTo(Duration.ZERO);
        assertThat(ZoomErrors.parseRetryAfter("soon", CLOCK)).isNull();
        assertThat(ZoomErrors.parseRetryAfter("-5", CLOCK)).isEqualTo(Duration.ZERO);
    }

    @Test
    void normalizesTransportAndParsingFailuresWithoutCopyingTheirMessages() {
        Throwable refused = ZoomErrors.normalize(new ProcessingException(
                new ConnectException("Connection refused: localhost/127.0.0.1:443 https://zoom.us/secret-url")));
        assertThat(refused).isInstanceOf(ZoomException.Unreachable.class);
        assertThat(((ZoomException) refused).describe()).contains("could not connect").doesNotContain("secret-url");

        Throwable malformed = ZoomErrors.normalize(new ProcessingException(new JsonParseException(null, "Unexpected")));
        assertThat(malformed).isInstanceOf(ZoomException.BadResponse.class);

        IllegalStateException bug = new IllegalStateException("bug");
        assertThat(ZoomErrors.normalize(bug)).isSameAs(bug);
    }
}
