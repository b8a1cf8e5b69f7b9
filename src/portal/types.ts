/**
 * A vendor's signing walkthrough for the docs portal: its test vectors
 * (contract-tests/vectors/<vendor>.json, every value checked by independent tools) turned into
 * steps from the inputs to the signature. Exported as `walkthrough` from
 * src/vendors/<vendor>/walkthrough.ts.
 */
export interface WalkthroughStep {
  label: string;
  /** Shown verbatim, in a monospace block. */
  value: string;
  note?: string;
}

export interface WalkthroughExample {
  name: string;
  /** Where the vector comes from (a vendor document, or iotdock); shown only when there is one. */
  source?: string;
  steps: WalkthroughStep[];
}

export interface VendorWalkthrough {
  vendor: string;
  /** e.g. "Gwell: HMAC-SHA1 over sorted Name:value lines". */
  title: string;
  /** The recipe in a few plain sentences. */
  recipe: string[];
  /** The examples, from the parsed vectors file. */
  examples(vectors: unknown): WalkthroughExample[];
}
