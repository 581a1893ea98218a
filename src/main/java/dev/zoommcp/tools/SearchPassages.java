package dev.zoommcp.tools;

import java.util.ArrayList;
import java.util.List;

import dev.zoommcp.chat.ChatMessage;
import dev.zoommcp.search.Passage;
import dev.zoommcp.transcript.MeetingTranscript;
import dev.zoommcp.transcript.Turn;
import dev.zoommcp.zoom.api.model.MeetingAiSummary;

/** What zoom_search_transcripts indexes of each source: transcript turns, chat messages, parts of a summary. */
final class SearchPassages {

    private SearchPassages() {
    }

    /** One passage per speaker turn, at its start. */
    static List<Passage> ofTranscript(int meeting, MeetingTranscript transcript) {
        List<Passage> passages = new ArrayList<>();
        for (Turn turn : transcript.turns().turns()) {
            passages.add(new Passage(meeting, SearchSource.TRANSCRIPT.wireName(), turn.start().toSeconds(),
                    turn.speaker(), turn.text()));
        }
        return passages;
    }

    /** One passage per message, at the time Zoom wrote (from the start of the recording), by its sender. */
    static List<Passage> ofChat(int meeting, List<ChatMessage> messages) {
        List<Passage> passages = new ArrayList<>();
        for (ChatMessage message : messages) {
            passages.add(new Passage(meeting, SearchSource.CHAT.wireName(), seconds(message.time()), message.sender(),
                    message.text()));
        }
        return passages;
    }

    /**
     * One passage per part of the summary (overview, each section, each next step, the host's edit); none has a time
     * or a speaker.
     */
    static List<Passage> ofSummary(int meeting, MeetingAiSummary summary) {
        List<String> parts = new ArrayList<>();
        parts.add(summary.summaryTitle());
        parts.add(summary.summaryOverview());
        if (summary.summaryDetails() != null) {
            summary.summaryDetails().forEach(d -> parts.add(d.label() == null ? d.summary() : d.label() + ": " + d.summary()));
        }
        if (summary.nextSteps() != null) {
            parts.addAll(summary.nextSteps());
        }
        if (summary.editedSummary() != null) {
            parts.add(summary.editedSummary().summaryDetails());
            if (summary.editedSummary().nextSteps() != null) {
                parts.addAll(summary.editedSummary().nextSteps());
            }
        }
        return parts.stream().filter(p -> p != null && !p.isBlank())
                .map(p -> new Passage(meeting, SearchSource.SUMMARY.wireName(), null, null, p)).toList();
    }

    /** Seconds of an {@code hh:mm:ss} time; null when it is not one. */
    static Long seconds(String time) {
        if (time == null || !time.matches("\\d{1,2}:\\d{2}:\\d{2}")) {
            return null;
        }
        String[] parts = time.split(":");
        return Long.parseLong(parts[0]) * 3600 + Long.parseLong(parts[1]) * 60 + Long.parseLong(parts[2]);
    }
}
