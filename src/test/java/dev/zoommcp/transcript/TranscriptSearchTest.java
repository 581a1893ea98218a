package dev.zoommcp.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class TranscriptSearchTest {

    private static Turn turn(int second, String speaker, String text) {
        return new Turn(Duration.ofSeconds(second), Duration.ofSeconds(second + 1), speaker, text);
    }

    @Test
    void findsThePhraseCaseAndSpacingInsensitively() {
        List<Turn> turns = List.of(turn(0, "A", "The Q3   launch moved."), turn(5, "B", "Nothing here"),
                turn(9, null, "q3 launch again"));

        List<TranscriptSearch.Hit> hits = TranscriptSearch.find(turns, "  Q3 LAUNCH ", 200);

        assertThat(hits).extracting(h -> h.turn().start().toSeconds()).containsExactly(0L, 9L);
        assertThat(hits.get(0).snippet()).isEqualTo("The Q3 launch moved.");
    }

    @Test
    void longTurnsGiveASnippetAroundTheMatch() {
        String text = "a".repeat(500) + " needle " + "b".repeat(500);

        String snippet = TranscriptSearch.find(List.of(turn(0, "A", text)), "needle", 60).get(0).snippet();

        assertThat(snippet).contains("needle").startsWith("…").endsWith("…").hasSizeLessThan(70);
    }
}
