export {
  CountryMismatchError,
  createMeariClient,
  INVALID_TOKEN_CODE as MEARI_INVALID_TOKEN_CODE,
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
export { OPERATIONS as MEARI_OPERATIONS } from "./operations.js";
export * from "./sign.js";
