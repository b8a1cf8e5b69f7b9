/**
 * The portal's own pages (index, errata, signing walkthroughs, 404): small hand-written HTML with
 * one inline stylesheet, nothing loaded from anywhere. Every value goes through `escapeHtml`.
 */
import MarkdownIt, { type Token } from "markdown-it";
import { escapeHtml, INDEX_TITLE, page } from "./page.js";
import type { VendorWalkthrough, WalkthroughExample } from "./types.js";

export * from "./page.js";

/**
 * The Markdown parser for the specs' prose and table cells: CommonMark with GFM tables and
 * strikethrough, no raw HTML, and no links or images (a page of the portal loads nothing and links
 * nowhere the author did not write by hand). markdown-it parses in linear time; the hand-written
 * regular expressions it replaces backtracked (a 2 kB table row took a second).
 */
const newMarkdown = () =>
  new MarkdownIt("default", { html: false, linkify: false, typographer: false }).disable([
    "link",
    "image",
    "autolink",
    "html_inline",
    "html_block",
    "entity",
    "reference",
  ]);
const markdown = newMarkdown();

/**
 * The same parser for the cells of the errata tables, where a `code` span may offer a line break
 * (`<wbr>`) after `/`, `&`, `=`, `,` and `;`: a long query string or path wraps between its parts,
 * and an identifier is never broken inside (the stylesheet breaks no word of a table's code).
 */
const cellMarkdown = newMarkdown();
cellMarkdown.renderer.rules.code_inline = (tokens, idx) =>
  `<code>${(tokens[idx] as Token).content
    .split(/(?<=[/&=,;])(?=[^/&=,;\s])/)
    .map(escapeHtml)
    .join("<wbr>")}</code>`;

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
  const cell = (text: string) => cellMarkdown.renderInline(text);
  return blocks
    .map((b) =>
      b.kind === "paragraph"
        ? `<p>${inlineMarkdown(b.text)}</p>`
        : b.kind === "code"
          ? `<pre><code>${escapeHtml(b.text)}</code></pre>`
          : `<div class="table"><table>
<thead><tr>${b.header.map((h) => `<th scope="col">${cell(h)}</th>`).join("")}</tr></thead>
<tbody>
${b.rows.map((r) => `<tr>${r.map((c) => `<td>${cell(c)}</td>`).join("")}</tr>`).join("\n")}
</tbody>
</table></div>`,
    )
    .join("\n");
}

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

/** The errata page of a spec: `errata-<name>.html`. */
export const errataPageName = (name: string) => `errata-${name}.html`;

/** Where the departures section is in a spec's Redoc page (Redoc 3's route of the section). */
const departuresRoute = (name: string) => `${name}.html#/section/departures-from-the-vendor-document`;

const departuresCount = (s: SpecSummary) =>
  s.departures ? `${s.departures.rows.length} departure${s.departures.rows.length === 1 ? "" : "s"}` : "none";

/**
 * The map of the portal: one card per API (title, vendor, version, number of operations, its Redoc
 * page and its errata page), the signing walkthroughs and the errata pages. It stays a few
 * kilobytes however many operations the APIs have: what is long lives on the pages it links to.
 */
export function indexPage(specs: SpecSummary[], walkthroughs: WalkthroughSummary[]): string {
  const cards = specs
    .map(
      (s) => `<li class="card" data-spec="${escapeHtml(s.name)}">
<h3><a href="${escapeHtml(`${s.name}.html`)}">${escapeHtml(s.title)}</a></h3>
<dl>
<dt>Vendor</dt><dd>${escapeHtml(s.vendor)}</dd>
<dt>Version</dt><dd class="version">${escapeHtml(s.version)}</dd>
<dt>Operations</dt><dd class="operations">${escapeHtml(s.operations)}</dd>
<dt>Errata</dt><dd class="errata"><a href="${escapeHtml(errataPageName(s.name))}">${escapeHtml(departuresCount(s))}</a></dd>
<dt>Spec</dt><dd><code>specs/${escapeHtml(s.name)}.yaml</code></dd>
</dl>
</li>`,
    )
    .join("\n");
  const signing = walkthroughs
    .map((w) => `<li><a href="${escapeHtml(w.page)}">${escapeHtml(w.title)}</a></li>`)
    .join("\n");
  const errata = specs
    .map(
      (s) =>
        `<li><a href="${escapeHtml(errataPageName(s.name))}">${escapeHtml(s.title)}</a> <span class="muted">(${escapeHtml(s.vendor)}, ${escapeHtml(departuresCount(s))})</span></li>`,
    )
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
<p>Where a vendor's document is wrong, ambiguous or self-contradictory, the spec says what it does instead, and why: one page per spec.</p>
<ul>
${errata}
</ul>
`,
  );
}

/** One spec's errata: its "Departures from the vendor document" section, as HTML tables. */
export function errataPage(spec: SpecSummary): string {
  const crumbs = `<nav class="crumbs"><a href="index.html">${escapeHtml(INDEX_TITLE)}</a> › Errata › ${escapeHtml(spec.vendor)}</nav>`;
  const heading = `<h1 id="errata-${escapeHtml(spec.name)}">Errata: ${escapeHtml(spec.title)}</h1>
<p class="muted">Where <code>specs/${escapeHtml(spec.name)}.yaml</code> (version ${escapeHtml(spec.version)}) departs from ${escapeHtml(spec.vendor)}'s own document, what it does instead, and why.</p>`;
  const body = spec.departures
    ? `<p class="note">${escapeHtml(departuresCount(spec))}. The same section with the rest of the spec: <a href="${escapeHtml(departuresRoute(spec.name))}">${escapeHtml(DEPARTURES_HEADING)}</a> in the <a href="${escapeHtml(`${spec.name}.html`)}">API reference</a>.</p>
${renderBlocks(spec.departures.blocks)}`
    : `<p class="muted">This spec has no departures section. <a href="${escapeHtml(`${spec.name}.html`)}">API reference</a>.</p>`;
  return page(`Errata: ${spec.title} — ${INDEX_TITLE}`, `${crumbs}\n${heading}\n${body}\n`);
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
${example.source ? `<p class="source">Source: ${escapeHtml(example.source)}</p>\n` : ""}${steps}
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
