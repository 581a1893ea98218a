package dev.zoommcp.tools;

import java.time.Duration;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import dev.zoommcp.zoom.ZoomConfig;
import io.quarkiverse.mcp.server.Cancellation;
import io.smallrye.mutiny.Uni;

/**
 * Runs a tool's Zoom work under the tool deadline ({@code zoom.tool-deadline}) and turns every failure into an
 * actionable {@code isError} result (see {@link ToolFailures}). On the deadline the work is cancelled, which closes its
 * pending Zoom requests. A client's cancellation passes through untouched, for the MCP layer to handle.
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
        return run(config.toolDeadline(), work, secrets);
    }

    /** {@link #run(Supplier, String...)} with another deadline, for tools that fan out. */
    <T> Uni<T> run(Duration deadline, Supplier<Uni<? extends T>> work, String... secrets) {
        return Uni.createFrom().<T> deferred(work)
                .ifNoItem().after(deadline).failWith(() -> new DeadlineExceeded(deadline))
                .onFailure(failure -> !(failure instanceof Cancellation.OperationCancellationException))
                .transform(failure -> ToolFailures.toToolError(failure, secrets));
    }
}
