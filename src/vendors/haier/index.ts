export {
  CALLBACK_CODES,
  createHaierCallbackHandler,
  type HaierCallbackHandler,
  type HaierCallbackOptions,
  type VerifyCodeAnswer,
} from "./callback.js";
export {
  createHaierClient,
  DEFAULT_HEADERS as HAIER_DEFAULT_HEADERS,
  type HaierClient,
  type HaierClientOptions,
  type HaierFlows,
  type HaierLogin,
  type HaierSession,
  haierSigningMiddleware,
  type ThirdpartUserLoginResponse,
} from "./client.js";
export {
  createHaierCommandResultHandler,
  type HaierCommandResultOptions,
  type HaierCommandResults,
} from "./command-results.js";
export type { BatchCommand, HaierBatchResult, HaierCall, HaierDeviceFlows } from "./flows.js";
export * from "./sign.js";
export { vendor as haierVendor } from "./vendor.js";
