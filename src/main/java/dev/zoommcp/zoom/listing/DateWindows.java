package dev.zoommcp.zoom.listing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Zoom lists recordings for at most one month per request. A longer range is cut into consecutive windows of at most
 * a month each, counted from the first day (so a range starting on the 1st gives calendar months), returned newest
 * first, covering every day of the range exactly once.
 */
public final class DateWindows {

    /** An inclusive range of UTC days. */
    public record Window(LocalDate from, LocalDate to) {
    }

    private DateWindows() {
    }

    public static List<Window> split(LocalDate from, LocalDate to) {
        List<Window> windows = new ArrayList<>();
        LocalDate start = from;
        while (!start.isAfter(to)) {
            LocalDate end = start.plusMonths(1).minusDays(1);
            if (end.isAfter(to)) {
                end = to;
            }
            windows.add(0, new Window(start, end));
            start = end.plusDays(1);
        }
        return windows;
    }

    /**
     * The longest range ending on {@code to} that Zoom serves in one request: the month window that ends that day, as
     * Zoom counts a month ({@code from + 1 month - 1 day >= to}). 28 to 31 days depending on the calendar; never two
     * requests, whatever the day of the year.
     */
    public static Window monthEndingOn(LocalDate to) {
        LocalDate from = to.minusMonths(1).plusDays(1);
        while (fitsOneRequest(from.minusDays(1), to)) {
            from = from.minusDays(1);
        }
        while (!fitsOneRequest(from, to)) {
            from = from.plusDays(1);
        }
        return new Window(from, to);
    }

    /** Whether Zoom accepts the range in one request. */
    public static boolean fitsOneRequest(LocalDate from, LocalDate to) {
        return !to.isAfter(from.plusMonths(1).minusDays(1));
    }
}
