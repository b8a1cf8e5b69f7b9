import { resolveCredentials } from "../../cli/credentials.js";
import type { VendorCli } from "../../cli/types.js";
import { createMeariClient } from "./client.js";
import { CREDENTIALS } from "./credentials.js";

export const cli: VendorCli = {
  vendor: "meari",
  login: {
    summary: "redirect, then login on the region server it names (same countryCode); prints the login result",
    baseUrlVariable: "MEARI_BASE_URL",
    configure: (command) =>
      command
        .requiredOption("--user-account <account>", "the user's account in your system (preferably a UUID)")
        .requiredOption("--country-code <CC>", "country code, e.g. US (used for both redirect and login)")
        .requiredOption("--phone-code <n>", "international dialling code, e.g. 1")
        .option("--lng-type <lng>", "language", "en")
        .option("--phone-type <a|i>", "a (Android) or i (iOS)", "a")
        .option("--iot-type <n>", "iotType (unset: Meari's default)")
        .option("--client-id <id>", "phone identifier for multi-terminal login")
        .addHelpText(
          "after",
          `\nCredentials: ${Object.values(CREDENTIALS)
            .map((c) => c.variable)
            .join(", ")} (unset: the sandbox's defaults).`,
        ),
    async run(options, { baseUrl, env, note }) {
      const client = createMeariClient({ baseUrl, ...resolveCredentials(CREDENTIALS, env, note) });
      return client.login({
        userAccount: options.userAccount ?? "",
        countryCode: options.countryCode ?? "",
        phoneCode: options.phoneCode ?? "",
        lngType: options.lngType ?? "en",
        phoneType: (options.phoneType ?? "a") as "a" | "i",
        ...(options.iotType ? { iotType: options.iotType } : {}),
        ...(options.clientId ? { clientId: options.clientId } : {}),
      });
    },
  },
};
