#!/usr/bin/env python3
"""Load: CLIENTS Streamable HTTP clients and SSE_CLIENTS legacy SSE clients call zoom_get_recording_details CALLS
times each, all at once, against a running server (URL) and the fake Zoom. Prints failures, p50/p99 latency, and the
server's RSS and open file descriptors (PID) before, at peak and after. Usage: load.py URL PID CLIENTS SSE_CLIENTS CALLS"""
import http.client
import json
import os
import queue
import statistics
import sys
import threading
import time
import urllib.parse

import mcp_client

ARGS = {"zoom_access_token": "bench", "meeting_id": "85746060001"}


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) // 1024
    return -1


def fds(pid):
    return len(os.listdir(f"/proc/{pid}/fd"))


def streamable_client(url, calls, latencies, failures):
    try:
        session = mcp_client.initialize(url)
    except Exception as e:  # noqa: BLE001 - every failure is counted
        failures.append(f"initialize: {e}")
        return
    for i in range(calls):
        start = time.monotonic()
        try:
            mcp_client.call_tool(url, session, "zoom_get_recording_details", ARGS, request_id=i + 10)
            latencies.append(time.monotonic() - start)
        except Exception as e:  # noqa: BLE001
            failures.append(str(e)[:200])


def sse_client(base, calls, latencies, failures):
    parsed = urllib.parse.urlparse(base)
    stream = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=60)
    try:
        stream.request("GET", "/mcp/sse", headers={"Accept": "text/event-stream"})
        response = stream.getresponse()
        events = queue.Queue()

        def read():
            data = []
            try:
                for raw in response:
                    line = raw.decode().rstrip("\r\n")
                    if line.startswith("data:"):
                        data.append(line[5:].strip())
                    elif not line and data:
                        events.put("\n".join(data))
                        data = []
            except Exception:  # noqa: BLE001 - the stream ends when the client closes it
                pass

        threading.Thread(target=read, daemon=True).start()
        endpoint = events.get(timeout=30)
        post_url = endpoint if endpoint.startswith("http") else base + endpoint

        def send(payload):
            request = urllib.request.Request(post_url, json.dumps(payload).encode(),
                                             {"Content-Type": "application/json"})
            urllib.request.urlopen(request, timeout=30).read()

        def answer(request_id):
            while True:
                message = json.loads(events.get(timeout=60))
                if message.get("id") == request_id:
                    return message

        send({"jsonrpc": "2.0", "id": 0, "method": "initialize", "params": {"protocolVersion": "2024-11-05",
              "capabilities": {}, "clientInfo": {"name": "bench-sse", "version": "1"}}})
        answer(0)
        send({"jsonrpc": "2.0", "method": "notifications/initialized"})
        for i in range(calls):
            start = time.monotonic()
            send({"jsonrpc": "2.0", "id": i + 10, "method": "tools/call",
                  "params": {"name": "zoom_get_recording_details", "arguments": ARGS}})
            message = answer(i + 10)
            if "error" in message or message["result"].get("isError"):
                failures.append(str(message)[:200])
            else:
                latencies.append(time.monotonic() - start)
    except Exception as e:  # noqa: BLE001
        failures.append(f"sse: {e}")
    finally:
        stream.close()


import urllib.request  # noqa: E402


def main():
    base, pid, clients, sse_clients, calls = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
    latencies, failures = [], []
    before = (rss_mb(pid), fds(pid))
    threads = [threading.Thread(target=streamable_client, args=(base + "/mcp", calls, latencies, failures))
               for _ in range(clients)]
    threads += [threading.Thread(target=sse_client, args=(base, calls, latencies, failures)) for _ in range(sse_clients)]
    peak = [0, 0]

    def watch():
        while any(t.is_alive() for t in threads):
            peak[0], peak[1] = max(peak[0], rss_mb(pid)), max(peak[1], fds(pid))
            time.sleep(0.2)

    start = time.monotonic()
    for t in threads:
        t.start()
    watcher = threading.Thread(target=watch)
    watcher.start()
    for t in threads:
        t.join()
    watcher.join()
    elapsed = time.monotonic() - start
    time.sleep(5)
    after = (rss_mb(pid), fds(pid))
    latencies.sort()
    total = clients * calls + sse_clients * calls
    print(f"clients: {clients} Streamable HTTP + {sse_clients} SSE, {calls} calls each = {total} tool calls "
          f"in {elapsed:.1f} s ({len(latencies) / elapsed:.0f}/s)")
    print(f"failed calls: {len(failures)}" + (f"  first: {failures[0]}" if failures else ""))
    if latencies:
        p50 = latencies[len(latencies) // 2]
        p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
        print(f"latency: p50 {p50 * 1000:.0f} ms, p99 {p99 * 1000:.0f} ms, p99/p50 {p99 / p50:.1f}")
    print(f"server RSS MB: before {before[0]}, peak {peak[0]}, after {after[0]}")
    print(f"server open fds: before {before[1]}, peak {peak[1]}, after {after[1]}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
