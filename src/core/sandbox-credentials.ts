import type { CredentialVariable } from "../sandbox/types.js";
import { CREDENTIALS as GWELL } from "../vendors/gwell/credentials.js";
import {
  CALLBACK_CREDENTIALS as HAIER_CALLBACK,
  CLIENT_CREDENTIALS as HAIER_CLIENT,
} from "../vendors/haier/credentials.js";
import { CREDENTIALS as MEARI } from "../vendors/meari/credentials.js";
import { CREDENTIALS as QUECTEL } from "../vendors/quectel/credentials.js";

/** The sandboxes' default credentials of each vendor, keyed like its client's options. */
export interface SandboxCredentials {
  readonly gwell: { readonly appId: string; readonly appToken: string; readonly appKey: string };
  readonly haier: {
    readonly appId: string;
    readonly appKey: string;
    readonly clientId: string;
    /** What Haier sends to your verification callback (`createHaierCallbackHandler`). */
    readonly clientKey: string;
    readonly clientSecret: string;
  };
  readonly meari: { readonly partnerKey: string; readonly partnerSecret: string; readonly sourceApp: string };
  /** The App API's user domain and secret, and the SaaS API's AccessKey and AccessSecret. */
  readonly quectel: {
    readonly userDomain: string;
    readonly userDomainSecret: string;
    readonly accessKey: string;
    readonly accessSecret: string;
  };
}

/** The default of every credential that has one (a setting left unset, like HAIER_CALLBACK_URL, has none). */
function defaults<C extends Record<string, CredentialVariable>>(
  credentials: C,
): { readonly [K in keyof C as C[K]["default"] extends "" ? never : K]: string } {
  const entries = Object.entries(credentials).filter(([, c]) => c.default !== "");
  return Object.freeze(Object.fromEntries(entries.map(([key, c]) => [key, c.default]))) as never;
}

/**
 * The credentials the sandboxes (`npm start`, `iotdock sandbox`) accept when their environment
 * variables are unset: the vendor documents' examples, or iotdock's own where a vendor publishes
 * none. Read from the credential tables of the vendor definitions, keyed like the client options:
 * `createQuectelClient({ baseUrl, ...sandboxCredentials.quectel })`. Public example values, for
 * the sandbox only: a real vendor refuses them.
 */
export const sandboxCredentials: SandboxCredentials = Object.freeze({
  gwell: defaults(GWELL),
  haier: defaults({ ...HAIER_CLIENT, ...HAIER_CALLBACK }),
  meari: defaults(MEARI),
  quectel: defaults(QUECTEL),
});
