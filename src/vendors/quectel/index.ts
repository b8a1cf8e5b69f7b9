export type { CallInput, OperationId } from "../../core/call.js";
export type { BodyOf, Call, DataOf, QueryOf } from "./app-flows.js";
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
export {
  createQuectelConsumer,
  type Delivery,
  type QuectelConsumer,
  type QuectelConsumerOptions,
} from "./consumer.js";
export {
  MessageFormatError,
  messageSchemaOf,
  parseQuectelMessage,
  type QuectelMessage,
  type QuectelMessageOf,
  type QuectelMessageType,
} from "./messages.js";
export { decryptPassword, encryptPassword, PasswordDecryptError, passwordKey } from "./password.js";
export {
  createQuectelSaasClient,
  type QuectelSaasClient,
  type QuectelSaasClientOptions,
  SAAS_TOKEN_LIFETIME_S,
  type SaasCall,
  type SaasToken,
  type TokenAnswer,
} from "./saas-client.js";
export { type DownlinkOptions, type QuectelSaasFlows, SaasMsgType, type TslValue } from "./saas-flows.js";
export * from "./saas-sign.js";
export * from "./sign.js";
export { vendor as quectelVendor } from "./vendor.js";
