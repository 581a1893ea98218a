package dev.zoommcp.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Checks structured content against a tool's output schema the way strict clients (the MCP TypeScript SDK) do: types
 * match, no value is null, no property is undeclared. Enough of JSON Schema for the schemas this server generates.
 */
final class OutputSchemaCheck {

    private OutputSchemaCheck() {
    }

    static void conforms(String path, Object value, JsonObject schema) {
        assertThat(value).as(path + " is null; omit absent values instead").isNotNull();
        String type = schema.getString("type");
        if (type == null) {
            return;
        }
        switch (type) {
            case "object" -> {
                assertThat(value).as(path).isInstanceOf(JsonObject.class);
                JsonObject properties = schema.getJsonObject("properties", new JsonObject());
                for (Map.Entry<String, Object> field : (JsonObject) value) {
                    assertThat(properties.containsKey(field.getKey())).as(path + "." + field.getKey() + " declared")
                            .isTrue();
                    conforms(path + "." + field.getKey(), field.getValue(), properties.getJsonObject(field.getKey()));
                }
            }
            case "array" -> {
                assertThat(value).as(path).isInstanceOf(JsonArray.class);
                JsonObject items = schema.getJsonObject("items", new JsonObject());
                int i = 0;
                for (Object item : (JsonArray) value) {
                    conforms(path + "[" + i++ + "]", item, items);
                }
            }
            case "string" -> assertThat(value).as(path).isInstanceOf(String.class);
            case "integer" -> assertThat(value).as(path).isInstanceOfAny(Integer.class, Long.class);
            case "number" -> assertThat(value).as(path).isInstanceOf(Number.class);
            case "boolean" -> assertThat(value).as(path).isInstanceOf(Boolean.class);
            default -> throw new AssertionError(path + ": unexpected schema type " + type);
        }
    }
}
