import type { CredentialVariable } from "../sandbox/types.js";

/** A credential's value: the environment, else (unless `defaults` is off) its documented default. */
export const credentialValue = (
  c: CredentialVariable,
  env: Record<string, string | undefined>,
  defaults = true,
): string => env[c.variable] || (defaults ? c.default : "");

/** Values of credential variables by variable name. */
export const credentialValues = (
  variables: CredentialVariable[],
  env: Record<string, string | undefined>,
  defaults = true,
): Record<string, string> =>
  Object.fromEntries(variables.map((c) => [c.variable, credentialValue(c, env, defaults)]));
