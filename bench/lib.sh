# Shared by bench/run.sh and bench/clients.sh (sourced, not run): builds, starts the fake Zoom and the server on
# loopback, and stops everything started here on exit, Ctrl-C or failure.

cd "$(dirname "${BASH_SOURCE[0]}")/.."
OUT=bench/out
CLASSES=$OUT/classes
JAR=target/quarkus-app/quarkus-run.jar
JDK25=${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}
export MAVEN_ARGS=${MAVEN_ARGS:-"--batch-mode --no-transfer-progress -q"}
mkdir -p "$OUT"

# The JVM flags of the images. src/main/docker/Dockerfile.jvm runs run-java.sh (ubi9 openjdk-17-runtime), which passes
# -XX:MaxRAMPercentage=50, the GC of GC_CONTAINER_OPTIONS and its heap-free ratios, then the Dockerfile's
# JAVA_OPTS_APPEND; Dockerfile.aot passes MaxRAMPercentage=75. In the pod the JVM sizes the heap from the 512Mi memory
# limit of k8s/base/deployment.yaml; here -XX:MaxRAM=512m stands in for that limit.
POD_MEMORY="-XX:MaxRAM=512m"
LOGMANAGER="-Djava.util.logging.manager=org.jboss.logmanager.LogManager"
# BENCH_JVM_FLAGS replaces them, to compare other settings.
JVM_FLAGS=${BENCH_JVM_FLAGS:-"$POD_MEMORY -XX:MaxRAMPercentage=50.0 -XX:+UseSerialGC -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20\
 -XX:GCTimeRatio=4 -XX:AdaptiveSizePolicyWeight=90 -XX:+ExitOnOutOfMemoryError $LOGMANAGER -XX:+ExitOnOutOfMemoryError\
 -Xmn24m"}
AOT_FLAGS="$POD_MEMORY -XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError $LOGMANAGER"

STARTED=()
stop_all() {
  local pid
  for pid in "${STARTED[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${STARTED[@]}"; do
    for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$pid" 2>/dev/null || true
  done
  STARTED=()
}
trap stop_all EXIT
trap 'exit 130' INT TERM

log() { echo "[bench] $*" >&2; }

stale() { # stale FILE: true when FILE is missing or older than the sources
  [ ! -f "$1" ] || [ -n "$(find src/main pom.xml -newer "$1" -print -quit)" ]
}

build_jar() { # the packaged server (Java 17), rebuilt when the sources changed
  if [ "${REBUILD:-0}" = 1 ] || stale "$JAR"; then
    log "building the server jar"
    ./mvnw package -DskipTests
  fi
}

compile_harness() {
  rm -rf "$CLASSES"
  javac -nowarn -cp target/classes -d "$CLASSES" bench/src/*.java
}

start_fake() { # start_fake: sets ZOOM (base URL) and ZOOM_PID
  rm -f "$OUT/fake.port"
  java -cp "$CLASSES" FakeZoom "$OUT/fake.port" 200 > "$OUT/fake.log" 2>&1 &
  ZOOM_PID=$!
  STARTED+=("$ZOOM_PID")
  for _ in $(seq 100); do [ -s "$OUT/fake.port" ] && break; sleep 0.1; done
  [ -s "$OUT/fake.port" ] || { log "the fake Zoom did not start"; exit 1; }
  ZOOM="http://127.0.0.1:$(cat "$OUT/fake.port")"
}

start_server() { # start_server [ENV=VALUE...]: the packaged server with the image's flags; sets SERVER and SERVER_PID
  env QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=0 ZOOM_API_URL="$ZOOM/v2" ZOOM_OAUTH_URL="$ZOOM" \
    ZOOM_DOWNLOAD_PRIVATE_REDIRECT_HOSTS="${ZOOM#http://}" "$@" \
    java $JVM_FLAGS -jar "$JAR" > "$OUT/server.log" 2>&1 &
  SERVER_PID=$!
  STARTED+=("$SERVER_PID")
  local port=""
  for _ in $(seq 300); do
    port=$(sed -n 's|.*Listening on: http://127.0.0.1:\([0-9]*\).*|\1|p' "$OUT/server.log" | head -1)
    [ -n "$port" ] && break
    kill -0 "$SERVER_PID" 2>/dev/null || break
    sleep 0.1
  done
  [ -n "$port" ] || { log "the server did not start; see $OUT/server.log"; exit 1; }
  SERVER="http://127.0.0.1:$port"
}

rss_mb() { awk '/^VmRSS:/ { print int($2 / 1024) }' "/proc/$1/status"; }
