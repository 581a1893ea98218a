package dev.zoommcp.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CompactTextTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = CompactTextTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theSampleTranscriptShrinksByAtLeastFortyPercent() throws IOException {
        String vtt = resource("/zoom/transcript.vtt");

        String text = Transcript.compactText(VttParser.parse(vtt));

        assertThat((double) text.length() / vtt.length()).isLessThanOrEqualTo(0.60);
    }

    @Test
    void fillersAreDroppedSoThatTheyDoNotSplitATurn() {
        String vtt = "WEBVTT\n\n00:00.000 --> 00:01.000\nAna Lima: First part\n\n"
                + "00:01.000 --> 00:02.000\nBo Chen: Mm-hmm.\n\n00:02.000 --> 00:03.000\nAna Lima: second part.\n";

        assertThat(Transcript.compactText(VttParser.parse(vtt))).isEqualTo("[00:00] Ana: First part second part.\n");
    }

    @Test
    void sharedFirstNamesKeepFullNamesAndTitlesAreSkipped() {
        String vtt = "WEBVTT\n\n00:00.000 --> 00:01.000\nSam Lee: one\n\n00:01.000 --> 00:02.000\nSam Park: two\n\n"
                + "00:02.000 --> 00:03.000\nDr. Jane Roe: three\n";

        assertThat(Transcript.compactText(VttParser.parse(vtt)))
                .isEqualTo("[00:00] Sam Lee: one\n[00:01] Sam Park: two\n[00:02] Jane: three\n");
    }

    @Test
    void fillerDetection() {
        assertThat(Fillers.isFiller("Hmm.")).isTrue();
        assertThat(Fillers.isFiller("Uh, um…")).isTrue();
        assertThat(Fillers.isFiller("Hmm, good point.")).isFalse();
        assertThat(Fillers.isFiller("Okay.")).isFalse();
    }
}
