package dev.zoommcp.zoom.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MeetingIdsTest {

    @Test
    void numericIdsAndPlainUuidsAreEncodedOnce() {
        assertThat(MeetingIds.toPathSegment("85746065432")).isEqualTo("85746065432");
        assertThat(MeetingIds.toPathSegment("4444AAAiAAAAAiAiAiiAii==")).isEqualTo("4444AAAiAAAAAiAiAiiAii%3D%3D");
        assertThat(MeetingIds.toPathSegment("ab/c+d==")).isEqualTo("ab%2Fc%2Bd%3D%3D");
    }

    @Test
    void uuidsStartingWithASlashOrContainingTwoAreEncodedTwice() {
        assertThat(MeetingIds.toPathSegment("/ajXp112QmuoKj4854875=="))
                .isEqualTo("%252FajXp112QmuoKj4854875%253D%253D");
        assertThat(MeetingIds.toPathSegment("ab//cd")).isEqualTo("ab%252F%252Fcd");
    }
}
