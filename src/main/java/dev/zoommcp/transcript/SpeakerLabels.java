package dev.zoommcp.transcript;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Short speaker labels for compact text: a speaker's first name when no other speaker of the meeting shares it, else
 * the full name. Titles ("Dr.", "Prof.") are not first names.
 */
final class SpeakerLabels {

    private static final Set<String> TITLES = Set.of("dr", "dr.", "prof", "prof.", "mr", "mr.", "mrs", "mrs.", "ms",
            "ms.", "mx", "mx.", "sir");

    private SpeakerLabels() {
    }

    static Map<String, String> forSpeakers(List<String> speakers) {
        Map<String, Integer> firstNameCounts = new HashMap<>();
        for (String speaker : speakers) {
            firstNameCounts.merge(firstName(speaker), 1, Integer::sum);
        }
        Map<String, String> labels = new HashMap<>();
        for (String speaker : speakers) {
            String first = firstName(speaker);
            labels.put(speaker, firstNameCounts.get(first) == 1 ? first : speaker);
        }
        return labels;
    }

    private static String firstName(String speaker) {
        for (String word : speaker.trim().split("\\s+")) {
            if (!TITLES.contains(word.toLowerCase(java.util.Locale.ROOT))) {
                return word;
            }
        }
        return speaker.trim();
    }
}
