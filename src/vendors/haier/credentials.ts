import type { CredentialVariable } from "../../sandbox/types.js";

/** Values of the vendor document's example request (appId, clientId) and callback (clientKey, clientSecret). */
export const EXAMPLE_APP_ID = "MB-TEST-0000";
export const EXAMPLE_CLIENT_ID = "123";
export const EXAMPLE_CLIENT_KEY = "iot-client-project";
export const EXAMPLE_CLIENT_SECRET = "E3er4J88P=vb9";
/** Haier publishes no appKey for its examples; this one is iotdock's, used only by the sandbox and tests. */
export const EXAMPLE_APP_KEY = "example-app-key";
/** The seed's example login code, and the openId its callback example answers. */
export const EXAMPLE_CODE = "8d969eef6ecad3c29a3a629280e686cf0c3f5d5a86aff3ca12020c923adc6c92";
export const EXAMPLE_OPEN_ID = "34509854534";

/** What the client (and `iotdock login haier`) needs. */
export const CLIENT_CREDENTIALS = {
  appId: {
    variable: "HAIER_APP_ID",
    description: "appId of your Haier U+ app (from haigeek.com)",
    default: EXAMPLE_APP_ID,
    secret: false,
  },
  appKey: {
    variable: "HAIER_APP_KEY",
    description: "appKey, the signing key (from haigeek.com)",
    default: EXAMPLE_APP_KEY,
    secret: true,
  },
  clientId: {
    variable: "HAIER_CLIENT_ID",
    description: "clientId header: your server's client identifier",
    default: EXAMPLE_CLIENT_ID,
    secret: false,
  },
} as const satisfies Record<string, CredentialVariable>;

/** What the Haier side of the login round trip needs: the customer's callback and its credentials. */
export const CALLBACK_CREDENTIALS = {
  clientKey: {
    variable: "HAIER_CLIENT_KEY",
    description: "clientKey Haier sends to your verification callback",
    default: EXAMPLE_CLIENT_KEY,
    secret: false,
  },
  clientSecret: {
    variable: "HAIER_CLIENT_SECRET",
    description: "clientSecret Haier sends to your verification callback",
    default: EXAMPLE_CLIENT_SECRET,
    secret: true,
  },
  callbackUrl: {
    variable: "HAIER_CALLBACK_URL",
    description: "your verification callback URL (unset: the sandbox's own demo callback)",
    default: "",
    secret: false,
  },
} as const satisfies Record<string, CredentialVariable>;
