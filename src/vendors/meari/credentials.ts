import type { CredentialVariable } from "../../sandbox/types.js";

/** Meari publishes no example credentials; these are iotdock's, used only by the sandbox and tests. */
export const EXAMPLE_PARTNER_KEY = "example-partner-key";
export const EXAMPLE_PARTNER_SECRET = "example-partner-secret";
/** The customer number of the authentication document's example (`sourceApp=8`). */
export const EXAMPLE_SOURCE_APP = "8";

export const CREDENTIALS = {
  partnerKey: {
    variable: "MEARI_PARTNER_KEY",
    description: "partnerKey (from Meari)",
    default: EXAMPLE_PARTNER_KEY,
    secret: false,
  },
  partnerSecret: {
    variable: "MEARI_PARTNER_SECRET",
    description: "partnerSecret, the signing key (from Meari; never sent)",
    default: EXAMPLE_PARTNER_SECRET,
    secret: true,
  },
  sourceApp: {
    variable: "MEARI_SOURCE_APP",
    description: "sourceApp, your customer number (from Meari)",
    default: EXAMPLE_SOURCE_APP,
    secret: false,
  },
} as const satisfies Record<string, CredentialVariable>;
