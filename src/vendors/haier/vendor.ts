import type { VendorDefinition } from "../../core/vendor.js";
import { CALLBACK_CREDENTIALS, CLIENT_CREDENTIALS } from "./credentials.js";
import { createHaierSigner } from "./sign.js";

export const vendor: VendorDefinition = {
  name: "haier",
  portOffset: 2,
  apis: [{ name: "haier", root: "specs/haier.yaml" }],
  callbacks: [{ name: "haier-callback", root: "specs/haier-callback.yaml" }],
  credentials: { ...CLIENT_CREDENTIALS, ...CALLBACK_CREDENTIALS },
  createSigner: (env) => createHaierSigner(env),
};
