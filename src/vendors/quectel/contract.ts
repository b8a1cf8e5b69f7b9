import { answerOf, captured } from "../../contract/answer.js";
import type { VendorContract } from "../../contract/types.js";
import type { CredentialVariable } from "../../sandbox/types.js";
import { createQuectelClient, type TokenPair } from "./client.js";
import { CREDENTIALS } from "./credentials.js";
import { readQuectelEnvelope } from "./operations.js";

const TEST = {
  phone: {
    variable: "QUECTEL_TEST_PHONE",
    description: "phone number of a test user",
    default: "17132136550",
    secret: false,
  },
  password: {
    variable: "QUECTEL_TEST_PASSWORD",
    description: "that user's password",
    default: "china1234",
    secret: true,
  },
  internationalCode: {
    variable: "QUECTEL_TEST_INTERNATIONAL_CODE",
    description: "that user's international dialling code",
    default: "86",
    secret: false,
  },
} as const satisfies Record<string, CredentialVariable>;

const LIST = "/v2/binding/enduserapi/userDeviceList";

export const contract: VendorContract = {
  vendor: "quectel",
  specFile: "quectel.yaml",
  read: readQuectelEnvelope,
  baseUrlVariable: "QUECTEL_BASE_URL",
  variables: [...Object.values(CREDENTIALS), ...Object.values(TEST)],
  cases({ baseUrl, values }) {
    const client = (secret = values[CREDENTIALS.userDomainSecret.variable] ?? "") =>
      createQuectelClient({
        baseUrl,
        userDomain: values[CREDENTIALS.userDomain.variable] ?? "",
        userDomainSecret: secret,
      });
    const login = {
      phone: values[TEST.phone.variable] ?? "",
      password: values[TEST.password.variable] ?? "",
      internationalCode: values[TEST.internationalCode.variable] ?? "",
    };
    const tokens = (state: Record<string, unknown>) => state.tokens as TokenPair | undefined;
    const list = (token: string) =>
      client().GET(LIST, { params: { query: { page: 1, pageSize: 10 } }, headers: { Authorization: token } });
    return [
      {
        operation: "phonePwdLogin",
        name: "valid login",
        expect: "success",
        run: (state) => {
          const c = client();
          return captured(c, async () => {
            state.tokens = await c.login(login);
          });
        },
      },
      {
        operation: "phonePwdLogin",
        name: "wrong userDomainSecret",
        expect: { codes: [5420] },
        run: () => {
          const c = client("not-the-secret");
          return captured(c, () => c.login(login));
        },
      },
      {
        operation: "userDeviceList",
        name: "with the access token from the login",
        expect: "success",
        run: async (state) => {
          const t = tokens(state);
          return t ? answerOf(await list(t.accessToken.token)) : { skip: "no token: the login failed" };
        },
      },
      {
        operation: "userDeviceList",
        name: "with a token the vendor never issued",
        expect: { codes: [5032] },
        run: async () => answerOf(await list("Bearer iotdock-contract-not-a-token")),
      },
      {
        operation: "refreshToken",
        name: "with the refresh token from the login",
        expect: "success",
        run: async (state) => {
          const t = tokens(state);
          if (!t) return { skip: "no token: the login failed" };
          const result = await client().PUT("/v2/enduser/enduserapi/refreshToken", {
            params: { query: { refreshToken: t.refreshToken.token } },
          });
          const data = (result.data as { data?: TokenPair } | undefined)?.data;
          if (data?.accessToken) state.tokens = data;
          return answerOf(result);
        },
      },
      {
        operation: "userLogout",
        name: "with the current access token",
        writes: true,
        expect: "success",
        run: async (state) => {
          const t = tokens(state);
          if (!t) return { skip: "no token: the login failed" };
          return answerOf(
            await client().DELETE("/v2/enduser/enduserapi/userLogout", {
              headers: { Authorization: t.accessToken.token },
            }),
          );
        },
      },
      {
        operation: "userDeviceList",
        name: "with the access token after logout",
        writes: true,
        expect: { codes: [5032] },
        run: async (state) => {
          const t = tokens(state);
          return t ? answerOf(await list(t.accessToken.token)) : { skip: "no token: the login failed" };
        },
      },
    ];
  },
};
