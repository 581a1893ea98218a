package dev.zoommcp.tools;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import dev.zoommcp.zoom.ZoomConfig;
import io.smallrye.mutiny.Uni;

/**
 * Runs a tool's Zoom work under the tool deadline ({@code zoom.tool-deadline}) and turns every failure into an
 * actionable {@code isError} result (see {@link ToolFailures}). On the deadline the work is cancelled, which closes its
 * pending Zoom requests.
 */
@ApplicationScoped
class ToolRunner {

    private final ZoomConfig config;

    ToolRunner(ZoomConfig config) {
        this.config = config;
    }

    /**
     * @param work builds the call; invoked lazily so that argument errors it throws become results too
     * @param secrets values to scrub from error messages (the call's tokens and client secret)
     */
    <T> Uni<T> run(Supplier<Uni<? extends T>> work, String... secrets) {
        return Uni.createFrom().<T> deferred(work)
                .ifNoItem().after(config.toolDeadline()).failWith(() -> new DeadlineExceeded(config.toolDeadline()))
                .onFailure().transform(failure -> ToolFailures.toToolError(failure, secrets));
    }
}
