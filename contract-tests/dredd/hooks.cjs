"use strict";
/**
 * Dredd hooks for any of iotdock's bundled specs (generated/<api>.json) against a server that
 * speaks it: the sandboxes, a proxy, a real vendor (contract-tests/dredd.test.ts runs them). Dredd
 * sends each operation's example request; these hooks make it a request the vendor would accept,
 * exactly as the clients do, with the package's own built code from dist/ and nothing of their own:
 * the operation's facts from the spec (src/core/facts.ts), the vendor's signer and credentials
 * from its definition (src/vendors/<vendor>/vendor.ts), the encrypted password, user tokens from
 * the vendor contract's `session` (a fresh session for operations that end or rotate one), and the
 * signature (src/core/signing.ts). They also give Dredd the response schema from the spec, which
 * it does not take from an OpenAPI 3 document itself, and check the envelope says success (or a
 * refusal the spec documents for an operation that answers from state: src/contract/run.ts).
 *
 * Options: Dredd's `custom` configuration (JS API `custom: {…}`, CLI `-j key:value`), else the
 * environment variable. Several Dredd runs in one process each get their own (this file is loaded
 * afresh per run).
 *   iotdockRecord      IOTDOCK_DREDD_RECORD       Where to record each transaction (what the hooks did,
 *                      what gavel found): a function (JS API), or a file for JSON lines.
 *   iotdockSchema      IOTDOCK_DREDD_SCHEMA       `off`: leave `expected.bodySchema` unset, which is
 *                      Dredd's own OpenAPI 3 behaviour (wrong value types then pass).
 *   iotdockSessions    IOTDOCK_DREDD_SESSIONS     Where to log in for user tokens, per vendor: an object
 *                      (JS API) or JSON text `{"quectel": "http://…"}`. Default: the server under test.
 *
 * Credentials are the documented defaults of each vendor definition, which is what a sandbox
 * started with `env: {}` verifies against; the API a spec belongs to is the file's name.
 */
const { appendFileSync, readFileSync } = require("node:fs");
const path = require("node:path");
const { pathToFileURL } = require("node:url");
const hooks = require("hooks");
const { findOperation, responseSchema } = require("./schema.cjs");

const ROOT = path.resolve(__dirname, "..", "..");
const option = (key, variable) => hooks.configuration?.custom?.[key] ?? process.env[variable];
const RECORD = option("iotdockRecord", "IOTDOCK_DREDD_RECORD");
const WITH_SCHEMA = String(option("iotdockSchema", "IOTDOCK_DREDD_SCHEMA") ?? "on") !== "off";
const SESSIONS = (() => {
  const value = option("iotdockSessions", "IOTDOCK_DREDD_SESSIONS") ?? {};
  return typeof value === "string" ? JSON.parse(value) : value;
})();

const dist = (file) => import(pathToFileURL(path.join(ROOT, "dist", file)).href);

/** Filled by beforeAll: the package's built modules and each vendor's definition and contract. */
const lib = {};
let setupError;
/** Per transaction: what the hooks did and found, for the record (names need not be unique). */
const notes = new WeakMap();
/** Facts per spec file Dredd read (the file's name is the API's). */
const apis = new Map();

function splitUri(uri) {
  const at = uri.indexOf("?");
  return at < 0 ? [uri, ""] : [uri.slice(0, at), uri.slice(at + 1)];
}

/** `host[:port]` as the HTTP client sends it in the Host header (no port when it is the default). */
function hostHeader(transaction) {
  const protocol = String(transaction.protocol ?? "http:").replace(/:$/, "");
  const port = transaction.port ? String(transaction.port) : "";
  const defaultPort = protocol === "https" ? "443" : "80";
  return port && port !== defaultPort ? `${transaction.host}:${port}` : transaction.host;
}

/** The API, vendor and operation of a transaction, from the spec file it came from. */
function identify(transaction) {
  const file = transaction.origin?.filename ?? "";
  let facts = apis.get(file);
  if (!facts) {
    const name = path.basename(file).replace(/\.(json|ya?ml)$/, "");
    facts = lib.facts.apiFacts(name, JSON.parse(readFileSync(file, "utf8")));
    apis.set(file, facts);
  }
  const vendor = lib.vendors.find((v) => v.definition.apis.some((api) => api.name === facts.name));
  if (!vendor) throw new Error(`no vendor serves the API ${facts.name} (${file})`);
  const [requestPath] = splitUri(transaction.request.uri);
  const op = facts.find(transaction.request.method, requestPath);
  if (!op) throw new Error(`${facts.name} has no ${transaction.request.method} ${requestPath}`);
  return { api: facts, vendor, op };
}

