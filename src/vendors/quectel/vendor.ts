import type { VendorDefinition } from "../../core/vendor.js";
import { CREDENTIALS } from "./credentials.js";
import { encryptPassword } from "./password.js";
import { createQuectelSigner, RANDOM_LENGTH } from "./sign.js";

export const vendor: VendorDefinition = {
  name: "quectel",
  portOffset: 4,
  apis: [
    { name: "quectel", root: "specs/quectel.yaml" },
    { name: "quectel-saas", root: "specs/quectel-saas.yaml" },
  ],
  callbacks: [],
  credentials: CREDENTIALS,
  createSigner: (env) => createQuectelSigner(env),
  password: { encrypt: encryptPassword, randomLength: RANDOM_LENGTH },
};
