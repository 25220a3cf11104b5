// First-load JavaScript: for each page in first-load-js-budgets.json, the compressed size of every script its HTML
// makes the browser load before the page runs (script tags and script preloads, without the nomodule polyfills a
// modern browser skips), taken from a running production server as a signed-in person gets the page. Also shown:
// what the page can load later through dynamic imports (charts, dialog forms, menus), all of it at once, which is
// more than any one visit loads. Prints a table and exits 1 when a page's first load is over its budget.
//
//   node scripts/first-load-js.mjs [--base-url http://127.0.0.1:3000] [--org acme] [--email …] [--password …] [--verbose]
//
// The defaults sign in as the demo organization's admin, whose pages show the most.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { brotliCompressSync, gzipSync } from "node:zlib";

const DEMO_ADMIN = { email: "admin@acme.test", password: "tally-demo-2026" };
const budgetsFile = join(dirname(fileURLToPath(import.meta.url)), "first-load-js-budgets.json");

function attribute(tag, name) {
  const match = new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)')`, "i").exec(tag);
  return match ? (match[1] ?? match[2]).replaceAll("&amp;", "&") : null;
}

/** The scripts an HTML document makes a modern browser fetch before it can run the page, in document order. */
export function scriptUrls(html) {
  const urls = [];
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attribute(tag, "src");
    if (src && !/\snomodule[\s=>]/i.test(tag)) urls.push(src);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attribute(tag, "rel")?.toLowerCase();
    const href = attribute(tag, "href");
    if (href && (rel === "modulepreload" || (rel === "preload" && attribute(tag, "as") === "script"))) urls.push(href);
  }
  return [...new Set(urls)];
}

