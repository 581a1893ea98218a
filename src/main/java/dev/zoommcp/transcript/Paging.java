package dev.zoommcp.transcript;

import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Cuts long transcripts into pages of at most {@code maxChars} characters, at line or item boundaries, so that an agent
 * can read a long meeting in several calls. A page always holds at least one line or item, even a longer one.
 */
public final class Paging {

    /** One page: its content and where the next starts, or {@code -1} when this is the last. */
    public record Page<T>(T content, int next) {
        public boolean hasNext() {
            return next >= 0;
        }
    }

    private Paging() {
    }

    /** Lines of {@code text} from character {@code offset}, whole lines only. */
    public static Page<String> ofText(String text, int offset, int maxChars) {
        int start = Math.min(Math.max(offset, 0), text.length());
        int end = start;
        while (end < text.length()) {
            int lineEnd = text.indexOf('\n', end);
            int next = lineEnd < 0 ? text.length() : lineEnd + 1;
            if (next - start > maxChars && end > start) {
                break;
            }
            end = next;
        }
        return new Page<>(text.substring(start, end), end < text.length() ? end : -1);
    }

    /** Items from index {@code offset} while the sum of their sizes stays within {@code maxChars}. */
    public static <T> Page<List<T>> ofItems(List<T> items, int offset, int maxChars, ToIntFunction<T> size) {
        int start = Math.min(Math.max(offset, 0), items.size());
        int end = start;
        int used = 0;
        while (end < items.size()) {
            int itemSize = size.applyAsInt(items.get(end));
            if (used + itemSize > maxChars && end > start) {
                break;
            }
            used += itemSize;
            end++;
        }
        return new Page<>(items.subList(start, end), end < items.size() ? end : -1);
    }
}
