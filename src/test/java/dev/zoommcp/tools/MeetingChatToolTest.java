package dev.zoommcp.tools;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.zoommcp.support.McpCalls.call;
import static dev.zoommcp.support.McpCalls.structured;
import static dev.zoommcp.support.McpCalls.text;
import static dev.zoommcp.support.ZoomFake.fixture;
import static dev.zoommcp.support.ZoomFake.zoom;
import static dev.zoommcp.support.ZoomFake.zoomBase;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.zoommcp.support.TestClock;
import dev.zoommcp.support.Transport;
import dev.zoommcp.support.ZoomToolTestBase;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkiverse.mcp.server.ToolResponse;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

@QuarkusTest
class MeetingChatToolTest extends ZoomToolTestBase {

    @Inject
    MeterRegistry registry;

    private static final String TOOL = "zoom_get_meeting_chat";
    private static final String DETAILS = "/v2/meetings/85746065432/recordings";
    private static final Map<String, Object> ARGS = Map.of("zoom_access_token", TOKEN, "meeting_id", "85746065432");

    private static String meetingWithChat(String status) {
        JsonObject meeting = new JsonObject(fixture("meeting-q3.json"));
        JsonObject chat = new JsonObject().put("id", "chat-1").put("file_type", "CHAT").put("file_extension", "TXT")
                .put("download_url", zoomBase() + "/rec/download/chat-q3").put("recording_type", "chat_file");
        if (status != null) {
            chat.put("status", status);
        }
        meeting.getJsonArray("recording_files").add(chat);
        return meeting.encode();
    }

