import type { VendorDefinition } from "../../core/vendor.js";
import { CREDENTIALS } from "./credentials.js";
import { createGwellSigner } from "./sign.js";

export const vendor: VendorDefinition = {
  name: "gwell",
  portOffset: 1,
  apis: [{ name: "gwell", root: "specs/gwell.yaml" }],
  callbacks: [],
  credentials: CREDENTIALS,
  createSigner: (env) => createGwellSigner(env),
};
