// Generated from specs/haier-callback.yaml by `npm run generate` (openapi-typescript). Do not edit.
export interface paths {
    "/haier/verify-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify a login code for Haier and return the user's openId
         * @description Haier calls this during `thirdpartUserLogin` with the `code` the customer cloud issued and the
         *     customer's `clientKey`/`clientSecret`. Check the pair (constant time), look the code up, and
         *     answer `00000` with the user's `openId`; on any failure answer another `retCode` with
         *     `openId: ""` (Haier then answers its caller `D00013`). Never echo the code or the secret.
         *
         *     The path is an example: the customer chooses it and registers the full URL with Haier. Haier's
         *     example spells two keys with stray spaces (departure 1); iotdock's handler trims key names.
         */
        post: operations["verifyCode"];
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
         * @description What Haier sends. Exactly the seed's three keys (the seed's example misspells two of them with
         *     spaces; departure 1).
         * @example {
         *       "code": "8d969eef6ecad3c29a3a629280e686cf0c3f5d5a86aff3ca12020c923adc6c92",
         *       "clientKey": "iot-client-project",
         *       "clientSecret": "E3er4J88P=vb9"
         *     }
         */
        VerifyCodeRequest: {
            /**
             * @description The code the customer cloud issued and passed to `thirdpartUserLogin`; Haier forwards it unchanged.
             * @example 8d969eef6ecad3c29a3a629280e686cf0c3f5d5a86aff3ca12020c923adc6c92
             */
            code: string;
            /**
             * @description The customer's client key id (第三方云秘钥id), registered with Haier.
             * @example iot-client-project
             */
            clientKey: string;
            /**
             * @description The customer's client secret (第三方云秘钥secret), registered with Haier. Never log or echo it.
             * @example E3er4J88P=vb9
             */
            clientSecret: string;
        };
        /**
         * @description The customer cloud's answer. Success is `retCode` `00000` with a non-empty `openId`.
         * @example {
         *       "retCode": "00000",
         *       "retInfo": "成功",
         *       "openId": "34509854534"
         *     }
         */
        VerifyCodeResponse: {
            /**
             * @description The user's id in the customer's account system (第三方云账号id); the empty string on failure.
             * @example 34509854534
             */
            openId: string;
            /**
             * @description `00000` = verified; anything else = failure (`B00001`, `C00001`, `D00015`, `A00004`, `B00007` from iotdock's handler).
             * @example 00000
             */
            retCode: string;
            /**
             * @description `成功` on success; Haier's table text of the failure code otherwise.
             * @example 成功
             */
            retInfo: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    verifyCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyCodeRequest"];
            };
        };
        responses: {
            /**
             * @description Every answer to a POST, success or failure, is HTTP 200; success is `retCode` `00000` with a
             *     non-empty `openId`.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerifyCodeResponse"];
                };
            };
            /**
             * @description Not answered to POST. iotdock's handler answers this status, with the same envelope,
             *     `B00007` and `Allow: POST`, to any other method on the callback path.
             */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerifyCodeResponse"];
                };
            };
        };
    };
}
