import { answerOf, captured } from "../../contract/answer.js";
import type { ContractTarget, VendorContract } from "../../contract/types.js";
import type { CredentialVariable } from "../../sandbox/types.js";
import { createQuectelClient, type TokenPair } from "./client.js";
import { CREDENTIALS } from "./credentials.js";
import { createQuectelSaasClient } from "./saas-client.js";

const TEST = {
  phone: {
    variable: "QUECTEL_TEST_PHONE",
    description: "phone number of a test user (the sandbox registers it at its first login)",
    default: "17100000001",
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

const clientOf = ({ baseUrl, values }: ContractTarget) =>
  createQuectelClient({
    baseUrl,
    userDomain: values[CREDENTIALS.userDomain.variable] ?? "",
    userDomainSecret: values[CREDENTIALS.userDomainSecret.variable] ?? "",
  });

const testUser = ({ values }: ContractTarget) => ({
  phone: values[TEST.phone.variable] ?? "",
  password: values[TEST.password.variable] ?? "",
  internationalCode: values[TEST.internationalCode.variable] ?? "",
});

export const contract: VendorContract = {
  vendor: "quectel",
  baseUrlVariable: "QUECTEL_BASE_URL",
  variables: [...Object.values(CREDENTIALS), ...Object.values(TEST)],
  async session(target, api) {
    if (api === "quectel-saas") {
      // The SaaS API's token is the application's own (AccessKey login); its refresh takes the same token.
      const token = await createQuectelSaasClient({
        baseUrl: target.baseUrl,
        accessKey: target.values[CREDENTIALS.accessKey.variable] ?? "",
        accessSecret: target.values[CREDENTIALS.accessSecret.variable] ?? "",
      }).token();
      return { accessToken: token, refreshToken: token };
    }
    const pair = await clientOf(target).login(testUser(target));
    return { accessToken: pair.accessToken.token, refreshToken: pair.refreshToken.token };
  },
  cases(target) {
    const client = () => clientOf(target);
    const login = testUser(target);
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
        operation: "userDeviceList",
        name: "with the access token from the login",
        expect: "success",
        run: async (state) => {
          const t = tokens(state);
          return t ? answerOf(await list(t.accessToken.token)) : { skip: "no token: the login failed" };
        },
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
