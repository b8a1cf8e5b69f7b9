// Generated from specs/quectel-saas.yaml by `npm run generate`. Do not edit.
/** The bundled OpenAPI document (read with apiFacts). */
declare const spec: Record<string, unknown>;
export = spec;
