// A stand-in for the user's browser in a sign-in: opens the authorization URL, answers the consent page
// ("allow" or "deny"), and follows the redirects through the fake Zoom and the server's callback until the
// client's redirect URI has been reached. Cookies are kept per host, as a browser would.
export async function signIn(authorizationUrl, decision = "allow") {
  const cookies = new Map();
  const send = async (method, url, body) => {
    for (let hop = 0; hop < 10; hop++) {
      const host = new URL(url).host;
      const jar = cookies.get(host) ?? new Map();
      const headers = {};
      if (jar.size) headers.cookie = [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
      if (body) headers["content-type"] = "application/x-www-form-urlencoded";
      const response = await fetch(url, { method, headers, body, redirect: "manual" });
      for (const line of response.headers.getSetCookie()) {
        const [pair] = line.split(";");
        const at = pair.indexOf("=");
        jar.set(pair.slice(0, at), pair.slice(at + 1));
      }
      cookies.set(host, jar);
      if ([301, 302, 303].includes(response.status)) {
        url = new URL(response.headers.get("location"), url).toString();
        method = "GET";
        body = undefined;
        continue;
      }
      return { status: response.status, url, text: await response.text() };
    }
    throw new Error("too many redirects");
  };
  const page = await send("GET", authorizationUrl);
  const consent = /name="consent" value="([^"]+)"/.exec(page.text);
  const action = /action="([^"]+)"/.exec(page.text);
  if (page.status !== 200 || !consent || !action) {
    throw new Error(`no consent page (HTTP ${page.status}): ${page.text.slice(0, 200)}`);
  }
  const form = new URLSearchParams({ consent: consent[1], decision }).toString();
  return send("POST", new URL(action[1], page.url).toString(), form);
}
