export {
  CountryMismatchError,
  createMeariClient,
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
export { vendor as meariVendor } from "./vendor.js";
export * from "./sign.js";
