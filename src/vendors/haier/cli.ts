import { resolveCredentials } from "../../cli/credentials.js";
import type { VendorCli } from "../../cli/types.js";
import type { CredentialVariable } from "../../sandbox/types.js";
import { createHaierClient } from "./client.js";
import { checkHaierCommandCallback } from "./command-contract.js";
import { checkHaierCallback } from "./contract.js";
import { CALLBACK_CREDENTIALS, CLIENT_CREDENTIALS, EXAMPLE_CODE } from "./credentials.js";

const names = (credentials: Record<string, CredentialVariable>) =>
  Object.values(credentials)
    .map((c) => c.variable)
    .join(", ");

const { callbackUrl: _unused, ...CALLBACK_CLIENT } = CALLBACK_CREDENTIALS;

export const cli: VendorCli = {
  vendor: "haier",
  login: {
    summary:
      "thirdpartUserLogin with a one-time code (Haier verifies it with your callback); prints the token",
    baseUrlVariable: "HAIER_BASE_URL",
    configure: (command) =>
      command
        .requiredOption("--code <code>", "the one-time code your cloud issued for the user")
        .addHelpText(
          "after",
          `\nCredentials: ${names(CLIENT_CREDENTIALS)} (unset: the sandbox's documented defaults).`,
        ),
    async run(options, { baseUrl, env, note }) {
      const client = createHaierClient({ baseUrl, ...resolveCredentials(CLIENT_CREDENTIALS, env, note) });
      return client.login(options.code ?? "");
    },
  },
  contracts: [
    {
      name: "haier-command-callback",
      summary:
        "Check your batch-command result endpoint, the backUrl of sendbatchCmd (specs/haier-callback.yaml, commandResult): a result, a body that is not one",
      configure: (command) =>
        command.addHelpText(
          "after",
          "\n--server is the endpoint's full URL, path included (the backUrl you give Haier).",
        ),
      run: (_options, { server }) => checkHaierCommandCallback({ server }),
    },
    {
      name: "haier-callback",
      summary:
        "Check your Haier verification callback (specs/haier-callback.yaml): valid code, unknown code, wrong client credentials, missing field",
      configure: (command) =>
        command
          .option(
            "--code <code>",
            "a code your callback accepts now (default: the vendor document's example code, which iotdock's demo callback accepts)",
            EXAMPLE_CODE,
          )
          .addHelpText(
            "after",
            `\n--server is the callback's full URL, path included.\nCredentials: ${names(CALLBACK_CLIENT)} (unset: the vendor document's example).`,
          ),
      run: (options, { server, env, note }) =>
        checkHaierCallback({
          server,
          code: options.code ?? EXAMPLE_CODE,
          ...resolveCredentials(CALLBACK_CLIENT, env, note),
        }),
    },
  ],
};
