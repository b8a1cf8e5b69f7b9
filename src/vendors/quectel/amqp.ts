import { ConfigError } from "../../core/errors.js";

/** amqplib, an optional peer dependency: loaded when messages are used, with a clear error when it is not installed. */
export type Amqp = typeof import("amqplib");

/** amqplib, or a ConfigError saying who needs it (`needer`) and how to install it. */
export async function loadAmqplib(needer: string, operation: string): Promise<Amqp> {
  try {
    return (await import("amqplib")) as Amqp;
  } catch {
    throw new ConfigError(`${needer} needs amqplib: npm install amqplib`, { vendor: "quectel", operation });
  }
}
