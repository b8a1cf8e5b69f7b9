import { asObject, withData } from "../../../sandbox/shape.js";
import type { Accounts } from "./accounts.js";
import { type Behaviour, type Call, refuse, userOf } from "./call.js";

/**
 * End users (`x-iotdock-state` code.send, account.*, user.*): codes sent to the outbox, registration
 * with such a code, logins by phone or e-mail, the profile. Phone and e-mail differ as the pages do:
 * the first login of an unknown phone registers it (a sandbox convenience kept from the seed flows;
 * the README says so), an unknown e-mail is `5031`; a wrong e-mail password counts down `5586`…`5583`
 * and then freezes the account for 20 minutes (`5147`), a wrong phone password is `5028`.
 */

/** `codeType` 3 and `emailType` 1: a registration code. */
const REGISTER_PURPOSE = { sms: 3, email: 1 } as const;

/** The account key and the outbox address of the request's phone or e-mail. */
function who(call: Call): { key: string; to: string; channel: "sms" | "email" } {
  const email = call.value("email");
  if (email !== undefined)
    return { key: `email:${email.toLowerCase()}`, to: email.toLowerCase(), channel: "email" };
  const code = call.value("internationalCode") ?? "86";
  const phone = call.value("phone") ?? "";
  return { key: `phone:${code}:${phone}`, to: `${code} ${phone}`, channel: "sms" };
}

/** `5583`…`5586`: wrong e-mail or password, N attempts left. */
const attemptsLeftCode = (left: number) => 5582 + left;

export function accountBehaviours(accounts: Accounts): Record<string, Behaviour> {
  return {
    "code.send": (call) => {
      const { to, channel } = who(call);
      const purpose = Number(call.value(channel === "email" ? "emailType" : "codeType"));
      accounts.send(channel, to, purpose, call.now);
      return undefined;
    },
    "account.register": (call) => {
      const { key, to, channel } = who(call);
      if (accounts.get(key)) return refuse(call, channel === "email" ? [5039] : [5002], "already registered");
      const code = call.value(channel === "email" ? "code" : "smsCode") ?? "";
      if (!accounts.consume(channel, to, REGISTER_PURPOSE[channel], code, call.now))
        return refuse(
          call,
          channel === "email" ? [5046] : [5037],
          "not the last registration code sent there in the last 5 minutes (GET /_iotdock/outbox)",
        );
      const account = accounts.create(
        key,
        call.password,
        channel === "email" ? { email: to } : { phone: call.value("phone") },
      );
      // phonePwdRegister answers `{uid}`, emailPwdRegister the uid itself.
      const data = (call.example as { data?: unknown } | undefined)?.data;
      const answer =
        typeof data === "string"
          ? withData(call.example, account.uid)
          : asObject(call.example, { uid: account.uid });
      return { answer, uid: account.uid };
    },
    "account.login": (call) => {
      const { key, channel } = who(call);
      let account = accounts.get(key);
      if (!account) {
        if (channel === "email") return refuse(call, [5031], "e-mail not registered");
        account = accounts.create(key, call.password, { phone: call.value("phone") });
      }
      const verdict = accounts.check(account, call.password, call.now);
      if (verdict === "frozen")
        return refuse(call, [5147], "too many wrong passwords: frozen for 20 minutes");
      if (verdict === "wrong") {
        if (channel === "sms") return refuse(call, [5028], "wrong password");
        return refuse(call, [attemptsLeftCode(5 - account.failures)], "wrong password");
      }
      return { answer: call.example, uid: account.uid };
    },
    /**
     * A third-party or one-tap login: the sandbox cannot ask WeChat, Apple or China Mobile who the
     * user is, so the values the login is signed over (or its first query value) name the account;
     * the first login creates it, later ones with the same values log into it.
     */
    "account.external": (call) => {
      const names = call.op.auth.sha256?.fields ?? Object.keys(call.query).slice(0, 1);
      const key = `${call.op.operationId}:${names.map((n) => call.value(n) ?? "").join("\u0000")}`;
      const account = accounts.get(key) ?? accounts.create(key, "", {});
      return { answer: call.example, uid: account.uid };
    },
    "user.info": (call) => {
      const uid = userOf(call);
      const account = accounts.ofUid(uid);
      return { answer: asObject(call.example, { uid, ...(account?.profile ?? {}) }) };
    },
    "user.update": (call) => {
      const account = accounts.ofUid(userOf(call));
      if (!account) return undefined;
      for (const field of [
        "nikeName",
        "address",
        "sex",
        "signature",
        "headimg",
        "lang",
        "nationality",
        "timezone",
      ]) {
        const value = call.value(field);
        if (value !== undefined) account.profile[field] = value;
      }
      return undefined;
    },
    "account.delete": (call) => {
      accounts.remove(userOf(call));
      return undefined;
    },
  };
}
