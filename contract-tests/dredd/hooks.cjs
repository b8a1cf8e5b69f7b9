"use strict";
/**
 * Dredd hooks for specs/{gwell,haier,meari,quectel}.yaml against iotdock's verifying sandboxes
 * (contract-tests/dredd.test.ts runs them). Dredd sends each operation's example request; these
 * hooks make it a request the vendor would accept, signed exactly like the client middleware
 * (src/vendors/<vendor>/client.ts) signs it, with the built signers from dist/ and a fresh nonce,
 * timestamp or sequenceId per transaction; and they give Dredd the response schema from the spec,
 * which it does not take from an OpenAPI 3 document itself.
 *
 * Options: Dredd's `custom` configuration (JS API `custom: {…}`, CLI `-j key:value`), else the
 * environment variable. Several Dredd runs in one process each get their own (this file is loaded
 * afresh per run).
 *   iotdockQuectelUrl  IOTDOCK_DREDD_QUECTEL_URL  Quectel sandbox the hooks log in to (beforeAll) for
 *                      the tokens that userDeviceList, refreshToken and userLogout need.
 *   iotdockRecord      IOTDOCK_DREDD_RECORD       Where to record each transaction (what the hooks did,
 *                      what gavel found): a function (JS API), or a file for JSON lines.
 *   iotdockSchema      IOTDOCK_DREDD_SCHEMA       `off`: leave `expected.bodySchema` unset, which is
 *                      Dredd's own OpenAPI 3 behaviour (wrong value types then pass).
 *
 * Credentials are the documented defaults (src/vendors/<vendor>/credentials.ts), which is what a
 * sandbox started with `env: {}` verifies against.
 */
const { appendFileSync } = require("node:fs");
const path = require("node:path");
const { pathToFileURL } = require("node:url");
const hooks = require("hooks");
const { findOperation, loadSpec, responseSchema } = require("./schema.cjs");

const ROOT = path.resolve(__dirname, "..", "..");
const VENDORS = ["gwell", "haier", "meari", "quectel"];
const option = (key, variable) => hooks.configuration?.custom?.[key] ?? process.env[variable];
const QUECTEL_URL = option("iotdockQuectelUrl", "IOTDOCK_DREDD_QUECTEL_URL");
const RECORD = option("iotdockRecord", "IOTDOCK_DREDD_RECORD");
const WITH_SCHEMA = String(option("iotdockSchema", "IOTDOCK_DREDD_SCHEMA") ?? "on") !== "off";

/**
 * The envelope field that says success, and its success values (src/vendors/<vendor>/operations.ts;
 * compared as text: see afterEach).
 */
const SUCCESS = {
  gwell: ["code", [0]],
  haier: ["retCode", ["00000"]],
  meari: ["resultCode", ["1001"]],
  quectel: ["code", [200, 0]],
};
/** The plaintext password the Quectel hooks register and log in with (encrypted per request). */
const QUECTEL_PASSWORD = "iotdock-dredd-Passw0rd";

const specs = Object.fromEntries(
  VENDORS.map((vendor) => [vendor, loadSpec(path.join(ROOT, "specs", `${vendor}.yaml`))]),
);
const dist = (file) => import(pathToFileURL(path.join(ROOT, "dist", file)).href);

/** Filled by beforeAll: built signers and credentials per vendor, Quectel tokens. */
const lib = {};
let setupError;
/** Per transaction: what the hooks did and found, for the record (names need not be unique). */
const notes = new WeakMap();

// ---------------------------------------------------------------------------------------------
// Which vendor and operation a transaction is.

function splitUri(uri) {
  const at = uri.indexOf("?");
  return at < 0 ? [uri, ""] : [uri.slice(0, at), uri.slice(at + 1)];
}

/** The vendor from the spec file Dredd read, else from the path; plus the spec's operation. */
function identify(transaction) {
  const file = path.basename(transaction.origin?.filename ?? "", ".yaml");
  const [requestPath] = splitUri(transaction.request.uri);
  const candidates = VENDORS.includes(file) ? [file] : VENDORS;
  for (const vendor of candidates) {
    const found = findOperation(specs[vendor], transaction.request.method, requestPath);
    if (found) return { vendor, found, operationId: found.operation.operationId };
  }
  throw new Error(`no vendor spec has ${transaction.request.method} ${requestPath} (${transaction.name})`);
}

