#!/usr/bin/env bash
# Load test: 200 Streamable HTTP clients and 50 SSE clients at once against the packaged server and a local fake Zoom.
# Builds the jar if missing. Usage: bench/load.sh [CLIENTS] [SSE_CLIENTS] [CALLS]
set -euo pipefail
cd "$(dirname "$0")/.."
CLIENTS=${1:-200} SSE_CLIENTS=${2:-50} CALLS=${3:-10}
ZOOM_PORT=${ZOOM_PORT:-18190} PORT=${PORT:-18180}
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw --batch-mode --no-transfer-progress -q package -DskipTests

python3 bench/fake_zoom.py "$ZOOM_PORT" & FAKE=$!
QUARKUS_HTTP_PORT=$PORT ZOOM_API_URL="http://localhost:$ZOOM_PORT/v2" java -jar target/quarkus-app/quarkus-run.jar \
  > bench/out-load-server.log 2>&1 & SERVER=$!
trap 'kill $SERVER $FAKE 2>/dev/null; wait $SERVER 2>/dev/null' EXIT
for _ in $(seq 100); do curl -fs "http://localhost:$PORT/q/health/ready" >/dev/null && break; sleep 0.2; done
python3 bench/load.py "http://localhost:$PORT" "$SERVER" "$CLIENTS" "$SSE_CLIENTS" "$CALLS"
