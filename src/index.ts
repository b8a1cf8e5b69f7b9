export type { Clock, RandomString } from "./core/clock.js";
export { ConfigError, IotdockError, TimeoutError, TransportError, VendorError } from "./core/errors.js";
export { Secret } from "./core/secret.js";
