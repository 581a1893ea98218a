package dev.zoommcp.tools;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import dev.zoommcp.support.McpCalls;
import dev.zoommcp.support.ZoomToolTestBase;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * What the tool definitions cost an agent: every client sends the whole {@code tools/list} to its model with every
 * request, so its size is a budget (compact JSON, as sent), guidance shared by the tools lives once in the server's
 * instructions rather than in each definition, and every constraint is in the schema where a client can check it.
 */
@QuarkusTest
class ToolDefinitionBudgetTest extends ZoomToolTestBase {

    /** Compact JSON of the tools/list result; the tool definitions were 25,700 characters before they were rewritten. */
    static final int TOOLS_BUDGET = 12_000;
    static final int PROMPTS_BUDGET = 1_000;
    /** A sentence this long said in two tool definitions belongs in the server's instructions. */
    static final int SHARED_SENTENCE = 40;

    private static JsonObject rpc(String method) {
        String session = given().contentType("application/json").accept("application/json, text/event-stream")
                .body(McpCalls.INITIALIZE).post("/mcp").then().statusCode(200).extract().header("Mcp-Session-Id");
        String body = given().contentType("application/json").accept("application/json, text/event-stream")
                .header("Mcp-Session-Id", session)
                .body(new JsonObject().put("jsonrpc", "2.0").put("id", 2).put("method", method).encode())
                .post("/mcp").then().statusCode(200).extract().asString();
        return new JsonObject(body).getJsonObject("result");
    }

    @Test
    void toolsAndPromptsFitTheirBudgets() {
        JsonObject toolsResult = rpc("tools/list");
        JsonObject promptsResult = rpc("prompts/list");
        JsonArray tools = toolsResult.getJsonArray("tools");

        assertThat(tools).hasSize(8);
        // the whole result as sent, not only the array inside it
        assertThat(toolsResult.encode().length()).as(() -> "compact tools/list JSON; per tool: " + tools.stream()
                .map(t -> (JsonObject) t).map(t -> t.getString("name") + " " + t.encode().length() + " (description "
                        + t.getString("description").length() + ", input " + t.getJsonObject("inputSchema").encode().length()
                        + ", output " + t.getJsonObject("outputSchema").encode().length() + ")").toList())
                .isLessThanOrEqualTo(TOOLS_BUDGET);
        assertThat(promptsResult.encode().length()).as("compact prompts/list JSON").isLessThanOrEqualTo(PROMPTS_BUDGET);
    }

    @Test
    void noLongSentenceIsRepeatedAcrossTools() {
        Map<String, Set<String>> toolsBySentence = new HashMap<>();
        for (Object t : rpc("tools/list").getJsonArray("tools")) {
            JsonObject tool = (JsonObject) t;
            List<String> texts = new ArrayList<>();
            texts.add(tool.getString("description"));
            collectDescriptions(tool.getJsonObject("inputSchema"), texts);
            collectDescriptions(tool.getJsonObject("outputSchema"), texts);
            for (String text : texts) {
                for (String sentence : text.split("(?<=[.!?;:])\\s+|\\n")) {
                    String normalized = sentence.strip().replaceAll("\\s+", " ");
                    if (normalized.length() >= SHARED_SENTENCE) {
                        toolsBySentence.computeIfAbsent(normalized, s -> new TreeSet<>()).add(tool.getString("name"));
                    }
                }
            }
        }
        assertThat(toolsBySentence).allSatisfy((sentence, tools) -> assertThat(tools).as(sentence).hasSize(1));
    }

    @Test
    void everyToolHasATitleAndItsShortDescriptionBeginsWithWhatItReturns() {
        for (Object t : rpc("tools/list").getJsonArray("tools")) {
            JsonObject tool = (JsonObject) t;
            assertThat(tool.getString("title")).as(tool.getString("name")).isNotBlank();
            assertThat(tool.getString("description")).as(tool.getString("name")).hasSizeLessThanOrEqualTo(650)
                    .doesNotContain("X-Zoom-Access-Token");
        }
    }

