package dev.zoommcp.zoom.listing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;

class DateWindowsTest {

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void aYearIsTwelveCalendarMonthsNewestFirst() {
        List<DateWindows.Window> windows = DateWindows.split(d("2025-01-01"), d("2025-12-31"));

        assertThat(windows).hasSize(12);
        assertThat(windows.get(0)).isEqualTo(new DateWindows.Window(d("2025-12-01"), d("2025-12-31")));
        assertThat(windows.get(10)).isEqualTo(new DateWindows.Window(d("2025-02-01"), d("2025-02-28")));
        assertThat(windows.get(11)).isEqualTo(new DateWindows.Window(d("2025-01-01"), d("2025-01-31")));
    }

    @Test
    void windowsCoverEveryDayOnceEvenAcrossMonthEnds() {
        LocalDate from = d("2024-01-31");
        LocalDate to = d("2024-05-30");
        List<DateWindows.Window> windows = DateWindows.split(from, to);

        LocalDate expected = to;
        for (DateWindows.Window w : windows) {
            assertThat(w.to()).isEqualTo(expected);
            assertThat(DateWindows.fitsOneRequest(w.from(), w.to())).isTrue();
            expected = w.from().minusDays(1);
        }
        assertThat(expected).isEqualTo(from.minusDays(1));
    }

    private static final LocalDate FIRST = d("2026-01-01");
    /** Four consecutive years, 2028 a leap year. */
    private static final LocalDate LAST = d("2029-12-31");

    /** What Zoom accepts in one request, stated independently of the code: less than a calendar month, ≤ 31 days. */
    private static void assertZoomAccepts(DateWindows.Window w) {
        assertThat(w.from()).isBeforeOrEqualTo(w.to());
        assertThat(w.to()).as(w.toString()).isBefore(w.from().plusMonths(1));
        assertThat(ChronoUnit.DAYS.between(w.from(), w.to()) + 1).as(w.toString()).isLessThanOrEqualTo(31);
    }

    @Test
    void theDefaultRangeIsOneRequestOnEveryDayOfFourYears() {
        for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
            DateWindows.Window month = DateWindows.monthEndingOn(day);

            assertThat(month.to()).isEqualTo(day);
            assertZoomAccepts(month);
            assertThat(DateWindows.split(month.from(), month.to())).containsExactly(month);
            assertThat(DateWindows.fitsOneRequest(month.from().minusDays(1), day)).as("longest: " + month).isFalse();
            assertThat(ChronoUnit.DAYS.between(month.from(), day) + 1).as(month.toString()).isBetween(28L, 31L);
        }
    }

    @Test
    void windowsOfAnyRangeFitOneRequestAndCoverItExactlyOnceNewestFirst() {
        for (LocalDate from = FIRST; !from.isAfter(LAST); from = from.plusDays(1)) {
            for (LocalDate to : List.of(from, from.plusDays(27), from.plusDays(30), from.plusDays(31), from.plusDays(59),
                    from.plusMonths(1), from.plusMonths(1).minusDays(1), from.plusMonths(12).minusDays(1))) {
                List<DateWindows.Window> windows = DateWindows.split(from, to);
                LocalDate expectedTo = to;
                for (DateWindows.Window w : windows) {
                    assertZoomAccepts(w);
                    assertThat(w.to()).isEqualTo(expectedTo);
                    expectedTo = w.from().minusDays(1);
                }
                assertThat(expectedTo).as(from + ".." + to).isEqualTo(from.minusDays(1));
                assertThat(windows.size() == 1).as(from + ".." + to).isEqualTo(DateWindows.fitsOneRequest(from, to));
            }
        }
    }

    @Test
    void oneDayAndOneMonth() {
        assertThat(DateWindows.split(d("2026-03-03"), d("2026-03-03"))).hasSize(1);
        assertThat(DateWindows.fitsOneRequest(d("2026-10-27"), d("2026-11-26"))).isTrue();
        assertThat(DateWindows.fitsOneRequest(d("2026-10-27"), d("2026-11-27"))).isFalse();
    }
}
