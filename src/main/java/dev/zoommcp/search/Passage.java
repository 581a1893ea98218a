package dev.zoommcp.search;

/**
 * A piece of text to search: a speaker turn of a transcript, a chat message, a part of a summary.
 *
 * @param group which of the searched things it belongs to (the caller's index, e.g. of a meeting)
 * @param source what kind of text it is, as the caller names it (e.g. transcript, chat, summary)
 * @param seconds where it starts, in seconds from the beginning; null when it has no time
 * @param speaker who said or wrote it; null when unknown
 * @param text what was said or written
 */
public record Passage(int group, String source, Long seconds, String speaker, String text) {
}