/** The chunks a Turbopack chunk loads on demand: each dynamic import names its chunks in a list of paths. */
export function lazyChunkUrls(source) {
  const urls = new Set();
  for (const [list] of source.matchAll(/\[(?:"static\/chunks\/[^"]+\.js",?)+\]/g)) {
    for (const [, path] of list.matchAll(/"(static\/chunks\/[^"]+\.js)"/g)) urls.add(`/_next/${path}`);
  }
  return [...urls];
}

function cookieHeader(jar) {
  return [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
}

function keepCookies(jar, response) {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const at = pair.indexOf("=");
    jar.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
  }
}

/** Signs in through Auth.js's credentials endpoint and answers the Cookie header of the session. */
async function signIn(baseUrl, { email, password }) {
  const jar = new Map();
  const csrfResponse = await fetch(new URL("/api/auth/csrf", baseUrl));
  keepCookies(jar, csrfResponse);
  const { csrfToken } = await csrfResponse.json();
  const response = await fetch(new URL("/api/auth/callback/credentials", baseUrl), {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(jar) },
    body: new URLSearchParams({ csrfToken, email, password }),
  });
  keepCookies(jar, response);
  if (![...jar.keys()].some((name) => name.endsWith("authjs.session-token"))) {
    throw new Error(`Signing in as ${email} on ${baseUrl} failed (HTTP ${response.status}).`);
  }
  return cookieHeader(jar);
}

async function fetchPage(baseUrl, path, cookie) {
  const response = await fetch(new URL(path, baseUrl), { redirect: "manual", headers: cookie ? { cookie } : {} });
  if (response.status !== 200) {
    const location = response.headers.get("location");
    throw new Error(`GET ${path} answered ${response.status}${location ? ` → ${location}` : ""}.`);
  }
  return response.text();
}

/** Fetches, sizes and remembers scripts by URL, so a chunk that many pages share is fetched once. */
function scriptSizer(baseUrl) {
  const known = new Map();
  return async function size(url) {
    if (!known.has(url)) {
      const response = await fetch(new URL(url, baseUrl));
      if (!response.ok) throw new Error(`GET ${url} answered ${response.status}.`);
      const body = Buffer.from(await response.arrayBuffer());
      known.set(url, {
        url,
        bytes: body.length,
        // gzip at zlib's default level is what `next start` sends; brotli (its highest level) is what a proxy or
        // CDN in front of it can serve.
        gzipBytes: gzipSync(body).length,
        brotliBytes: brotliCompressSync(body).length,
        lazy: lazyChunkUrls(body.toString("utf8")),
      });
    }
    return known.get(url);
  };
}

const sum = (scripts, key) => scripts.reduce((total, script) => total + script[key], 0);

async function measurePage(size, baseUrl, path, cookie) {
  const html = await fetchPage(baseUrl, path, cookie);
  const scripts = await Promise.all(scriptUrls(html).map(size));
  // Everything reachable through dynamic imports from the first scripts, and from what those load in turn.
  const seen = new Set(scripts.map((script) => script.url));
  const later = [];
  const queue = scripts.flatMap((script) => script.lazy);
  while (queue.length > 0) {
    const url = queue.shift();
    if (seen.has(url)) continue;
    seen.add(url);
    const script = await size(url);
    later.push(script);
    queue.push(...script.lazy);
  }
  return { path, scripts, later, bytes: sum(scripts, "bytes"), gzipBytes: sum(scripts, "gzipBytes"), brotliBytes: sum(scripts, "brotliBytes"), laterGzipBytes: sum(later, "gzipBytes") };
}

/** The KPI pages linked from the first page of the KPI list. */
async function kpiPaths(baseUrl, org, cookie) {
  const html = await fetchPage(baseUrl, `/${org}/kpis`, cookie);
  const paths = [...html.matchAll(new RegExp(`href="(/${org}/kpis/[^"/?#]+)"`, "g"))].map((match) => match[1]);
  return [...new Set(paths)].filter((path) => !path.endsWith("/new"));
}

/**
 * Measures every budgeted route. A route with {kpi} stands for the heaviest KPI page linked from the list, so a
 * KPI that draws more (a chart, a formula) cannot hide behind one that draws less.
 */
async function measureRoutes({ baseUrl, org, credentials, routes }) {
  const cookie = await signIn(baseUrl, credentials);
  const size = scriptSizer(baseUrl);
  const results = [];
  for (const route of routes) {
    const pageCookie = route.signedIn === false ? null : cookie;
    const path = route.path.replaceAll("{org}", org);
    const candidates = path.includes("{kpi}") ? (await kpiPaths(baseUrl, org, pageCookie)).map((kpiPath) => path.replace(`/${org}/kpis/{kpi}`, kpiPath)) : [path];
    if (candidates.length === 0) throw new Error(`No KPI is linked from /${org}/kpis to measure ${route.path}.`);
    let heaviest = null;
    for (const candidate of candidates) {
      const page = await measurePage(size, baseUrl, candidate, pageCookie);
      if (!heaviest || page.gzipBytes > heaviest.gzipBytes) heaviest = page;
    }
    results.push({ ...route, ...heaviest, pass: heaviest.gzipBytes <= route.budgetKb * 1000 });
  }
  return results;
}

const kb = (bytes) => (bytes / 1000).toFixed(1);

function formatTable(results) {
  const header = ["page", "path", "scripts", "raw kB", "gzip kB", "brotli kB", "budget", "goal", "", "later, gzip kB"];
  const rows = results.map((result) => [
    result.name,
    result.path,
    String(result.scripts.length),
    kb(result.bytes),
    kb(result.gzipBytes),
    kb(result.brotliBytes),
    String(result.budgetKb),
    result.goalKb === undefined ? "" : String(result.goalKb),
    result.pass ? "ok" : "OVER",
    `${kb(result.laterGzipBytes)} in ${result.later.length}`,
  ]);
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column].length)));
  const text = new Set([0, 1, 8]);
  return [header, ...rows]
    .map((row) => row.map((cell, column) => (text.has(column) ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join("  ").trimEnd())
    .join("\n");
}

async function main() {
  const { values } = parseArgs({
    options: {
      "base-url": { type: "string", default: `http://127.0.0.1:${process.env.PORT || 3000}` },
      org: { type: "string", default: "acme" },
      email: { type: "string", default: DEMO_ADMIN.email },
      password: { type: "string", default: DEMO_ADMIN.password },
      verbose: { type: "boolean", default: false },
    },
  });
  const { routes } = JSON.parse(readFileSync(budgetsFile, "utf8"));
  const results = await measureRoutes({ baseUrl: values["base-url"], org: values.org, credentials: { email: values.email, password: values.password }, routes });
  console.log(`First-load JavaScript on ${values["base-url"]}: 1 kB = 1000 bytes; budgets hold the gzip figure (zlib's default level, as \`next start\` sends it).\n`);
  console.log(formatTable(results));
  if (values.verbose) {
    for (const result of results) {
      console.log(`\n${result.path}: first load, then later`);
      for (const script of [...result.scripts].sort((a, b) => b.gzipBytes - a.gzipBytes)) console.log(`  ${kb(script.gzipBytes).padStart(6)}  ${script.url}`);
      for (const script of [...result.later].sort((a, b) => b.gzipBytes - a.gzipBytes)) console.log(`  ${kb(script.gzipBytes).padStart(6)}  ${script.url} (later)`);
    }
  }
  const over = results.filter((result) => !result.pass);
  if (over.length > 0) {
    console.error(`\nOver budget: ${over.map((result) => result.name).join(", ")}.`);
    process.exitCode = 1;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error.message);
    process.exitCode = 2;
  });
}
