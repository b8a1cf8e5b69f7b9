/**
 * The portal's own pages (index, signing walkthroughs, 404): small hand-written HTML with one
 * inline stylesheet, nothing loaded from anywhere. Every value goes through `escapeHtml`.
 */
import type { VendorWalkthrough, WalkthroughExample } from "./types.js";

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Escapes text for HTML element content and quoted attribute values. */
export const escapeHtml = (value: unknown): string =>
  String(value).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

/**
 * Inline Markdown of the specs' prose and table cells: `code` spans, **bold**, *italic* and
 * backslash escapes; everything else is text. The result is HTML with every character escaped.
 */
export function inlineMarkdown(text: string): string {
  let html = "";
  let plain = "";
  const flush = () => {
    html += emphasis(plain);
    plain = "";
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === "\\" && i + 1 < text.length && ASCII_PUNCTUATION.test(text[i + 1] as string)) {
      // An escaped character is literal text: keep it out of the emphasis pass.
      plain += `\uE000${(text[i + 1] as string).charCodeAt(0)}\uE000`;
      i += 2;
      continue;
    }
    if (c === "`") {
      const run = /^`+/.exec(text.slice(i))?.[0] ?? "`";
      const close = findClosingRun(text, i + run.length, run.length);
      if (close >= 0) {
        flush();
        let code = text.slice(i + run.length, close).replace(/\n/g, " ");
        if (code.length > 2 && code.startsWith(" ") && code.endsWith(" ") && code.trim() !== "") {
          code = code.slice(1, -1);
        }
        html += `<code>${escapeHtml(code)}</code>`;
        i = close + run.length;
        continue;
      }
      plain += run;
      i += run.length;
      continue;
    }
    plain += c;
    i++;
  }
  flush();
  return html;
}

function findClosingRun(text: string, from: number, length: number): number {
  for (let j = from; j < text.length; j++) {
    if (text[j] !== "`") continue;
    let k = j;
    while (text[k] === "`") k++;
    if (k - j === length) return j;
    j = k;
  }
  return -1;
}

function emphasis(text: string): string {
  return escapeHtml(text)
    .replace(/\*\*(?=\S)([\s\S]*?\S)\*\*/g, "<strong>$1</strong>")
    .replace(/(^|[^*\w])\*(?=[^\s*])([^*]*?[^\s*])\*(?![*\w])/g, "$1<em>$2</em>")
    .replace(/\uE000(\d+)\uE000/g, (_, code: string) => escapeHtml(String.fromCharCode(Number(code))));
}

/** One block of the departures section: a paragraph or a table. */
export type MarkdownBlock =
  | { kind: "paragraph"; text: string }
  | { kind: "table"; header: string[]; rows: string[][] };

export interface Departures {
  blocks: MarkdownBlock[];
  /** The rows of the section's tables, cells as Markdown. */
  rows: string[][];
}

export const DEPARTURES_HEADING = "Departures from the vendor document";

/**
 * The section `## Departures from the vendor document` of a spec's `info.description`, split into
 * paragraphs and tables (`| # | The vendor document says | This spec says | Why |`). Undefined when
 * the description has no such section.
 */
