/** The last verification code a sandbox "sent" to `to` (`86 17132136550`, or an e-mail), from `GET /_iotdock/outbox`. */
export async function lastCodeSentTo(baseUrl: string, to: string): Promise<string> {
  const outbox = (await (await fetch(`${baseUrl}/_iotdock/outbox`)).json()) as { to: string; code: string }[];
  return outbox.findLast((e) => e.to === to)?.code ?? "";
}
