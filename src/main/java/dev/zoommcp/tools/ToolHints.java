package dev.zoommcp.tools;

/** Argument descriptions shared by several tools, so every tool documents them the same way. */
final class ToolHints {

    static final String ACCESS_TOKEN = "Zoom OAuth access token of the user whose recordings to read (scopes"
            + " cloud_recording:read:list_user_recordings + cloud_recording:read:list_recording_files, or recording:read;"
            + " the summary tool also needs the meeting summary scope). Omit it if the connection sends the"
            + " X-Zoom-Access-Token header; this argument wins over the header. Valid 1 hour.";

    static final String MEETING_ID = "Numeric meeting id (e.g. 85746065432: the meeting's latest instance) or an"
            + " instance uuid from zoom_list_recordings (e.g. 4444AAAiAAAAAiAiAiiAii==: exactly that occurrence of a"
            + " recurring meeting). Pass uuids unchanged; the server encodes them. Spaces in ids are ignored (857 4606 5432).";

    private ToolHints() {
    }
}
