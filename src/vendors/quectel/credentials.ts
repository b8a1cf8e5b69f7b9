import type { CredentialVariable } from "../../sandbox/types.js";

/** The example user domain and secret of the vendor document's curl examples. */
export const EXAMPLE_USER_DOMAIN = "C.DM.10271.5";
export const EXAMPLE_USER_DOMAIN_SECRET = "57Fk69oYgbs2aWWN362NtZwYB2RqKNqQ7yZESnF5VM22";

/** The AccessKey and AccessSecret of the SaaS login page's worked example (API_accessInstruction.md). */
export const EXAMPLE_ACCESS_KEY = "24b9zicjuns41H6MDg71AMnP";
export const EXAMPLE_ACCESS_SECRET = "6AE3p2SnA9ShP7ofigrccoeeks8DDoteJ1jUUTEz";

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
  accessKey: {
    variable: "QUECTEL_ACCESS_KEY",
    description: "SaaS application AccessKey (SaaS details page)",
    default: EXAMPLE_ACCESS_KEY,
    secret: false,
  },
  accessSecret: {
    variable: "QUECTEL_ACCESS_SECRET",
    description: "SaaS application AccessSecret",
    default: EXAMPLE_ACCESS_SECRET,
    secret: true,
  },
} as const satisfies Record<string, CredentialVariable>;