/** The transaction as request parts (what the package's signer takes). */
function partsOf(transaction) {
  const protocol = String(transaction.protocol ?? "http:").replace(/:?$/, ":");
  const headers = new Headers();
  for (const [name, value] of Object.entries(transaction.request.headers)) headers.set(name, value);
  return {
    method: transaction.request.method,
    url: new URL(`${protocol}//${hostHeader(transaction)}${transaction.fullPath}`),
    headers,
    body: transaction.request.body || undefined,
  };
}

/** Writes signed parts back into the transaction: path and query, every header, the body. */
function writeBack(transaction, parts) {
  const pathAndQuery = `${parts.url.pathname}${parts.url.search}`;
  transaction.fullPath = pathAndQuery;
  transaction.request.uri = pathAndQuery;
  const headers = {};
  for (const [name, value] of parts.headers) headers[name] = value;
  headers.host = parts.url.host;
  transaction.request.headers = headers;
  if (parts.body !== undefined) transaction.request.body = parts.body;
}

/** A session of the API from the vendor contract, shared per run; a fresh one for session-ending operations. */
function session(vendor, api, baseUrl, fresh) {
  if (!vendor.contract?.session) throw new Error(`${vendor.definition.name} has no contract session`);
  const target = { baseUrl: SESSIONS[vendor.definition.name] ?? baseUrl, values: vendor.values };
  if (fresh) return vendor.contract.session(target, api.name);
  vendor.shared ??= new Map();
  if (!vendor.shared.has(api.name)) vendor.shared.set(api.name, vendor.contract.session(target, api.name));
  return vendor.shared.get(api.name);
}

async function prepare(transaction, { vendor, op, api }) {
  const { requests, signing } = lib;
  let parts = partsOf(transaction);
  const baseUrl = `${parts.url.protocol}//${parts.url.host}`;
  // Dredd builds no multipart/form-data body: the example request of the contract library does.
  if (parts.body === undefined && !op.jsonBody) {
    const example = requests.exampleRequest(api, op, baseUrl);
    if (example.body !== undefined) {
      parts = { ...parts, body: example.body };
      parts.headers.set("content-type", example.headers.get("content-type") ?? "");
    }
  }
  // Fresh password encryption where the operation takes one (the example's cannot be decrypted).
  if (op.password) parts = requests.withPassword(requests.withoutPassword(parts, op), op, vendor.definition);
  if (op.auth.token || op.refreshTokenParam) {
    const ends = op.state.some((s) => s === "token.revoke" || s === "token.refresh");
    const tokens = await session(vendor, api, baseUrl, ends);
    if (op.auth.token) parts.headers.set(op.auth.token.name, tokens.accessToken);
    if (op.refreshTokenParam) parts.url.searchParams.set(op.refreshTokenParam, tokens.refreshToken);
  }
  // Credentials in the body: the spec's examples mask them, so they are replaced, not only filled.
  for (const field of Object.keys(op.bodyCredentials)) {
    if (!parts.body) break;
    const json = JSON.parse(parts.body);
    delete json[field];
    parts = { ...parts, body: JSON.stringify(json) };
  }
  const signed = signing.prepareRequest(parts, op, vendor.sign, vendor.credentials);
  writeBack(transaction, signed);
}

async function setup() {
  const [facts, requests, signing, vendorsModule, run] = await Promise.all([
    dist("core/facts.js"),
    dist("contract/requests.js"),
    dist("core/signing.js"),
    dist("sandbox/vendors.js"),
    dist("contract/run.js"),
  ]);
  const [definitions, contracts] = await Promise.all([
    vendorsModule.discoverDefinitions(),
    vendorsModule.discoverContracts(),
  ]);
  Object.assign(lib, { facts, requests, signing, run });
  lib.vendors = definitions.map((definition) => {
    const values = Object.fromEntries(
      [
        ...Object.values(definition.credentials),
        ...(contracts.find((c) => c.vendor === definition.name)?.variables ?? []),
      ].map((c) => [c.variable, c.default]),
    );
    return {
      definition,
      contract: contracts.find((c) => c.vendor === definition.name),
      values,
      credentials: requests.credentialsByKey(definition, values),
      sign: definition.createSigner({ clock: Date.now }),
    };
  });
}

hooks.beforeAll((_transactions, done) => {
  setup().then(
    () => done(),
    (error) => {
      setupError = error;
      done();
    },
  );
});

