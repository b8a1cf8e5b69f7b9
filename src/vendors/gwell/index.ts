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
export { OPERATIONS as GWELL_OPERATIONS } from "./operations.js";
export * from "./sign.js";
