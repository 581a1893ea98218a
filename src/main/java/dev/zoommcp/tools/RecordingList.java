package dev.zoommcp.tools;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** Result of zoom_list_recordings: one page of recorded meetings. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RecordingList(
        @JsonPropertyDescription("First day searched, yyyy-MM-dd (UTC)") String fromDate,
        @JsonPropertyDescription("Last day searched, yyyy-MM-dd (UTC)") String toDate,
        @JsonPropertyDescription("Meetings in the whole range, as Zoom counts them") Integer totalRecords,
        @JsonPropertyDescription("Pass as next_page_token to get the next page; absent on the last page") String nextPageToken,
        @JsonPropertyDescription("Present and true when Zoom had more meetings than one call reads (over 3000 in a month): narrow the range") Boolean truncated,
        List<RecordedMeeting> meetings) {
}
