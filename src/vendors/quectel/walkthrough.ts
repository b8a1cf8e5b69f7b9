import type { VendorWalkthrough } from "../../portal/types.js";

interface SignVector {
  name: string;
  source: string;
  input: Record<string, string | number>;
  userDomainSecret: string;
  stringToSign: string;
  signature: string;
}
interface SaasVector {
  name: string;
  source: string;
  accessKey: string;
  accessSecret: string;
  timestampMs: number;
  username: string;
  usernameEncoded: string;
  password: string;
}
interface PasswordVector {
  name: string;
  source: string;
  plaintext: string;
  random: string;
  key: string;
  iv: string;
  ciphertext: string;
}

/** An input by name; `a|b`: a when given, else b (deviceBindingByPureBt's binding code). */
const inputOf = (v: SignVector, name: string) =>
  name
    .split("|")
    .map((n) => v.input[n])
    .find((value) => value !== undefined && value !== "") ?? "";

const sign = (operation: string, order: string[]) => (v: SignVector) => ({
  name: `${operation}: ${v.name}`,
  source: v.source,
  steps: [
    { label: "Inputs", value: order.map((k) => `${k} = ${inputOf(v, k)}`).join("\n") },
    { label: "userDomainSecret", value: v.userDomainSecret, note: "the vendor document's example secret" },
    {
      label: `String to sign = ${order.join(" + ")} + userDomainSecret`,
      value: `${v.stringToSign}${v.userDomainSecret}`,
    },
    { label: "signature = sha256hex(string to sign)", value: v.signature },
  ],
});

export const walkthrough: VendorWalkthrough = {
  vendor: "quectel",
  title: "Quectel: hex SHA-256 of concatenated parameters and the userDomainSecret; AES-128-CBC password",
  recipe: [
    "sendPhoneSmsCode: signature = sha256hex(phone + codeType + random + ts + userDomainSecret), ts in Unix milliseconds, random 16 characters.",
    "phonePwdLogin: signature = sha256hex(internationalCode + phone + pwd + random + userDomainSecret), pwd being the encrypted Base64 password.",
    "emailPwdLogin and the third-party logins (WeChat, Alipay, QQ, Apple, Facebook, Twitter): signature = sha256hex of the values each page names, in order, + userDomainSecret (x-iotdock-signing in the spec), e.g. email + pwd + random.",
    "deviceBindingByPureBt: signature = sha256hex(pk + dk + bindingCode + pwd + userDomainSecret), encryptedBindingCode in place of bindingCode when sent; in the JSON body, with the user's access token.",
    "Every other operation of the App API: the access token in Authorization (login's accessToken.token, already starting with Bearer); sendEmail, emailPwdRegister and userPwdReset only carry userDomain.",
    "Password: AES-128-CBC with PKCS5 padding; key = characters 8 to 24 of the upper-case hex MD5 of random; IV = the key's two halves swapped; Base64.",
    "SaaS API (server to server) accessKeyLogin, and the AMQP connection of the message queues: username = ver=1&auth_mode=accessKey&sign_method=sha256&access_key=<AccessKey>&timestamp=<ms> (percent-encoded in the query), password = sha256hex(username + AccessSecret); every other SaaS call sends the returned QJWT token in Authorization.",
  ],
  examples: (file) => {
    const f = file as {
      sms: SignVector[];
      login: SignVector[];
      fields: (SignVector & { operationId: string; recipe: string[] })[];
      password: PasswordVector[];
      saas: SaasVector[];
    };
    return [
      ...f.sms.map(sign("sendPhoneSmsCode", ["phone", "codeType", "random", "ts"])),
      ...f.login.map(sign("phonePwdLogin", ["internationalCode", "phone", "pwd", "random"])),
      ...f.fields.map((v) => sign(v.operationId, v.recipe)(v)),
      ...f.saas.map((v) => ({
        name: `accessKeyLogin (SaaS): ${v.name}`,
        source: v.source,
        steps: [
          { label: "AccessKey / timestamp (ms)", value: `${v.accessKey} / ${v.timestampMs}` },
          { label: "AccessSecret", value: v.accessSecret, note: "an example secret, never a real one" },
          { label: "username", value: v.username },
          { label: "username in the query (percent-encoded)", value: v.usernameEncoded },
          { label: "String to hash = username + AccessSecret", value: `${v.username}${v.accessSecret}` },
          { label: "password = sha256hex(string to hash)", value: v.password },
        ],
      })),
      ...f.password.map((v) => ({
        name: `password: ${v.name}`,
        source: v.source,
        steps: [
          { label: "Plaintext / random", value: `${v.plaintext} / ${v.random}` },
          { label: "key = md5hex(random).toUpperCase()[8:24]", value: v.key },
          { label: "iv = key[8:16] + key[0:8]", value: v.iv },
          { label: "pwd = Base64(AES-128-CBC(key, iv, plaintext))", value: v.ciphertext },
        ],
      })),
    ];
  },
};
