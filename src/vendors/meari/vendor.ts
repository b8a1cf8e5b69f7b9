import type { VendorDefinition } from "../../core/vendor.js";
import { CREDENTIALS } from "./credentials.js";
import { createMeariSigner } from "./sign.js";

export const vendor: VendorDefinition = {
  name: "meari",
  portOffset: 3,
  apis: [{ name: "meari", root: "specs/meari.yaml" }],
  callbacks: [],
  credentials: CREDENTIALS,
  createSigner: (env) => createMeariSigner(env),
};
