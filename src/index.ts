export type { Clock, RandomString } from "./core/clock.js";
export {
  AbortedError,
  AuthenticationError,
  ConfigError,
  InvalidTokenError,
  IotdockError,
  TimeoutError,
  TransportError,
  VendorError,
} from "./core/errors.js";
export type {
  ApiFacts,
  CodeKind,
  OperationAuth,
  OperationFacts,
} from "./core/facts.js";
export { type SandboxCredentials, sandboxCredentials } from "./core/sandbox-credentials.js";
export { Secret } from "./core/secret.js";
export {
  type Credentials,
  prepareRequest,
  type RequestParts,
  type Sign,
  signingMiddleware,
} from "./core/signing.js";
export {
  createRedisTokenStore,
  memoryTokenStore,
  type RedisLike,
  type StoredToken,
  type TokenStore,
} from "./core/tokens.js";
export type { RetryOptions } from "./core/transport.js";
export type { VendorDefinition } from "./core/vendor.js";
