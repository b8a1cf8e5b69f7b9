import { credentialValue } from "../core/credentials.js";
import type { CredentialVariable } from "../sandbox/types.js";

/**
 * Credential values for a CLI command: the environment, else each variable's documented default,
 * with one note naming the variables that fell back (never their values).
 */
export function resolveCredentials<K extends string>(
  credentials: Record<K, CredentialVariable>,
  env: Record<string, string | undefined>,
  note: (line: string) => void,
): Record<K, string> {
  const entries = Object.entries(credentials) as [K, CredentialVariable][];
  const unset = entries.filter(([, c]) => !env[c.variable]).map(([, c]) => c.variable);
  if (unset.length) note(`${unset.join(", ")} unset: using the documented default`);
  return Object.fromEntries(entries.map(([k, c]) => [k, credentialValue(c, env)])) as Record<K, string>;
}
