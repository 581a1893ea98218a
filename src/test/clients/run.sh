#!/usr/bin/env bash
# Real MCP clients against "Sign in with Zoom": the MCP conformance suite's authorization-server scenarios and the
# official TypeScript SDK's client OAuth, both against the packaged server (target/zoom-recordings-mcp.jar) in front of a
# WireMock Zoom (zoom/mappings: authorize redirect, token endpoint that rotates refresh tokens, recordings).
# Needs npm (installs Node 22, the SDK and the suite here) and a build (./mvnw package -DskipTests, or verify).
# Usage: src/test/clients/run.sh   (ports: ZOOM_PORT 18389, SERVER_PORT 18380; callbacks on 3011 and 3012)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
jar="$root/target/zoom-recordings-mcp.jar"
zoom_port="${ZOOM_PORT:-18389}"
server_port="${SERVER_PORT:-18380}"
base="http://localhost:$server_port"

[ -f "$jar" ] || { echo "no $jar: run ./mvnw package -DskipTests first" >&2; exit 2; }
wiremock="$(ls "$HOME"/.m2/repository/org/wiremock/wiremock-standalone/3.13.2/wiremock-standalone-3.13.2.jar 2>/dev/null || true)"
[ -n "$wiremock" ] || { echo "WireMock standalone 3.13.2 is not in ~/.m2: run ./mvnw verify once" >&2; exit 2; }

cd "$here"
[ -x node_modules/.bin/node ] || npm install --no-audit --no-fund --loglevel=error >/dev/null
node="$here/node_modules/.bin/node"

work="$(mktemp -d)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$work/zoom/__files"
cp -r zoom/mappings "$work/zoom/"
cp "$root/src/test/resources/zoom/recordings-page1.json" "$root/src/test/resources/zoom/meeting-q3.json" "$work/zoom/__files/"
java -jar "$wiremock" --port "$zoom_port" --root-dir "$work/zoom" --global-response-templating --disable-banner \
  > "$work/zoom.log" 2>&1 &
pids+=($!)

key="$(head -c 32 /dev/urandom | base64)"
env ZOOM_API_URL="http://localhost:$zoom_port/v2" ZOOM_OAUTH_URL="http://localhost:$zoom_port" \
  QUARKUS_HTTP_PORT="$server_port" ZOOM_LOGIN_ENABLED=false MCP_ACCESS_ZOOM_OAUTH=true \
  MCP_ACCESS_ZOOM_OAUTH_CLIENT_ID=clientChecksApp MCP_ACCESS_ZOOM_OAUTH_CLIENT_SECRET=client-checks-secret \
  MCP_ACCESS_PUBLIC_URL="$base" MCP_ACCESS_TOKEN_KEYS="$key" \
  java -jar "$jar" > "$work/server.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 60); do
  curl -fs "$base/q/health/ready" >/dev/null 2>&1 && curl -fs "http://localhost:$zoom_port/__admin/health" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -fs "$base/q/health/ready" >/dev/null || { echo "the server did not start:" >&2; tail -20 "$work/server.log" >&2; exit 1; }

status=0
echo "== MCP conformance suite: authorization-server scenarios"
"$node" conformance-authorization.mjs "$base" || status=1
curl -fs -X POST "http://localhost:$zoom_port/__admin/scenarios/reset" >/dev/null
echo "== TypeScript SDK client OAuth"
"$node" sdk-sign-in.mjs "$base" || status=1

if grep -E "zoom-access-[12]|zoom-refresh-[12]|client-checks-secret|zoom-code-" "$work/server.log" >/dev/null; then
  echo "FAIL a Zoom token, code or the app secret appears in the server's log" >&2
  status=1
fi
exit $status
