export { type DeviceRef, EmailCodeType, type QuectelAppFlows } from "./app-flows.js";
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
export type { BodyOf, Call, CallInput, DataOf, OperationId, QueryOf } from "./operations.js";
export { decryptPassword, encryptPassword, PasswordDecryptError, passwordKey } from "./password.js";
export * from "./sign.js";
export { vendor as quectelVendor } from "./vendor.js";
