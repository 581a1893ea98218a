#!/usr/bin/env bash
# Cold start to the first successful tool call: plain jar on Java 17 vs the JDK 25 AOT-cache build.
# Builds both into bench/out/ (from a copy of the sources, so target/ is left alone), trains the AOT cache, and prints
# the medians of RUNS starts each and their ratio. Usage: bench/cold-start.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
OUT=bench/out
JDK25=${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}
export ZOOM_PORT=${ZOOM_PORT:-18190} JAVA25="$JDK25/bin/java" MAVEN_ARGS="--batch-mode --no-transfer-progress -q"

build() { # build NAME [maven args...]: a clean copy of the project, packaged, into $OUT/NAME
  local name=$1; shift
  rm -rf "$OUT/src-$name" "$OUT/$name" && mkdir -p "$OUT/src-$name"
  cp -r pom.xml mvnw .mvn src "$OUT/src-$name/"
  (cd "$OUT/src-$name" && ./mvnw package -DskipTests "$@")
  mv "$OUT/src-$name/target/quarkus-app" "$OUT/$name" && rm -rf "$OUT/src-$name"
}

build plain
JAVA_HOME="$JDK25" build aot -Paot

python3 bench/fake_zoom.py "$ZOOM_PORT" & FAKE=$!
trap 'kill $FAKE 2>/dev/null' EXIT
sleep 0.5
python3 bench/train_aot.py "$OUT/aot"
python3 bench/cold_start.py "$OUT/plain" "$OUT/aot" "$RUNS"
