package dev.zoommcp.tools;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;

import io.quarkiverse.mcp.server.GlobalOutputSchemaGenerator;

/**
 * Generates each result type's output schema once and serves it to every later {@code tools/list}. The MCP library
 * would otherwise generate it again on every listing, with a schema generator that is not thread-safe; generation
 * holds {@link ArgumentSchemas#ONE_AT_A_TIME}, the lock input schemas take too.
 */
@Priority(1)
@Decorator
public class OutputSchemas implements GlobalOutputSchemaGenerator {

    private final ConcurrentMap<Class<?>, Object> generated = new ConcurrentHashMap<>();

    @Inject
    @Delegate
    GlobalOutputSchemaGenerator delegate;

    @Override
    public Object generate(Class<?> from) {
        Object known = generated.get(from);
        if (known != null) {
            return known;
        }
        synchronized (ArgumentSchemas.ONE_AT_A_TIME) {
            return generated.computeIfAbsent(from, delegate::generate);
        }
    }
}
