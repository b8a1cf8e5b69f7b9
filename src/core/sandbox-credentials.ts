import type { CredentialVariable } from "../sandbox/types.js";
import { CREDENTIALS as GWELL } from "../vendors/gwell/credentials.js";
import {
  CALLBACK_CREDENTIALS as HAIER_CALLBACK,
  CLIENT_CREDENTIALS as HAIER_CLIENT,
} from "../vendors/haier/credentials.js";
import { CREDENTIALS as MEARI } from "../vendors/meari/credentials.js";
import { CREDENTIALS as QUECTEL } from "../vendors/quectel/credentials.js";

/** A vendor's credentials by the key its client options use; those with no default (settings left unset) are left out. */
export type SandboxDefaults<C extends Record<string, CredentialVariable>> = {
  readonly [K in keyof C as C[K]["default"] extends "" ? never : K]: string;
};

function defaults<C extends Record<string, CredentialVariable>>(credentials: C): SandboxDefaults<C> {
  const entries = Object.entries(credentials).filter(([, c]) => c.default !== "");
  return Object.freeze(Object.fromEntries(entries.map(([key, c]) => [key, c.default]))) as SandboxDefaults<C>;
}

/**
 * The credentials the sandboxes (`npm start`, `iotdock sandbox`) accept when their environment
 * variables are unset: the vendor documents' examples, or iotdock's own where a vendor publishes
 * none. Built from the same credential tables as the vendor definitions, keyed like the client
 * options: `createQuectelClient({ baseUrl, ...sandboxCredentials.quectel })`. Public example
 * values, for the sandbox only: a real vendor refuses them.
 */
export const sandboxCredentials = Object.freeze({
  gwell: defaults(GWELL),
  haier: defaults({ ...HAIER_CLIENT, ...HAIER_CALLBACK }),
  meari: defaults(MEARI),
  quectel: defaults(QUECTEL),
});
