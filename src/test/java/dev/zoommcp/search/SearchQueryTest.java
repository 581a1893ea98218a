package dev.zoommcp.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SearchQueryTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "pricing|price",
            "Pricing Decisions|price decis",
            "\"price increase\"|\"price increas\"",
            "price -increase|price -increas",
            "+price +Café|+price +cafe",
            "pric*|pric*",
            "Q3-launch|\"q3 launch\"",
            "what's the price?|what price",
            "launch: date|launch date",
            "price/cost|price cost",
            "title:secret|titl secret",
            "price~2 budget^3|price 2 budget 3",
            "to: Dana|dana",
            "[a TO z] {x} ^2 ~1|z x 2 1",
            "\"price increase|price increas",
            "(pricing|price",
            "\"title:price|titl price",
            "pricing AND|price",
            "great! news|great new",
            "C:\\\\path|c path",
    })
    void readsAnyTextWithoutFailing(String text, String query) {
        assertThat(SearchQuery.parse(text)).hasToString(query);
    }

    @ParameterizedTest
    @ValueSource(strings = { "the", "\"\"", "-price", "NOT price", "!!", "*", "?", "a an the", "NOT" })
    void refusesTextWithNothingToFind(String text) {
        assertThatThrownBy(() -> SearchQuery.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
