package dev.zoommcp.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.zoommcp.support.Transport;
import dev.zoommcp.support.ZoomToolTestBase;
import io.quarkiverse.mcp.server.JsonRpcErrorCodes;
import io.quarkiverse.mcp.server.test.McpAssured.McpError;
import io.quarkiverse.mcp.server.test.McpAssured.McpTestClient;
import io.quarkiverse.mcp.server.test.McpAssured.PromptInfo;
import io.quarkiverse.mcp.server.test.McpAssured.PromptsPage;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PromptsTest extends ZoomToolTestBase {

    private static String get(McpTestClient<?, ?> client, String name, Map<String, String> args) {
        AtomicReference<String> text = new AtomicReference<>();
        client.when().promptsGet(name, args, r -> text.set(r.messages().get(0).content().asText().text()))
                .thenAssertResults();
        return text.get();
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void theWorkflowPromptsArePublishedWithTheirArguments(Transport transport) {
        McpTestClient<?, ?> client = transport.connect();
        try {
            AtomicReference<PromptsPage> page = new AtomicReference<>();
            client.when().promptsList(page::set).thenAssertResults();

            assertThat(page.get().prompts()).extracting(PromptInfo::name)
                    .containsExactlyInAnyOrder("meeting_digest", "action_items_since", "find_discussions");
            assertThat(page.get().findByName("meeting_digest").arguments()).hasSize(1);
            assertThat(page.get().findByName("action_items_since").arguments()).hasSize(2);
        } finally {
            client.disconnect();
        }
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void promptsTellTheModelWhichToolsToCall(Transport transport) {
        McpTestClient<?, ?> client = transport.connect();
        try {
            assertThat(get(client, "meeting_digest", Map.of("meeting_id", "85746065432"))).contains(
                    "zoom_get_meeting_summary", "zoom_get_meeting_transcript", "next_cursor", "zoom_get_meeting_chat",
                    "\"85746065432\"", "Action items", "owner");
            assertThat(get(client, "action_items_since", Map.of("from_date", "2026-11-01"))).contains(
                    "zoom_list_recordings", "from_date \"2026-11-01\"", "next_page_token", "next_steps");
            assertThat(get(client, "find_discussions", Map.of("topic", "pricing"))).contains(
                    "zoom_search_transcripts", "query \"pricing\"", "last 30 days", "from_date \"2026-03-01\"");
        } finally {
            client.disconnect();
        }
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void malformedArgumentsAreRefused(Transport transport) {
        McpTestClient<?, ?> client = transport.connect();
        try {
            AtomicReference<McpError> error = new AtomicReference<>();
            client.when().promptsGet("action_items_since").withArguments(Map.of("from_date", "last week"))
                    .withErrorAssert(error::set).send().thenAssertResults();

            assertThat(error.get().code()).isEqualTo(JsonRpcErrorCodes.INVALID_PARAMS);
            assertThat(error.get().message()).contains("from_date", "yyyy-MM-dd");
        } finally {
            client.disconnect();
        }
    }
}
