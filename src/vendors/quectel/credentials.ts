import type { CredentialVariable } from "../../sandbox/types.js";

/** The example user domain and secret of the vendor document's curl examples. */
export const EXAMPLE_USER_DOMAIN = "C.DM.10271.5";
export const EXAMPLE_USER_DOMAIN_SECRET = "57Fk69oYgbs2aWWN362NtZwYB2RqKNqQ7yZESnF5VM22";

export const CREDENTIALS = {
  userDomain: {
    variable: "QUECTEL_USER_DOMAIN",
    description: "user domain (App SDK page)",
    default: EXAMPLE_USER_DOMAIN,
    secret: false,
  },
  userDomainSecret: {
    variable: "QUECTEL_USER_DOMAIN_SECRET",
    description: "user domain secret",
    default: EXAMPLE_USER_DOMAIN_SECRET,
    secret: true,
  },
} as const satisfies Record<string, CredentialVariable>;
