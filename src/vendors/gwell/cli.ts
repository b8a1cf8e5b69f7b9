import { resolveCredentials } from "../../cli/credentials.js";
import type { VendorCli } from "../../cli/types.js";
import { createGwellClient } from "./client.js";
import { CREDENTIALS } from "./credentials.js";

export const cli: VendorCli = {
  vendor: "gwell",
  login: {
    summary: "thirdCustLogin for a customer account and terminal; prints data with expand parsed",
    baseUrlVariable: "GWELL_BASE_URL",
    configure: (command) =>
      command
        .requiredOption("--union-id <id>", "the customer account's unique id (unionId)")
        .requiredOption("--unique-id <id>", "the terminal's unique id (uniqueId)")
        .requiredOption(
          "--reg-region <CC>",
          "the user's country, two upper-case letters (regRegion), e.g. CN",
        )
        .addHelpText(
          "after",
          `\nCredentials: ${Object.values(CREDENTIALS)
            .map((c) => c.variable)
            .join(", ")} (unset: the sandbox's documented defaults).`,
        ),
    async run(options, { baseUrl, env, note }) {
      const client = createGwellClient({ baseUrl, ...resolveCredentials(CREDENTIALS, env, note) });
      const { expandParsed, ...data } = await client.login({
        unionId: options.unionId ?? "",
        uniqueId: options.uniqueId ?? "",
        regRegion: options.regRegion ?? "",
      });
      return { ...data, expand: expandParsed ?? data.expand };
    },
  },
};
