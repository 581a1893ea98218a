#!/usr/bin/env bash
# Start-up over stdio, as a desktop client sees it (see bench/stdio_cold_start.py): builds the jar when the sources
# changed, starts the fake Zoom, then times spawn-to-first-tool-result for each way of starting the server.
# Usage: bench/stdio.sh [RUNS]   (default 7)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
build_jar
compile_harness
start_fake
ZOOM_API_URL="$ZOOM/v2" ZOOM_DOWNLOAD_PRIVATE_REDIRECT_HOSTS="${ZOOM#http://}" timeout 900 python3 bench/stdio_cold_start.py "${1:-7}"
