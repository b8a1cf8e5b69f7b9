// Each vendor's signature function against the raw node:crypto calls it makes, from the same
// inputs: the raw side builds the same string to sign inline, by the vendor's rule in the plainest
// code (a template; the names sorted and joined; Haier's normalisation as trim and replace), and hashes it with the cheapest node:crypto calls (one-shot
// `crypto.hash`; HMAC from two of them over pads prepared once). That is what calling node:crypto
// yourself costs; the ratio is what the signer's own code adds. Two figures for reference: the
// signer against hashing alone (strings to sign built before timing: the floor, since any signer
// must build its string), and against createHash/createHmac, what a plain implementation calls.

import * as crypto from "node:crypto";
import { gwellSignature } from "../dist/vendors/gwell/index.js";
import { haierSign, haierStringToSign } from "../dist/vendors/haier/index.js";
import { meariSignature, meariStringToSign } from "../dist/vendors/meari/index.js";
import {
  loginSignature,
  loginStringToSign,
  smsSignature,
  smsStringToSign,
} from "../dist/vendors/quectel/index.js";

const N = 1024;
const SECRET = "57Fk69oYgbs2aWWN362NtZwYB2RqKNqQ7yZESnF5VM22";
const KEY = "example-app-key";
const inputs = (make) => Array.from({ length: N }, (_, i) => make(i));
// The one-shot digest where Node has it, as the signers use it (src/core/signing.ts `digest`).
const sha256 = crypto.hash
  ? (text) => crypto.hash("sha256", text, "hex")
  : (text) => crypto.createHash("sha256").update(text).digest("hex");
// HMAC-SHA1 as RFC 2104 defines it, from two one-shot digests over pads prepared once per key:
// the node:crypto calls the signers make (src/core/sign-steps.ts `hmac`), here written out.
const pads = new Map();
function padsOf(key) {
  if (!pads.has(key)) {
    const inner = Buffer.alloc(64);
    const outer = Buffer.alloc(84);
    Buffer.from(key).copy(inner);
    for (let i = 0; i < 64; i++) {
      outer[i] = inner[i] ^ 0x5c;
      inner[i] ^= 0x36;
    }
    pads.set(key, { ipad: inner.toString("latin1"), outer });
  }
  return pads.get(key);
}
const hmacSha1 = crypto.hash
  ? (key, text) => {
      const p = padsOf(key);
      crypto.hash("sha1", p.ipad + text, "buffer").copy(p.outer, 64);
      return crypto.hash("sha1", p.outer, "base64");
    }
  : (key, text) => crypto.createHmac("sha1", key).update(text, "utf8").digest("base64");
// The calls a plain implementation makes, for the detail column: createHash and createHmac.
const plainSha256 = (text) => crypto.createHash("sha256").update(text, "utf8").digest("hex");
const plainHmacSha1 = (key, text) => crypto.createHmac("sha1", key).update(text, "utf8").digest("base64");

