export {
  createQuectelClient,
  type DevicePage,
  type QuectelClient,
  type QuectelClientOptions,
  type QuectelFlows,
  type QuectelUser,
  quectelSigningMiddleware,
  SmsCodeType,
  type TokenPair,
} from "./client.js";
export { decryptPassword, encryptPassword, PasswordDecryptError, passwordKey } from "./password.js";
export * from "./sign.js";
export { vendor as quectelVendor } from "./vendor.js";
