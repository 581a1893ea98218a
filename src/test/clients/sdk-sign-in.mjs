// The official TypeScript SDK's client OAuth against a server with "Sign in with Zoom" on: it knows only the MCP URL,
// discovers the authorization server from the 401, registers, signs in through the consent page and (fake) Zoom,
// calls tools over Streamable HTTP and SSE, refreshes, and must be refused the refresh token that was rotated out.
// Usage: node sdk-sign-in.mjs <server base URL>; exits non-zero on the first failed check.
import http from "node:http";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { SSEClientTransport } from "@modelcontextprotocol/sdk/client/sse.js";
import {
  UnauthorizedError, discoverAuthorizationServerMetadata, refreshAuthorization,
} from "@modelcontextprotocol/sdk/client/auth.js";
import { signIn } from "./browser.mjs";

const base = process.argv[2];
const callbackPort = 3011;
const redirectUrl = `http://127.0.0.1:${callbackPort}/callback`;
const check = (ok, what) => {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) process.exitCode = 1;
};

let received;
const redirected = new Promise((resolve) => (received = resolve));
const callback = http.createServer((req, res) => {
  received(new URL(req.url, redirectUrl).searchParams);
  res.end("signed in");
}).listen(callbackPort, "127.0.0.1");

const store = {};
const provider = {
  get redirectUrl() { return redirectUrl; },
  get clientMetadata() {
    return { client_name: "SDK sign-in check", redirect_uris: [redirectUrl], token_endpoint_auth_method: "none",
      grant_types: ["authorization_code", "refresh_token"], response_types: ["code"] };
  },
  state: () => Math.random().toString(36).slice(2),
  clientInformation: () => store.client,
  saveClientInformation: (client) => { store.client = client; },
  tokens: () => store.tokens,
  saveTokens: (tokens) => { store.tokens = tokens; },
  saveCodeVerifier: (verifier) => { store.verifier = verifier; },
  codeVerifier: () => store.verifier,
  redirectToAuthorization: (url) => { signIn(url.toString()).catch((e) => received(new URLSearchParams({ error: e.message }))); },
};

async function connect(kind) {
  const url = new URL(kind === "sse" ? "/mcp/sse" : "/mcp", base);
  const open = () => kind === "sse" ? new SSEClientTransport(url, { authProvider: provider })
    : new StreamableHTTPClientTransport(url, { authProvider: provider });
  const client = new Client({ name: "sdk-sign-in-check", version: "1.0.0" });
  let transport = open();
  try {
    await client.connect(transport);
  } catch (e) {
    if (!(e instanceof UnauthorizedError)) throw e;
    const params = await redirected;
    check(!params.get("error"), `sign-in reached the client's redirect URI ${params.get("error") ?? ""}`);
    check(params.get("iss") === base, "the redirect names this server as issuer (RFC 9207)");
    await transport.finishAuth(params.get("code"));
    transport = open();
    await client.connect(transport);
  }
  return client;
}

try {
  const http1 = await connect("http");
  const listed = await http1.callTool({ name: "zoom_list_recordings", arguments: {} });
  check(!listed.isError && listed.structuredContent?.meetings?.length > 0, "zoom_list_recordings over /mcp");
  const details = await http1.callTool({ name: "zoom_get_recording_details", arguments: { meeting_id: 85746065432 } });
  check(!details.isError && details.structuredContent?.topic, "zoom_get_recording_details over /mcp");
  const issued = JSON.stringify(store.tokens);
  check(!issued.includes("zoom-access") && !issued.includes("zoom-refresh"), "Zoom's tokens never reach the client");

  const metadata = await discoverAuthorizationServerMetadata(new URL(base));
  const refresh = (refreshToken) => refreshAuthorization(new URL(base), { metadata, refreshToken,
    clientInformation: store.client, resource: new URL("/mcp", base) });
  const first = store.tokens;
  const renewed = await refresh(first.refresh_token);
  check(renewed.access_token !== first.access_token && renewed.refresh_token !== first.refresh_token,
    "a refresh issues a new pair");
  try {
    await refresh(first.refresh_token);
    check(false, "the rotated-out refresh token is refused");
  } catch (e) {
    check(e.constructor.name === "InvalidGrantError", `the rotated-out refresh token is refused (${e.constructor.name})`);
  }
  store.tokens = renewed;
  const sse = await connect("sse");
  const again = await sse.callTool({ name: "zoom_list_recordings", arguments: {} });
  check(!again.isError && again.structuredContent?.meetings?.length > 0, "zoom_list_recordings over /mcp/sse with the renewed token");
  await http1.close();
  await sse.close();
} catch (e) {
  check(false, `unexpected: ${e.stack ?? e}`);
} finally {
  callback.close();
}
