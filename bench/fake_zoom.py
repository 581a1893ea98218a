#!/usr/bin/env python3
"""A small fake Zoom for benchmarks: recordings list, recording details, transcript download (302 to a second port),
OAuth token. Stdlib only. Usage: fake_zoom.py PORT [RATE_LIMIT_PER_SECOND]"""
import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PORT = int(sys.argv[1])
RATE = int(sys.argv[2]) if len(sys.argv) > 2 else 0
VTT = "WEBVTT\n\n" + "".join(
    f"{i + 1}\n00:{i // 60:02d}:{i % 60:02d}.000 --> 00:{i // 60:02d}:{i % 60:02d}.900\n"
    f"{'Alex Rivera' if i % 3 else 'Priya Natarajan'}: Sentence {i} about the launch plan and the docs.\n\n"
    for i in range(120))


def meeting(n):
    base = f"http://localhost:{PORT}"
    return {"uuid": f"uuid{n}AAAAAiAiAiiAii==", "id": 85746060000 + n, "topic": f"Meeting {n}",
            "start_time": f"2026-10-{1 + n % 28:02d}T10:00:00Z", "duration": 30, "total_size": 1000,
            "recording_count": 2, "recording_files": [
                {"id": f"m{n}", "file_type": "MP4", "file_size": 900, "status": "completed",
                 "download_url": f"{base}/rec/download/m{n}"},
                {"id": f"t{n}", "file_type": "TRANSCRIPT", "file_size": len(VTT), "status": "completed",
                 "download_url": f"{base}/rec/download/t{n}"}]}


class Limiter:
    """Zoom's per-account limit: at most RATE requests in any one-second window, else 429."""
    def __init__(self, rate):
        self.rate, self.lock, self.stamps = rate, threading.Lock(), []

    def allow(self):
        if not self.rate:
            return True
        with self.lock:
            now = time.monotonic()
            self.stamps = [t for t in self.stamps if now - t < 1.0]
            if len(self.stamps) >= self.rate:
                return False
            self.stamps.append(now)
            return True


LIMITER = Limiter(RATE)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def send(self, status, body, ctype="application/json", headers=None):
        data = body.encode() if isinstance(body, str) else body
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        path = self.path.split("?")[0]
        if path.startswith("/cdn/"):
            return self.send(200, VTT, "text/vtt")
        if not LIMITER.allow():
            return self.send(429, json.dumps({"code": 429, "message": "rate limit"}), headers={"Retry-After": "1"})
        if not self.headers.get("Authorization", "").startswith("Bearer "):
            return self.send(401, json.dumps({"code": 124, "message": "Invalid access token."}))
        if path == "/v2/users/me/recordings":
            meetings = [meeting(n) for n in range(int(self.headers.get("X-Meetings", "30")))]
            return self.send(200, json.dumps({"page_size": 300, "total_records": len(meetings),
                                              "next_page_token": "", "meetings": meetings}))
        if path.startswith("/v2/meetings/") and path.endswith("/recordings"):
            return self.send(200, json.dumps(meeting(1)))
        if path.startswith("/rec/download/"):
            return self.send(302, "", headers={"Location": f"http://127.0.0.1:{PORT}/cdn/{path.rsplit('/', 1)[1]}"})
        return self.send(404, json.dumps({"code": 3301, "message": "This recording does not exist."}))

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        if self.path.startswith("/oauth/token"):
            return self.send(200, json.dumps({"access_token": "bench-access", "token_type": "bearer",
                                              "refresh_token": "bench-refresh", "expires_in": 3600, "scope": "x"}))
        return self.send(404, "{}")


ThreadingHTTPServer.daemon_threads = True
ThreadingHTTPServer(("0.0.0.0", PORT), Handler).serve_forever()