    /** Reads the chat fixture, in either of Zoom's layouts, and checks its three messages. */
    private static void readsTheQ3Chat(Transport transport, String fixture) {
        zoom().stubFor(get(urlPathEqualTo(DETAILS)).willReturn(okJson(meetingWithChat("completed"))));
        zoom().stubFor(get(urlPathEqualTo("/rec/download/chat-q3")).willReturn(aResponse().withBody(fixture(fixture))));

        ToolResponse response = call(transport, TOOL, ARGS);

        assertThat(response.isError()).as(response.toString()).isFalse();
        JsonObject result = structured(response);
        assertThat(result.getInteger("total_messages")).isEqualTo(3);
        assertThat(result.getJsonArray("senders").getList()).containsExactly("Priya Natarajan", "Sam O'Connor");
        JsonArray messages = result.getJsonArray("messages");
        assertThat(messages.getJsonObject(0).getString("text")).isEqualTo("Slides: https://example.com/q3-roadmap");
        assertThat(messages.getJsonObject(1).getString("to")).isEqualTo("Priya Natarajan");
        assertThat(messages.getJsonObject(1).getBoolean("direct")).isTrue();
        assertThat(messages.getJsonObject(1).getString("text")).isEqualTo("Can you send me the docs template?\nThanks!");
        assertThat(messages.getJsonObject(2).getString("time")).isEqualTo("00:10:45");
        assertThat(result.containsKey("unparsed")).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void readsTheChatAsStructuredMessages(Transport transport) {
        readsTheQ3Chat(transport, "chat.txt");
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void readsTheCloudRecordingLayoutTheSame(Transport transport) {
        readsTheQ3Chat(transport, "chat-cloud.txt");
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void anUnrecognisedFileComesBackAsRawTextAndIsCounted(Transport transport) {
        zoom().stubFor(get(urlPathEqualTo(DETAILS)).willReturn(okJson(meetingWithChat("completed"))));
        zoom().stubFor(get(urlPathEqualTo("/rec/download/chat-q3"))
                .willReturn(aResponse().withBody("[10:02] Priya - see the doc\n[10:03] Sam - ok\n")));
        double before = registry.counter("zoom.chat.unparsed").count();

        JsonObject result = structured(call(transport, TOOL, ARGS));

        assertThat(result.getBoolean("unparsed")).isTrue();
        assertThat(result.getInteger("total_messages")).isEqualTo(1);
        assertThat(result.getJsonArray("senders")).isEmpty();
        assertThat(result.getJsonArray("messages").getJsonObject(0).getString("text"))
                .isEqualTo("[10:02] Priya - see the doc\n[10:03] Sam - ok");
        assertThat(registry.counter("zoom.chat.unparsed").count()).isEqualTo(before + 1);
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void textBeforeTheFirstMessageIsReturnedRawNotDropped(Transport transport) {
        zoom().stubFor(get(urlPathEqualTo(DETAILS)).willReturn(okJson(meetingWithChat("completed"))));
        zoom().stubFor(get(urlPathEqualTo("/rec/download/chat-q3")).willReturn(aResponse()
                .withBody("Notes: we agreed on the price\n00:01:02\tDana Kim:\tthe only real chat line\n")));

        JsonObject result = structured(call(transport, TOOL, ARGS));

        assertThat(result.getBoolean("unparsed")).isTrue();
        assertThat(result.getInteger("total_messages")).isEqualTo(2);
        assertThat(result.getJsonArray("senders").getList()).containsExactly("Dana Kim");
        assertThat(result.getJsonArray("messages").getJsonObject(0).getString("text"))
                .isEqualTo("Notes: we agreed on the price");
        assertThat(result.getJsonArray("messages").getJsonObject(1).getString("sender")).isEqualTo("Dana Kim");
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void longChatsArePaged(Transport transport) {
        StringBuilder chat = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            chat.append(String.format(Locale.ROOT, "00:%02d:00\t From  Dana Kim  to  Everyone:%n\tMessage %d %s%n", i, i, "x".repeat(40)));
        }
        zoom().stubFor(get(urlPathEqualTo(DETAILS)).willReturn(okJson(meetingWithChat("completed"))));
        zoom().stubFor(get(urlPathEqualTo("/rec/download/chat-q3")).willReturn(aResponse().withBody(chat.toString())));

        int read = 0;
        String cursor = null;
        int pages = 0;
        do {
            Map<String, Object> args = new HashMap<>(ARGS);
            args.put("max_chars", 1000);
            if (cursor != null) {
                args.put("cursor", cursor);
            }
            JsonObject page = structured(call(transport, TOOL, args));
            read += page.getJsonArray("messages").size();
            cursor = page.getString("next_cursor");
            pages++;
        } while (cursor != null && pages < 20);

        assertThat(read).isEqualTo(60);
        assertThat(pages).as("60 messages of about 50 characters in pages of 1000").isBetween(3, 4);
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void noChatFileAndProcessingAreExplained(Transport transport) {
        zoom().stubFor(get(urlPathEqualTo(DETAILS)).willReturn(okJson(fixture("meeting-q3.json"))));
        assertThat(text(call(transport, TOOL, ARGS))).contains("has no chat file", "Save chat messages");

        zoom().stubFor(get(urlPathEqualTo(DETAILS)).willReturn(okJson(meetingWithChat("processing"))));
        clock.pinTo(TestClock.DEFAULT.plus(Duration.ofMinutes(6)));  // past zoom.cache.ttl: Zoom is asked again
        assertThat(text(call(transport, TOOL, ARGS))).contains("still being processed");
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void aChatFileThatCannotBeDownloadedIsExplained(Transport transport) {
        zoom().stubFor(get(urlPathEqualTo(DETAILS)).willReturn(okJson(meetingWithChat("completed"))));
        zoom().stubFor(get(urlPathEqualTo("/rec/download/chat-q3")).willReturn(aResponse().withStatus(404)));

        assertThat(text(call(transport, TOOL, ARGS))).contains("lists a chat file", "HTTP 404");
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void badInputIsRefusedWithoutCallingZoom(Transport transport) {
        Map<String, Object> args = new HashMap<>(ARGS);
        args.put("cursor", "nonsense");
        assertThat(text(call(transport, TOOL, args))).contains("cursor");
        assertThat(text(call(transport, TOOL, Map.of("zoom_access_token", TOKEN)))).contains("meeting_id");
        zoom().verify(0, anyRequestedFor(anyUrl()));
    }
}
