export * from "./alarm.js";
export {
  CountryMismatchError,
  createMeariClient,
  type IotSetInput,
  type LoginInput,
  type LoginResult,
  type MeariClient,
  type MeariClientOptions,
  type MeariFlows,
  type MeariPaths,
  type MeariRegion,
  meariSigningMiddleware,
  type PasswordUpdateInput,
  type RedirectResult,
} from "./client.js";
export * from "./commands.js";
export * from "./sign.js";
export { vendor as meariVendor } from "./vendor.js";
