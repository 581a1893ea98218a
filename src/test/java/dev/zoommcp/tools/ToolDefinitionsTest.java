package dev.zoommcp.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.zoommcp.support.McpCalls;
import dev.zoommcp.support.Transport;
import dev.zoommcp.support.ZoomToolTestBase;
import io.quarkiverse.mcp.server.test.McpAssured.ToolAnnotations;
import io.quarkiverse.mcp.server.test.McpAssured.ToolInfo;
import io.quarkiverse.mcp.server.test.McpAssured.ToolsPage;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

/** The tool definitions agents see: the original's names and arguments, output schemas, annotations. */
@QuarkusTest
class ToolDefinitionsTest extends ZoomToolTestBase {

    /**
     * Tool name to its arguments, required ones first, as in peakmojo/mcp-server-zoom-noauth; zoom_access_token is
     * optional here because it may come from the X-Zoom-Access-Token header instead.
     */
    private static final Map<String, List<List<String>>> ORIGINAL = Map.of(
            "zoom_refresh_token", List.of(List.of("zoom_refresh_token", "zoom_client_id", "zoom_client_secret"),
                    List.of("zoom_access_token")),
            "zoom_list_recordings", List.of(List.of(),
                    List.of("zoom_access_token", "from_date", "to_date", "page_size", "page_number", "next_page_token")),
            "zoom_get_recording_details", List.of(List.of("meeting_id"), List.of("zoom_access_token")),
            "zoom_get_meeting_transcript", List.of(List.of("meeting_id"), List.of("zoom_access_token")));

    @ParameterizedTest
    @EnumSource(Transport.class)
    void theOriginalsToolsAndArgumentsArePublished(Transport transport) {
        ToolsPage page = McpCalls.listTools(transport);

        assertThat(page.tools()).extracting(ToolInfo::name).containsAll(ORIGINAL.keySet());
        ORIGINAL.forEach((name, arguments) -> {
            JsonObject input = page.findByName(name).inputSchema();
            assertThat(input.getJsonArray("required", new io.vertx.core.json.JsonArray()).getList()).as(name)
                    .containsExactlyInAnyOrderElementsOf(arguments.get(0));
            // The original's arguments are all there; new ones are optional additions.
            assertThat(input.getJsonObject("properties").fieldNames()).as(name)
                    .containsAll(concat(arguments.get(0), arguments.get(1)));
            input.getJsonObject("properties").forEach(p -> assertThat(((JsonObject) p.getValue())
                    .getString("description")).as(name + "." + p.getKey()).isNotBlank());
        });
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void everyArgumentIsDescribedWithItsFormatOrAnExample(Transport transport) {
        for (ToolInfo tool : McpCalls.listTools(transport).tools()) {
            tool.inputSchema().getJsonObject("properties").forEach(p -> assertThat(((JsonObject) p.getValue())
                    .getString("description")).as(tool.name() + "." + p.getKey()).hasSizeGreaterThan(15));
        }
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void theNewToolsArePublished(Transport transport) {
        assertThat(McpCalls.listTools(transport).tools()).extracting(ToolInfo::name).contains("zoom_get_meeting_summary",
                "zoom_get_meeting_chat", "zoom_search_transcripts", "zoom_get_access_token");
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void everyToolHasAnOutputSchemaADescriptionAndAnnotations(Transport transport) {
        for (ToolInfo tool : McpCalls.listTools(transport).tools()) {
            // more than a name's worth (what it returns, when to pick it) and what to do on errors; the ceiling is
            // ToolDefinitionBudgetTest's
            assertThat(tool.description()).as(tool.name()).hasSizeGreaterThan(150).contains("Errors");
            JsonObject output = tool.outputSchema();
            assertThat(output).as(tool.name()).isNotNull();
            assertThat(output.getString("type")).isEqualTo("object");
            assertThat(output.getJsonObject("properties").fieldNames()).as(tool.name()).isNotEmpty()
                    .allMatch(field -> field.equals(field.toLowerCase(java.util.Locale.ROOT)), "snake_case");
            ToolAnnotations hints = tool.annotations().orElseThrow();
            assertThat(hints.openWorldHint()).isTrue();
            boolean refresh = tool.name().equals("zoom_refresh_token");
            boolean issuesTokens = refresh || tool.name().equals("zoom_get_access_token");
            assertThat(hints.readOnlyHint()).as(tool.name()).isEqualTo(!issuesTokens);
            assertThat(hints.destructiveHint()).as(tool.name()).isEqualTo(refresh);
            assertThat(hints.idempotentHint()).as(tool.name()).isEqualTo(!refresh);
        }
        JsonObject tokenSchema = McpCalls.listTools(transport).findByName("zoom_refresh_token").outputSchema();
        assertThat(tokenSchema.getJsonObject("properties").fieldNames())
                .contains("access_token", "refresh_token", "token_type", "scope", "expires_in", "expires_at");
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
