package dev.zoommcp.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import dev.zoommcp.support.ZoomToolTestBase;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.config.SmallRyeConfig;

/**
 * Parses every manifest under k8s/ into typed Kubernetes and Knative objects and checks it against the running
 * application's configuration (ports, probe paths, shutdown timing, environment variable names), so the two cannot drift.
 */
@QuarkusTest
class ManifestsTest extends ZoomToolTestBase {

    private static final Path K8S = Path.of("k8s");
    private static final List<HasMetadata> RESOURCES = new ArrayList<>();
    private static final Set<String> PROBE_PATHS = Set.of("/q/health/started", "/q/health/live", "/q/health/ready");

    @Inject
    SmallRyeConfig config;

    /** The application's own settings, as the prod profile sees them (tests run on another port). */
    private static final java.util.Properties APPLICATION = new java.util.Properties();

    private static int httpPort() {
        return Integer.parseInt(APPLICATION.getProperty("quarkus.http.port"));
    }

    @BeforeAll
    static void parseManifests() throws IOException {
        try (InputStream in = ManifestsTest.class.getResourceAsStream("/application.properties")) {
            APPLICATION.load(in);
        }
        KubernetesSerialization serialization = new KubernetesSerialization();
        try (Stream<Path> files = Files.walk(K8S)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml") && !isKustomization(f)).toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    Object parsed = serialization.unmarshal(in);
                    assertThat(parsed).as(file.toString()).isInstanceOf(HasMetadata.class);
                    assertThat(parsed.getClass().getSimpleName()).as(file + " is typed")
                            .isNotEqualTo("GenericKubernetesResource");
                    RESOURCES.add((HasMetadata) parsed);
                }
            }
        }
    }

    private static boolean isKustomization(Path file) {
        return file.getFileName().toString().equals("kustomization.yaml");
    }

    private static <T> List<T> all(Class<T> type) {
        return RESOURCES.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static <T> T one(Class<T> type) {
        List<T> found = all(type);
        assertThat(found).as(type.getSimpleName()).hasSize(1);
        return found.get(0);
    }

    private io.fabric8.knative.serving.v1.Service knative() {
        return one(io.fabric8.knative.serving.v1.Service.class);
    }

    @Test
    void everyKustomizationListsExistingResources() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try (Stream<Path> files = Files.walk(K8S)) {
            for (Path kustomization : files.filter(ManifestsTest::isKustomization).toList()) {
                JsonNode root = yaml.readTree(kustomization.toFile());
                List<String> refs = new ArrayList<>();
                root.path("resources").forEach(r -> refs.add(r.asText()));
                root.path("patches").forEach(p -> refs.add(p.path("path").asText()));
                assertThat(refs).as(kustomization.toString()).isNotEmpty();
                for (String ref : refs) {
                    assertThat(kustomization.getParent().resolve(ref)).as(kustomization + " -> " + ref).exists();
                }
            }
        }
    }

    @Test
    void theDeploymentMatchesTheApplication() {
        Deployment deployment = one(Deployment.class);
        Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
        int httpPort = httpPort();

        assertThat(deployment.getSpec().getReplicas()).isEqualTo(2);
        assertThat(container.getPorts()).anySatisfy(p -> {
            assertThat(p.getName()).isEqualTo("http");
            assertThat(p.getContainerPort()).isEqualTo(httpPort);
        });
        assertProbes(container.getStartupProbe(), container.getLivenessProbe(), container.getReadinessProbe());
        assertThat(container.getStartupProbe().getHttpGet().getPath()).isEqualTo("/q/health/started");
        assertThat(container.getResources().getRequests()).containsKeys("cpu", "memory");
        assertThat(container.getResources().getLimits()).containsKey("memory");

        Duration drain = Duration.parse("PT" + APPLICATION.getProperty("quarkus.shutdown.delay"))
                .plus(Duration.parse("PT" + APPLICATION.getProperty("quarkus.shutdown.timeout")));
        assertThat(deployment.getSpec().getTemplate().getSpec().getTerminationGracePeriodSeconds())
                .isGreaterThan(drain.toSeconds());

        var pod = deployment.getSpec().getTemplate().getSpec();
        assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(pod.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
        assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
        assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
        assertThat(container.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
        assertThat(container.getEnvFrom()).anySatisfy(e -> assertThat(e.getConfigMapRef().getName())
                .isEqualTo(one(ConfigMap.class).getMetadata().getName()));
        assertThat(one(ConfigMap.class).getData()).as("a shared service never reads a desktop sign-in")
                .containsEntry("ZOOM_LOGIN_ENABLED", "false");
    }

    @Test
    void serviceAutoscalerDisruptionBudgetAndNetworkPolicyPointAtTheDeployment() {
        Deployment deployment = one(Deployment.class);
        Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
        List<Service> services = all(Service.class);

        assertThat(services).allSatisfy(service -> {
            assertThat(podLabels).containsAllEntriesOf(service.getSpec().getSelector());
            if (service.getSpec().getPorts() != null) {
                assertThat(service.getSpec().getPorts()).allSatisfy(p -> assertThat(p.getTargetPort().getStrVal())
                        .isEqualTo("http"));
            }
        });
        HorizontalPodAutoscaler hpa = one(HorizontalPodAutoscaler.class);
        assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo(deployment.getMetadata().getName());
        assertThat(hpa.getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2);
        PodDisruptionBudget pdb = one(PodDisruptionBudget.class);
        assertThat(podLabels).containsAllEntriesOf(pdb.getSpec().getSelector().getMatchLabels());

        NetworkPolicy policy = one(NetworkPolicy.class);
        assertThat(podLabels).containsAllEntriesOf(policy.getSpec().getPodSelector().getMatchLabels());
        assertThat(policy.getSpec().getIngress()).flatExtracting(i -> i.getPorts())
                .extracting(p -> p.getPort().getIntVal()).containsOnly(httpPort());
        assertThat(policy.getSpec().getEgress()).flatExtracting(e -> e.getPorts())
                .extracting(p -> p.getPort().getIntVal()).containsOnly(53, 443);
    }

    @Test
    void theKnativeServiceScalesToZeroAndKeepsSseStreamsOpen() {
        var service = knative();
        var template = service.getSpec().getTemplate();
        Container container = template.getSpec().getContainers().get(0);

        assertThat(template.getMetadata().getAnnotations()).containsEntry("autoscaling.knative.dev/min-scale", "0")
                .containsKey("autoscaling.knative.dev/target");
        assertThat(template.getSpec().getTimeoutSeconds()).isGreaterThanOrEqualTo(600L);
        assertThat(template.getSpec().getContainerConcurrency()).isPositive();
        assertThat(container.getPorts().get(0).getContainerPort())
                .isEqualTo(httpPort());
        assertProbes(container.getLivenessProbe(), container.getReadinessProbe());
        assertThat(container.getEnvFrom()).anySatisfy(e -> assertThat(e.getConfigMapRef().getName())
                .isEqualTo(one(ConfigMap.class).getMetadata().getName()));
        assertThat(one(ConfigMap.class).getData()).as("a shared service never reads a desktop sign-in")
                .containsEntry("ZOOM_LOGIN_ENABLED", "false");
    }

    @Test
    void everyEnvironmentVariableNamesAPropertyTheApplicationKnows() {
        Set<String> known = new HashSet<>();
        config.getPropertyNames().forEach(name -> known.add(name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_")));
        List<String> variables = new ArrayList<>(one(ConfigMap.class).getData().keySet());
        List<Container> containers = new ArrayList<>(one(Deployment.class).getSpec().getTemplate().getSpec()
                .getContainers());
        containers.addAll(knative().getSpec().getTemplate().getSpec().getContainers());
        containers.forEach(c -> {
            if (c.getEnv() != null) {
                c.getEnv().forEach(e -> variables.add(e.getName()));
            }
        });

        assertThat(variables).isNotEmpty().allSatisfy(v -> assertThat(known).as(v).contains(v));
    }

    @Test
    void theProbePathsAnswerOnTheRunningApplication() {
        for (String path : PROBE_PATHS) {
            given().get(path).then().statusCode(200);
        }
    }

    private static void assertProbes(Probe... probes) {
        for (Probe probe : probes) {
            assertThat(probe).isNotNull();
            assertThat(PROBE_PATHS).contains(probe.getHttpGet().getPath());
        }
    }
}
