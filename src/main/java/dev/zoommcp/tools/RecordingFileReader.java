package dev.zoommcp.tools;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.zoommcp.zoom.AccessToken;
import dev.zoommcp.zoom.ZoomException;
import dev.zoommcp.zoom.ZoomGateway;
import dev.zoommcp.zoom.api.model.RecordingFile;
import io.quarkiverse.mcp.server.ToolCallException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Downloads the text files of a recording (transcripts, captions, chat) one after the other, and explains the ways a
 * listed file can fail to arrive: gone (403/404/410, e.g. deleted, in trash, or a signed link that expired), or
 * answered with a web page instead of the file (the token was not accepted for downloads).
 */
@ApplicationScoped
class RecordingFileReader {

    private final ZoomGateway zoom;

    RecordingFileReader(ZoomGateway zoom) {
        this.zoom = zoom;
    }

    /** The files' contents, in order. */
    Uni<List<String>> readAll(AccessToken token, List<RecordingFile> files) {
        return Multi.createFrom().iterable(files)
                .onItem().transformToUniAndConcatenate(file -> zoom.downloadText(token, file.downloadUrl())
                        .map(content -> checked(file, content)))
                .collect().asList();
    }

    /** Whether a failure means this file cannot be had, though the recording exists (worth trying another file). */
    static boolean isUnavailableFile(Throwable failure) {
        return failure instanceof ZoomException.ClientError zoom
                && (zoom.status() == 403 || zoom.status() == 404 || zoom.status() == 410);
    }

    /** The error for a listed file that could not be downloaded. */
    static ToolCallException unavailable(String what, Throwable failure) {
        return new ToolCallException("Zoom lists a " + what + " file for this meeting but refused to download it ("
                + ((ZoomException) failure).describe() + "). The file may have been deleted or moved to trash, or its"
                + " signed download link expired: call the tool again; if this persists the file cannot be downloaded.");
    }

    private static String checked(RecordingFile file, String content) {
        String start = content.stripLeading();
        if (start.startsWith("<")) {
            throw new ToolCallException("Zoom answered the " + file.fileType() + " download with a web page (likely a"
                    + " sign-in page) instead of the file: the access token was not accepted for downloads. Check it"
                    + " has a recording read scope (cloud_recording:read:... or recording:read), or get a fresh one"
                    + " with zoom_refresh_token, then retry.");
        }
        return content;
    }
}
