import { answerOf, captured } from "../../contract/answer.js";
import type { VendorContract } from "../../contract/types.js";
import type { CredentialVariable } from "../../sandbox/types.js";
import { createGwellClient } from "./client.js";
import { CREDENTIALS } from "./credentials.js";

const TEST = {
  unionId: {
    variable: "GWELL_TEST_UNION_ID",
    description: "a test account's id in your account system (unionId)",
    default: "0001",
    secret: false,
  },
  uniqueId: {
    variable: "GWELL_TEST_UNIQUE_ID",
    description: "a terminal id for the test login (uniqueId)",
    default: "iotdock-contract",
    secret: false,
  },
  regRegion: {
    variable: "GWELL_TEST_REG_REGION",
    description: "the test account's country",
    default: "CN",
    secret: false,
  },
  sn: {
    variable: "GWELL_TEST_SN",
    description: "serial number of a device of that account",
    default: "876xxxxxxx347",
    secret: false,
  },
} as const satisfies Record<string, CredentialVariable>;

export const contract: VendorContract = {
  vendor: "gwell",
  baseUrlVariable: "GWELL_BASE_URL",
  variables: [...Object.values(CREDENTIALS), ...Object.values(TEST)],
  cases({ baseUrl, values }) {
    const v = (c: CredentialVariable) => values[c.variable] ?? "";
    const client = () =>
      createGwellClient({
        baseUrl,
        appId: v(CREDENTIALS.appId),
        appToken: v(CREDENTIALS.appToken),
        appKey: v(CREDENTIALS.appKey),
      });
    const input = { unionId: v(TEST.unionId), uniqueId: v(TEST.uniqueId), regRegion: v(TEST.regRegion) };
    const accessId = (state: Record<string, unknown>) => state.accessId as string | undefined;
    return [
      {
        operation: "thirdCustLogin",
        name: "valid login",
        expect: "success",
        run: (state) => {
          const c = client();
          return captured(c, async () => {
            state.accessId = (await c.login(input)).accessId;
          });
        },
      },
      {
        operation: "devList",
        name: "the devices of the logged-in user",
        expect: "success",
        run: async (state) => {
          const id = accessId(state);
          if (!id) return { skip: "no accessId: the login failed" };
          return answerOf(
            await client().POST("/openapi/custCloud/oss/devList", { body: { accessId: id } as never }),
          );
        },
      },
      {
        operation: "devInfo",
        name: "one device by serial number",
        expect: "success",
        run: async (state) => {
          const id = accessId(state);
          if (!id) return { skip: "no accessId: the login failed" };
          return answerOf(
            await client().POST("/openapi/custCloud/oss/devInfo", {
              body: { accessId: id, sn: v(TEST.sn) } as never,
            }),
          );
        },
      },
    ];
  },
};
