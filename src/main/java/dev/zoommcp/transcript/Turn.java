package dev.zoommcp.transcript;

import java.time.Duration;

/** Consecutive cues of one speaker merged: from the first cue's start to the last cue's end. Speaker may be null. */
public record Turn(Duration start, Duration end, String speaker, String text) {
}
