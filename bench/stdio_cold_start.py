#!/usr/bin/env python3
"""Cold start over stdio, as a desktop client sees it: from spawning the server to the first tool result (initialize,
then tools/call answered), for the uber-jar on Java 17 (java -jar, as the README's client configurations spawn it) and
the same jar through the launcher on JDK 25 with its AOT cache (recorded by `zoom-recordings-mcp --aot-cache` when
missing), and, when bench/run.sh has built it, the -Paot build with its trained cache. Run by bench/stdio.sh, which
builds the jar and starts the fake Zoom (ZOOM_API_URL)."""
import json
import os
import resource
import statistics
import subprocess
import sys
import time

JAVA17 = os.environ.get("JAVA17", "java")
JDK25 = os.environ.get("JDK25", "/usr/lib/jvm/temurin-25-jdk-amd64")
ZOOM_API_URL = os.environ["ZOOM_API_URL"]
JAR = "target/zoom-recordings-mcp.jar"
LAUNCHER = "target/zoom-recordings-mcp"
AOT_BUILD = "bench/out/aot"
INITIALIZE = {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "bench", "version": "1"}}
CALL = {"name": "zoom_get_recording_details", "arguments": {"zoom_access_token": "bench", "meeting_id": "85746060001"}}


def send(process, message):
    process.stdin.write((json.dumps(message) + "\n").encode())
    process.stdin.flush()


def answer(process, request_id):
    for line in process.stdout:
        message = json.loads(line)  # anything but JSON-RPC on stdout fails the run
        if message.get("id") == request_id:
            return message
    raise RuntimeError("stdout closed before answer %s" % request_id)


def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def first_call_seconds(command, env):
    """Wall time from spawn to the tool result, and the CPU time the process used in all (less sensitive to load)."""
    cpu = children_cpu()
    start = time.monotonic()
    process = subprocess.Popen(command, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL)
    try:
        send(process, {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": INITIALIZE})
        answer(process, 1)
        send(process, {"jsonrpc": "2.0", "method": "notifications/initialized"})
        send(process, {"jsonrpc": "2.0", "id": 2, "method": "tools/call", "params": CALL})
        result = answer(process, 2)["result"]
        elapsed = time.monotonic() - start
        if result.get("isError"):
            raise RuntimeError("tool failed: %s" % result)
    finally:
        process.stdin.close()
        process.wait(30)
    return elapsed, children_cpu() - cpu


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    env = dict(os.environ)
    env.pop("JAVA_OPTS", None)
    env25 = dict(env, JAVA_HOME=JDK25)
    cache = JAR[:-len(".jar")] + ".aot"
    if not os.path.exists(cache) or os.path.getmtime(cache) < os.path.getmtime(JAR):
        subprocess.run([LAUNCHER, "--aot-cache"], env=env25, check=True, stderr=subprocess.DEVNULL)
    variants = {
        "uber-jar, Java 17": ([JAVA17, "-Dquarkus.profile=stdio", "-jar", JAR], env),
        "fast-jar, Java 17": ([JAVA17, "-Dquarkus.profile=stdio", "-jar", "target/quarkus-app/quarkus-run.jar"], env),
        "launcher, JDK 25 + AOT cache": ([LAUNCHER], env25),
    }
    if os.path.exists(f"{AOT_BUILD}/app.aot"):
        variants["-Paot build, JDK 25"] = ([f"{JDK25}/bin/java", "-Xlog:disable", "-Xlog:all=warning:stderr",
                                           f"-XX:AOTCache={AOT_BUILD}/app.aot", "-Dquarkus.profile=stdio", "-jar",
                                           f"{AOT_BUILD}/quarkus-run.jar"], env)
    samples = {name: [] for name in variants}
    for command, variant_env in variants.values():
        first_call_seconds(command, variant_env)  # warm the file system cache, not the JVM
    for _ in range(runs):  # interleaved, so that load from elsewhere on the machine hits both alike
        for name, (command, variant_env) in variants.items():
            samples[name].append(first_call_seconds(command, variant_env))
    medians = {}
    for name, values in samples.items():
        wall = [w for w, _ in values]
        medians[name] = statistics.median(wall)
        print(f"{name:30} median {medians[name]:.2f} s  (min {min(wall):.2f}, max {max(wall):.2f}, n={runs}); "
              f"CPU {statistics.median([c for _, c in values]):.2f} s")
    plain = next(iter(medians.values()))
    for name, median in list(medians.items())[1:]:
        print(f"{name} / plain = {median / plain:.2f}")


if __name__ == "__main__":
    main()