    @Test
    void constraintsAreInTheSchemas() {
        Map<String, JsonObject> inputs = new HashMap<>();
        for (Object t : rpc("tools/list").getJsonArray("tools")) {
            JsonObject tool = (JsonObject) t;
            inputs.put(tool.getString("name"), tool.getJsonObject("inputSchema").getJsonObject("properties"));
        }
        JsonObject list = inputs.get("zoom_list_recordings");
        assertThat(list.getJsonObject("page_size").getMap())
                .containsEntry("minimum", 1).containsEntry("maximum", 300).containsEntry("default", 30);
        assertThat(list.getJsonObject("page_number").getMap()).containsEntry("maximum", 20);
        assertThat(list.getJsonObject("from_date").getString("format")).isEqualTo("date");
        assertThat(list.getJsonObject("to_date").getString("format")).isEqualTo("date");

        JsonObject transcript = inputs.get("zoom_get_meeting_transcript");
        assertThat(transcript.getJsonObject("format").getJsonArray("enum").getList()).containsExactly("text", "segments", "vtt");
        assertThat(transcript.getJsonObject("format").getString("default")).isEqualTo("text");
        assertThat(transcript.getJsonObject("max_chars").getMap())
                .containsEntry("minimum", 1000).containsEntry("maximum", 500000).containsEntry("default", 40000);
        assertThat(transcript.getJsonObject("meeting_id").getJsonArray("type").getList()).containsExactly("string", "integer");

        JsonObject search = inputs.get("zoom_search_transcripts");
        assertThat(search.getJsonObject("query").getMap()).containsEntry("minLength", 2).containsEntry("maxLength", 200);
        assertThat(search.getJsonObject("max_meetings").getMap()).containsEntry("maximum", 200).containsEntry("default", 30);
        assertThat(search.getJsonObject("max_matches").getMap()).containsEntry("maximum", 500).containsEntry("default", 50);
        assertThat(search.getJsonObject("sources").getString("type")).isEqualTo("array");
        assertThat(search.getJsonObject("sources").getJsonObject("items").getJsonArray("enum").getList())
                .containsExactly("transcript", "chat", "summary");
        assertThat(search.getJsonObject("speaker").getMap()).containsEntry("maxLength", 100);
        assertThat(list.getJsonObject("topic").getMap()).containsEntry("maxLength", 100);
    }

    @Test
    void outputSchemasSayWhatIsAlwaysThere() {
        Map<String, JsonObject> outputs = new HashMap<>();
        for (Object t : rpc("tools/list").getJsonArray("tools")) {
            JsonObject tool = (JsonObject) t;
            outputs.put(tool.getString("name"), tool.getJsonObject("outputSchema"));
        }
        assertThat(outputs.get("zoom_list_recordings").getJsonArray("required").getList())
                .contains("from_date", "to_date", "meetings");
        assertThat(outputs.get("zoom_get_meeting_transcript").getJsonArray("required").getList())
                .contains("meeting_id", "uuid", "source", "format", "total_chars");
        assertThat(outputs.get("zoom_search_transcripts").getJsonArray("required").getList())
                .contains("matches", "skipped");
        assertThat(outputs.get("zoom_search_transcripts").getJsonObject("properties").getJsonObject("matches")
                .getJsonObject("items").getJsonArray("required").getList())
                .contains("meeting_id", "uuid", "source", "score", "snippet");
        assertThat(outputs.get("zoom_refresh_token").getJsonArray("required").getList()).contains("access_token");
        assertThat(outputs.get("zoom_get_access_token").getJsonObject("properties").fieldNames())
                .contains("access_token", "expires_at").doesNotContain("refresh_token");
    }

    private static void collectDescriptions(Object node, List<String> into) {
        if (node instanceof JsonObject object) {
            object.forEach(entry -> {
                if (entry.getKey().equals("description") && entry.getValue() instanceof String text) {
                    into.add(text);
                } else {
                    collectDescriptions(entry.getValue(), into);
                }
            });
        } else if (node instanceof JsonArray array) {
            array.forEach(item -> collectDescriptions(item, into));
        }
    }
}
