#!/usr/bin/env bash
# The per-caller cache, measured: an agent's scripted session against the fake Zoom (list a month, read three meetings'
# details, transcripts and chats, search twice with a refined query), once with the cache off (ZOOM_CACHE_ENABLED=false)
# and once with it on, counting Zoom requests by kind and timing each step; then a search over 60 meetings, cold and
# warm. Prints the figures (markdown) and writes them to bench/out/session-*.md. Needs a JDK 17 (java on PATH); builds
# the jar when the sources changed. About 1 minute plus the build.
#
# Usage: bench/session.sh [--rebuild]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
[ "${1:-}" = --rebuild ] && REBUILD=1

STAMP=$(date -u +%Y%m%dT%H%M%SZ)
RESULTS=$OUT/session-$STAMP.properties
echo "env.date=$(date -u +%Y-%m-%dT%H:%MZ)" > "$RESULTS"
echo "env.commit=$(git rev-parse --short HEAD 2>/dev/null || echo none)" >> "$RESULTS"

build_jar
compile_harness

# the fake Zoom with a chat file and an AI summary for every meeting (lib.sh's start_fake starts the plain one)
rm -f "$OUT/fake.port"
java -cp "$CLASSES" FakeZoom "$OUT/fake.port" 200 chat > "$OUT/fake.log" 2>&1 &
ZOOM_PID=$!
STARTED+=("$ZOOM_PID")
for _ in $(seq 100); do [ -s "$OUT/fake.port" ] && break; sleep 0.1; done
[ -s "$OUT/fake.port" ] || { log "the fake Zoom did not start"; exit 1; }
ZOOM="http://127.0.0.1:$(cat "$OUT/fake.port")"

for cache in off on; do
  log "agent session, cache $cache"
  start_server ZOOM_CACHE_ENABLED=$([ $cache = on ] && echo true || echo false)
  # a throw-away session first, so both runs meet a warmed-up JIT alike (its own token: nothing of it is cached)
  timeout 300 java -cp "$CLASSES" AgentSession /dev/null "$SERVER" "$ZOOM" session warmup 2>/dev/null || true
  timeout 300 java -cp "$CLASSES" AgentSession "$RESULTS" "$SERVER" "$ZOOM" session "$cache"
  if [ $cache = on ]; then
    log "search over 60 meetings, cold then warm"
    timeout 300 java -cp "$CLASSES" AgentSession "$RESULTS" "$SERVER" "$ZOOM" search60
  fi
  kill "$SERVER_PID"
  wait "$SERVER_PID" 2>/dev/null || true
done

java -cp "$CLASSES" SessionReport "$RESULTS" | tee "$OUT/session-$STAMP.md"
