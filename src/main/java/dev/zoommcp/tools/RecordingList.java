package dev.zoommcp.tools;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** Result of zoom_list_recordings: one page of recorded meetings. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RecordingList(
        @JsonProperty(required = true) String fromDate,
        @JsonProperty(required = true) String toDate,
        Integer totalRecords,
        String nextPageToken,
        Boolean truncated,
        @JsonProperty(required = true) List<RecordedMeeting> meetings) {
}