/** Per vendor: the signature function over structured inputs, and the raw calls over prepared ones. */
export function signerCases() {
  const gwell = inputs((i) => ({
    method: "POST",
    host: "localhost:12042",
    body: `{"uniqueId":"t-${i}","unionId":"0001","regRegion":"CN","appId":"a","appToken":"t"}`,
    accessId: "0000175a370efbbe852dc1cd1b0b877e",
    nonce: String(i + 1),
    timestamp: String(1696757960 + i),
  }));
  const gwellParts = gwell.map((g) => [
    `Host:${g.host}\nPayload:`,
    `\nX-IotVideo-AccessID:${g.accessId}\nX-IotVideo-Nonce:${g.nonce}\nX-IotVideo-Timestamp:${g.timestamp}`,
  ]);
  const haier = inputs((i) => ({
    path: "/uaccount/v1/security/thirdpartUserLogin",
    body: `{"code":"code-${i}"}`,
    appId: "MB-TEST-0000",
    timestamp: String(1533882163013 + i),
  }));
  const haierText = haier.map((h) => haierStringToSign(h, KEY));
  const meari = inputs((i) => ({
    countryCode: "US",
    partnerKey: "example-partner-key",
    signatureMethod: "HMAC-SHA1",
    signatureNonce: String(1e12 + i),
    signatureVersion: "1.0",
    sourceApp: "8",
    timestamp: String(1700000000000 + i),
    userAccount: `user-${i}`,
  }));
  const meariText = meari.map((m) => meariStringToSign(m));
  const sms = inputs((i) => ({
    phone: "17132136550",
    codeType: 3,
    random: "76a6L647F02CAoN9",
    ts: 1744773894369 + i,
  }));
  const smsText = sms.map((s) => smsStringToSign(s) + SECRET);
  const login = inputs((i) => ({
    internationalCode: "86",
    phone: `1713213${i}`,
    pwd: "KbbO5AsWloh9gulLei6NhQ==",
    random: "abcdef",
  }));
  const loginText = login.map((l) => loginStringToSign(l) + SECRET);
  const sorted = (record) => {
    let text = "";
    for (const name of Object.keys(record).sort()) text += `${text ? "&" : ""}${name}=${record[name]}`;
    return text;
  };
  return {
    "gwell (sha256 + hmac-sha1)": {
      signer: (i) => gwellSignature(gwell[i], KEY),
      raw: (i) => {
        const g = gwell[i];
        return hmacSha1(
          KEY,
          `Host:${g.host}\nPayload:${sha256(g.body)}\nX-IotVideo-AccessID:${g.accessId}\nX-IotVideo-Nonce:${g.nonce}\nX-IotVideo-Timestamp:${g.timestamp}`,
        );
      },
      hashOnly: (i) => hmacSha1(KEY, gwellParts[i][0] + sha256(gwell[i].body) + gwellParts[i][1]),
      plain: (i) => plainHmacSha1(KEY, gwellParts[i][0] + plainSha256(gwell[i].body) + gwellParts[i][1]),
    },
    "haier (sha256)": {
      signer: (i) => haierSign(haier[i], KEY),
      // Haier's rule: the body trimmed and stripped of spaces, tabs, CR and LF; the key trimmed and
      // stripped of quotes (the reference code's normalisation, in its plainest form).
      raw: (i) => {
        const h = haier[i];
        const body = h.body.trim().replace(/[ \t\r\n]/g, "");
        return sha256(`${h.path}${body}${h.appId}${KEY.trim().replaceAll('"', "")}${h.timestamp}`);
      },
      hashOnly: (i) => sha256(haierText[i]),
      plain: (i) => plainSha256(haierText[i]),
    },
    "meari (hmac-sha1)": {
      signer: (i) => meariSignature(meari[i], "example-partner-secret"),
      raw: (i) => hmacSha1("example-partner-secret", sorted(meari[i])),
      hashOnly: (i) => hmacSha1("example-partner-secret", meariText[i]),
      plain: (i) => plainHmacSha1("example-partner-secret", meariText[i]),
    },
    "quectel sms (sha256)": {
      signer: (i) => smsSignature(sms[i], SECRET),
      raw: (i) => {
        const q = sms[i];
        return sha256(`${q.phone}${q.codeType}${q.random}${q.ts}${SECRET}`);
      },
      hashOnly: (i) => sha256(smsText[i]),
      plain: (i) => plainSha256(smsText[i]),
    },
    "quectel login (sha256)": {
      signer: (i) => loginSignature(login[i], SECRET),
      raw: (i) => {
        const q = login[i];
        return sha256(`${q.internationalCode}${q.phone}${q.pwd}${q.random}${SECRET}`);
      },
      hashOnly: (i) => sha256(loginText[i]),
      plain: (i) => plainSha256(loginText[i]),
    },
  };
}

/** Calls per second of `fn` over about `ms` milliseconds. */
function perSecond(fn, ms) {
  let n = 0;
  const start = performance.now();
  const end = start + ms;
  let now = start;
  while (now < end) {
    for (let i = 0; i < N; i++) fn(i);
    n += N;
    now = performance.now();
  }
  return (n * 1000) / (now - start);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Signer ÷ raw calls per second, per vendor: the median of `rounds` interleaved rounds. */
export function signerRatios({ rounds = 7, ms = 150 } = {}) {
  const out = {};
  for (const [name, c] of Object.entries(signerCases())) {
    // Same hashing: the raw calls give the signer's signature for every input.
    for (let i = 0; i < N; i++)
      if (c.signer(i) !== c.raw(i) || c.raw(i) !== c.hashOnly(i) || c.raw(i) !== c.plain(i))
        throw new Error(`${name}: raw differs at ${i}`);
    perSecond(c.signer, 50);
    perSecond(c.raw, 50);
    const signer = [];
    const raw = [];
    for (let r = 0; r < rounds; r++) {
      if (r % 2) {
        raw.push(perSecond(c.raw, ms));
        signer.push(perSecond(c.signer, ms));
      } else {
        signer.push(perSecond(c.signer, ms));
        raw.push(perSecond(c.raw, ms));
      }
    }
    const ratios = signer.map((s, i) => s / raw[i]);
    const plainPerSecond = perSecond(c.plain, ms);
    const hashOnlyPerSecond = perSecond(c.hashOnly, ms);
    out[name] = {
      signerPerSecond: median(signer),
      rawPerSecond: median(raw),
      ratio: median(ratios),
      plainPerSecond,
      ratioToPlain: median(signer) / plainPerSecond,
      ratioToHashOnly: median(signer) / hashOnlyPerSecond,
    };
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [name, r] of Object.entries(signerRatios()))
    console.log(
      name.padEnd(28),
      Math.round(r.signerPerSecond),
      Math.round(r.rawPerSecond),
      r.ratio.toFixed(3),
    );
}
