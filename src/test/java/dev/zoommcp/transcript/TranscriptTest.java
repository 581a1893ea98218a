package dev.zoommcp.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

class TranscriptTest {

    private static String sample() throws IOException {
        try (InputStream in = TranscriptTest.class.getResourceAsStream("/zoom/transcript.vtt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void mergesConsecutiveCuesOfOneSpeaker() throws IOException {
        Transcript transcript = Transcript.fromVtt(sample());

        assertThat(transcript.turns()).hasSize(6);
        assertThat(transcript.turns().get(0).text())
                .isEqualTo("Hi everyone, thanks for joining. Let's get started with the roadmap.");
        assertThat(transcript.turns().get(0).end()).isEqualTo(Duration.ofMillis(4050));
        assertThat(transcript.speakers()).containsExactly("Alex Rivera", "Priya Natarajan", "Sam O'Connor");
        assertThat(transcript.duration()).isEqualTo(Duration.ofMillis(65_900));
    }

    @Test
    void cuesWithoutSpeakerAreNotMergedAndHoursAreShown() {
        Transcript transcript = Transcript.fromVtt("WEBVTT\n\n01:00:00.000 --> 01:00:01.000\none\n\n"
                + "01:00:01.000 --> 01:00:02.000\ntwo\n");

        assertThat(Transcript.compactText(VttParser.parse("WEBVTT\n\n01:00:00.000 --> 01:00:01.000\none\n\n"
                + "01:00:01.000 --> 01:00:02.000\ntwo\n"))).isEqualTo("[1:00:00] one\n[1:00:01] two\n");
        assertThat(transcript.speakers()).isEmpty();
    }

    @Test
    void emptyInputGivesAnEmptyTranscript() {
        Transcript transcript = Transcript.fromVtt("WEBVTT\n");

        assertThat(transcript.turns()).isEmpty();
        assertThat(transcript.duration()).isEqualTo(Duration.ZERO);
        assertThat(Transcript.compactText(VttParser.parse("WEBVTT\n"))).isEmpty();
    }
}
