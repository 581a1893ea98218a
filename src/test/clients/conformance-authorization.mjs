// Runs the MCP conformance suite's authorization-server scenarios (authorization-server-metadata-endpoint,
// authorization-code-grant) against a server with "Sign in with Zoom" on. The suite prints an authorization URL for a
// person to open; browser.mjs plays that person (consent "allow", then the fake Zoom's sign-in).
// Usage: node conformance-authorization.mjs <server base URL>; exits non-zero unless every check passes.
import { spawn } from "node:child_process";
import { signIn } from "./browser.mjs";

const base = process.argv[2];
const port = 3012;
const registration = await fetch(new URL("/oauth/register", base), {
  method: "POST", headers: { "content-type": "application/json" },
  body: JSON.stringify({ client_name: "MCP conformance suite", token_endpoint_auth_method: "none",
    redirect_uris: [`http://127.0.0.1:${port}/callback`] }),
}).then((r) => r.json());

const suite = spawn(process.execPath, ["node_modules/@modelcontextprotocol/conformance/dist/index.js", "authorization",
  "--url", base, "--client-id", registration.client_id, "--resource", `${base}/mcp`, "--port", String(port)],
  { stdio: ["ignore", "pipe", "inherit"] });
let output = "";
let opened = false;
suite.stdout.on("data", (chunk) => {
  output += chunk;
  process.stdout.write(chunk.toString().replace(/(client_id=|client ')[^&'\s]+/g, "$1…"));
  const url = /(https?:\/\/\S+\/oauth\/authorize\?\S+)/.exec(output);
  if (url && !opened) {
    opened = true;
    setTimeout(() => signIn(url[1]).catch((e) => console.error("browser:", e.message)), 500);
  }
});
const code = await new Promise((resolve) => suite.on("exit", resolve));
const total = /Total: (\d+) passed, (\d+) failed/.exec(output);
if (code !== 0 || !total || total[2] !== "0" || total[1] === "0") {
  console.error("conformance authorization scenarios did not all pass");
  process.exit(1);
}
