import { mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { request } from "node:http";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { parse } from "yaml";
import { type BuildPortalResult, buildPortal } from "../src/portal/build.js";
import { CJK_FONTS, departuresSection, escapeHtml, inlineMarkdown, REDOC_STYLE } from "../src/portal/html.js";
import { type PortalServer, servePortal } from "../src/portal/serve.js";

// Budget (table in vitest.config.ts): 5 s alone on 2 cores (a cold build renders every spec); 3×
// that for any one test or hook.
vi.setConfig({ testTimeout: 35_000, hookTimeout: 35_000 });

const root = fileURLToPath(new URL("../", import.meta.url));
const SECRET = "iotdock-portal-test-secret-outside-the-site";
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

interface Spec {
  name: string;
  title: string;
  version: string;
  description: string;
  operationIds: string[];
}

async function readSpecs(): Promise<Spec[]> {
  // API roots are the top-level YAML files of specs/ (in the order of their API names).
  const files = (await readdir(join(root, "specs")))
    .filter((f) => f.endsWith(".yaml"))
    .sort((a, b) => a.replace(/\.yaml$/, "").localeCompare(b.replace(/\.yaml$/, "")));
  return Promise.all(
    files.map(async (file) => {
      const doc = parse(await readFile(join(root, "specs", file), "utf8")) as {
        info: { title: string; version: string; description: string };
        paths: Record<string, Record<string, { operationId?: string }> & { $ref?: string }>;
      };
      // A path item may live in a file of its own (`$ref: quectel/paths/…`), as Redocly's layout has it.
      const items = await Promise.all(
        Object.values(doc.paths).map(async (item) =>
          typeof item.$ref === "string"
            ? (parse(await readFile(join(root, "specs", item.$ref), "utf8")) as typeof item)
            : item,
        ),
      );
      const operationIds = items.flatMap((item) =>
        METHODS.filter((m) => item[m]).map((m) => item[m]?.operationId ?? `${m}?`),
      );
      return {
        name: file.replace(/\.yaml$/, ""),
        title: doc.info.title,
        version: doc.info.version,
        description: doc.info.description,
        operationIds,
      };
    }),
  );
}

/** Every string in a vectors file under one of `keys`, anywhere in it. */
function valuesUnder(value: unknown, keys: string[], found: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) valuesUnder(v, keys, found);
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if (keys.includes(k) && typeof v === "string") found.push(v);
      else valuesUnder(v, keys, found);
    }
  }
  return found;
}

/** The departures rows of a spec, straight from the YAML text's description (numbered rows). */
function departureNumbers(description: string): number[] {
  const section = description.split(/^## Departures from the vendor document$/m)[1] ?? "";
  return [...section.matchAll(/^\|\s*(\d+)\s*\|/gm)].map((m) => Number(m[1]));
}

/** A raw HTTP/1.1 request over a socket: the path is sent exactly as given, never normalised. */
function rawGet(port: number, path: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => {
      socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
    });
    let text = "";
    socket.setEncoding("utf8");
    socket.on("data", (chunk) => {
      text += chunk;
    });
    socket.on("end", () => resolve({ status: Number(text.split(" ")[1]), text }));
    socket.on("error", reject);
  });
}

let specs: Spec[];
let base: string;
let site: string;
let built: BuildPortalResult;
let coldMs: number;
const page = (name: string) => readFile(join(site, name), "utf8");

beforeAll(async () => {
  specs = await readSpecs();
  base = await mkdtemp(join(tmpdir(), "iotdock-portal-"));
  site = join(base, "site");
  // Beside the site, never inside it: the server must not hand it out.
  await writeFile(join(base, "package.json"), JSON.stringify({ secret: SECRET }));
  const started = performance.now();
  built = await buildPortal({ outDir: site });
  coldMs = performance.now() - started;
});

afterAll(async () => {
  if (base) await rm(base, { recursive: true, force: true });
});

