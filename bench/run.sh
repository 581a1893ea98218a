#!/usr/bin/env bash
# The benchmark, in one command: builds (or reuses) the server jar and the JDK 25 AOT build, starts a fake Zoom and the
# server on loopback, measures tool-call load (through the server and straight to the fake, alternating), memory,
# search fan-out under Zoom's rate limit, cold start and transcript parsing, then prints the tables (markdown) and
# writes them to bench/out/. Everything it starts stops on exit, Ctrl-C or failure; every step has a time limit.
#
# Usage: bench/run.sh [quick|full] [--rebuild]
#   quick  1 round of 2 s per scenario, 3 cold starts, 30-meeting fan-out: about 1.5 minutes; a check of the harness
#          (its short warm-up leaves the JIT compiling, so the server's figures are worse than full's)
#   full   3 rounds of 4 s per scenario, 5 cold starts, 60-meeting fan-out: about 6 minutes (the README's table)
#   Building the jar and the AOT variant, when the sources changed, adds 2 to 4 minutes.
# Needs a JDK 17 (java on PATH) and a JDK 25 (JDK25=..., default /usr/lib/jvm/temurin-25-jdk-amd64).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

MODE=${1:-full}
[ "${2:-}" = --rebuild ] && REBUILD=1
case $MODE in
  quick) ROUND_S=2 ROUNDS=1 WARMUP_S=12 COLD_RUNS=3 VTT_RUNS=1 FANOUT_MEETINGS=30 ;;
  full) ROUND_S=4 ROUNDS=3 WARMUP_S=36 COLD_RUNS=5 VTT_RUNS=3 FANOUT_MEETINGS=60 ;;
  *) echo "usage: bench/run.sh [quick|full] [--rebuild]" >&2; exit 2 ;;
esac
# Zoom's per-account limit as the fake enforces it, and the server's search pacer set to the same rate: the fan-out may
# use the whole budget and no more. (In production the pacer stays at its default, 8/s, below Zoom's 20/s MEDIUM
# limit, because every app of the account shares that limit.)
RATE_LIMIT=10
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
RESULTS=$OUT/results-$STAMP.properties

record() { echo "$1=$2" >> "$RESULTS"; }
record env.date "$(date -u +%Y-%m-%dT%H:%MZ)"
record env.mode "$MODE"
record env.commit "$(git rev-parse --short HEAD 2>/dev/null || echo none)$(git diff --quiet HEAD -- src 2>/dev/null || echo +changes)"
record env.cpus "$(nproc)"
record env.load_start "$(cut -d' ' -f1 /proc/loadavg)"

build_jar
compile_harness
start_fake

AOT=$OUT/aot
if [ "${REBUILD:-0}" = 1 ] || stale "$AOT/app.aot"; then
  log "building the JDK 25 AOT variant (from a copy of the sources; target/ is left alone)"
  rm -rf "$OUT/src-aot" "$AOT" && mkdir -p "$OUT/src-aot"
  cp -r pom.xml mvnw .mvn src "$OUT/src-aot/"
  (cd "$OUT/src-aot" && JAVA_HOME="$JDK25" timeout 900 ./mvnw package -DskipTests -Paot)
  mv "$OUT/src-aot/target/quarkus-app" "$AOT" && rm -rf "$OUT/src-aot"
  timeout 300 java -cp "$CLASSES" TrainAot "$JDK25/bin/java" "$AOT" "$ZOOM" "$AOT_FLAGS"
fi

log "load: server with the image's JVM flags against the fake Zoom"
start_server ZOOM_SEARCH_REQUESTS_PER_SECOND=$RATE_LIMIT
sleep 3
record rss.idle_mb "$(rss_mb "$SERVER_PID")"
timeout 900 java -cp "$CLASSES" LoadBench "$SERVER" "$ZOOM/v2" "$SERVER_PID" "$ZOOM_PID" "$RESULTS" \
  "$ROUND_S" "$ROUNDS" "$WARMUP_S" 1,16,64 16
sleep 5
record rss.after_mb "$(rss_mb "$SERVER_PID")"
jcmd "$SERVER_PID" GC.run > /dev/null
jcmd "$SERVER_PID" GC.heap_info > "$OUT/heap.txt"
# Each generation's line reads "... total 22144K, used 44K [..." (SerialGC, ParallelGC alike); metaspace is not heap.
heap_kb() { awk -v field="$1" 'match($0, field " [0-9]+K") && /total [0-9]+K, used/ {
  sum += substr($0, RSTART + length(field) + 1, RLENGTH - length(field) - 2) } END { print int(sum / 1024) }' "$OUT/heap.txt"; }
record heap.after_gc_used_mb "$(heap_kb used)"
record heap.after_gc_committed_mb "$(heap_kb total)"
record rss.after_gc_mb "$(rss_mb "$SERVER_PID")"

log "search fan-out: $FANOUT_MEETINGS meetings, Zoom limit $RATE_LIMIT/s"
timeout 300 java -cp "$CLASSES" SearchFanOut "$RESULTS" "$SERVER" "$ZOOM" "$FANOUT_MEETINGS" "$RATE_LIMIT"
kill "$SERVER_PID"
wait "$SERVER_PID" 2>/dev/null || true

log "cold start: plain jar (Java 17) vs AOT cache (JDK 25), $COLD_RUNS starts each"
timeout 900 java -cp "$CLASSES" ColdStart "$RESULTS" "$ZOOM" "$COLD_RUNS" java target/quarkus-app \
  "$JDK25/bin/java" "$AOT" "$JVM_FLAGS" "$AOT_FLAGS"

log "transcript: 50 MB synthetic VTT"
timeout 600 java -Xmx3g -cp "target/classes:$CLASSES" VttThroughput "$RESULTS" 50 "$VTT_RUNS"

record env.load_end "$(cut -d' ' -f1 /proc/loadavg)"
java -cp "$CLASSES" Report "$RESULTS" | tee "$OUT/report-$STAMP.md"
cp "$OUT/report-$STAMP.md" "$OUT/latest.md"
log "tables written to $OUT/report-$STAMP.md (figures in $RESULTS)"
