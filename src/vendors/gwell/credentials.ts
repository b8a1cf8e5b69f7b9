import type { CredentialVariable } from "../../sandbox/types.js";

/** The appId and appToken of the vendor document's example request. */
export const EXAMPLE_APP_ID = "0000175a370efbbe852dc1cd1b0b877e";
export const EXAMPLE_APP_TOKEN = "a844e8320c75a5c387b78273182513b3fde94911ce9e3478b9d2b041a05a7053";
/** Gwell publishes no example appKey; this one is iotdock's, used only by the sandbox and its tests. */
export const EXAMPLE_APP_KEY = "example-app-key";

export const CREDENTIALS = {
  appId: {
    variable: "GWELL_APP_ID",
    description: "appId (from Gwell)",
    default: EXAMPLE_APP_ID,
    secret: false,
  },
  appToken: {
    variable: "GWELL_APP_TOKEN",
    description: "appToken (from Gwell)",
    default: EXAMPLE_APP_TOKEN,
    secret: true,
  },
  appKey: {
    variable: "GWELL_APP_KEY",
    description: "appKey, the signing key (from Gwell)",
    default: EXAMPLE_APP_KEY,
    secret: true,
  },
} as const satisfies Record<string, CredentialVariable>;