describe("docs portal: build", () => {
  it("writes index.html, one Redoc page and one errata page per spec and one signing page per vendor", async () => {
    const vendors = (await readdir(join(root, "contract-tests", "vectors")))
      .filter((f) => f.endsWith(".json"))
      .map((f) => f.replace(/\.json$/, ""))
      .sort();
    expect(built.pages).toEqual([
      "index.html",
      ...specs.map((s) => `${s.name}.html`),
      ...specs.map((s) => `errata-${s.name}.html`),
      ...vendors.map((v) => `signing-${v}.html`),
    ]);
    expect(built.rendered).toEqual(specs.map((s) => `${s.name}.html`).sort());
    expect(built.cached).toEqual([]);
    for (const name of built.pages) expect((await stat(join(site, name))).size).toBeGreaterThan(1000);
    console.log(`portal: cold build ${(coldMs / 1000).toFixed(1)} s`);
  });

  it("the index is a map: every spec with its title, version, vendor, operation count, Redoc page and errata page", async () => {
    const index = await page("index.html");
    expect(index).toContain("<title>iotdock API docs</title>");
    for (const spec of specs) {
      const card = new RegExp(`<li class="card" data-spec="${spec.name}">([\\s\\S]*?)</li>`).exec(index)?.[1];
      expect(card, spec.name).toBeDefined();
      expect(card).toContain(`<a href="${spec.name}.html">${escapeHtml(spec.title)}</a>`);
      expect(card).toContain(`<dd class="version">${escapeHtml(spec.version)}</dd>`);
      expect(card).toContain(`<dd class="operations">${spec.operationIds.length}</dd>`);
      expect(card).toMatch(/<dt>Vendor<\/dt><dd>[^<]+<\/dd>/);
      const departures = departureNumbers(spec.description).length;
      expect(card).toContain(
        `<dd class="errata"><a href="errata-${spec.name}.html">${departures} departures</a></dd>`,
      );
      // The errata list links each errata page too.
      expect(index).toContain(`<li><a href="errata-${spec.name}.html">${escapeHtml(spec.title)}</a>`);
    }
    expect(index).toContain("<dd>Haier U+</dd>");
    // The errata live on their own pages: no table and no departure text on the index.
    expect(index).not.toContain("<table");
    expect(index).not.toContain("The vendor document says");
    expect(Buffer.byteLength(index)).toBeLessThan(200_000);
  });

  it("the index links every signing walkthrough", async () => {
    const index = await page("index.html");
    for (const name of built.pages.filter((p) => p.startsWith("signing-"))) {
      expect(index).toContain(`<a href="${name}">`);
    }
  });

  it("every signing page shows the recipe, every signature of its vectors and each source there is, escaped", async () => {
    for (const file of (await readdir(join(root, "contract-tests", "vectors"))).filter((f) =>
      f.endsWith(".json"),
    )) {
      const vendor = file.replace(/\.json$/, "");
      const vectors = JSON.parse(await readFile(join(root, "contract-tests", "vectors", file), "utf8"));
      const html = await page(`signing-${vendor}.html`);
      expect(html).toContain('<meta charset="utf-8">');
      expect(html).toContain('<a href="index.html">');
      const signatures = valuesUnder(vectors, ["signature", "sign", "ciphertext"]);
      expect(signatures.length, vendor).toBeGreaterThan(0);
      for (const s of signatures) expect(html, `${vendor}: ${s}`).toContain(`<pre>${escapeHtml(s)}</pre>`);
      for (const name of valuesUnder(vectors, ["name"])) expect(html).toContain(escapeHtml(name));
      const sources = valuesUnder(vectors, ["source"]);
      for (const source of sources)
        expect(html).toContain(`<p class="source">Source: ${escapeHtml(source)}</p>`);
      // A source line for each source, and none for a vector without one.
      expect(html.split('<p class="source">').length - 1, vendor).toBe(sources.length);
      expect(html, vendor).not.toContain("undefined");
    }
  });

  it("escapes what it shows: &, quotes and non-ASCII from the vectors", async () => {
    const meari = JSON.parse(await readFile(join(root, "contract-tests/vectors/meari.json"), "utf8"));
    const html = await page("signing-meari.html");
    const queries = valuesUnder(meari, ["query"]);
    expect(queries.some((q) => q.includes("&"))).toBe(true);
    for (const q of queries) {
      expect(html).toContain(`<pre>${q.replaceAll("&", "&amp;")}</pre>`);
      expect(html).not.toContain(`<pre>${q}</pre>`);
    }
    const gwell = await page("signing-gwell.html");
    // The body of the first Gwell vector, with its JSON quotes, shown verbatim but escaped.
    expect(gwell).toContain("{\n    &quot;appId&quot;:&quot;0000175a370efbbe852dc1cd1b0b877e&quot;");
    const haier = JSON.parse(await readFile(join(root, "contract-tests/vectors/haier.json"), "utf8"));
    const nonAscii = valuesUnder(haier, ["body", "name", "source"]).find((v) => /\P{ASCII}/u.test(v));
    expect(nonAscii).toBeDefined();
    expect(await page("signing-haier.html")).toContain(escapeHtml(nonAscii));

    expect(escapeHtml(`<script>alert("x&y")</script>'`)).toBe(
      "&lt;script&gt;alert(&quot;x&amp;y&quot;)&lt;/script&gt;&#39;",
    );
    expect(inlineMarkdown("a <b> & `<c> & **d**` **bold** *it* \\*not\\* `` a`b ``")).toBe(
      "a &lt;b&gt; &amp; <code>&lt;c&gt; &amp; **d**</code> <strong>bold</strong> <em>it</em> *not* <code>a`b</code>",
    );
  });

  it("each spec's errata page shows every departures row of the spec, as HTML tables", async () => {
    let quectel = "";
    for (const spec of specs) {
      const numbers = departureNumbers(spec.description);
      expect(numbers.length, spec.name).toBeGreaterThan(0);
      const block = await page(`errata-${spec.name}.html`);
      if (spec.name === "quectel") quectel = block;
      expect(block).toContain(`<h1 id="errata-${spec.name}">Errata: ${escapeHtml(spec.title)}</h1>`);
      expect(block).toContain('<a href="index.html">');
      expect(block).toContain(
        `<a href="${spec.name}.html#/section/departures-from-the-vendor-document">Departures from the vendor document</a>`,
      );
      expect(block).toContain('<th scope="col">The vendor document says</th>');
      expect(block).toContain('<th scope="col">This spec says</th>');
      const cells = [...block.matchAll(/<tr><td>(\d+)<\/td>/g)].map((m) => Number(m[1]));
      expect(cells, spec.name).toEqual(numbers);
      // Inline Markdown is rendered, not shown raw.
      expect(block).toContain("<code>");
      expect(block).not.toContain("`");
      expect(block).not.toContain("**");
    }
    // One cell checked word for word (Quectel departure 3: code spans and an ellipsis).
    expect(quectel).toContain(
      "<td>SMS signature example: secret <code>…VM33</code>, phone <code>13800138000</code>, result <code>e3b0c442…b855</code>.</td>",
    );
    expect(
      departuresSection(
        "## Departures from the vendor document\n\n| # | a |\n| --- | --- |\n| 1 | x \\| y |\n",
      )?.rows,
    ).toEqual([["1", "x | y"]]);
    // A long code span in a cell may wrap between its parts (never inside a word); the text is
    // unchanged: <wbr> is no character.
    const meari = await page("errata-meari.html");
    const query = /<code>(partnerKey=(?:[^<]|<wbr>)*)<\/code>/.exec(meari)?.[1] ?? "";
    expect(query).toContain("partnerKey=<wbr>test&amp;<wbr>signatureMethod=<wbr>HMAC-SHA1&amp;<wbr>");
    expect(query.replaceAll("<wbr>", "")).toMatch(/^partnerKey=test&amp;signatureMethod=HMAC-SHA1&amp;/);
    expect(meari).toContain("<code>https://<wbr>apis.cloudedge360.com</code>");
  });

  it("declares a CJK-capable font stack on every page, Redoc pages included", async () => {
    for (const name of built.pages) {
      const html = await page(name);
      expect(html, name).toContain(CJK_FONTS);
    }
    for (const spec of specs) {
      const html = await page(`${spec.name}.html`);
      // Once, in the head, before the page's content and Redoc's script.
      expect(html.split(REDOC_STYLE).length - 1, spec.name).toBe(1);
      expect(html.indexOf(REDOC_STYLE)).toBeLessThan(html.indexOf("</head>"));
      expect(REDOC_STYLE).toContain(`--font-family-base: system-ui`);
      expect(REDOC_STYLE).toMatch(/table\.md td code \{ word-break: normal; overflow-wrap: normal;/);
    }
  });

  it("every page is self-contained: no external script, stylesheet, font or image", async () => {
    for (const name of built.pages) {
      const html = await page(name);
      expect(html, name).not.toMatch(/<script[^>]+src=/i);
      expect(html, name).not.toMatch(/<link[^>]+href="?https?:/i);
      expect(html, name).not.toMatch(/<img[^>]+src="?https?:/i);
      expect(html, name).not.toMatch(/url\(\s*['"]?https?:/i);
      expect(html, name).not.toContain("cdn.redoc.ly");
      if (name.startsWith("index") || name.startsWith("signing-") || name.startsWith("errata-")) {
        expect(html, name).not.toMatch(/(href|src)="https?:/i);
        expect(html, name).not.toContain("<script");
        expect(html, name).toContain('<meta charset="utf-8">');
      }
    }
    for (const spec of specs) {
      const html = await page(`${spec.name}.html`);
      for (const id of spec.operationIds) expect(html).toContain(`"operationId":"${id}"`);
    }
  });

  it("a second build renders nothing again; a stale cache entry renders that spec again", async () => {
    const before = (await stat(join(site, "gwell.html"))).mtimeMs;
    const started = performance.now();
    const warm = await buildPortal({ outDir: site });
    const warmMs = performance.now() - started;
    expect(warm.rendered).toEqual([]);
    expect(warm.cached).toEqual(specs.map((s) => `${s.name}.html`));
    expect((await stat(join(site, "gwell.html"))).mtimeMs).toBe(before);
    console.log(`portal: warm build ${(warmMs / 1000).toFixed(2)} s`);

    const cacheFile = join(site, ".cache.json");
    const cache = JSON.parse(await readFile(cacheFile, "utf8"));
    cache.specs["haier-callback"] = "0".repeat(64);
    await writeFile(cacheFile, JSON.stringify(cache));
    const lines: string[] = [];
    const again = await buildPortal({ outDir: site, log: (l) => lines.push(l) });
    expect(again.rendered).toEqual(["haier-callback.html"]);
    expect(lines.some((l) => l.includes("rendered haier-callback.html"))).toBe(true);
    expect(JSON.parse(await readFile(cacheFile, "utf8")).specs["haier-callback"]).not.toBe("0".repeat(64));
  });
});

describe("docs portal: server", () => {
  let server: PortalServer;
  beforeAll(async () => {
    server = await servePortal({ dir: site, port: 0 });
  });
  afterAll(async () => {
    await server?.close();
  });

  it("serves / as the index and the spec pages, with content types and no-cache", async () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    const index = await fetch(server.url);
    expect(index.status).toBe(200);
    expect(index.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(index.headers.get("cache-control")).toBe("no-cache");
    expect(await index.text()).toBe(await page("index.html"));

    const gwell = await fetch(`${server.url}gwell.html`);
    expect(gwell.status).toBe(200);
    expect(gwell.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(Number(gwell.headers.get("content-length"))).toBe((await stat(join(site, "gwell.html"))).size);
    expect(await gwell.text()).toContain('"operationId":"thirdCustLogin"');

    const head = await fetch(`${server.url}signing-gwell.html?x=1`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
  });

  it("answers 404 to an unknown path, 405 to other methods, and hides dot files", async () => {
    const missing = await fetch(`${server.url}nope.html`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await missing.text()).toContain("Not found");
    expect((await fetch(`${server.url}.cache.json`)).status).toBe(404);
    expect((await fetch(`${server.url}%E0%A4%A.html`)).status).toBe(404);
    const post = await fetch(server.url, { method: "POST", body: "x" });
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET, HEAD");
  });

  it("never serves a file outside its directory", async () => {
    for (const path of [
      "/../package.json",
      "/%2e%2e/package.json",
      "/..%2fpackage.json",
      "/%2e%2e%2fpackage.json",
      "/./../package.json",
      "/..\\package.json",
      "/%2e%2e%5cpackage.json",
    ]) {
      const answer = await rawGet(server.port, path);
      expect(answer.status, path).toBe(404);
      expect(answer.text, path).not.toContain(SECRET);
    }
    // http.request sends the path as given too.
    const status = await new Promise<number | undefined>((resolve, reject) => {
      request({ host: "127.0.0.1", port: server.port, path: "/../package.json" }, (res) => {
        res.resume();
        resolve(res.statusCode);
      })
        .on("error", reject)
        .end();
    });
    expect(status).toBe(404);
  });

  it("rejects with EADDRINUSE when the port is taken, and close() ends open connections, even mid-request", async () => {
    await expect(servePortal({ dir: site, port: server.port })).rejects.toMatchObject({ code: "EADDRINUSE" });

    const other = await servePortal({ dir: site });
    const socket = connect(other.port, "127.0.0.1");
    const closed = new Promise((resolve) => socket.once("close", resolve));
    socket.on("error", () => {}); // a reset is one way to be closed
    await new Promise((resolve) => socket.once("connect", resolve));
    // Twenty pipelined requests for a page of over 1 MB, and the client stops reading after the first
    // bytes: far more than the socket buffers hold, so the server stays mid-response (busy, not idle)
    // and a plain server.close() would wait on it for ever, far past this file's budget.
    socket.write("GET /gwell.html HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".repeat(20));
    const answer = await new Promise<Buffer>((resolve) => socket.once("data", resolve));
    socket.pause();
    expect(answer.toString()).toMatch(/^HTTP\/1\.1 200 /);
    // Resolves once every connection is gone, while this client still reads nothing.
    await other.close();
    socket.resume(); // now read again, to see the end of the connection
    await closed;
  });
});
