import { captured } from "../../contract/answer.js";
import type { VendorContract } from "../../contract/types.js";
import type { CredentialVariable } from "../../sandbox/types.js";
import { createMeariClient, type MeariRegion } from "./client.js";
import { CREDENTIALS } from "./credentials.js";

const TEST = {
  userAccount: {
    variable: "MEARI_TEST_USER_ACCOUNT",
    description: "a test user's account (the first login creates it)",
    default: "iotdock-contract",
    secret: false,
  },
  countryCode: {
    variable: "MEARI_TEST_COUNTRY_CODE",
    description: "its country code",
    default: "US",
    secret: false,
  },
  phoneCode: {
    variable: "MEARI_TEST_PHONE_CODE",
    description: "its dialling code",
    default: "1",
    secret: false,
  },
} as const satisfies Record<string, CredentialVariable>;

export const contract: VendorContract = {
  vendor: "meari",
  baseUrlVariable: "MEARI_BASE_URL",
  variables: [...Object.values(CREDENTIALS), ...Object.values(TEST)],
  cases({ baseUrl, values }) {
    const v = (c: CredentialVariable) => values[c.variable] ?? "";
    const client = (partnerSecret = v(CREDENTIALS.partnerSecret)) =>
      createMeariClient({
        baseUrl,
        partnerKey: v(CREDENTIALS.partnerKey),
        partnerSecret,
        sourceApp: v(CREDENTIALS.sourceApp),
      });
    const countryCode = v(TEST.countryCode);
    const user = { userAccount: v(TEST.userAccount), lngType: "en", phoneType: "a" as const };
    const region = (state: Record<string, unknown>) => state.region as MeariRegion | undefined;
    return [
      {
        operation: "redirect",
        name: `region server for ${countryCode}`,
        expect: "success",
        run: (state) => {
          const c = client();
          return captured(c, async () => {
            state.region = await c.region(countryCode);
          });
        },
      },
      {
        operation: "login",
        name: "on the region server, same countryCode",
        expect: "success",
        run: async (state) => {
          const r = region(state);
          if (!r) return { skip: "no region: redirect failed" };
          const c = client();
          return captured(c, () =>
            c.login({ ...user, countryCode, phoneCode: v(TEST.phoneCode) }, { region: r }),
          );
        },
      },
      {
        operation: "passwordUpdate",
        name: "for the test user",
        writes: true,
        expect: "success",
        run: async (state) => {
          const r = region(state);
          if (!r) return { skip: "no region: redirect failed" };
          const c = client();
          return captured(c, () => c.passwordUpdate(user, { region: r }));
        },
      },
    ];
  },
};