// ---------------------------------------------------------------------------------------------
// Request rewriting helpers (Dredd sends `fullPath` to `host:port`; `request.uri` is what reports show).

function setQuery(transaction, query) {
  const withQuery = (uri) => `${splitUri(uri)[0]}${query ? `?${query}` : ""}`;
  transaction.fullPath = withQuery(transaction.fullPath);
  transaction.request.uri = withQuery(transaction.request.uri);
}

const queryOf = (transaction) => new URLSearchParams(splitUri(transaction.fullPath)[1]);
/** `k=v&…` with every value percent-encoded as openapi-fetch (the clients' transport) sends it. */
const encodeQuery = (entries) => entries.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join("&");

function setHeader(transaction, name, value) {
  const headers = transaction.request.headers;
  for (const key of Object.keys(headers)) if (key.toLowerCase() === name.toLowerCase()) delete headers[key];
  headers[name] = value;
}

function hasHeader(transaction, name) {
  return Object.keys(transaction.request.headers).some((key) => key.toLowerCase() === name.toLowerCase());
}

/** `host[:port]` as the HTTP client sends it in the Host header (no port when it is the default). */
function hostHeader(transaction) {
  const protocol = String(transaction.protocol ?? "http:").replace(/:$/, "");
  const port = transaction.port ? String(transaction.port) : "";
  const defaultPort = protocol === "https" ? "443" : "80";
  return port && port !== defaultPort ? `${transaction.host}:${port}` : transaction.host;
}

// ---------------------------------------------------------------------------------------------
// Signing, per vendor, as src/vendors/<vendor>/client.ts does it.

const sign = {
  /**
   * gwellSigningMiddleware: appId/appToken into bodies that carry them (the spec's back-office
   * examples mask them: they are replaced), then the four X-IotVideo-* headers over the Host as
   * sent and the exact body bytes.
   */
  gwell(transaction, { operationId }) {
    const { gwell } = lib;
    let body = transaction.request.body || undefined;
    if (gwell.OPERATIONS[operationId]?.bodyCredentials && body) {
      const json = JSON.parse(body);
      json.appId = gwell.credentials.appId;
      json.appToken = gwell.credentials.appToken;
      body = JSON.stringify(json);
      transaction.request.body = body;
    }
    const host = hostHeader(transaction);
    setHeader(transaction, "Host", host);
    const signed = gwell.signGwellRequest(
      { method: transaction.request.method, host, body, query: queryOf(transaction) },
      { accessId: gwell.credentials.appId, appKey: gwell.credentials.appKey },
      { clock: Date.now, nonce: gwell.secureNonce },
    );
    for (const [name, value] of Object.entries(signed)) setHeader(transaction, name, value);
  },

  /** haierSigningMiddleware: the eight common headers, sign over path + body, accessToken "" unless given. */
  haier(transaction) {
    const { haier } = lib;
    const signed = haier.signHaierRequest(
      { path: splitUri(transaction.fullPath)[0], body: transaction.request.body || undefined },
      { appId: haier.credentials.appId, appKey: haier.credentials.appKey },
      { clock: Date.now, sequence: haier.sequence },
    );
    const H = haier.HEADER;
    setHeader(transaction, H.appId, signed.appId);
    setHeader(transaction, H.appVersion, haier.defaults.appVersion);
    setHeader(transaction, H.clientId, haier.credentials.clientId);
    setHeader(transaction, H.sequenceId, signed.sequenceId);
    setHeader(transaction, H.timestamp, signed.timestamp);
    setHeader(transaction, H.sign, signed.sign);
    setHeader(transaction, H.language, haier.defaults.language);
    setHeader(transaction, H.timezone, haier.defaults.timezone);
    if (!hasHeader(transaction, H.accessToken)) setHeader(transaction, H.accessToken, "");
  },

  /** meariSigningMiddleware: sourceApp unless given, the five signing parameters, all percent-encoded. */
  meari(transaction) {
    const { meari } = lib;
    const params = [...queryOf(transaction)];
    if (!params.some(([name]) => name === "sourceApp"))
      params.push(["sourceApp", meari.credentials.sourceApp]);
    const signed = meari.signMeariRequest(
      params,
      { partnerKey: meari.credentials.partnerKey, partnerSecret: meari.credentials.partnerSecret },
      { clock: Date.now, nonce: meari.secureNonce },
    );
    setQuery(transaction, signed.query);
  },

  /**
   * quectelSigningMiddleware plus what the client's flows add: the password encrypted with a fresh
   * random (register, login), the SMS and login signatures appended to the query, and tokens the
   * sandbox issued (beforeAll) where the operation needs one.
   */
  quectel(transaction, { operationId }) {
    const { quectel } = lib;
    const signing = quectel.credentials;
    const encrypted = () => {
      const random = quectel.random(quectel.RANDOM_LENGTH);
      return { random, pwd: quectel.encryptPassword(QUECTEL_PASSWORD, random) };
    };
    const q = queryOf(transaction);
    /** The query as Dredd built it from the examples, minus `drop`, plus `added`, in that order. */
    const rewrite = (added, drop = []) =>
      setQuery(
        transaction,
        encodeQuery([...[...q].filter(([name]) => !drop.includes(name)), ...Object.entries(added)]),
      );
    const token = (kind) => {
      const value = quectel.tokens?.[kind];
      if (!value)
        throw new Error(`no ${kind} from the Quectel sandbox: ${quectel.tokenError ?? "not logged in"}`);
      return value;
    };
    switch (operationId) {
      case "sendPhoneSmsCode":
        rewrite(
          quectel.signSmsCodeQuery(
            { phone: q.get("phone") ?? "", codeType: q.get("codeType") ?? "" },
            signing,
            {
              clock: Date.now,
              random: quectel.random,
            },
          ),
        );
        return;
      case "phonePwdRegister": {
        const body = JSON.parse(transaction.request.body);
        Object.assign(body, encrypted(), { userDomain: signing.userDomain });
        transaction.request.body = JSON.stringify(body);
        return;
      }
      case "phonePwdLogin": {
        // The example's pwd was encrypted with its own random: encrypt afresh, then sign.
        const { random, pwd } = encrypted();
        const internationalCode = q.get("internationalCode") ?? undefined;
        const signed = quectel.signLoginQuery(
          { internationalCode, phone: q.get("phone") ?? "", pwd, random },
          signing,
        );
        rewrite({ random, pwd, ...signed }, ["random", "pwd"]);
        return;
      }
      case "userDeviceList":
        setHeader(transaction, "Authorization", token("listAccessToken"));
        return;
      case "refreshToken":
        rewrite({ refreshToken: token("refreshToken") }, ["refreshToken"]);
        return;
      case "userLogout":
        setHeader(transaction, "Authorization", token("logoutAccessToken"));
        return;
      default:
        throw new Error(`quectel operation ${operationId} has no signing rule in the Dredd hooks`);
    }
  },
};

