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
  INVALID_TOKEN_CODES as HAIER_INVALID_TOKEN_CODES,
  type ThirdpartUserLoginResponse,
} from "./client.js";
export { OPERATIONS as HAIER_OPERATIONS } from "./operations.js";
export * from "./sign.js";
