package dev.zoommcp.zoom.api;

import jakarta.ws.rs.Encoded;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import dev.zoommcp.zoom.ZoomException;
import dev.zoommcp.zoom.api.model.MeetingAiSummary;
import dev.zoommcp.zoom.api.model.MeetingRecordings;
import dev.zoommcp.zoom.api.model.RecordingListPage;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.smallrye.mutiny.Uni;

/**
 * Zoom's REST API endpoints this server reads ({@code zoom.api-url}, REST client {@code zoom-api}). Not called directly:
 * {@code ZoomCalls} adds the timeouts, retries and breakers.
 */
@RegisterRestClient(configKey = "zoom-api")
@Produces(MediaType.APPLICATION_JSON)
public interface ZoomApi {

    /** {@code GET /users/me/recordings}: one page; {@code from}/{@code to} are UTC dates at most a month apart. */
    @GET
    @Path("/users/me/recordings")
    Uni<RecordingListPage> listRecordings(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("page_size") Integer pageSize,
            @QueryParam("next_page_token") String nextPageToken);

    /**
     * {@code GET /meetings/{meetingId}/recordings}.
     *
     * @param meetingPathSegment the meeting id or UUID, already encoded by {@link MeetingIds#toPathSegment(String)}
     */
    @GET
    @Path("/meetings/{meetingId}/recordings")
    Uni<MeetingRecordings> getMeetingRecordings(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("meetingId") @Encoded String meetingPathSegment);

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
