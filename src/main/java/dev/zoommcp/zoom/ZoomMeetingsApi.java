package dev.zoommcp.zoom;

import jakarta.ws.rs.Encoded;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import dev.zoommcp.zoom.model.MeetingAiSummary;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.smallrye.mutiny.Uni;

/** Zoom's meeting endpoints ({@code zoom.api-url}). Call through {@link ZoomGateway}, which adds the policies. */
@RegisterRestClient(configKey = "zoom-meetings")
@Produces(MediaType.APPLICATION_JSON)
public interface ZoomMeetingsApi {

    /**
     * {@code GET /meetings/{meetingId}/meeting_summary}: the AI Companion summary (scope {@code meeting_summary:read}).
     *
     * @param meetingPathSegment the meeting id or UUID, already encoded by {@link MeetingIds#toPathSegment(String)}
     */
    @GET
    @Path("/meetings/{meetingId}/meeting_summary")
    Uni<MeetingAiSummary> getMeetingSummary(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("meetingId") @Encoded String meetingPathSegment);

    @ClientExceptionMapper
    static ZoomException toException(Response response) {
        return ZoomErrors.fromResponse(response);
    }
}
