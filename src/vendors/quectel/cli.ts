import { resolveCredentials } from "../../cli/credentials.js";
import { addSecretOptions, readSecret, type SecretInput } from "../../cli/secrets.js";
import type { SandboxCompanion, VendorCli } from "../../cli/types.js";
import { type BrokerAddress, reserveBroker, startLocalBroker } from "./broker.js";
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

/**
 * `iotdock sandbox --messages`: a local RabbitMQ (Debian's rabbitmq-server) to which the Quectel
 * sandbox publishes device messages, its logins checked by the sandbox with the vendor's rule.
 */
function messagesCompanion(): SandboxCompanion {
  let address: BrokerAddress | undefined;
  return {
    flag: "--messages",
    description:
      "Quectel device messages: start a local RabbitMQ (Debian's rabbitmq-server) the sandbox publishes to",
    async prepare() {
      address = await reserveBroker();
      return { env: { QUECTEL_AMQP_URL: address.publisherUrl } };
    },
    async start(sandboxes, progress) {
      const quectel = sandboxes.find((s) => s.vendor === "quectel");
      if (!quectel || !address)
        return { lines: ["iotdock: --messages: the quectel sandbox is not running"], stop: async () => {} };
      progress("iotdock: starting RabbitMQ for quectel messages (about 5 s)…");
      const broker = await startLocalBroker(address, { authBase: quectel.url });
      return {
        lines: [
          `iotdock: quectel messages: RabbitMQ at ${broker.url} (queue names from queueCreate; consumers log in with ${CREDENTIALS.accessKey.variable} and ${CREDENTIALS.accessSecret.variable} by the vendor's rule)`,
        ],
        stop: () => broker.stop(),
      };
    },
  };
}

export const cli: VendorCli = {
  vendor: "quectel",
  sandbox: [messagesCompanion()],
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
      const { userDomain, userDomainSecret } = CREDENTIALS;
      const app = { userDomain, userDomainSecret };
      const client = createQuectelClient({ baseUrl, ...resolveCredentials(app, env, note) });
      return client.login({
        phone: options.phone ?? "",
        password,
        internationalCode: options.internationalCode,
      });
    },
  },
};
