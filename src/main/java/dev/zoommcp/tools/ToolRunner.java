package dev.zoommcp.tools;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import dev.zoommcp.zoom.AccessToken;
import dev.zoommcp.zoom.CredentialSource;
import dev.zoommcp.zoom.ZoomConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkiverse.mcp.server.Cancellation;
import io.quarkiverse.mcp.server.ToolCallException;
import io.quarkus.arc.All;
import io.smallrye.mutiny.Uni;

/**
 * Runs a tool's Zoom work under the tool deadline ({@code zoom.tool-deadline}), turns every failure into an actionable
 * {@code isError} result (see {@link ToolFailures}) and records the call in the {@code zoom.tool.calls} timer, tagged
 * with the tool and its outcome ({@code ok} or a failure category; never an argument). On the deadline the work is
 * cancelled, which closes its pending Zoom requests. A client's cancellation passes through untouched, for the MCP
 * layer to handle.
 */
@ApplicationScoped
class ToolRunner {

    static final String METRIC = "zoom.tool.calls";

    private final ZoomConfig config;
    private final MeterRegistry registry;
    private final CallerToken callerToken;
    private final List<CredentialSource> ownCredentials;

    ToolRunner(ZoomConfig config, MeterRegistry registry, CallerToken callerToken,
            @All List<CredentialSource> ownCredentials) {
        this.config = config;
        this.registry = registry;
        this.callerToken = callerToken;
        this.ownCredentials = ownCredentials.stream().sorted(Comparator.comparingInt(CredentialSource::rank)).toList();
    }

    /**
     * The prologue of every tool that reads Zoom, in one place: the caller's access token (the argument, else the
     * connection's header or sign-in; {@link CallerToken}) is resolved on the invoking thread, validated, registered for
     * scrubbing from every error message, and handed to {@code work}. A call that brings no token uses the first
     * {@link CredentialSource} available: a Server-to-Server app of the environment, then a stored desktop sign-in.
     *
     * @param tokenArgument the tool's {@code zoom_access_token} argument, possibly null
     */
    <T> Uni<T> withToken(String tool, String tokenArgument, Function<AccessToken, Uni<? extends T>> work) {
        return withToken(tool, config.toolDeadline(), tokenArgument, work);
    }

    /** {@link #withToken(String, String, Function)} with another deadline, for tools that fan out. */
    <T> Uni<T> withToken(String tool, Duration deadline, String tokenArgument,
            Function<AccessToken, Uni<? extends T>> work) {
        String raw = callerToken.resolve(tokenArgument);
        if (raw == null || raw.isBlank()) {
            for (CredentialSource own : ownCredentials) {
                if (own.available()) {
                    return run(tool, deadline, () -> own.token()
                            .onFailure(CredentialSource.CredentialsUnusable.class)
                            .transform(failure -> new ToolCallException(failure.getMessage()))
                            .chain(token -> work.apply(AccessToken.of(token))), own.secrets());
                }
            }
        }
        return run(tool, deadline, () -> work.apply(Arguments.accessToken(raw)), raw);
    }

    /**
     * @param tool the tool's wire name, for metrics
     * @param work builds the call; invoked lazily so that argument errors it throws become results too
     * @param secrets values to scrub from error messages (the call's tokens and client secret)
     */
    <T> Uni<T> run(String tool, Supplier<Uni<? extends T>> work, String... secrets) {
        return run(tool, config.toolDeadline(), work, secrets);
    }

    /** {@link #run(String, Supplier, String...)} with another deadline, for tools that fan out. */
    <T> Uni<T> run(String tool, Duration deadline, Supplier<Uni<? extends T>> work, String... secrets) {
        Timer.Sample sample = Timer.start(registry);
        return Uni.createFrom().<T> deferred(work)
                .ifNoItem().after(deadline).failWith(() -> new DeadlineExceeded(deadline))
                .onItemOrFailure().invoke((item, failure) -> sample.stop(Timer.builder(METRIC)
                        .description("MCP tool calls by tool and outcome")
                        .tag("tool", tool).tag("outcome", ToolFailures.outcome(failure))
                        .register(registry)))
                .onFailure(failure -> !(failure instanceof Cancellation.OperationCancellationException))
                .transform(failure -> ToolFailures.toToolError(failure, secrets));
    }
}
