export {
  createQuectelClient,
  type DevicePage,
  INVALID_TOKEN_CODE as QUECTEL_INVALID_TOKEN_CODE,
  type QuectelClient,
  type QuectelClientOptions,
  type QuectelFlows,
  type QuectelUser,
  quectelSigningMiddleware,
  SmsCodeType,
  type TokenPair,
} from "./client.js";
export { OPERATIONS as QUECTEL_OPERATIONS } from "./operations.js";
export { decryptPassword, encryptPassword, PasswordDecryptError, passwordKey } from "./password.js";
export * from "./sign.js";
