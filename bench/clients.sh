#!/usr/bin/env bash
# Many clients at once: CLIENTS Streamable HTTP and SSE_CLIENTS legacy SSE clients connect together and call
# zoom_get_recording_details CALLS times each, against the packaged server (the image's JVM flags) and the fake Zoom.
# Prints failures, latency, and the server's RSS and open file descriptors before, at peak and after.
# Usage: bench/clients.sh [CLIENTS] [SSE_CLIENTS] [CALLS]   (default 200 50 10)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
build_jar
compile_harness
start_fake
start_server
timeout 600 java -cp "$CLASSES" ConcurrentClients "$SERVER" "$SERVER_PID" "${1:-200}" "${2:-50}" "${3:-10}"
