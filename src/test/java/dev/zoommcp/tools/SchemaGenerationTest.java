package dev.zoommcp.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkiverse.mcp.server.GlobalInputSchemaGenerator;
import io.quarkiverse.mcp.server.ToolManager.ToolInfo;
import io.vertx.core.json.JsonObject;

/**
 * The MCP library's schema generator is not thread-safe, and concurrent first {@code tools/list} requests reached it
 * at once (an internal error for one of them). The decorators must let one generation run at a time, input and output
 * alike, and generate each schema only once.
 */
class SchemaGenerationTest {

    private final AtomicInteger inside = new AtomicInteger();
    private final AtomicInteger mostInside = new AtomicInteger();
    private final ConcurrentHashMap<Object, AtomicInteger> generations = new ConcurrentHashMap<>();
    private final ExecutorService threads = Executors.newFixedThreadPool(8);

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    /** Stands for the library's generator: counts how many generations overlap, and how often each subject came. */
    private <T> T generating(Object subject, T schema) {
        mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        generations.computeIfAbsent(subject, s -> new AtomicInteger()).incrementAndGet();
        inside.decrementAndGet();
        return schema;
    }

    private static ToolInfo tool(String name) {
        return (ToolInfo) Proxy.newProxyInstance(ToolInfo.class.getClassLoader(), new Class<?>[] { ToolInfo.class },
                (proxy, method, args) -> switch (method.getName()) {
                    case "name" -> name;
                    case "hashCode" -> name.hashCode();
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void generationRunsOneAtATimeAndOncePerSchema() throws Exception {
        ArgumentSchemas inputs = new ArgumentSchemas();
        inputs.delegate = tool -> generating(tool.name(), new GlobalInputSchemaGenerator.InputSchema() {
            @Override
            public Object value() {
                return new JsonObject(asJson());
            }

            @Override
            public String asJson() {
                return "{\"type\":\"object\",\"properties\":{\"page_size\":{\"type\":\"integer\"}},\"required\":[]}";
            }
        });
        OutputSchemas outputs = new OutputSchemas();
        outputs.delegate = type -> generating(type, new JsonObject().put("title", type.getSimpleName()));
        List<String> tools = List.of("zoom_a", "zoom_b", "zoom_c", "zoom_d");
        List<Class<?>> results = List.of(RecordingList.class, ChatResult.class, SearchResult.class, TokenResult.class);

        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Object>> listings = new ArrayList<>();
        for (int listing = 0; listing < 16; listing++) {
            int shift = listing;
            listings.add(() -> {
                start.await();
                Object[] schemas = new Object[2 * tools.size()];
                for (int step = 0; step < schemas.length; step++) {
                    int slot = (step + shift) % schemas.length;
                    schemas[slot] = slot % 2 == 0 ? inputs.generate(tool(tools.get(slot / 2))).asJson()
                            : outputs.generate(results.get(slot / 2));
                }
                return List.of(schemas);
            });
        }
        List<Future<Object>> done = listings.stream().map(threads::submit).toList();
        start.countDown();
        List<?> first = null;
        for (Future<Object> listing : done) {
            Object schemas = listing.get(30, TimeUnit.SECONDS);
            first = first == null ? (List<?>) schemas : first;
            assertThat(schemas).isEqualTo(first);
        }

        assertThat(mostInside.get()).as("generations running at once").isEqualTo(1);
        assertThat(generations).hasSize(8).allSatisfy((subject, count) -> assertThat(count.get()).as(subject.toString())
                .isEqualTo(1));
        assertThat(inputs.generate(tool("zoom_a")).asJson()).as("constraints still added")
                .contains("\"minimum\":1", "\"maximum\":" + ListRecordingsTool.MAX_PAGE_SIZE).doesNotContain("required");
    }
}
