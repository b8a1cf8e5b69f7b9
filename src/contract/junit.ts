import { escapeHtml } from "../portal/page.js";
import type { ContractCase } from "./cases.js";

/** XML-escaped, without the control characters XML 1.0 cannot carry at all. */
const xml = (text: string) =>
  escapeHtml(
    [...text].filter((c) => c.charCodeAt(0) >= 0x20 || c === "\t" || c === "\n" || c === "\r").join(""),
  );

/** JUnit XML for CI systems: one testsuite, one testcase per case, failures and skips marked. */
export function junitXml(suite: string, cases: ContractCase[]): string {
  const failures = cases.filter((c) => !c.pass).length;
  const skipped = cases.filter((c) => c.skipped).length;
  const body = cases
    .map((c) => {
      const open = `    <testcase classname="${xml(suite)}" name="${xml(c.name)}">`;
      if (c.skipped) return `${open}<skipped message="${xml(c.got)}"/></testcase>`;
      if (!c.pass)
        return `${open}<failure message="${xml(`expected ${c.expected}; got ${c.got}`)}"/></testcase>`;
      return `${open}</testcase>`;
    })
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites>
  <testsuite name="${xml(suite)}" tests="${cases.length}" failures="${failures}" skipped="${skipped}">
${body}
  </testsuite>
</testsuites>
`;
}
