package dev.zoommcp.prompts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import dev.zoommcp.tools.ArgumentFormats;
import io.quarkiverse.mcp.server.JsonRpcErrorCodes;
import io.quarkiverse.mcp.server.McpException;
import io.quarkiverse.mcp.server.Prompt;
import io.quarkiverse.mcp.server.PromptArg;
import io.quarkiverse.mcp.server.PromptMessage;
import io.quarkiverse.mcp.server.TextContent;

/**
 * Prompts for the workflows agents run most with this server. Each tells the model which tools to call, in what order,
 * how to page through results, and what to produce. Arguments are checked so that a prompt never carries malformed
 * values into the tool calls it asks for.
 */
public class MeetingPrompts {

    @Inject
    Clock clock;


    @Prompt(name = "meeting_digest", title = "Meeting digest", description = "One meeting's summary, decisions, action"
            + " items and open questions, from its AI summary, transcript and chat.")
    PromptMessage meetingDigest(
            @PromptArg(name = "meeting_id", description = "Meeting id or uuid, e.g. 85746065432")
            String meetingId) {
        String id = ArgumentFormats.meetingId(meetingId).orElseThrow(() -> new McpException(
                "meeting_id must be a numeric meeting id or an instance uuid", JsonRpcErrorCodes.INVALID_PARAMS));
        return PromptMessage.withUserRole(new TextContent("""
                Write a digest of the Zoom meeting %s.

                1. Call zoom_get_meeting_summary with meeting_id "%s". If it reports that no AI Companion summary \
                exists, continue without it.
                2. Call zoom_get_meeting_transcript with meeting_id "%s" (format text). While the result has \
                next_cursor, call it again with cursor set to next_cursor until you have the whole transcript. If it \
                reports no transcript, continue with the summary and chat.
                3. Call zoom_get_meeting_chat with meeting_id "%s" for links and decisions typed in the chat; skip it \
                if it reports no chat file.
                4. If a tool reports the access token invalid or expired, get a new one (zoom_refresh_token, or \
                zoom_get_access_token for server-to-server apps) or ask the user for one, then retry.

                Then write, in this order:
                - Summary: 3-5 sentences.
                - Decisions: each decision with the [mm:ss] where it was made.
                - Action items: a table of owner (full name, from the transcript's speakers list), task, due date \
                if one was said, and [mm:ss].
                - Open questions: what was raised but not settled.
                Use only what the sources say; prefer the host's edited summary when present; write "none" for an \
                empty section.""".formatted(id, id, id, id)));
    }

    @Prompt(name = "action_items_since", title = "Action items since a date", description = "Action items of recorded"
            + " meetings since a date, by owner.")
    PromptMessage actionItemsSince(
            @PromptArg(name = "from_date", description = "First day, yyyy-MM-dd, e.g. 2026-11-01")
            String fromDate,
            @PromptArg(name = "to_date", description = "Last day; empty for today", defaultValue = "")
            String toDate) {
        String from = checked("from_date", fromDate, ArgumentFormats.DATE, "a date in yyyy-MM-dd format");
        String to = toDate == null || toDate.isBlank() ? null : checked("to_date", toDate, ArgumentFormats.DATE, "a date in yyyy-MM-dd format");
        String range = to == null ? "from_date \"" + from + "\"" : "from_date \"" + from + "\" and to_date \"" + to + "\"";
        return PromptMessage.withUserRole(new TextContent("""
                List every action item from my recorded Zoom meetings since %s.

                1. Call zoom_list_recordings with %s and page_size 300. While the result has next_page_token, call it \
                again with next_page_token (and page_size 300) to get every meeting.
                2. For each meeting, newest first: call zoom_get_meeting_summary with the meeting's uuid as \
                meeting_id and take its next_steps (prefer the edited ones). When no summary exists and \
                has_transcript is true, call zoom_get_meeting_transcript with the uuid instead and extract the \
                commitments people made (follow next_cursor to read it all). If summaries fail with a scope error, \
                use transcripts for every meeting.
                3. If a tool reports the access token invalid or expired, get a new one (zoom_refresh_token, or \
                zoom_get_access_token for server-to-server apps), then retry.

                Answer with one section per owner (full name; "unassigned" when nobody took it), each item with the \
                task, the due date if one was said, the meeting topic and date, and [mm:ss] when known. End with the \
                meetings you could not read and why.""".formatted(from, range)));
    }

    @Prompt(name = "find_discussions", title = "Find where a topic was discussed", description = "Who said what about a"
            + " topic across recorded meetings, and when.")
    PromptMessage findDiscussions(
            @PromptArg(name = "topic", description = "Phrase, e.g. pricing change") String topic,
            @PromptArg(name = "from_date", description = "First day; empty for 30 days back",
                    defaultValue = "") String fromDate) {
        String phrase = topic == null ? "" : topic.strip().replace("\"", "'");
        if (phrase.length() < 2 || phrase.length() > 200) {
            throw new McpException("topic must be 2 to 200 characters", JsonRpcErrorCodes.INVALID_PARAMS);
        }
        boolean lastThirtyDays = fromDate == null || fromDate.isBlank();
        String from = lastThirtyDays ? LocalDate.now(clock).minusDays(30).toString()
                : checked("from_date", fromDate, ArgumentFormats.DATE, "a date in yyyy-MM-dd format");
        return PromptMessage.withUserRole(new TextContent("""
                Find where "%s" was discussed in my recorded Zoom meetings%s.

                1. Call zoom_search_transcripts with query "%s"%s. If it says truncated, narrow the dates or raise \
                max_meetings and search again.
                2. For the most relevant matches, call zoom_get_meeting_transcript with the match's uuid as \
                meeting_id to read the surrounding discussion.

                Answer with one entry per meeting (topic, date): who said what about it, with [mm:ss], and how the \
                discussion ended. Say so plainly if nothing was found.""".formatted(phrase,
                lastThirtyDays ? " in the last 30 days" : " since " + from, phrase,
                " and from_date \"" + from + "\"")));
    }

    private static String checked(String name, String value, Pattern format, String expected) {
        String v = value == null ? "" : value.strip();
        if (!format.matcher(v).matches()) {
            throw new McpException(name + " must be " + expected, JsonRpcErrorCodes.INVALID_PARAMS);
        }
        return v;
    }
}
