#!/usr/bin/env python3
"""Training run for the JDK 25 AOT cache: starts the aot-jar build with -XX:AOTCacheOutput, exercises the MCP
endpoints and every tool against the fake Zoom, then stops the JVM, which writes app.aot.
Usage: train_aot.py APP_DIR"""
import os
import socket
import subprocess
import sys
import time

import mcp_client

JAVA25 = os.environ.get("JAVA25", "/usr/lib/jvm/temurin-25-jdk-amd64/bin/java")
ZOOM_PORT = int(os.environ.get("ZOOM_PORT", "18190"))


def main():
    app = sys.argv[1]
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = dict(os.environ, QUARKUS_HTTP_PORT=str(port), ZOOM_API_URL=f"http://localhost:{ZOOM_PORT}/v2",
               ZOOM_OAUTH_URL=f"http://localhost:{ZOOM_PORT}")
    process = subprocess.Popen([JAVA25, f"-XX:AOTCacheOutput={app}/app.aot", "-jar", f"{app}/quarkus-run.jar"],
                               env=env, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    url = f"http://localhost:{port}/mcp"
    start = time.monotonic()
    while True:
        try:
            session = mcp_client.initialize(url)
            break
        except OSError:
            if time.monotonic() - start > 60:
                raise
            time.sleep(0.1)
    token = {"zoom_access_token": "train"}
    for _ in range(20):
        mcp_client.call_tool(url, session, "zoom_list_recordings", token)
        mcp_client.call_tool(url, session, "zoom_get_recording_details", dict(token, meeting_id="85746060001"))
        mcp_client.call_tool(url, session, "zoom_get_meeting_transcript", dict(token, meeting_id="85746060001"))
        mcp_client.call_tool(url, session, "zoom_refresh_token", {"zoom_refresh_token": "r", "zoom_client_id": "c",
                                                                  "zoom_client_secret": "s"})
    process.terminate()
    process.wait(120)
    print(f"trained: {app}/app.aot ({os.path.getsize(f'{app}/app.aot') // 1024 // 1024} MB)")


if __name__ == "__main__":
    main()
