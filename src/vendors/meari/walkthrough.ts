import type { VendorWalkthrough } from "../../portal/types.js";

interface Vector {
  name: string;
  source: string;
  secret: string;
  params: Record<string, string>;
  stringToSign: string;
  signature: string;
  query: string;
}

export const walkthrough: VendorWalkthrough = {
  vendor: "meari",
  title: "Meari: Base64(HMAC-SHA1(partnerSecret)) over sorted raw name=value pairs",
  recipe: [
    "Take every request parameter except signature and partnerSecret, including partnerKey, signatureVersion, signatureMethod, signatureNonce and timestamp.",
    "Sort by name (case-sensitive ASCII), write name=value with the raw, unencoded values, join with &.",
    "Signature = Base64(HMAC-SHA1(key = partnerSecret, string to sign)).",
    "Send every value and the signature percent-encoded in the query: the vendor decodes before verifying.",
  ],
  examples: (file) =>
    (file as { vectors: Vector[] }).vectors.map((v) => ({
      name: v.name,
      source: v.source,
      steps: [
        { label: "Parameters", value: JSON.stringify(v.params, null, 2) },
        { label: "String to sign (sorted, raw values)", value: v.stringToSign },
        { label: "partnerSecret", value: v.secret, note: "an invented example, never a real one" },
        { label: "Signature = Base64(HMAC-SHA1(partnerSecret, string to sign))", value: v.signature },
        { label: "Query as sent (percent-encoded, signature last)", value: v.query },
      ],
    })),
};
