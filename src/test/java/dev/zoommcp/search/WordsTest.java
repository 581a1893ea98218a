package dev.zoommcp.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void textWordsAreFoldedAndStemmedAsEnglish() {
        assertThat(Words.of(Analyzers.TEXT, "Pricing, PRICED and the prices' Café")).containsExactly("price", "cafe");
        assertThat(Words.of(Analyzers.TEXT, "Dana's decision")).containsExactly("dana", "decis");
    }

    @Test
    void aWordOfAnotherLanguageStillMatchesItselfWhateverItsCaseAndAccents() {
        assertThat(Words.of(Analyzers.TEXT, "Preiserhöhung")).isEqualTo(Words.of(Analyzers.TEXT, "PREISERHOHUNG"));
        assertThat(Words.of(Analyzers.TEXT, "réunion")).isEqualTo(Words.of(Analyzers.TEXT, "Reunion"));
    }

    @Test
    void namesAreFoldedButNotStemmed() {
        assertThat(Words.of(Analyzers.NAMES, "José Álvarez-Smith")).containsExactly("jose", "alvarez", "smith");
        assertThat(Words.of(Analyzers.NAMES, "Pricing")).containsExactly("pricing");
    }

    @Test
    void aTopicFilterKeepsTopicsWithEveryWordInAnyForm() {
        Predicate<String> planning = Words.inTopic("weekly PLAN");

        assertThat(planning).accepts("Weekly planning 3", "Plans, weekly").rejects("Weekly sync", "Planning", null);
    }

    @Test
    void aNameFilterKeepsNamesWithEveryWholeWord() {
        Predicate<String> dana = Words.inName("dana");

        assertThat(dana).accepts("Dana Kim", "DÀNA", "Kim, Dana").rejects("Danae Kim", "Priya Natarajan", null);
        assertThat(Words.inName("Dana Kim")).accepts("dana kim").rejects("Dana Smith");
    }

    @Test
    void aFilterWithoutWordsIsRefused() {
        assertThatThrownBy(() -> Words.inTopic("the ...")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Words.inName(" - ")).isInstanceOf(IllegalArgumentException.class);
    }
}
