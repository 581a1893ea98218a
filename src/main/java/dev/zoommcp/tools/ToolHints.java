package dev.zoommcp.tools;

/**
 * Argument descriptions shared by several tools. Kept short on purpose: what every tool shares (where tokens come from,
 * how to renew them, what a meeting id or uuid means) is said once, in the server's instructions
 * ({@code quarkus.mcp.server.server-info.instructions}), not in every tool definition a client sends to its model.
 */
final class ToolHints {

    static final String ACCESS_TOKEN = "Zoom access token";

    static final String MEETING_ID = "Meeting id or uuid";

    /** Dates are UTC days, yyyy-MM-dd (format: date in the schema), as the instructions say. */
    static final String FROM_DATE = "Default: a month back";

    static final String TO_DATE = "Default: today (UTC)";

    static final String MAX_CHARS = "Characters per page";

    private ToolHints() {
    }
}
