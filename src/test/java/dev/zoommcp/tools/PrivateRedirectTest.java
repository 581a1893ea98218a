package dev.zoommcp.tools;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.zoommcp.support.McpCalls.call;
import static dev.zoommcp.support.McpCalls.text;
import static dev.zoommcp.support.ZoomFake.cdn;
import static dev.zoommcp.support.ZoomFake.cdnBase;
import static dev.zoommcp.support.ZoomFake.fixture;
import static dev.zoommcp.support.ZoomFake.zoom;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.zoommcp.support.Transport;
import dev.zoommcp.support.ZoomToolTestBase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * With the production setting, a download that redirects to a loopback or private address (here the test CDN on
 * 127.0.0.1, or a cloud metadata address) is refused without a request to it.
 */
@QuarkusTest
@TestProfile(PrivateRedirectTest.ProductionRedirects.class)
class PrivateRedirectTest extends ZoomToolTestBase {

    public static class ProductionRedirects implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("zoom.download.private-redirect-hosts", "");
        }
    }

    private static final Map<String, Object> ARGS = Map.of("zoom_access_token", TOKEN, "meeting_id", "85746065432");

    @Test
    void redirectsToLocalOrPrivateAddressesAreRefused() {
        zoom().stubFor(get(urlPathEqualTo("/v2/meetings/85746065432/recordings")).willReturn(okJson(fixture("meeting-q3.json"))));
        for (String location : new String[] { cdnBase() + "/signed/t.vtt", "http://169.254.169.254/latest/meta-data/",
                "http://[::1]:9/x", "http://10.0.0.7/x" }) {
            zoom().stubFor(get(urlPathEqualTo("/rec/download/transcript-q3"))
                    .willReturn(aResponse().withStatus(302).withHeader("Location", location)));

            assertThat(text(call(Transport.STREAMABLE_HTTP, "zoom_get_meeting_transcript", ARGS))).as(location)
                    .contains("a local or private address, which this server does not fetch");
        }
        cdn().verify(0, getRequestedFor(urlPathEqualTo("/signed/t.vtt")));
    }
}
