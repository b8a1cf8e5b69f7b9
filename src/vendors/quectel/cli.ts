import { resolveCredentials } from "../../cli/credentials.js";
import type { VendorCli } from "../../cli/types.js";
import { createQuectelClient } from "./client.js";
import { CREDENTIALS } from "./credentials.js";

export const cli: VendorCli = {
  vendor: "quectel",
  login: {
    summary: "phonePwdLogin with a phone number and plaintext password; prints the token pair",
    baseUrlVariable: "QUECTEL_BASE_URL",
    configure: (command) =>
      command
        .requiredOption("--phone <phone>", "phone number")
        .requiredOption("--password <password>", "plaintext password (encrypted before it is sent)")
        .option("--international-code <code>", "international dialling code", "86")
        .addHelpText(
          "after",
          `\nCredentials: ${CREDENTIALS.userDomain.variable}, ${CREDENTIALS.userDomainSecret.variable} (unset: the vendor document's example, which the sandbox accepts).`,
        ),
    async run(options, { baseUrl, env, note }) {
      const client = createQuectelClient({ baseUrl, ...resolveCredentials(CREDENTIALS, env, note) });
      return client.login({
        phone: options.phone ?? "",
        password: options.password ?? "",
        internationalCode: options.internationalCode,
      });
    },
  },
};
