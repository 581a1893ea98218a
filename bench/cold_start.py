#!/usr/bin/env python3
"""Cold start: from process start to the first successful tool call (initialize + tools/call), for a plain jar on
Java 17 and the JDK 25 AOT-cache build. Usage: cold_start.py PLAIN_APP_DIR AOT_APP_DIR RUNS"""
import os
import socket
import statistics
import subprocess
import sys
import time

import mcp_client

JAVA17 = os.environ.get("JAVA17", "java")
JAVA25 = os.environ.get("JAVA25", "/usr/lib/jvm/temurin-25-jdk-amd64/bin/java")
ZOOM_PORT = int(os.environ.get("ZOOM_PORT", "18190"))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def first_call_seconds(command):
    port = free_port()
    env = dict(os.environ, QUARKUS_HTTP_PORT=str(port), ZOOM_API_URL=f"http://localhost:{ZOOM_PORT}/v2")
    start = time.monotonic()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    url = f"http://localhost:{port}/mcp"
    try:
        while time.monotonic() - start < 60:
            try:
                session = mcp_client.initialize(url)
                mcp_client.call_tool(url, session, "zoom_get_recording_details",
                                     {"zoom_access_token": "bench", "meeting_id": "85746060001"})
                return time.monotonic() - start
            except (OSError, ConnectionError):
                time.sleep(0.02)
        raise RuntimeError("no answer within 60 s")
    finally:
        process.terminate()
        process.wait(30)


def main():
    plain, aot, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
    variants = {
        "plain jar, Java 17": [JAVA17, "-jar", f"{plain}/quarkus-run.jar"],
        "AOT cache, JDK 25": [JAVA25, f"-XX:AOTCache={aot}/app.aot", "-jar", f"{aot}/quarkus-run.jar"],
    }
    medians = {}
    for name, command in variants.items():
        first_call_seconds(command)  # warm the file system cache, not the JVM
        samples = [first_call_seconds(command) for _ in range(runs)]
        medians[name] = statistics.median(samples)
        print(f"{name:22} median {medians[name]:.2f} s  (min {min(samples):.2f}, max {max(samples):.2f}, n={runs})")
    plain_s, aot_s = medians.values()
    print(f"AOT / plain = {aot_s / plain_s:.2f}")


if __name__ == "__main__":
    main()