// ---------------------------------------------------------------------------------------------

const SEQUENCE = Symbol.for("iotdock.dredd.haierSequence");
/**
 * One sequenceId counter per process, like the client's: Dredd runs sharing a process (and a
 * sandbox) must not send the same sequenceId. 20 digits, starting at a random point.
 */
function haierSequence(haier) {
  if (!globalThis[SEQUENCE])
    globalThis[SEQUENCE] = haier.sequenceCounter(Math.floor(Math.random() * 1_000_000));
  return globalThis[SEQUENCE];
}

async function setup(transactions) {
  const [
    gwell,
    gwellCredentials,
    haier,
    haierCredentials,
    meari,
    meariCredentials,
    quectel,
    quectelCredentials,
    clock,
  ] = await Promise.all([
    dist("vendors/gwell/index.js"),
    dist("vendors/gwell/credentials.js"),
    dist("vendors/haier/index.js"),
    dist("vendors/haier/credentials.js"),
    dist("vendors/meari/index.js"),
    dist("vendors/meari/credentials.js"),
    dist("vendors/quectel/index.js"),
    dist("vendors/quectel/credentials.js"),
    dist("core/clock.js"),
  ]);
  const defaults = (credentials) =>
    Object.fromEntries(Object.entries(credentials).map(([k, c]) => [k, c.default]));
  lib.gwell = {
    ...gwell,
    OPERATIONS: gwell.GWELL_OPERATIONS,
    credentials: defaults(gwellCredentials.CREDENTIALS),
  };
  lib.haier = {
    ...haier,
    credentials: defaults(haierCredentials.CLIENT_CREDENTIALS),
    defaults: haier.HAIER_DEFAULT_HEADERS,
    sequence: haierSequence(haier),
  };
  lib.meari = { ...meari, credentials: defaults(meariCredentials.CREDENTIALS) };
  lib.quectel = {
    ...quectel,
    credentials: defaults(quectelCredentials.CREDENTIALS),
    random: clock.secureRandomString,
  };

  const needsTokens = transactions.some((t) => {
    try {
      return identify(t).vendor === "quectel";
    } catch {
      return false;
    }
  });
  if (!needsTokens) return;
  if (!QUECTEL_URL) {
    lib.quectel.tokenError = "no Quectel sandbox URL (iotdockQuectelUrl / IOTDOCK_DREDD_QUECTEL_URL)";
    return;
  }
  // Tokens are state in the sandbox: log in (with the built client) for two pairs, one for
  // userDeviceList and userLogout, one for refreshToken (which ends the pair it refreshes).
  try {
    const client = quectel.createQuectelClient({
      baseUrl: QUECTEL_URL,
      userDomain: lib.quectel.credentials.userDomain,
      userDomainSecret: lib.quectel.credentials.userDomainSecret,
    });
    // The spec's example phone number; the sandbox takes any phone with a password that decrypts.
    const login = () =>
      client.login({ phone: "17132136550", internationalCode: "86", password: QUECTEL_PASSWORD });
    const forList = await login();
    const forRefresh = await login();
    lib.quectel.tokens = {
      listAccessToken: forList.accessToken.token,
      logoutAccessToken: forList.accessToken.token,
      refreshToken: forRefresh.refreshToken.token,
    };
  } catch (error) {
    // Only the operations that need a token fail (with this reason); the others still run.
    lib.quectel.tokenError = `login to ${QUECTEL_URL} failed: ${error.message}`;
  }
}

