export {
  createGwellClient,
  type GwellClient,
  type GwellClientOptions,
  type GwellExpand,
  type GwellFlows,
  type GwellPaths,
  gwellSigningMiddleware,
  parseExpand,
  type ThirdCustLoginData,
  type ThirdCustLoginInput,
} from "./client.js";
export * from "./sign.js";
export { vendor as gwellVendor } from "./vendor.js";
