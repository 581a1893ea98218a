package dev.zoommcp.support;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;

import io.quarkus.test.common.QuarkusTestResource;
import dev.zoommcp.zoom.CallerCache;
import dev.zoommcp.zoom.CallerGuards;

/**
 * Shared set-up of tool tests: one application, a fake Zoom reset before each test, closed circuit breakers, an empty
 * per-caller cache, the clock pinned to {@link TestClock#DEFAULT}.
 */
@QuarkusTestResource(ZoomFake.class)
public abstract class ZoomToolTestBase {

    protected static final String TOKEN = "access-token-canary-7f3a9c";

    @Inject
    protected CallerGuards callerGuards;

    @Inject
    protected TestClock clock;

    @Inject
    protected CallerCache callerCache;

    @BeforeEach
    protected void resetZoom() {
        ZoomFake.reset();
        callerGuards.resetAll();
        callerCache.invalidateAll();
        clock.reset();
    }
}
