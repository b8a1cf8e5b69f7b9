import { resolveCredentials } from "../../cli/credentials.js";
import { addSecretOptions, readSecret, type SecretInput } from "../../cli/secrets.js";
import type { VendorCli } from "../../cli/types.js";
import { createQuectelClient } from "./client.js";
import { CREDENTIALS } from "./credentials.js";

/** The user's password: from standard input, a file or QUECTEL_PASSWORD, never wanted in argv. */
const PASSWORD: SecretInput = {
  name: "password",
  variable: "QUECTEL_PASSWORD",
  description: "the user's password",
  vendor: "quectel",
  operation: "phonePwdLogin",
};

export const cli: VendorCli = {
  vendor: "quectel",
  login: {
    summary: "phonePwdLogin with a phone number and plaintext password; prints the token pair",
    baseUrlVariable: "QUECTEL_BASE_URL",
    configure: (command) =>
      addSecretOptions(
        command
          .requiredOption("--phone <phone>", "phone number")
          .option("--international-code <code>", "international dialling code", "86"),
        PASSWORD,
      ).addHelpText(
        "after",
        `Credentials: ${CREDENTIALS.userDomain.variable}, ${CREDENTIALS.userDomainSecret.variable} (unset: the vendor document's example, which the sandbox accepts).`,
      ),
    async run(options, { baseUrl, env, note, readStdin }) {
      const password = await readSecret(options, PASSWORD, { env, note, readStdin });
      const client = createQuectelClient({ baseUrl, ...resolveCredentials(CREDENTIALS, env, note) });
      return client.login({
        phone: options.phone ?? "",
        password,
        internationalCode: options.internationalCode,
      });
    },
  },
};
