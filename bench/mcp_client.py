#!/usr/bin/env python3
"""A minimal MCP Streamable HTTP client for the benchmarks (stdlib only): initialize, then tools/call."""
import json
import urllib.request

HEADERS = {"Content-Type": "application/json", "Accept": "application/json, text/event-stream"}


def post(url, payload, session=None, timeout=30):
    headers = dict(HEADERS)
    if session:
        headers["Mcp-Session-Id"] = session
    request = urllib.request.Request(url, json.dumps(payload).encode(), headers)
    with urllib.request.urlopen(request, timeout=timeout) as response:
        body = response.read().decode()
        session = response.headers.get("Mcp-Session-Id", session)
    if body.lstrip().startswith("{"):
        return session, json.loads(body)
    for line in body.splitlines():
        if line.startswith("data:"):
            message = json.loads(line[5:])
            if "id" in message:
                return session, message
    return session, None


def initialize(url):
    session, _ = post(url, {"jsonrpc": "2.0", "id": 0, "method": "initialize", "params": {
        "protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "bench", "version": "1"}}})
    post(url, {"jsonrpc": "2.0", "method": "notifications/initialized"}, session)
    return session


def call_tool(url, session, name, arguments, request_id=1, timeout=60):
    _, message = post(url, {"jsonrpc": "2.0", "id": request_id, "method": "tools/call",
                            "params": {"name": name, "arguments": arguments}}, session, timeout)
    if message is None or "error" in message or message["result"].get("isError"):
        raise RuntimeError(f"{name} failed: {message}")
    return message["result"]
