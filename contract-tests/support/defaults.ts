import { discoverDefinitions } from "../../src/sandbox/vendors.js";

const variables = (await discoverDefinitions()).flatMap((v) => Object.values(v.credentials));

/** The default a sandbox uses for a credential variable (e.g. `QUECTEL_USER_DOMAIN_SECRET`) when it is unset. */
export const sandboxDefault = (variable: string): string =>
  variables.find((c) => c.variable === variable)?.default ?? "";
