package dev.zoommcp.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class RankingTest {

    private static final List<Passage> PASSAGES = List.of(
            new Passage(0, "transcript", 4L, "Priya Natarajan", "We priced the Q3 launch at forty dollars."),
            new Passage(0, "transcript", 30L, "Dana Kim", "The price increase worries me, the price matters."),
            new Passage(1, "chat", 75L, "Sam Lee", "Link to the pricing sheet"),
            new Passage(1, "summary", null, null, "Decisions: keep the increase small; prices go up in price review."),
            new Passage(2, "transcript", 10L, "Dana Kim", "Budget talk only."));

    private static List<Ranking.Hit> rank(String query) {
        return Ranking.rank(PASSAGES, SearchQuery.parse(query), 10, 240).hits();
    }

    @Test
    void oneWordFindsEveryFormOfIt() {
        assertThat(rank("pricing")).extracting(h -> h.passage().text()).containsExactlyInAnyOrder(
                PASSAGES.get(0).text(), PASSAGES.get(1).text(), PASSAGES.get(2).text(), PASSAGES.get(3).text());
    }

    @Test
    void hitsAreOrderedByScoreBestFirst() {
        List<Ranking.Hit> hits = rank("price increase");

        assertThat(hits).extracting(h -> h.score()).isSortedAccordingTo((a, b) -> Float.compare(b, a));
        assertThat(hits.get(0).passage()).isEqualTo(PASSAGES.get(1));
        assertThat(hits.get(0).score()).isGreaterThan(hits.get(hits.size() - 1).score());
    }

    @Test
    void aPhraseMatchesOnlyThePhrase() {
        assertThat(rank("\"price increase\"")).extracting(Ranking.Hit::passage).containsExactly(PASSAGES.get(1));
        assertThat(rank("\"increase price\"")).isEmpty();
    }

    @Test
    void excludedWordsDropPassages() {
        assertThat(rank("price -increase")).extracting(Ranking.Hit::passage)
                .containsExactlyInAnyOrder(PASSAGES.get(0), PASSAGES.get(2));
    }

    @Test
    void snippetsMarkTheMatchedWordsAsWritten() {
        assertThat(rank("\"price increase\"").get(0).snippet())
                .isEqualTo("The **price** **increase** worries me, the price matters.");
        assertThat(rank("pricing").stream().filter(h -> h.passage().equals(PASSAGES.get(2))).findFirst().orElseThrow()
                .snippet()).isEqualTo("Link to the **pricing** sheet");
    }

    @Test
    void aLongPassageIsCutAroundTheMatchWithEllipses() {
        String text = "filler words ".repeat(40) + "the pricing decision " + "more filler ".repeat(40);
        List<Ranking.Hit> hits = Ranking.rank(List.of(new Passage(0, "transcript", 0L, null, text)),
                SearchQuery.parse("pricing"), 5, 80).hits();

        String snippet = hits.get(0).snippet();
        assertThat(snippet).startsWith("…").endsWith("…").contains("**pricing**").hasSizeLessThan(120);
    }

    @Test
    void theTotalCountsEveryMatchBeyondTheOnesReturned() {
        Ranking.Ranked ranked = Ranking.rank(PASSAGES, SearchQuery.parse("price"), 2, 240);

        assertThat(ranked.hits()).hasSize(2);
        assertThat(ranked.total()).isEqualTo(4);
    }

    @Test
    void nothingToRankIsNoHit() {
        assertThat(Ranking.rank(List.of(), SearchQuery.parse("price"), 5, 240).total()).isZero();
    }
}