export function departuresSection(description: string): Departures | undefined {
  const lines = description.split(/\r?\n/);
  const start = lines.findIndex(
    (l) => /^##\s+/.test(l) && l.replace(/^##\s+/, "").trim() === DEPARTURES_HEADING,
  );
  if (start < 0) return undefined;
  let end = lines.findIndex((l, i) => i > start && /^#{1,2}\s/.test(l));
  if (end < 0) end = lines.length;
  const blocks: MarkdownBlock[] = [];
  let current: string[] = [];
  const close = () => {
    if (current.length === 0) return;
    if (current.every((l) => l.trimStart().startsWith("|"))) blocks.push(parseTable(current));
    else blocks.push({ kind: "paragraph", text: current.map((l) => l.trim()).join(" ") });
    current = [];
  };
  for (const line of lines.slice(start + 1, end)) {
    if (line.trim() === "") close();
    else {
      // A table directly after a paragraph line starts a new block.
      const isRow = line.trimStart().startsWith("|");
      if (current.length > 0 && isRow !== (current[0] as string).trimStart().startsWith("|")) close();
      current.push(line);
    }
  }
  close();
  const rows = blocks.flatMap((b) => (b.kind === "table" ? b.rows : []));
  return { blocks, rows };
}

function splitRow(line: string): string[] {
  const trimmed = line
    .trim()
    .replace(/^\|/, "")
    .replace(/(?<!\\)\|$/, "");
  return trimmed.split(/(?<!\\)\|/).map((cell) => cell.trim().replace(/\\\|/g, "|"));
}

function parseTable(lines: string[]): MarkdownBlock {
  const [head = "", delimiter = "", ...body] = lines;
  const isDelimiter = /^\s*\|?(\s*:?-+:?\s*\|)*\s*:?-+:?\s*\|?\s*$/.test(delimiter);
  return {
    kind: "table",
    header: splitRow(head),
    rows: (isDelimiter ? body : [delimiter, ...body]).filter((l) => l.trim() !== "").map(splitRow),
  };
}

function renderBlocks(blocks: MarkdownBlock[]): string {
  return blocks
    .map((b) =>
      b.kind === "paragraph"
        ? `<p>${inlineMarkdown(b.text)}</p>`
        : `<div class="table"><table>
<thead><tr>${b.header.map((h) => `<th scope="col">${inlineMarkdown(h)}</th>`).join("")}</tr></thead>
<tbody>
${b.rows.map((r) => `<tr>${r.map((cell) => `<td>${inlineMarkdown(cell)}</td>`).join("")}</tr>`).join("\n")}
</tbody>
</table></div>`,
    )
    .join("\n");
}

const STYLE = `
:root { color-scheme: light dark; --fg: #1b1f24; --muted: #57606a; --bg: #fff; --panel: #f6f8fa; --line: #d0d7de; --link: #0b57d0; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --panel: #161b22; --line: #30363d; --link: #6cb6ff; } }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--fg); background: var(--bg); }
main { max-width: 72rem; margin: 0 auto; padding: 1.5rem; }
a { color: var(--link); }
h1 { font-size: 2rem; margin: 0.5rem 0; }
h2 { margin-top: 2.5rem; border-bottom: 1px solid var(--line); padding-bottom: 0.25rem; }
h3 { margin-top: 2rem; }
.muted, .note, .source { color: var(--muted); }
.note, .source { font-size: 0.9rem; }
nav.crumbs { font-size: 0.9rem; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr)); gap: 1rem; padding: 0; list-style: none; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 1rem; background: var(--panel); }
.card h3 { margin: 0 0 0.5rem; font-size: 1.1rem; }
.card dl { display: grid; grid-template-columns: auto 1fr; gap: 0.1rem 0.75rem; margin: 0; font-size: 0.9rem; }
.card dt { color: var(--muted); }
.card dd { margin: 0; }
code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.875em; }
code { background: var(--panel); border: 1px solid var(--line); border-radius: 4px; padding: 0 0.2em; overflow-wrap: anywhere; }
pre { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 0.75rem; overflow-x: auto; white-space: pre-wrap; overflow-wrap: anywhere; margin: 0.25rem 0 1rem; }
.table { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
th, td { border: 1px solid var(--line); padding: 0.4rem 0.5rem; text-align: left; vertical-align: top; }
th { background: var(--panel); }
td:first-child { white-space: nowrap; }
.step-label { font-weight: 600; margin: 0.75rem 0 0; }
.example { border-top: 1px solid var(--line); margin-top: 2rem; }
`;

/** A complete page: UTF-8, inline CSS, and a policy that forbids loading anything. */
export function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

export const INDEX_TITLE = "iotdock API docs";

export interface SpecSummary {
  /** File name without `.yaml`, e.g. `haier-callback`; its page is `<name>.html`. */
  name: string;
  title: string;
  version: string;
  vendor: string;
  operations: number;
  departures: Departures | undefined;
}

export interface WalkthroughSummary {
  vendor: string;
  vendorName: string;
  title: string;
  page: string;
}

export function indexPage(specs: SpecSummary[], walkthroughs: WalkthroughSummary[]): string {
  const cards = specs
    .map(
      (s) => `<li class="card" data-spec="${escapeHtml(s.name)}">
<h3><a href="${escapeHtml(`${s.name}.html`)}">${escapeHtml(s.title)}</a></h3>
<dl>
<dt>Vendor</dt><dd>${escapeHtml(s.vendor)}</dd>
<dt>Version</dt><dd class="version">${escapeHtml(s.version)}</dd>
<dt>Operations</dt><dd class="operations">${escapeHtml(s.operations)}</dd>
<dt>Spec</dt><dd><code>specs/${escapeHtml(s.name)}.yaml</code></dd>
</dl>
</li>`,
    )
    .join("\n");
  const signing = walkthroughs
    .map((w) => `<li><a href="${escapeHtml(w.page)}">${escapeHtml(w.title)}</a></li>`)
    .join("\n");
  const errata = specs
    .map((s) => {
      const heading = `<h3 id="errata-${escapeHtml(s.name)}">${escapeHtml(s.title)} <span class="muted">(<code>specs/${escapeHtml(s.name)}.yaml</code>)</span></h3>`;
      if (!s.departures) return `${heading}\n<p class="muted">This spec has no departures section.</p>`;
      const link = `<p class="note">${s.departures.rows.length} departures. The same section with its context: <a href="${escapeHtml(`${s.name}.html#/section/departures-from-the-vendor-document`)}">${escapeHtml(DEPARTURES_HEADING)}</a> in the API reference.</p>`;
      return `${heading}\n${link}\n${renderBlocks(s.departures.blocks)}`;
    })
    .join("\n");
  return page(
    INDEX_TITLE,
    `<h1>${escapeHtml(INDEX_TITLE)}</h1>
<p class="muted">Offline documentation of the vendor APIs that iotdock docks to: one API reference per
hand-written OpenAPI spec, how each vendor's signature is computed step by step, and where each spec
departs from the vendor's own document.</p>
<h2 id="apis">API references</h2>
<ul class="cards">
${cards}
</ul>
<h2 id="signing">Signing walkthroughs</h2>
<p>Each step computed from the test vectors in <code>contract-tests/vectors/</code>, which the contract tests recheck with independent tools.</p>
<ul>
${signing}
</ul>
<h2 id="errata">Errata: departures from the vendor documents</h2>
<p>Where a vendor's document is wrong, ambiguous or self-contradictory, the spec says what it does instead, and why.</p>
${errata}
`,
  );
}

function renderExample(example: WalkthroughExample, index: number): string {
  const steps = example.steps
    .map(
      (step) => `<div class="step">
<p class="step-label">${escapeHtml(step.label)}</p>
${step.note ? `<p class="note">${escapeHtml(step.note)}</p>\n` : ""}<pre>${escapeHtml(step.value)}</pre>
</div>`,
    )
    .join("\n");
  return `<section class="example" id="example-${index + 1}">
<h2>${escapeHtml(example.name)}</h2>
<p class="source">Source: ${escapeHtml(example.source)}</p>
${steps}
</section>`;
}

export function signingPage(
  walkthrough: VendorWalkthrough,
  vendorName: string,
  examples: WalkthroughExample[],
  vectorsDescription: string | undefined,
): string {
  return page(
    `${walkthrough.title} — ${INDEX_TITLE}`,
    `<nav class="crumbs"><a href="index.html">${escapeHtml(INDEX_TITLE)}</a> › Signing › ${escapeHtml(vendorName)}</nav>
<h1>${escapeHtml(walkthrough.title)}</h1>
<h2 id="recipe">Recipe</h2>
<ol>
${walkthrough.recipe.map((sentence) => `<li>${escapeHtml(sentence)}</li>`).join("\n")}
</ol>
<p class="note">The examples below are the test vectors of <code>contract-tests/vectors/${escapeHtml(walkthrough.vendor)}.json</code>.${vectorsDescription ? ` ${inlineMarkdown(vectorsDescription)}` : ""}</p>
${examples.map(renderExample).join("\n")}
`,
  );
}

export function notFoundPage(path: string): string {
  return page(
    `Not found — ${INDEX_TITLE}`,
    `<h1>Not found</h1>
<p>There is no page at <code>${escapeHtml(path)}</code>.</p>
<p><a href="/">${escapeHtml(INDEX_TITLE)}</a></p>
`,
  );
}
