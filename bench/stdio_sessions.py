#!/usr/bin/env python3
"""Desktop sessions over stdio, as a client spawns them: for each way of starting the server, the time from spawning it
to the first tool result (initialize, then tools/call answered; median of interleaved runs after one discarded run
each) and the resident set size after 3,000 tool calls in one session. Run by bench/stdio.sh, which builds the jar and
starts the fake Zoom (ZOOM_API_URL).

Variants: the plain uber-jar on Java 17 as before ("before", the base of the ratios); the same with the JVM arguments
of the README's client configuration (parsed from README.md, so what users copy is what is measured), without and with
the class-data sharing archive the launcher records; the launcher on Java 17 and on JDK 25 (AOT cache), each with its
start-up cache recorded beforehand by `zoom-recordings-mcp --cache`; and, when bench/run.sh has built it, the -Paot
build with its trained cache."""
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time

JAVA17 = os.environ.get("JAVA17", "java")
JDK25 = os.environ.get("JDK25", "/usr/lib/jvm/temurin-25-jdk-amd64")
JAR = "target/zoom-recordings-mcp.jar"
LAUNCHER = "target/zoom-recordings-mcp"
CACHE_DIR = "bench/out/stdio-cache"
AOT_BUILD = "bench/out/aot"
README_DIR = "/opt/zoom-recordings-mcp/"
LOAD_CALLS = 3000
INITIALIZE = {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "bench", "version": "1"}}
TOKEN = {"zoom_access_token": "bench"}
FIRST_CALL = {"name": "zoom_get_recording_details", "arguments": dict(TOKEN, meeting_id="85746060001")}
LOAD = [FIRST_CALL,
        {"name": "zoom_list_recordings", "arguments": TOKEN},
        {"name": "zoom_get_meeting_transcript", "arguments": dict(TOKEN, meeting_id="85746060001")}]


class Session:
    """One spawned server, spoken to over its stdin and stdout (anything but JSON-RPC on stdout fails the run)."""

    def __init__(self, command, env):
        self.process = subprocess.Popen(command, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.DEVNULL)
        self.last_id = 0

    def request(self, method, params):
        self.last_id += 1
        self.send({"jsonrpc": "2.0", "id": self.last_id, "method": method, "params": params})
        for line in self.process.stdout:
            message = json.loads(line)
            if message.get("id") == self.last_id:
                if "error" in message or message["result"].get("isError"):
                    raise RuntimeError("%s failed: %s" % (method, message))
                return message
        raise RuntimeError("stdout closed before the answer to %s" % method)

    def send(self, message):
        self.process.stdin.write((json.dumps(message) + "\n").encode())
        self.process.stdin.flush()

    def start(self):
        self.request("initialize", INITIALIZE)
        self.send({"jsonrpc": "2.0", "method": "notifications/initialized"})

    def memory_mb(self):
        """VmRSS (now) and VmHWM (peak) of the server's JVM, the launcher having exec'd into it."""
        with open("/proc/%d/status" % self.process.pid) as status:
            fields = dict(line.split(":", 1) for line in status)
        return tuple(int(fields[key].split()[0]) // 1024 for key in ("VmRSS", "VmHWM"))

    def close(self):
        self.process.stdin.close()
        self.process.wait(30)


def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def first_call(command, env):
    """Wall time from spawn to the first tool result, and the CPU time the process used in all."""
    cpu = children_cpu()
    start = time.monotonic()
    session = Session(command, env)
    try:
        session.start()
        session.request("tools/call", FIRST_CALL)
        elapsed = time.monotonic() - start
    finally:
        session.close()
    return elapsed, children_cpu() - cpu


def memory_after_load(command, env):
    session = Session(command, env)
    try:
        session.start()
        for i in range(LOAD_CALLS):
            session.request("tools/call", LOAD[i % len(LOAD)])
        return session.memory_mb()
    finally:
        session.close()


def readme_java_args():
    """The JVM arguments of the README's first `java` client configuration, up to -jar."""
    readme = open("README.md", encoding="utf-8").read()
    for block in re.findall(r"```json\n(.*?)```", readme, re.S):
        servers = json.loads(block)
        for server in next(iter(servers.values())).values():
            if server.get("command") == "java":
                return server["args"][:server["args"].index("-jar")]
    raise RuntimeError("README.md has no java client configuration")


def record_cache(env):
    """Records the launcher's start-up cache for the Java of env afresh and returns its path."""
    done = subprocess.run([LAUNCHER, "--cache"], env=env, check=True, stderr=subprocess.PIPE, text=True).stderr
    return re.search(r"written to (\S+);", done).group(1)


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    env = dict(os.environ, ZOOM_MCP_CACHE_DIR=CACHE_DIR)
    env.pop("JAVA_OPTS", None)
    env17 = dict(env, JAVA_HOME=os.path.dirname(os.path.dirname(os.path.realpath(shutil.which(JAVA17)))))
    env25 = dict(env, JAVA_HOME=JDK25)
    readme = readme_java_args()
    archive17 = record_cache(env17)
    record_cache(env25)
    jar_args = ["-jar", JAR]
    variants = {
        "before: java -jar, Java 17": ([JAVA17, "-Dquarkus.profile=stdio"] + jar_args, env),
        "java + README args, Java 17": ([JAVA17] + readme + jar_args, env),
        "java + README args + CDS archive, Java 17": ([JAVA17] + readme + ["-XX:SharedArchiveFile=" + archive17]
                                                      + jar_args, env),
        "launcher, Java 17 (CDS archive)": ([LAUNCHER], env17),
        "launcher, JDK 25 (AOT cache)": ([LAUNCHER], env25),
    }
    if os.path.exists(f"{AOT_BUILD}/app.aot"):
        variants["-Paot build, JDK 25"] = ([f"{JDK25}/bin/java", "-Xlog:disable", "-Xlog:all=warning:stderr",
                                           f"-XX:AOTCache={AOT_BUILD}/app.aot", "-Dquarkus.profile=stdio", "-jar",
                                           f"{AOT_BUILD}/quarkus-run.jar"], env)
    load_before = os.getloadavg()
    print(f"{os.cpu_count()} cores; load average {load_before[0]:.1f} at the start", flush=True)
    samples = {name: [] for name in variants}
    for command, variant_env in variants.values():
        first_call(command, variant_env)  # warm the file system cache, not the JVM
    for _ in range(runs):  # interleaved, so that load from elsewhere on the machine hits every variant alike
        for name, (command, variant_env) in variants.items():
            samples[name].append(first_call(command, variant_env))
    memory = {name: memory_after_load(command, variant_env) for name, (command, variant_env) in variants.items()}
    print(f"load average {os.getloadavg()[0]:.1f} at the end; spawn -> first tool result: median of {runs} runs; "
          f"RSS after {LOAD_CALLS} tool calls in one session (peak in brackets)")
    base_wall = base_rss = None
    print(f"{'variant':44} {'first result':>12} {'ratio':>6} {'CPU':>7} {'RSS':>7} {'ratio':>6}  (min-max)")
    for name, values in samples.items():
        wall = statistics.median([w for w, _ in values])
        cpu = statistics.median([c for _, c in values])
        rss, peak = memory[name]
        base_wall, base_rss = base_wall or wall, base_rss or rss
        print(f"{name:44} {wall:10.2f} s {wall / base_wall:6.2f} {cpu:5.2f} s {rss:4d} MB {rss / base_rss:6.2f}  "
              f"({min(w for w, _ in values):.2f}-{max(w for w, _ in values):.2f} s; peak {peak} MB)")


if __name__ == "__main__":
    main()
