/**
 * The portal's page frame and escaping, with no Markdown: what the portal's server needs (its 404
 * page) loads without the portal builder's dependencies.
 */

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
 * Fonts for Chinese (and Japanese and Korean) characters, after the Latin ones: the specs quote
 * the vendors' Chinese terms, which a Latin-only system font shows as empty boxes. The first of
 * these that the reader's system has draws them; the portal loads no font.
 */
export const CJK_FONTS = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei"';
/** The portal's text font, Redoc pages included. */
export const SANS_FONTS = `system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", ${CJK_FONTS}, sans-serif`;
/** The portal's code font: Chinese in a code span falls back to the CJK fonts too. */
export const MONO_FONTS = `ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", "Noto Sans Mono CJK SC", ${CJK_FONTS}, monospace`;

/**
 * What the portal adds to every Redoc page (`<style>` before `</head>`). Redoc 3 has no theme
 * option: it is styled with CSS custom properties, set here on `html:root`, which outranks Redoc's
 * own `:root` whatever the order of the style sheets.
 *
 * - Fonts: the portal's stacks, CJK fonts included (`--font-family-base` and
 *   `--font-family-monospaced` are what every other font variable of Redoc refers to).
 * - Tables of the Markdown descriptions (the errata among them): Redoc breaks inline code anywhere
 *   (`word-break: break-word`) and keeps runs of Chinese together (`keep-all`); here a code span
 *   breaks only where its text allows a break and a cell wraps Chinese text, and the table scrolls
 *   sideways in its wrapper (`.md-table-wrapper`, `overflow: auto`) when an identifier is wider than
 *   its column.
 */
export const REDOC_STYLE = `<style id="iotdock-redoc">
html:root { --font-family-base: ${SANS_FONTS}; --font-family-monospaced: ${MONO_FONTS}; }
#redoc table.md th, #redoc table.md td { word-break: normal; }
#redoc table.md th code, #redoc table.md td code { word-break: normal; overflow-wrap: normal; hyphens: manual; }
</style>`;

const STYLE = `
:root { color-scheme: light dark; --fg: #1b1f24; --muted: #57606a; --bg: #fff; --panel: #f6f8fa; --line: #d0d7de; --link: #0b57d0; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --panel: #161b22; --line: #30363d; --link: #6cb6ff; } }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 ${SANS_FONTS}; color: var(--fg); background: var(--bg); }
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
code, pre { font-family: ${MONO_FONTS}; font-size: 0.875em; }
code { background: var(--panel); border: 1px solid var(--line); border-radius: 4px; padding: 0 0.2em; overflow-wrap: anywhere; }
pre { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 0.75rem; overflow-x: auto; white-space: pre-wrap; overflow-wrap: anywhere; margin: 0.25rem 0 1rem; }
.table { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
th, td { border: 1px solid var(--line); padding: 0.4rem 0.5rem; text-align: left; vertical-align: top; }
th { background: var(--panel); }
td:first-child { white-space: nowrap; }
td code, th code { overflow-wrap: normal; word-break: normal; }
.card dd a { white-space: nowrap; }
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

export function notFoundPage(path: string): string {
  return page(
    `Not found — ${INDEX_TITLE}`,
    `<h1>Not found</h1>
<p>There is no page at <code>${escapeHtml(path)}</code>.</p>
<p><a href="/">${escapeHtml(INDEX_TITLE)}</a></p>
`,
  );
}
