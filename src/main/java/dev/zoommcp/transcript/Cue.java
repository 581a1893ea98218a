package dev.zoommcp.transcript;

import java.time.Duration;

/** One WebVTT cue: its timing, its speaker when the cue names one (else null), and its text on one line. */
public record Cue(Duration start, Duration end, String speaker, String text) {
}
