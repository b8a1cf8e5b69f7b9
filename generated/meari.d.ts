// Generated from specs/meari.yaml by `npm run generate` (openapi-typescript). Do not edit.
export interface paths {
    "/v2/third/sdk/redirect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find the data centre (apiServer) for a country
         * @description Called by the **customer cloud** on the global entry point `https://apis.cloudedge360.com`.
         *     Answers the data centre that serves `countryCode`; `result.apiServer` is the base URL for
         *     `login` (and `passwordUpdate`). Keep the whole answer: the app passes it, unchanged, to Meari's
         *     SDK (`loginWithExternalData`'s `redirectionJson`; iOS `startSDKWithRedirectInfo`).
         *
         *     GET with a query string, not POST/JSON as the seed says (departure 1). Signed (see *Signing*);
         *     the six signing parameters are security schemes (departure 2). The vendor's table for this
         *     operation is headed "Support format" (departure 12). In the sandbox, `apiServer` is the
         *     sandbox's own base URL.
         */
        get: operations["redirect"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/third/sdk/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Log a customer's user in to Meari and get the app SDK's data
         * @description Called by the **customer cloud** on the `apiServer` that `redirect` returned, with the **same
         *     `countryCode`** as that `redirect` (the seed's note; iotdock's client refuses a mismatch). The
         *     first login of a `userAccount` creates its Meari user; there is no separate registration. Answers
         *     the user's `userID`, `userToken` and IoT credentials. Keep the whole answer: the app passes it,
         *     unchanged, to Meari's SDK (`loginWithExternalData`'s `loginJson`; iOS
         *     `loginUidWithExtraParamInfo`).
         *
         *     GET with a query string (departure 1). Signed (see *Signing*). `iotType` is optional and
         *     omitted by iotdock's client unless given, so Meari's default applies (4 in the seed, 3 in the
         *     demo and earlier revisions; departure 7). `clientId` is in the seed only (departure 8). The demo
         *     lower-cases `userAccount`; iotdock sends it as given (departure 13). In the sandbox a successful
         *     login registers the account.
         */
        get: operations["login"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/third/sdk/password/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Update the password of a customer's user (effect not documented)
         * @description "User UpdatePassword SDKV2". Takes `userAccount`, `sourceApp`, `phoneType` and `lngType` and
         *     answers only a result code. The seed documents **no new-password parameter** and nothing about
         *     what the operation does beyond its name (for instance whether it resets the Meari-side password
         *     of the account, or what the app SDK sees afterwards), nor which host serves it; this spec sends
         *     it to the user's `apiServer`, like `login` (departure 14). An account that never logged in
         *     answers `1018` (in the sandbox as well).
         *
         *     GET with a query string (departure 1). Signed (see *Signing*).
         */
        get: operations["passwordUpdate"];
        put?: never;
        post?: never;
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
        /** @description Answer of `redirect`. `result` is present on success and absent on error. */
        RedirectResponse: {
            /** @description `"1001"` = success; anything else is an error code (a string of digits; see *Error codes*). */
            resultCode: string;
            /**
             * Format: int64
             * @description Server time of the answer, Unix milliseconds.
             */
            t?: number;
            result?: components["schemas"]["RedirectResult"];
        };
        /**
         * @description The data centre for the requested country. Pass the whole answer to the app unchanged (Android
         *     `loginWithExternalData`'s `redirectionJson`, iOS `startSDKWithRedirectInfo`). The vendor
         *     describes none of the fields; only `apiServer` is used by the server-to-server flow.
         */
        RedirectResult: {
            /** @description The country code of the request. */
            countryCode?: string;
            /** @description Not described by the vendor (empty in the example). */
            pointUrl?: string;
            /**
             * @description Base URL (scheme and host) of the data centre for this country: call `login` (and
             *     `passwordUpdate`) there. The demo appends the path directly (`apiServer +
             *     "/v2/third/sdk/login"`), so expect no trailing slash. Empty in the vendor's example. In the
             *     iotdock sandbox it is the sandbox's own base URL.
             */
            apiServer: string;
            /**
             * Format: int64
             * @description Your partner id at Meari, by its name (`0` in the example).
             */
            partnerId?: number;
            /** @description Data-centre code, by its name (not described by the vendor). */
            dcCode?: string;
            /** @description Gateway code, by its name (not described by the vendor). */
            gwCode?: string;
            /** @description Gateway URL, by its name (not described by the vendor). */
            gwUrl?: string;
            /** @description Platform API domains for the app SDK (not described by the vendor). */
            pfApi?: {
                openapi?: {
                    /** @description Domain of Meari's open API for this data centre. */
                    domain?: string;
                };
                platform?: {
                    /** @description Not described by the vendor. */
                    signature?: string;
                    /** @description Domain of the platform API for this data centre. */
                    domain?: string;
                };
            };
        };
        /** @description Answer of `login`. `result` is present on success and absent on error. */
        LoginResponse: {
            /** @description `"1001"` = success; anything else is an error code (a string of digits; see *Error codes*). */
            resultCode: string;
            /**
             * Format: int64
             * @description Server time of the answer, Unix milliseconds.
             */
            t?: number;
            result?: components["schemas"]["LoginResult"];
        };
        /**
         * @description The Meari user and the data Meari's app SDK needs. Pass the whole answer to the app unchanged
         *     (Android `loginWithExternalData`'s `loginJson`, iOS `loginUidWithExtraParamInfo`). The vendor
         *     describes none of the fields; the descriptions below go no further than the names (departure 17).
         *     `userToken`, `iot.pfKey` and `iot.mqtt` are credentials: keep them out of logs.
         */
        LoginResult: {
            /** @description The user's country code. */
            countryCode?: string;
            /** @description The user's avatar URL, by its name (empty in the example). */
            imageUrl?: string;
            iot?: components["schemas"]["LoginIot"];
            /**
             * Format: int32
             * @description The user's IoT platform type (`0` in the example; compare the request's `iotType`). Not described by the vendor.
             */
            iotType?: number;
            /** @description Push alias (JPush), by its name. */
            jpushAlias?: string;
            /**
             * Format: int32
             * @description Not described by the vendor (`0` in the example).
             */
            loginType?: number;
            /** @description The user's nickname. */
            nickName?: string;
            /** @description The user's international dialling code. */
            phoneCode?: string;
            /** @description Not described by the vendor (a string, empty in the example). */
            ringDuration?: string;
            /**
             * Format: int32
             * @description Not described by the vendor (`0` in the example).
             */
            soundFlag?: number;
            /** @description The account (the request's `userAccount`). */
            userAccount?: string;
            /**
             * Format: int64
             * @description The Meari user id (e.g. `100000000021`, far below 2^53).
             */
            userID: number;
            /** @description The user's token for Meari's app SDK (the authentication document also names it as the signing key of app-side calls). A credential. */
            userToken: string;
            /** @description The request's `clientId` (seed only, since 2024-07-17; departure 8). */
            clientId?: string;
        };
        /** @description IoT platform data for the app SDK (not described by the vendor). */
        LoginIot: {
            pfKey?: components["schemas"]["LoginPfKey"];
            /** @description Free-form (empty `{}` in the vendor's example); by its name, MQTT connection data for AWS IoT. */
            mqtt_aws?: {
                [key: string]: unknown;
            };
            mqtt?: components["schemas"]["LoginMqtt"];
            /**
             * Format: int32
             * @description IoT protocol version (`1` in the example).
             */
            iotVersion?: number;
        };
        /** @description Platform access key pair for the app SDK. A credential. */
        LoginPfKey: {
            /** @description Access id. */
            accessid?: string;
            /** @description Access key (secret). */
            accesskey?: string;
        };
        /** @description MQTT connection data for the app SDK (not described by the vendor; field names only). Credentials. */
        LoginMqtt: {
            /** @description MQTT client id. */
            clientId?: string;
            /** @description Certificate URL(s). */
            crtUrls?: string;
            /** @description Secret (a credential). */
            deviceSecret?: string;
            /** @description Not described by the vendor. */
            dn?: string;
            /** @description MQTT broker host. */
            host?: string;
            /** @description IoT id. */
            iotId?: string;
            /** @description IoT token (a credential). */
            iotToken?: string;
            /**
             * Format: int32
             * @description MQTT keep-alive, seconds by convention (`300` in the example).
             */
            keepalive?: number;
            /** @description Product key, by its name. */
            pk?: string;
            /** @description Broker port (a string in the example). */
            port?: string;
            /** @description Protocol. */
            protocol?: string;
            /** @description Region. */
            region?: string;
            /** @description Topic to subscribe to. */
            subTopic?: string;
        };
        /** @description Answer of `passwordUpdate`. Only a result code is documented (`{"resultCode":"1001"}`). */
        PasswordUpdateResponse: {
            /** @description `"1001"` = success; anything else is an error code (a string of digits; `1018` the account does not exist). */
            resultCode: string;
            /**
             * Format: int64
             * @description Server time of the answer, Unix milliseconds (not in the vendor's example).
             */
            t?: number;
        };
    };
    responses: never;
    parameters: {
        /**
         * @description Your customer number, assigned by Meari ("Customer Number"). Decimal digits; typed `int` by the
         *     vendor, a string here because it travels as query text and is signed as the characters sent
         *     (departure 9).
         * @example 8
         */
        SourceApp: string;
        /**
         * @description The user's country, ISO 3166-1 alpha-2 in upper case (e.g. `US`, `CN`). `redirect` picks the data
         *     centre from it; `login` must send the **same** value as the `redirect` it follows (the seed's
         *     note; departure 11).
         * @example CN
         */
        CountryCode: string;
        /**
         * @description The user's id in the customer's own account system ("account (Preferably uuid)"). The first
         *     `login` of a value creates its Meari user. The vendor's demo lower-cases it before sending;
         *     iotdock's client sends it exactly as given, so prefer lower-case ids (departure 13).
         * @example 3f2b8c1e-7a4d-4e21-9b6f-0c5d8e2a1f47
         */
        UserAccount: string;
        /**
         * @description Language type, e.g. `en` (the seed and the demo) or `zh` (the authentication document's example). The vendor lists no values.
         * @example en
         */
        LngType: string;
        /**
         * @description Platform of the user's phone (the app that will use the result): `a` Android, `i` iOS.
         * @example a
         */
        PhoneType: "a" | "i";
        /**
         * @description The international dialling code of the user's country, digits without `+` (e.g. `86` China, `1`
         *     United States; the demo sends `1` with `US`). The seed calls it "Phone number" (departure 10).
         * @example 86
         */
        PhoneCode: string;
        /**
         * @description IoT platform type (meaning of the values not documented). Optional: the seed (2024-07-25) says
         *     "the default is 4", its earlier revisions "the default is 3", and the demo sends `3`. iotdock's
         *     client omits it unless the caller gives one, so Meari's own default applies (departure 7). When
         *     sent, it is signed.
         */
        IotType: string;
        /**
         * @description Unique identifier of the phone, "used for multi-terminal login" (seed; added 2024-07-17, not sent
         *     by the demo; departure 8). Echoed as `result.clientId`. When sent, it is signed.
         */
        ClientId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    redirect: {
        parameters: {
            query: {
                /**
                 * @description Your customer number, assigned by Meari ("Customer Number"). Decimal digits; typed `int` by the
                 *     vendor, a string here because it travels as query text and is signed as the characters sent
                 *     (departure 9).
                 * @example 8
                 */
                sourceApp: components["parameters"]["SourceApp"];
                /**
                 * @description The user's country, ISO 3166-1 alpha-2 in upper case (e.g. `US`, `CN`). `redirect` picks the data
                 *     centre from it; `login` must send the **same** value as the `redirect` it follows (the seed's
                 *     note; departure 11).
                 * @example CN
                 */
                countryCode: components["parameters"]["CountryCode"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description Always HTTP 200 (assumed, see *Envelope*); success or error is in `resultCode`. On success
             *     `result` holds the data centre; on error only `resultCode` (and `t`) are present. The
             *     sandbox adds the header `x-iotdock-detail` to its errors.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedirectResponse"];
                };
            };
        };
    };
    login: {
        parameters: {
            query: {
                /**
                 * @description The user's id in the customer's own account system ("account (Preferably uuid)"). The first
                 *     `login` of a value creates its Meari user. The vendor's demo lower-cases it before sending;
                 *     iotdock's client sends it exactly as given, so prefer lower-case ids (departure 13).
                 * @example 3f2b8c1e-7a4d-4e21-9b6f-0c5d8e2a1f47
                 */
                userAccount: components["parameters"]["UserAccount"];
                /**
                 * @description Your customer number, assigned by Meari ("Customer Number"). Decimal digits; typed `int` by the
                 *     vendor, a string here because it travels as query text and is signed as the characters sent
                 *     (departure 9).
                 * @example 8
                 */
                sourceApp: components["parameters"]["SourceApp"];
                /**
                 * @description Language type, e.g. `en` (the seed and the demo) or `zh` (the authentication document's example). The vendor lists no values.
                 * @example en
                 */
                lngType: components["parameters"]["LngType"];
                /**
                 * @description Platform of the user's phone (the app that will use the result): `a` Android, `i` iOS.
                 * @example a
                 */
                phoneType: components["parameters"]["PhoneType"];
                /**
                 * @description The international dialling code of the user's country, digits without `+` (e.g. `86` China, `1`
                 *     United States; the demo sends `1` with `US`). The seed calls it "Phone number" (departure 10).
                 * @example 86
                 */
                phoneCode: components["parameters"]["PhoneCode"];
                /**
                 * @description The user's country, ISO 3166-1 alpha-2 in upper case (e.g. `US`, `CN`). `redirect` picks the data
                 *     centre from it; `login` must send the **same** value as the `redirect` it follows (the seed's
                 *     note; departure 11).
                 * @example CN
                 */
                countryCode: components["parameters"]["CountryCode"];
                /**
                 * @description IoT platform type (meaning of the values not documented). Optional: the seed (2024-07-25) says
                 *     "the default is 4", its earlier revisions "the default is 3", and the demo sends `3`. iotdock's
                 *     client omits it unless the caller gives one, so Meari's own default applies (departure 7). When
                 *     sent, it is signed.
                 */
                iotType?: components["parameters"]["IotType"];
                /**
                 * @description Unique identifier of the phone, "used for multi-terminal login" (seed; added 2024-07-17, not sent
                 *     by the demo; departure 8). Echoed as `result.clientId`. When sent, it is signed.
                 */
                clientId?: components["parameters"]["ClientId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description Always HTTP 200 (assumed, see *Envelope*); success or error is in `resultCode`. On success
             *     `result` holds the user and the IoT credentials; on error only `resultCode` (and `t`) are
             *     present. The sandbox adds the header `x-iotdock-detail` to its errors.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponse"];
                };
            };
        };
    };
    passwordUpdate: {
        parameters: {
            query: {
                /**
                 * @description The user's id in the customer's own account system ("account (Preferably uuid)"). The first
                 *     `login` of a value creates its Meari user. The vendor's demo lower-cases it before sending;
                 *     iotdock's client sends it exactly as given, so prefer lower-case ids (departure 13).
                 * @example 3f2b8c1e-7a4d-4e21-9b6f-0c5d8e2a1f47
                 */
                userAccount: components["parameters"]["UserAccount"];
                /**
                 * @description Your customer number, assigned by Meari ("Customer Number"). Decimal digits; typed `int` by the
                 *     vendor, a string here because it travels as query text and is signed as the characters sent
                 *     (departure 9).
                 * @example 8
                 */
                sourceApp: components["parameters"]["SourceApp"];
                /**
                 * @description Platform of the user's phone (the app that will use the result): `a` Android, `i` iOS.
                 * @example a
                 */
                phoneType: components["parameters"]["PhoneType"];
                /**
                 * @description Language type, e.g. `en` (the seed and the demo) or `zh` (the authentication document's example). The vendor lists no values.
                 * @example en
                 */
                lngType: components["parameters"]["LngType"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description Always HTTP 200 (assumed, see *Envelope*); success or error is in `resultCode`. The vendor's
             *     example has no `t` and no `result`. The sandbox adds the header `x-iotdock-detail` to its
             *     errors.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordUpdateResponse"];
                };
            };
        };
    };
}
