package dev.zoommcp.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PagingTest {

    @Test
    void textPagesEndAtLineBoundariesAndCoverEverything() {
        String text = "aaaa\nbbbb\ncccc\ndd\n";

        Paging.Page<String> first = Paging.ofText(text, 0, 10);
        Paging.Page<String> second = Paging.ofText(text, first.next(), 10);

        assertThat(first.content()).isEqualTo("aaaa\nbbbb\n");
        assertThat(second.content()).isEqualTo("cccc\ndd\n");
        assertThat(second.hasNext()).isFalse();
    }

    @Test
    void aLineLongerThanThePageStillMovesForward() {
        Paging.Page<String> page = Paging.ofText("0123456789abc\nx\n", 0, 5);

        assertThat(page.content()).isEqualTo("0123456789abc\n");
        assertThat(page.next()).isEqualTo(14);
    }

    @Test
    void itemPagesRespectTheBudget() {
        List<String> items = List.of("aaa", "bbb", "ccc", "d");

        Paging.Page<List<String>> first = Paging.ofItems(items, 0, 7, String::length);
        Paging.Page<List<String>> rest = Paging.ofItems(items, first.next(), 7, String::length);

        assertThat(first.content()).containsExactly("aaa", "bbb");
        assertThat(rest.content()).containsExactly("ccc", "d");
        assertThat(rest.hasNext()).isFalse();
    }

    @Test
    void offsetsPastTheEndGiveAnEmptyLastPage() {
        assertThat(Paging.ofText("abc\n", 99, 10).content()).isEmpty();
        assertThat(Paging.ofItems(List.of("a"), 5, 10, String::length).content()).isEmpty();
    }
}
