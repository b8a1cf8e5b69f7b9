export { specValidator } from "../../src/contract/spec.js";
