export {
  createQuectelClient,
  type DevicePage,
  type QuectelClient,
  type QuectelClientOptions,
  type QuectelFlows,
  quectelSigningMiddleware,
  SmsCodeType,
  type TokenPair,
} from "./client.js";
export { OPERATIONS as QUECTEL_OPERATIONS } from "./operations.js";
export { decryptPassword, encryptPassword, PasswordDecryptError, passwordKey } from "./password.js";
export * from "./sign.js";
