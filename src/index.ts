export type { Clock, RandomString } from "./core/clock.js";
export { ConfigError, IotdockError, TimeoutError, TransportError, VendorError } from "./core/errors.js";
export { Secret } from "./core/secret.js";
export {
  createRedisTokenStore,
  memoryTokenStore,
  type RedisLike,
  type StoredToken,
  type TokenStore,
} from "./core/tokens.js";
export type { RetryOptions } from "./core/transport.js";
