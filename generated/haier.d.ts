// Generated from specs/haier.yaml by `npm run generate` (openapi-typescript). Do not edit.
export interface paths {
    "/uaccount/v1/security/thirdpartUserLogin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log a customer-cloud user in to Haier U+ and get a U+ access token
         * @description Called by the **customer cloud** with a `code` it has issued for one of its users. Before
         *     answering, Haier POSTs `{code, clientKey, clientSecret}` to the verification URL the customer
         *     registered (see `haier-callback.yaml`); when the customer cloud confirms the code with an
         *     `openId`, Haier answers `00000` with the user's U+ `accessToken` (30 characters), `scope` and
         *     `expire` (lifetime in seconds, as a string). If the callback fails Haier answers `D00013`; an
         *     appId that is not authorised answers `A00001`.
         *
         *     Signed (see *Signing*): `sign` = SHA-256 hex of
         *     `/uaccount/v1/security/thirdpartUserLogin` + body (whitespace removed) + appId + appKey +
         *     timestamp. The eight common headers are modelled as security schemes (departure 1). This call
         *     is made before login, so the `accessToken` header is empty or absent (departure 2).
         */
        post: operations["thirdpartUserLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description The login's body: only `code`. Haier "strictly validates the parameters sent" (access
         *     specification), so no other key is allowed.
         * @example {
         *       "code": "8d969eef6ecad3c29a3a629280e686cf0c3f5d5a86aff3ca12020c923adc6c92"
         *     }
         */
        ThirdpartUserLoginRequest: {
            /**
             * @description The random value the customer cloud issued to identify the user's account (第三方云颁发的鉴权账号身份的随机数).
             *     Haier passes it unchanged to the customer's callback, which must recognise it. No format is
             *     prescribed; the seed's example is 64 hex characters.
             * @example 8d969eef6ecad3c29a3a629280e686cf0c3f5d5a86aff3ca12020c923adc6c92
             */
            code: string;
        };
        /**
         * @description Haier's envelope (`retCode`, `retInfo`) plus, on success only, the token fields. Haier may add
         *     fields; absent rather than null when empty.
         * @example {
         *       "retCode": "00000",
         *       "retInfo": "成功",
         *       "accessToken": "TGTNS633MLE2OHV2P03YB3Q6E44K00",
         *       "scope": "auth_app",
         *       "expire": "2160000"
         *     }
         */
        ThirdpartUserLoginResponse: {
            /**
             * @description `00000` = success; anything else is an error code (e.g. `D00013`, `A00001`, `D00001`).
             * @example 00000
             */
            retCode: string;
            /**
             * @description `成功` on success; Haier's Chinese text of the error code otherwise (for debugging, not for
             *     display). The iotdock sandbox appends ` (iotdock sandbox: <detail>)` to error texts.
             * @example 成功
             */
            retInfo: string;
            /**
             * @description Success only. The user's U+ security token, 30 characters; send it as the `accessToken`
             *     header of later UWS calls for this user.
             * @example TGTNS633MLE2OHV2P03YB3Q6E44K00
             */
            accessToken?: string;
            /**
             * @description Success only. The authorisation scope (`auth_app` in the seed, the only value documented).
             * @example auth_app
             */
            scope?: string;
            /**
             * @description Success only. The token's **lifetime in seconds** as a decimal string (typed String by Haier),
             *     e.g. `"2160000"` = 25 days; counted from the answer. Log in again before it runs out
             *     (departure 7).
             * @example 2160000
             */
            expire?: string;
        };
    };
    responses: never;
    parameters: {
        /**
         * @description The U+ security token of a logged-in user (30 characters), sent on UWS calls made for that user.
         *     `Parameters.md` asks for the header on every request, "not empty after login, may be empty before
         *     login" (empty or any value of at most 30 characters; a later revision says 32).
         *     `thirdpartUserLogin` is called **before** login, so here it is empty or left out; the seed's
         *     example omits it and the sandbox does not require it (departure 2). Not signed.
         */
        AccessToken: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    thirdpartUserLogin: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The U+ security token of a logged-in user (30 characters), sent on UWS calls made for that user.
                 *     `Parameters.md` asks for the header on every request, "not empty after login, may be empty before
                 *     login" (empty or any value of at most 30 characters; a later revision says 32).
                 *     `thirdpartUserLogin` is called **before** login, so here it is empty or left out; the seed's
                 *     example omits it and the sandbox does not require it (departure 2). Not signed.
                 */
                accessToken?: components["parameters"]["AccessToken"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ThirdpartUserLoginRequest"];
            };
        };
        responses: {
            /**
             * @description Always HTTP 200 (assumed, see *Envelope*); success or error is in `retCode`. On success
             *     (`00000`) the body also holds `accessToken`, `scope` and `expire`; on error only `retCode`
             *     and `retInfo`. In the iotdock sandbox an error's `retInfo` is Haier's text followed by
             *     ` (iotdock sandbox: <detail>)`.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThirdpartUserLoginResponse"];
                };
            };
        };
    };
}
