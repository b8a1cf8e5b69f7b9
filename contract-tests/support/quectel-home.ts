import { request } from "node:http";
import { afterAll, beforeAll, expect } from "vitest";
import { loadApi } from "../../src/core/facts-files.js";
import { type SandboxHandle, startSandbox } from "../../src/sandbox/server.js";
import { EXAMPLE_USER_DOMAIN, EXAMPLE_USER_DOMAIN_SECRET } from "../../src/vendors/quectel/credentials.js";
import { createQuectelClient, EmailCodeType, SmsCodeType } from "../../src/vendors/quectel/index.js";
import { lastCodeSentTo } from "./outbox.js";
import { specValidator } from "./spec.js";

/**
 * A Quectel sandbox for the home tests (quectel.home*.test.ts), started and stopped by the calling
 * file's hooks: typed clients whose every answer is checked against the spec as it arrives, the
 * sandbox's catalogue, and two users registered as an app registers them.
 */

export const API = loadApi("quectel");
const spec = specValidator("quectel.yaml");

export interface Catalogue {
  products: { productKey: string; properties: { code: string; dataType: string; writable: boolean }[] }[];
  devices: {
    productKey: string;
    deviceKey: string;
    sn: string;
    owner: string | null;
    sharedWith: string[];
    properties: Record<string, unknown>;
  }[];
}

export function quectelHome() {
  let sandbox: SandboxHandle;
  const home = { baseUrl: "" };
  const problems: unknown[] = [];
  const recordingFetch = async (request: Request) => {
    const response = await fetch(request);
    const path = new URL(request.url).pathname;
    const operation = API.find(request.method, path)?.operationId ?? `${request.method} ${path}`;
    const body = await response.clone().json();
    const errors = spec.responseErrors(operation, response.status, body);
    if (errors.length) problems.push({ operation, errors, body });
    return response;
  };
  beforeAll(async () => {
    sandbox = await startSandbox({ vendors: ["quectel"], portBase: 0, env: {}, log: () => {} });
    home.baseUrl = sandbox.sandboxes[0]?.url ?? "";
  });
  afterAll(async () => {
    await sandbox.close();
    expect(problems).toEqual([]);
  });
  const client = () =>
    createQuectelClient({
      baseUrl: home.baseUrl,
      userDomain: EXAMPLE_USER_DOMAIN,
      userDomainSecret: EXAMPLE_USER_DOMAIN_SECRET,
      fetch: recordingFetch,
    });
  const catalogue = async () => (await (await fetch(`${home.baseUrl}/_iotdock/devices`)).json()) as Catalogue;
  const baseUrl = () => home.baseUrl;
  /** Alice registers by e-mail, Bob by phone, each with the code the sandbox "sent". */
  const twoUsers = () => registerTwoUsers(client(), baseUrl());

  return { client, catalogue, baseUrl, twoUsers };
}

/** Alice registers by e-mail, Bob by phone, each with the code the sandbox at `baseUrl` "sent". */
export async function registerTwoUsers(c: ReturnType<typeof createQuectelClient>, baseUrl: string) {
  const email = `alice-${Date.now()}@example.com`;
  await c.sendEmailCode({ email, emailType: EmailCodeType.register });
  const code = await lastCodeSentTo(baseUrl, email);
  expect(code).toMatch(/^\d{6}$/);
  const aliceUid = await c.registerByEmail({ email, code, password: "Alice-1234" });
  const alice = (await c.loginByEmail({ email, password: "Alice-1234" })).accessToken.token;
  const phone = `171${String(Date.now()).slice(-8)}`;
  await c.sendSmsCode({ phone, internationalCode: "86", codeType: SmsCodeType.register });
  const { uid: bobUid } = await c.register({
    phone,
    internationalCode: "86",
    password: "Bob-12345",
    smsCode: await lastCodeSentTo(baseUrl, `86 ${phone}`),
    agreementList: [{ protocolType: 1, privacyVersion: "1.0.0" }],
  });
  const bob = (await c.login({ phone, internationalCode: "86", password: "Bob-12345" })).accessToken.token;
  return { c, alice, aliceUid: String(aliceUid), bob, bobUid };
}

/** The JSON request example of an operation in the bundled spec. */
export function requestExample(operationId: string): unknown {
  const op = API.byId.get(operationId);
  const paths = API.spec.paths as Record<
    string,
    Record<string, { requestBody?: { content: Record<string, { example?: unknown }> } }>
  >;
  return paths[op?.path ?? ""]?.[op?.method.toLowerCase() ?? ""]?.requestBody?.content["application/json"]
    ?.example;
}

/** The HTTP status of a GET sent with a chosen Host header (fetch does not let a caller set it). */
export function statusWithHost(baseUrl: string, path: string, host: string): Promise<number> {
  const url = new URL(path, baseUrl);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path, headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", reject);
    req.end();
  });
}

export function attributeValue(
  attributes: { customizeTslInfo?: { resourceCode?: string; resourceValce?: string | null }[] | null },
  code: string,
) {
  return attributes.customizeTslInfo?.find((a) => a.resourceCode === code)?.resourceValce;
}
