#!/usr/bin/env bash
# Desktop sessions over stdio, as a client spawns them (see bench/stdio_sessions.py): builds the jar when the sources
# changed, starts the fake Zoom, then reports for each way of starting the server the time from spawn to the first tool
# result and the memory after 3,000 tool calls, with ratios to the plain jar on Java 17.
# Usage: bench/stdio.sh [RUNS]   (default 7)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
build_jar
compile_harness
start_fake
ZOOM_API_URL="$ZOOM/v2" ZOOM_DOWNLOAD_PRIVATE_REDIRECT_HOSTS="${ZOOM#http://}" timeout 1800 python3 bench/stdio_sessions.py "${1:-7}"
