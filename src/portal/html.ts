/**
 * The portal's own pages (index, signing walkthroughs, 404): small hand-written HTML with one
 * inline stylesheet, nothing loaded from anywhere. Every value goes through `escapeHtml`.
 */
import MarkdownIt, { type Token } from "markdown-it";
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

/**
 * The Markdown parser for the specs' prose and table cells: CommonMark with GFM tables and
 * strikethrough, no raw HTML, and no links or images (a page of the portal loads nothing and links
 * nowhere the author did not write by hand). markdown-it parses in linear time; the hand-written
 * regular expressions it replaces backtracked (a 2 kB table row took a second).
 */
const markdown = new MarkdownIt("default", { html: false, linkify: false, typographer: false }).disable([
  "link",
  "image",
  "autolink",
  "html_inline",
  "html_block",
  "entity",
  "reference",
]);

/**
 * Inline Markdown of the specs' prose and table cells: `code` spans, **bold**, *italic*,
 * ~~strikethrough~~ and backslash escapes; everything else is text. The result is HTML with every
 * character escaped.
 */
export function inlineMarkdown(text: string): string {
  return markdown.renderInline(text);
}

/** One block of the departures section: a paragraph (Markdown), a code block (text) or a table. */
export type MarkdownBlock =
  | { kind: "paragraph"; text: string }
  | { kind: "code"; text: string }
  | { kind: "table"; header: string[]; rows: string[][] };

export interface Departures {
  blocks: MarkdownBlock[];
  /** The rows of the section's tables, cells as Markdown. */
  rows: string[][];
}

export const DEPARTURES_HEADING = "Departures from the vendor document";

/**
 * The section `## Departures from the vendor document` of a spec's `info.description`, split into
 * paragraphs and tables (`| # | The vendor document says | This spec says | Why |`), as markdown-it
 * parses it. Undefined when the description has no such section.
 */
export function departuresSection(description: string): Departures | undefined {
  const tokens = markdown.parse(description, {});
  const isHeading = (t: Token | undefined, levels: string[]) =>
    t?.type === "heading_open" && levels.includes(t.tag);
  const start = tokens.findIndex(
    (t, i) => isHeading(t, ["h2"]) && tokens[i + 1]?.content.trim() === DEPARTURES_HEADING,
  );
  if (start < 0) return undefined;
  const blocks: MarkdownBlock[] = [];
  let table: { header: string[]; rows: string[][] } | undefined;
  let row: string[] | undefined;
  let inHead = false;
  // After heading_open come its inline token and heading_close; the section ends at an h1 or h2.
  for (let i = start + 3; i < tokens.length && !isHeading(tokens[i], ["h1", "h2"]); i++) {
    const t = tokens[i] as Token;
    if (t.type === "table_open") table = { header: [], rows: [] };
    else if (t.type === "table_close" && table) {
      blocks.push({ kind: "table", ...table });
      table = undefined;
    } else if (t.type === "thead_open" || t.type === "thead_close") inHead = t.type === "thead_open";
    else if (t.type === "tr_open") row = [];
    else if (t.type === "tr_close" && table && row) {
      if (inHead) table.header = row;
      else table.rows.push(row);
      row = undefined;
    } else if (t.type === "inline") {
      if (row) row.push(t.content.trim());
      else blocks.push({ kind: "paragraph", text: t.content });
    } else if (t.type === "fence" || t.type === "code_block") {
      blocks.push({ kind: "code", text: t.content });
    }
  }
  const rows = blocks.flatMap((b) => (b.kind === "table" ? b.rows : []));
  return { blocks, rows };
}

function renderBlocks(blocks: MarkdownBlock[]): string {
  return blocks
    .map((b) =>
      b.kind === "paragraph"
        ? `<p>${inlineMarkdown(b.text)}</p>`
        : b.kind === "code"
          ? `<pre><code>${escapeHtml(b.text)}</code></pre>`
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