hooks.beforeAll((transactions, done) => {
  setup(transactions).then(
    () => done(),
    (error) => {
      setupError = error;
      done();
    },
  );
});

hooks.beforeEach((transaction) => {
  const note = { name: transaction.name };
  notes.set(transaction, note);
  try {
    if (setupError) throw new Error(`hooks setup failed: ${setupError.message}`);
    const id = identify(transaction);
    Object.assign(note, { vendor: id.vendor, operationId: id.operationId });
    // Only 2xx answers can be produced by a valid request; Dredd would send the same valid request
    // for a documented error status and then fail. (No spec documents one today.)
    const status = Number(transaction.expected.statusCode);
    if (!(status >= 200 && status < 300)) {
      transaction.skip = true;
      note.skipped = `HTTP ${transaction.expected.statusCode} is an error answer; a valid request cannot produce it`;
      return;
    }
    sign[id.vendor](transaction, id);
    note.signed = true;
  } catch (error) {
    transaction.fail = error.message;
    note.error = error.message;
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
  if (!note.vendor) return;
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
      specs[note.vendor],
      transaction.request.method,
      splitUri(transaction.request.uri)[0],
    );
    const contentType = expected?.[1];
    transaction.expected.bodySchema = responseSchema(
      specs[note.vendor],
      found,
      transaction.expected.statusCode,
      contentType,
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
  // allows every error code. A passing transaction must be the vendor's success. The code is
  // compared as text on purpose: whether its JSON type is right is the schema's job.
  if (note.vendor && !transaction.skip && transaction.real) {
    let body;
    try {
      body = JSON.parse(transaction.real.body ?? "");
    } catch {
      body = undefined;
    }
    const [field, success] = SUCCESS[note.vendor];
    note.envelope = body && typeof body === "object" ? body[field] : undefined;
    if (transaction.test?.valid && !success.some((code) => String(code) === String(note.envelope))) {
      transaction.fail = `${note.vendor} answered ${field} ${JSON.stringify(note.envelope)}, not ${success.join(" or ")}: ${JSON.stringify(body).slice(0, 300)}`;
    }
  }
  note.valid = transaction.test?.valid ?? null;
  // What gavel found, by field (headers, body, statusCode), for the test's assertions.
  note.errors = Object.entries(transaction.results?.fields ?? {}).flatMap(([field, result]) =>
    (result.errors ?? []).map((e) => `${field}: ${e.message}`),
  );
  // Dredd turns a before hook's `fail` message into `true`; the message is in the note.
  note.fail = typeof transaction.fail === "string" ? transaction.fail : note.error;
  if (typeof RECORD === "function") RECORD(note);
  else if (RECORD) appendFileSync(RECORD, `${JSON.stringify(note)}\n`);
});
