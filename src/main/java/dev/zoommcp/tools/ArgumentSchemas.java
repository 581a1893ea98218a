package dev.zoommcp.tools;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;

import io.quarkiverse.mcp.server.GlobalInputSchemaGenerator;
import io.quarkiverse.mcp.server.ToolManager.ToolInfo;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Adds each argument's constraints (enum, minimum, maximum, default, format, length) to the generated input schemas, so
 * that clients can validate a call before sending it. The limits are the constants {@link Arguments} and the tools
 * validate with, so the schema and the server-side checks cannot drift apart; the server still checks every argument and
 * answers a violation with an actionable message. An argument is constrained the same way in every tool that has it.
 * Generated once per tool, under {@link #ONE_AT_A_TIME}.
 */
@Priority(1)
@Decorator
public class ArgumentSchemas implements GlobalInputSchemaGenerator {

    /** Keywords added to an argument's schema, by argument name. */
    static final Map<String, JsonObject> CONSTRAINTS = Map.ofEntries(
            Map.entry("meeting_id", new JsonObject().put("type", new JsonArray().add("string").add("integer"))),
            Map.entry("from_date", date()),
            Map.entry("to_date", date()),
            Map.entry("page_size", range(1, ListRecordingsTool.MAX_PAGE_SIZE, ListRecordingsTool.DEFAULT_PAGE_SIZE)),
            Map.entry("page_number", new JsonObject().put("minimum", 1).put("maximum", ListRecordingsTool.MAX_PAGE_NUMBER)),
            Map.entry("max_chars", range(Arguments.MIN_MAX_CHARS, Arguments.MAX_MAX_CHARS, Arguments.DEFAULT_MAX_CHARS)),
            Map.entry("max_meetings", range(1, SearchTranscriptsTool.MAX_MEETINGS,
                    SearchTranscriptsTool.DEFAULT_MAX_MEETINGS)),
            Map.entry("max_matches", range(1, SearchTranscriptsTool.MAX_MATCHES,
                    SearchTranscriptsTool.DEFAULT_MAX_MATCHES)),
            Map.entry("format", new JsonObject().put("enum", new JsonArray(Arrays.stream(TranscriptFormat.values())
                    .map(TranscriptFormat::wireName).toList())).put("default", TranscriptFormat.TEXT.wireName())),
            Map.entry("query", new JsonObject().put("minLength", SearchTranscriptsTool.MIN_QUERY_CHARS)
                    .put("maxLength", SearchTranscriptsTool.MAX_QUERY_CHARS)),
            Map.entry("sources", new JsonObject().put("items", new JsonObject().put("enum",
                    new JsonArray(SearchSource.wireNames())))),
            Map.entry("speaker", new JsonObject().put("maxLength", SearchTranscriptsTool.MAX_SPEAKER_CHARS)),
            Map.entry("topic", new JsonObject().put("maxLength", ListRecordingsTool.MAX_TOPIC_CHARS)));

    /**
     * Held while the MCP library's schema generator runs. It is one victools {@code SchemaGenerator} for input and
     * output schemas, and that class is not thread-safe: two {@code tools/list} requests generating at once could fail
     * with an internal error. Every generation goes through this lock (see {@link OutputSchemas}).
     */
    static final Object ONE_AT_A_TIME = new Object();

    private final ConcurrentMap<String, InputSchema> generated = new ConcurrentHashMap<>();

    @Inject
    @Delegate
    GlobalInputSchemaGenerator delegate;

    @Override
    public InputSchema generate(ToolInfo tool) {
        InputSchema known = generated.get(tool.name());
        if (known != null) {
            return known;
        }
        synchronized (ONE_AT_A_TIME) {
            return generated.computeIfAbsent(tool.name(), name -> constrain(delegate.generate(tool)));
        }
    }

    private static InputSchema constrain(InputSchema generated) {
        JsonObject schema = new JsonObject(generated.asJson());
        JsonObject properties = schema.getJsonObject("properties", new JsonObject());
        for (String name : properties.fieldNames()) {
            JsonObject constraints = CONSTRAINTS.get(name);
            if (constraints != null) {
                properties.getJsonObject(name).mergeIn(constraints.copy());
            }
        }
        if (schema.getJsonArray("required", new JsonArray()).isEmpty()) {
            schema.remove("required");
        }
        return new Constrained(schema);
    }

    private static JsonObject date() {
        return new JsonObject().put("format", "date");
    }

    private static JsonObject range(int min, int max, int defaultValue) {
        return new JsonObject().put("minimum", min).put("maximum", max).put("default", defaultValue);
    }

    private record Constrained(JsonObject value) implements InputSchema {
        @Override
        public String asJson() {
            return value.encode();
        }
    }
}
