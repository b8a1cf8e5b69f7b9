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
      const unset = Object.values(CREDENTIALS).filter((c) => !env[c.variable]);
      if (unset.length)
        note(`${unset.map((c) => c.variable).join(", ")} unset: using the vendor document's example`);
      const client = createQuectelClient({
        baseUrl,
        userDomain: env[CREDENTIALS.userDomain.variable] || CREDENTIALS.userDomain.default,
        userDomainSecret: env[CREDENTIALS.userDomainSecret.variable] || CREDENTIALS.userDomainSecret.default,
      });
      return client.login({
        phone: options.phone ?? "",
        password: options.password ?? "",
        internationalCode: options.internationalCode,
      });
    },
  },
};
