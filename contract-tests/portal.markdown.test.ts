import { describe, expect, it } from "vitest";
import { departuresSection, inlineMarkdown } from "../src/portal/html.js";

const HEADING = "## Departures from the vendor document";
/** Half a megabyte: the old parser needed 40 s to a minute for each input below. */
const SIZE = 512 * 1024;

describe("docs portal: the departures Markdown is parsed by a Markdown parser", () => {
  it("follows CommonMark: a heading or table inside a fenced block is code, not structure", () => {
    const description = [
      "Intro.",
      "",
      "```",
      HEADING,
      "| # | not | a table |",
      "```",
      "",
      HEADING,
      "",
      "Before the table.",
      "| # | The vendor document says |",
      "| --- | --- |",
      "| 1 | x \\| y | `code` |",
      "",
      "## Next section",
      "| # | a |",
      "| - | - |",
      "| 9 | not in the section |",
    ].join("\n");
    const section = departuresSection(description);
    expect(section?.blocks).toEqual([
      { kind: "paragraph", text: "Before the table." },
      {
        kind: "table",
        header: ["#", "The vendor document says"],
        // GFM: an escaped pipe is part of the cell; cells past the header's are dropped.
        rows: [["1", "x | y"]],
      },
    ]);
    expect(departuresSection(`${HEADING}\n\n\`\`\`\n| 1 | x |\n\`\`\`\n`)?.blocks).toEqual([
      { kind: "code", text: "| 1 | x |\n" },
    ]);
    expect(departuresSection("```\n## Departures from the vendor document\n```\n")).toBeUndefined();
  });

  it("renders inline Markdown with every character escaped and no links, images or raw HTML", () => {
    expect(inlineMarkdown("a <b> & `<c> & **d**` **bold** *it* \\*not\\* `` a`b ``")).toBe(
      "a &lt;b&gt; &amp; <code>&lt;c&gt; &amp; **d**</code> <strong>bold</strong> <em>it</em> *not* <code>a`b</code>",
    );
    expect(
      inlineMarkdown(
        '[x](https://example.com) ![i](https://example.com/i.png) <https://e.com> <img src="a">',
      ),
    ).toBe(
      "[x](https://example.com) ![i](https://example.com/i.png) &lt;https://e.com&gt; &lt;img src=&quot;a&quot;&gt;",
    );
  });

  // Each input made the regular expressions of the old parser backtrack (quadratically or worse). No clock here: a linear parser simply finishes, with the right
  // structure; the old one ran into the test timeout.
  it("parses half-megabyte pathological tables, rows and cells and still gives the right structure", () => {
    const spaces = " ".repeat(SIZE / 2);
    // Almost a delimiter row (`|   -   x`): not one, so the lines are a paragraph, not a table.
    const notDelimiter = departuresSection(`${HEADING}\n\n| # | a |\n|${spaces}-${spaces}x\n`);
    expect(notDelimiter?.blocks.map((b) => b.kind)).toEqual(["paragraph"]);
    expect(notDelimiter?.rows).toEqual([]);

    // A row of spaces around one dash, without a pipe: a paragraph after the table.
    const afterTable = departuresSection(
      `${HEADING}\n\n| # | a |\n| - | - |\n| 1 | x |\n${spaces}-${spaces}x\n`,
    );
    expect(afterTable?.rows[0]).toEqual(["1", "x"]);

    // Emphasis openers that never close, and backtick runs of falling length that never match.
    const strong = "**a ".repeat(SIZE / 4);
    const ticks = Array.from({ length: 1000 }, (_, i) => `${"`".repeat(1000 - i)}a`).join("");
    const cells = departuresSection(
      `${HEADING}\n\n| # | a | b |\n| - | - | - |\n| 1 | ${strong} | ${ticks} |\n`,
    );
    expect(cells?.rows).toHaveLength(1);
    expect(cells?.rows[0]?.[1]).toBe(strong.trim());
    const html = inlineMarkdown(strong);
    expect(html).not.toContain("<strong>");
    expect(html.length).toBe(strong.length);
    expect(inlineMarkdown(ticks)).not.toContain("<code>");
  });
});
