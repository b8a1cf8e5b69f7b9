import type { VendorWalkthrough } from "../../portal/types.js";

interface Vector {
  name: string;
  source: string;
  appKey: string;
  input: { path: string; body?: string | null; appId: string; timestamp: string };
  stringToSign: string;
  sign: string;
}

export const walkthrough: VendorWalkthrough = {
  vendor: "haier",
  title: "Haier U+: lower-case hex SHA-256 of path + stripped body + appId + appKey + timestamp",
  recipe: [
    "Path only: no host, no query string.",
    "Body: the JSON as sent, trimmed, then every space, tab, CR and LF removed, inside string values too; no body is the empty string.",
    "appKey: trimmed, every double quote removed. Timestamp: the timestamp header, Unix milliseconds.",
    "sign = lower-case hex SHA-256 of the concatenation, sent in the sign header.",
  ],
  examples: (file) =>
    (file as { vectors: Vector[] }).vectors.map((v) => ({
      name: v.name,
      source: v.source,
      steps: [
        { label: "Path", value: v.input.path },
        { label: "Body as sent", value: v.input.body ?? "(no body)" },
        { label: "appId / timestamp", value: `${v.input.appId} / ${v.input.timestamp}` },
        { label: "appKey", value: v.appKey, note: "Haier's published example key, or an invented one" },
        { label: "String to sign", value: v.stringToSign },
        { label: "sign = sha256hex(string to sign)", value: v.sign },
      ],
    })),
};
