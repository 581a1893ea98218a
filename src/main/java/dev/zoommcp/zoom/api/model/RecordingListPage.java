package dev.zoommcp.zoom.api.model;

import java.util.List;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** One page of {@code GET /users/me/recordings}. {@code next_page_token} is empty on the last page. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RecordingListPage(
        String from,
        String to,
        Integer pageSize,
        Integer totalRecords,
        String nextPageToken,
        List<MeetingRecordings> meetings) {

    public List<MeetingRecordings> meetings() {
        return meetings == null ? List.of() : meetings;
    }

    public boolean hasNextPage() {
        return nextPageToken != null && !nextPageToken.isBlank();
    }
}
