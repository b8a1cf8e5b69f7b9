import type { VendorWalkthrough } from "../../portal/types.js";

interface Vector {
  name: string;
  /** Where the vector comes from; the portal shows it when there is one. */
  source?: string;
  appKey: string;
  input: {
    method: string;
    host: string;
    body?: string;
    query?: [string, string][];
    accessId: string;
    nonce: string;
    timestamp: string;
  };
  payload?: string;
  stringToSign: string;
  signature: string;
}

export const walkthrough: VendorWalkthrough = {
  vendor: "gwell",
  title: "Gwell: Base64(HMAC-SHA1(appKey)) over sorted Name:value lines",
  recipe: [
    "POST/PUT: Payload = lower-case hex SHA-256 of the exact body bytes sent.",
    "String to sign: the lines Host, Payload, X-IotVideo-AccessID, X-IotVideo-Nonce, X-IotVideo-Timestamp as Name:value, sorted by name (ASCII), joined with \\n, no trailing newline. GET signs each non-empty query parameter as a line instead of Payload.",
    "Signature = Base64(HMAC-SHA1(key = appKey, stringToSign)), sent in X-IotVideo-Signature.",
  ],
  examples: (file) =>
    (file as { vectors: Vector[] }).vectors.map((v) => ({
      name: v.name,
      source: v.source,
      steps: [
        {
          label: "Request",
          value: `${v.input.method} (Host: ${v.input.host})\nX-IotVideo-AccessID: ${v.input.accessId}\nX-IotVideo-Nonce: ${v.input.nonce}\nX-IotVideo-Timestamp: ${v.input.timestamp}`,
        },
        ...(v.input.body !== undefined ? [{ label: "Body (exact bytes)", value: v.input.body }] : []),
        ...(v.input.query
          ? [{ label: "Query", value: v.input.query.map(([k, q]) => `${k}=${q}`).join("&") }]
          : []),
        ...(v.payload ? [{ label: "Payload = sha256hex(body)", value: v.payload }] : []),
        { label: "String to sign", value: v.stringToSign },
        { label: "appKey", value: v.appKey, note: "an example key, never a real one" },
        { label: "Signature = Base64(HMAC-SHA1(appKey, string to sign))", value: v.signature },
      ],
    })),
};