hooks.beforeEach((transaction, done) => {
  const note = { name: transaction.name };
  notes.set(transaction, note);
  const fail = (error) => {
    transaction.fail = error.message;
    note.error = error.message;
  };
  try {
    if (setupError) throw new Error(`hooks setup failed: ${setupError.message}`);
    const id = identify(transaction);
    Object.assign(note, { vendor: id.vendor.definition.name, operationId: id.op.operationId, api: id.api });
    // Only 2xx answers can be produced by a valid request; Dredd would send the same valid request
    // for a documented error status and then fail.
    const status = Number(transaction.expected.statusCode);
    if (!(status >= 200 && status < 300)) {
      transaction.skip = true;
      note.skipped = `HTTP ${transaction.expected.statusCode} is an error answer; a valid request cannot produce it`;
      return done();
    }
    prepare(transaction, id).then(
      () => {
        note.signed = true;
        done();
      },
      (error) => {
        fail(error);
        done();
      },
    );
  } catch (error) {
    fail(error);
    done();
  }
});

const headerEntry = (headers, name) =>
  Object.entries(headers ?? {}).find(([key]) => key.toLowerCase() === name.toLowerCase());
const mediaType = (value) =>
  String(value ?? "")
    .split(";")[0]
    .trim()
    .toLowerCase();

hooks.beforeEachValidation((transaction) => {
  const note = notes.get(transaction) ?? {};
  if (!note.api) return;
  // Gavel compares Content-Type as an exact string; Haier and Meari (and their sandboxes) answer
  // `application/json;charset=UTF-8` for the spec's `application/json`. The same media type with
  // parameters is that media type: expect the value sent. Another media type still fails.
  const expected = headerEntry(transaction.expected.headers, "content-type");
  const actual = headerEntry(transaction.real?.headers, "content-type");
  if (expected && actual && expected[1] !== actual[1] && mediaType(expected[1]) === mediaType(actual[1])) {
    transaction.expected.headers[expected[0]] = actual[1];
  }
  if (!WITH_SCHEMA) return;
  try {
    const found = findOperation(
      note.api.spec,
      transaction.request.method,
      splitUri(transaction.request.uri)[0],
    );
    transaction.expected.bodySchema = responseSchema(
      note.api.spec,
      found,
      transaction.expected.statusCode,
      expected?.[1],
    );
    note.schema = true;
  } catch (error) {
    transaction.fail = `no response schema: ${error.message}`;
    note.error = transaction.fail;
  }
});

hooks.afterEach((transaction) => {
  const note = notes.get(transaction) ?? { name: transaction.name };
  // A valid envelope can still be the vendor's refusal (bad signature, unknown token): the spec
  // allows every error code. A passing transaction must be the vendor's success (x-iotdock-envelope).
  // The code is compared as text on purpose: whether its JSON type is right is the schema's job.
  const envelope = note.api?.envelope;
  if (envelope && !transaction.skip && transaction.real) {
    let body;
    try {
      body = JSON.parse(transaction.real.body ?? "");
    } catch {
      body = undefined;
    }
    note.envelope = body && typeof body === "object" ? body[envelope.code] : undefined;
    const ok = envelope.success.some((code) => String(code) === String(note.envelope));
    // A stateful sandbox (or vendor) may refuse an example whose record is not there, with a code
    // the spec lists for the operation: the contract runner's rule (src/contract/run.ts).
    const accepted = !ok && lib.run.refusalAccepted(note.api, note.operationId, note.envelope, true);
    note.refused = accepted ? note.envelope : undefined;
    if (transaction.test?.valid && !ok && !accepted) {
      transaction.fail = `${note.vendor} answered ${envelope.code} ${JSON.stringify(note.envelope)}, not ${envelope.success.join(" or ")}: ${JSON.stringify(body).slice(0, 300)}`;
    }
  }
  note.valid = transaction.test?.valid ?? null;
  // What gavel found, by field (headers, body, statusCode), for the test's assertions.
  note.errors = Object.entries(transaction.results?.fields ?? {}).flatMap(([field, result]) =>
    (result.errors ?? []).map((e) => `${field}: ${e.message}`),
  );
  // Dredd turns a before hook's `fail` message into `true`; the message is in the note.
  note.fail = typeof transaction.fail === "string" ? transaction.fail : note.error;
  const { api, ...record } = note;
  if (typeof RECORD === "function") RECORD(record);
  else if (RECORD) appendFileSync(RECORD, `${JSON.stringify(record)}\n`);
});
