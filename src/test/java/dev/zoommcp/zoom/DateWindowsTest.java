package dev.zoommcp.zoom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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

    @Test
    void oneDayAndOneMonth() {
        assertThat(DateWindows.split(d("2026-03-03"), d("2026-03-03"))).hasSize(1);
        assertThat(DateWindows.fitsOneRequest(d("2026-10-27"), d("2026-11-26"))).isTrue();
        assertThat(DateWindows.fitsOneRequest(d("2026-10-27"), d("2026-11-27"))).isFalse();
    }
}
