package dev.zoommcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.zoommcp.chat.ChatMessage;
import dev.zoommcp.chat.ChatParser;
import dev.zoommcp.net.HostPatterns;
import dev.zoommcp.zoom.ZoomException;
import dev.zoommcp.zoom.api.ZoomErrors;
import dev.zoommcp.zoom.listing.DateWindows;

/**
 * The server's case-insensitive and date handling under a hostile default locale and time zone: Turkish (where "I"
 * lower-cases to a dotless "ı" and "i" upper-cases to "İ") and UTC+14. The test suite's JVM runs in English
 * (RestAssured, a test client, compares status words with the default locale), so the locale-sensitive parts of the
 * server are checked here under Turkish explicitly.
 */
class TurkishLocaleTest {

    private static Locale locale;
    private static TimeZone zone;

    @BeforeAll
    static void turkishInKiritimati() {
        locale = Locale.getDefault();
        zone = TimeZone.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        TimeZone.setDefault(TimeZone.getTimeZone(ZoneId.of("Pacific/Kiritimati")));
    }

    @AfterAll
    static void restore() {
        Locale.setDefault(locale);
        TimeZone.setDefault(zone);
    }

    @Test
    void hostsWithCapitalIMatch() {
        assertThat(HostPatterns.matches("API.ZOOM.US", List.of("*.zoom.us"))).isTrue();
        assertThat(HostPatterns.matches("api.zoom.us", List.of("*.ZOOM.US", "LINK.ZOOM.US"))).isTrue();
        assertThat(HostPatterns.matches("LINK.ZOOM.US", List.of("link.zoom.us"))).isTrue();
    }

    @Test
    void chatMarkersAndGroupsInCapitalsAreRecognised() {
        List<ChatMessage> messages = ChatParser.parse("00:01:00\tJane to Sam(DIRECT MESSAGE):\thi\n"
                + "00:02:00\tHost to WAITING ROOM PARTICIPANTS:\twelcome\n"
                + "00:03:00\t From  Jane  to  Sam(PRIVATELY):\n\tyo\n");

        assertThat(messages).extracting(ChatMessage::recipient).containsExactly("Sam", "WAITING ROOM PARTICIPANTS", "Sam");
        assertThat(messages).extracting(ChatMessage::isDirect).containsExactly(true, false, true);
    }

    @Test
    void retryAfterDatesAndDefaultRangesIgnoreTheZone() {
        Clock clock = Clock.fixed(Instant.parse("2026-12-31T23:00:00Z"), ZoneId.of("UTC"));

        ZoomException.RateLimited limited = (ZoomException.RateLimited) ZoomErrors.fromStatus(429, "{}",
                "Thu, 31 Dec 2026 23:00:30 GMT", "QPS", clock);
        assertThat(limited.retryAfter()).contains(Duration.ofSeconds(30));
        assertThat(DateWindows.monthEndingOn(java.time.LocalDate.now(clock)).from()).hasToString("2026-12-01");
    }
}
