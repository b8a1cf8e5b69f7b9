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
    "/v1/third/customer/iot/set": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Send IoT commands (sleep mode, pan/tilt) to a user's device
         * @description "云下发指令" (cloud-issued commands): the customer cloud sends IoT commands to Meari's server,
         *     which sets them on the device (the page: "该接口主要是提供给客户的云服务器使用，用来下发iot指令到觅睿服务器，再设置到设备端").
         *     Called on the `apiServer` that `redirect` returned for the user's `countryCode` (the page: the
         *     domain the cloud-to-cloud `redirect` returns; the IoT demo calls `redirect` first, with the same
         *     `countryCode`). The device is named by `snNum`, its licence number, and must be bound to
         *     `userAccount` (else `1007`, "the device does not exist or is not bound to the user").
         *
         *     `items` is a **JSON object serialised as a string**: command number → value. Several commands
         *     may go in one request (the page's example sets sleep mode and moves the head at once).
         *     Documented commands (the parsed form is the schema `IotSetItems`):
         *
         *     | command | meaning | value |
         *     | --- | --- | --- |
         *     | `118` | Sleep mode | integer: `0` sleep mode always off ("始终禁用休眠模式"), `1` always on, `2` scheduled sleep ("定时休眠"), `3` geofence sleep ("地理围栏休眠"). |
         *     | `807` | Pan/tilt move, PTZ 1.0 | object `{"ps":0,"ts":0,"zs":0}` (and `v_id` on multi-lens products). |
         *     | `808` | Pan/tilt stop, PTZ 1.0 | object `{"t":"1712642975516"}`. |
         *     | `841` | Pan/tilt move, PTZ 2.0 | as `807`. |
         *     | `842` | Pan/tilt stop, PTZ 2.0 | as `808`. |
         *
         *     **Moving.** `ps` > 0 pans right, `ps` < 0 left; `ts` > 0 tilts up, `ts` < 0 down (`0`: no
         *     movement on that axis); `zs` is not described (zoom, by its name). "The device only recognises
         *     the actions *turn* and *stop*": the sign matters, not the size. On a product with several lenses
         *     ("双目产品", e.g. dual-lens) `v_id` is **required** and picks the lens: `0` single lens (the
         *     default when absent, per the page's first revision), `1` left, `2` right, `3` upper, `4` lower,
         *     `5` middle; e.g. `{"v_id":3,"ps":0,"ts":0,"zs":0}`.
         *
         *     **Which PTZ version.** Read the device's capability set first (the page spells it `cabapility`;
         *     the app SDK reports it, no server endpoint here does): if it contains `"ptz2":1` the device takes
         *     the PTZ 2.0 commands `841`/`842`; if not, but it contains `"ptz":1`, the PTZ 1.0 commands
         *     `807`/`808`; with neither, the device has no pan/tilt. PTZ 1.0: one `807` sets the head turning
         *     until it can turn no further or a `808` stops it. PTZ 2.0: while turning, send `841` **every 200
         *     ms**, or the head stops.
         *
         *     **Stopping.** `t` is a string of Unix milliseconds (the page's example `1712642975516` is
         *     2024-04-09T06:09:35.516Z); its role is not documented: send the current time.
         *
         *     GET with a query string, although the page says POST (departure 21: its own demo sends GET).
         *     Signed (see *Signing*, worked example 3); the JSON text of `items` is signed as sent, so send it
         *     compact (departure 28). The IoT demo also sends `iotType=3` (departure 30).
         *
         *     In the sandbox (`device.command`) each accepted command's last value is kept per `snNum`, so a
         *     sleep-mode command is visible in the device's state afterwards; `items` that is not a JSON object
         *     of the documented commands with valid values answers `1003`.
         */
        get: operations["iotSet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/third/sdk/actCode/service": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Redeem an activation code for a device's cloud storage, AI or 4G service
         * @description "Activation code activates cloud storage, AI, 4G (V3)". Redeems the activation code `actCode`
         *     for the service `type` (`"0"` cloud storage, `"1"` AI, `"2"` 4G) of the device `deviceID` of the
         *     user `userAccount`. Answers `result.orderNum`, the "unique identification" of the service it
         *     opened (it reappears in `activationCodeUsageRecord` and `deviceServicesEffect`).
         *
         *     The page's codes (one table for its three endpoints; departure 32): `1003` invalid parameter,
         *     `1005` system exception, `1007` invalid device, `1023` invalid signature, `1067` the code has
         *     already been used, `1068` invalid code (`Code.md`'s texts; the page calls both "Invalid
         *     activation code").
         *
         *     GET with a query string, although the page says POST/JSON (departure 22). Signed (see
         *     *Signing*); the page's table lists only three of the six signing parameters (departure 31). Sent
         *     to the `apiServer` (departure 35).
         *
         *     In the sandbox (`activation.service`) a code is accepted **once**: the first use answers a new
         *     `orderNum` and records a usage and a service in effect for the device; using the same code again
         *     answers `1067`.
         */
        get: operations["activationCodeService"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/third/sdk/actCode/usage/record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the activation codes used on a device
         * @description "Equipment usage activation code usage record (V3)". Lists the activation codes redeemed for the
         *     device `deviceID` of the user `userAccount`: for each, the `orderNum` of the service, the
         *     `actCode`, the time of use (`useTime`, Unix milliseconds) and the service `type` (`"0"` cloud
         *     storage, `"1"` AI, `"2"` 4G). Read only. The page's codes: see `activationCodeService`
         *     (`1003`, `1005`, `1007`, `1023` apply here).
         *
         *     GET with a query string, although the page says POST/JSON (departure 22). Signed (see
         *     *Signing*; departure 31). Sent to the `apiServer` (departure 35).
         *
         *     In the sandbox (`activation.use`) the answer lists the codes the sandbox's
         *     `activationCodeService` accepted for the device, oldest first.
         */
        get: operations["activationCodeUsageRecord"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/third/sdk/device/services/effect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a device's services currently in effect
         * @description "List of services currently in effect (V3)". Lists the services in effect for the device
         *     `deviceID` of the user `userAccount`: for each, its `orderNum`, its start and end
         *     (`serverStartTime`, `serverEndTime`, Unix milliseconds; "server" in the names means service) and
         *     its `type` (`"0"` cloud storage, `"1"` AI, `"2"` 4G). Read only. The page's codes: see
         *     `activationCodeService` (`1003`, `1005`, `1007`, `1023` apply here).
         *
         *     GET with a query string, although the page says POST/JSON (departure 22). Signed (see
         *     *Signing*; departure 31). Sent to the `apiServer` (departure 35).
         *
         *     In the sandbox (`activation.list`) the answer lists the services opened by the sandbox's
         *     `activationCodeService` for the device.
         */
        get: operations["deviceServicesEffect"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/third/sdk/order/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Create a service order (cloud storage, AI, 4G) for a user's device
         * @description "Create Order SDKV3". Creates the order `orderNum` for `quantity` of the package `packageId`, of
         *     the kind `orderType` (`1` cloud storage order, `2` AI order, `3` 4G data ("flow4g") order), for
         *     the device `deviceID` of the user `userAccount`. Every parameter is required. The page says no
         *     more: what `packageId` refers to and who assigns `orderNum` (the customer, by the look of the
         *     example `01582572KS0209053`; it is what `orderCancel` takes) are not explained. Answers only a
         *     result code. The page's codes: `1003` invalid parameter, `1005` system exception, `1023`
         *     "Location Login/Invalid User Token/Invalid signature".
         *
         *     GET with a query string, although the page says POST/JSON (departure 22). Signed (see
         *     *Signing*): every parameter above is signed; the page's signing example signs a `deviceIDList`
         *     instead (departure 24). `timestamp` is Unix milliseconds, as in the page's example, not the
         *     ISO form of its table (departure 23). The page is titled "SDKV3" (departure 26). Sent to the
         *     `apiServer` (departure 35).
         *
         *     In the sandbox (`order.create`) the order is recorded (as not cancelled) for an account that
         *     logged in; another order with the same `orderNum`, or an account the sandbox does not know,
         *     answers `1003`.
         */
        get: operations["orderCreate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/third/sdk/order/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Cancel a service order
         * @description Cancels the order `orderNum` of the kind `orderType` (`1` cloud storage, `2` AI, `3` 4G data) of
         *     the user `userAccount` (the page is titled "Create Order SDKV4", but its path and its codes are
         *     those of a cancel; departure 26). Every parameter is required. Answers only a result code. The
         *     page's codes: `1003` invalid parameter, `1005` system exception, `1023` "Location Login/Invalid
         *     User Token/Invalid signature", `4001` "server not found. cancel order fail" (no such
         *     service/order), `4002` "The service has been used and exceeded 7 days. cancel order fail" (a
         *     used service can be cancelled only within 7 days).
         *
         *     GET with a query string, although the page says POST/JSON (departure 22). Signed (see
         *     *Signing*): all parameters, sorted by name, unlike the page's unsorted signing example
         *     (departure 25). `timestamp` is Unix milliseconds (departure 23). Sent to the `apiServer`
         *     (departure 35).
         *
         *     In the sandbox (`order.cancel`) an order created by `orderCreate` can be cancelled **once**; an
         *     order that does not exist, or is already cancelled, answers `4001`.
         */
        get: operations["orderCancel"];
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
        /**
         * @description Answer of `iotSet`, `orderCreate` and `orderCancel`: only a result code is documented
         *     (`{"resultCode":"1001"}`).
         */
        CodeOnlyResponse: {
            /** @description `"1001"` = success; anything else is an error code (a string of digits; see *Error codes*). */
            resultCode: string;
            /**
             * Format: int64
             * @description Server time of the answer, Unix milliseconds (not in the vendor's examples).
             */
            t?: number;
        };
        /**
         * @description The parsed content of `iotSet`'s `items` parameter, which travels as a JSON **string** (the
         *     parameter `items`; departure 28): command number → value. Only the five commands below are
         *     documented; several may be sent at once.
         * @example {
         *       "118": 0,
         *       "807": {
         *         "ps": 0,
         *         "ts": 0,
         *         "zs": 0
         *       }
         *     }
         */
        IotSetItems: {
            /**
             * Format: int32
             * @description Sleep mode: `0` always off ("始终禁用休眠模式", sleep mode always disabled), `1` always on
             *     ("始终开启休眠模式"), `2` scheduled sleep ("开启定时休眠模式"), `3` geofence sleep
             *     ("开启地理围栏休眠模式").
             * @enum {integer}
             */
            118?: 0 | 1 | 2 | 3;
            807?: components["schemas"]["IotPtzMove"];
            808?: components["schemas"]["IotPtzStop"];
            841?: components["schemas"]["IotPtzMove"];
            842?: components["schemas"]["IotPtzStop"];
        };
        /**
         * @description Pan/tilt move: `807` (PTZ 1.0, one command turns the head until it can turn no further or `808`
         *     stops it) or `841` (PTZ 2.0, repeat every 200 ms while turning, or it stops). Which one a device
         *     takes depends on its capability set: `"ptz2":1` → 2.0; else `"ptz":1` → 1.0; neither → no
         *     pan/tilt. The device recognises only "turn" and "stop": the sign matters, not the size. A JSON
         *     object nested in `items` (departure 29).
         * @example {
         *       "v_id": 3,
         *       "ps": 0,
         *       "ts": 0,
         *       "zs": 0
         *     }
         */
        IotPtzMove: {
            /**
             * Format: int32
             * @description Pan. `> 0` right, `< 0` left, `0` no pan.
             */
            ps: number;
            /**
             * Format: int32
             * @description Tilt. `> 0` up, `< 0` down, `0` no tilt.
             */
            ts: number;
            /**
             * Format: int32
             * @description Not described by the vendor (zoom, by its name); `0` in every example.
             */
            zs: number;
            /**
             * Format: int32
             * @description The lens, **required on multi-lens products** ("对于双目产品必须要加v_id"): `0` single lens
             *     (the default when absent, per the page's first revision), `1` left, `2` right, `3` upper, `4`
             *     lower, `5` middle.
             * @enum {integer}
             */
            v_id?: 0 | 1 | 2 | 3 | 4 | 5;
        };
        /**
         * @description Pan/tilt stop: `808` (PTZ 1.0) or `842` (PTZ 2.0). A JSON object nested in `items`
         *     (departure 29).
         * @example {
         *       "t": "1712642975516"
         *     }
         */
        IotPtzStop: {
            /**
             * @description A string of Unix milliseconds (the page's `1712642975516` is 2024-04-09T06:09:35.516Z). Its role
             *     is not documented; send the current time.
             */
            t: string;
        };
        /**
         * @description The service: `"0"` cloud storage, `"1"` AI, `"2"` 4G (as a string).
         * @enum {string}
         */
        ServiceTypeCode: "0" | "1" | "2";
        /** @description Answer of `activationCodeService`. `result` is present on success and absent on error. */
        ActivationCodeServiceResponse: {
            /** @description `"1001"` = success; anything else is an error code (`1067` code already used, `1068` invalid code; see *Error codes*). */
            resultCode: string;
            /**
             * Format: int64
             * @description Server time of the answer, Unix milliseconds.
             */
            t?: number;
            /** @description The service the code opened. */
            result?: {
                /** @description "unique identification" of the service opened (empty in the page's example); it reappears in the usage record and in the services in effect. */
                orderNum?: string;
            };
        };
        /** @description Answer of `activationCodeUsageRecord`. `result` is present on success and absent on error. */
        ActivationCodeUsageRecordResponse: {
            /** @description `"1001"` = success; anything else is an error code (see *Error codes*). */
            resultCode: string;
            /**
             * Format: int64
             * @description Server time of the answer, Unix milliseconds.
             */
            t?: number;
            result?: {
                /** @description The activation codes used on the device. */
                data?: components["schemas"]["ActivationCodeUsage"][];
            };
        };
        /** @description One activation code used on the device. The page marks no field as always present. */
        ActivationCodeUsage: {
            /** @description "unique identification" of the service the code opened (`activationCodeService`'s `result.orderNum`). */
            orderNum?: string;
            /** @description The activation code. */
            actCode?: string;
            /**
             * Format: int64
             * @description When it was used, Unix milliseconds.
             */
            useTime?: number;
            type?: components["schemas"]["ServiceTypeCode"];
        };
        /** @description Answer of `deviceServicesEffect`. `result` is present on success and absent on error. */
        DeviceServicesEffectResponse: {
            /** @description `"1001"` = success; anything else is an error code (see *Error codes*). */
            resultCode: string;
            /**
             * Format: int64
             * @description Server time of the answer, Unix milliseconds.
             */
            t?: number;
            result?: {
                /** @description The device's services in effect. */
                data?: components["schemas"]["DeviceServiceInEffect"][];
            };
        };
        /** @description One service in effect on the device. The page marks no field as always present. */
        DeviceServiceInEffect: {
            /** @description "unique identification" of the service. */
            orderNum?: string;
            /**
             * Format: int64
             * @description Service start ("server" means service here), Unix milliseconds.
             */
            serverStartTime?: number;
            /**
             * Format: int64
             * @description Service end, Unix milliseconds.
             */
            serverEndTime?: number;
            type?: components["schemas"]["ServiceTypeCode"];
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
         *     note; departure 11). `iotSet` takes it too ("用户国家编号", the user's country code; the IoT demo
         *     sends the value of its `redirect`).
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
        /**
         * @description The device's licence number ("设备license号"), i.e. its SN as Meari's app SDK reports it (Android
         *     `CameraInfo.getSnNum()`). The device must be bound to `userAccount` (else `1007`). No server
         *     endpoint documented here returns it. The example is illustrative (the page gives none).
         * @example example-sn-0001
         */
        SnNum: string;
        /**
         * @description The commands to send ("需要下发的指令字符串"): a **JSON object serialised as a string**, command
         *     number → value, e.g. `{"118":0,"807":{"ps":0,"ts":0,"zs":0}}` (the page's example). Its parsed
         *     form is the schema `IotSetItems`: `118` sleep mode (`0` always off, `1` always on, `2`
         *     scheduled, `3` geofence), `807`/`841` pan/tilt move `{ps, ts, zs}` (+ `v_id` on multi-lens
         *     products), `808`/`842` pan/tilt stop `{t}`; see `iotSet`. Signed as the exact text sent and
         *     percent-encoded on the wire; send it compact (departures 28 and 29).
         *
         *     More values: `{"118":0}` (what the IoT demo sends), `{"807":{"v_id":3,"ps":0,"ts":0,"zs":0}}`
         *     (PTZ 1.0 move on a multi-lens product, upper lens: the page's `v_id` example),
         *     `{"841":{"ps":1,"ts":0,"zs":0}}` (PTZ 2.0 pan right, repeated every 200 ms while turning;
         *     illustrative), `{"842":{"t":"1712642975516"}}` (PTZ 2.0 stop, the page's `t`).
         * @example {"118":0,"807":{"ps":0,"ts":0,"zs":0}}
         */
        Items: string;
        /**
         * @description The Meari device id ("deviceID", typed `long` by the pages), as Meari's app SDK reports it
         *     (Android `CameraInfo.getDeviceID()`); no server endpoint documented here returns it. Decimal
         *     digits; a string here because it travels as query text and is signed as sent (departure 35).
         *     The example is the create-order page's.
         * @example 10001
         */
        DeviceID: string;
        /**
         * @description The activation code ("Activation code") to redeem. Format not documented. A code can be used
         *     once: a used one answers `1067`, an unknown one `1068`. The example is illustrative.
         * @example EXAMPLE-ACT-0001
         */
        ActCode: string;
        /**
         * @description The service the code activates ("Service Type"): `"0"` cloud storage, `"1"` AI, `"2"` 4G. A
         *     string, as the page types it (the order operations number the same kinds `1`–`3`; departure 34).
         * @example 0
         */
        ServiceType: "0" | "1" | "2";
        /**
         * @description The package ordered ("Package ID"); what it refers to and where its values come from are not
         *     documented (presumably agreed with Meari). The example is illustrative (the page gives none).
         * @example example-package-1
         */
        PackageId: string;
        /**
         * @description How many of the package (`int`, example `1`).
         * @example 1
         */
        Quantity: number;
        /**
         * @description The kind of order: `1` cloud storage order, `2` AI order, `3` 4G data ("flow4g") order (`int`;
         *     the activation-code operations number the same kinds `"0"`–`"2"`; departure 34).
         * @example 1
         */
        OrderType: 1 | 2 | 3;
        /**
         * @description The order number ("Order number"), e.g. `01582572KS0209053` (the pages' example). Given by the
         *     caller to `orderCreate` and passed again to `orderCancel`; who assigns it is not documented.
         * @example 01582572KS0209053
         */
        OrderNum: string;
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
                 *     note; departure 11). `iotSet` takes it too ("用户国家编号", the user's country code; the IoT demo
                 *     sends the value of its `redirect`).
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
                 *     note; departure 11). `iotSet` takes it too ("用户国家编号", the user's country code; the IoT demo
                 *     sends the value of its `redirect`).
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
    iotSet: {
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
                 * @description The device's licence number ("设备license号"), i.e. its SN as Meari's app SDK reports it (Android
                 *     `CameraInfo.getSnNum()`). The device must be bound to `userAccount` (else `1007`). No server
                 *     endpoint documented here returns it. The example is illustrative (the page gives none).
                 * @example example-sn-0001
                 */
                snNum: components["parameters"]["SnNum"];
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
                 *     note; departure 11). `iotSet` takes it too ("用户国家编号", the user's country code; the IoT demo
                 *     sends the value of its `redirect`).
                 * @example CN
                 */
                countryCode: components["parameters"]["CountryCode"];
                /**
                 * @description The commands to send ("需要下发的指令字符串"): a **JSON object serialised as a string**, command
                 *     number → value, e.g. `{"118":0,"807":{"ps":0,"ts":0,"zs":0}}` (the page's example). Its parsed
                 *     form is the schema `IotSetItems`: `118` sleep mode (`0` always off, `1` always on, `2`
                 *     scheduled, `3` geofence), `807`/`841` pan/tilt move `{ps, ts, zs}` (+ `v_id` on multi-lens
                 *     products), `808`/`842` pan/tilt stop `{t}`; see `iotSet`. Signed as the exact text sent and
                 *     percent-encoded on the wire; send it compact (departures 28 and 29).
                 *
                 *     More values: `{"118":0}` (what the IoT demo sends), `{"807":{"v_id":3,"ps":0,"ts":0,"zs":0}}`
                 *     (PTZ 1.0 move on a multi-lens product, upper lens: the page's `v_id` example),
                 *     `{"841":{"ps":1,"ts":0,"zs":0}}` (PTZ 2.0 pan right, repeated every 200 ms while turning;
                 *     illustrative), `{"842":{"t":"1712642975516"}}` (PTZ 2.0 stop, the page's `t`).
                 * @example {"118":0,"807":{"ps":0,"ts":0,"zs":0}}
                 */
                items: components["parameters"]["Items"];
                /**
                 * @description Not in the page's table: the IoT demo sends and signs `iotType=3` (departure 30). Meaning not
                 *     documented. iotdock's client sends it only when the caller gives one; when sent, it is
                 *     signed.
                 * @example 3
                 */
                iotType?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description Always HTTP 200 (assumed, see *Envelope*); success or error is in `resultCode`. The page
             *     documents only `{"resultCode":"1001"}`: no `result`. The page's codes: `1003` a parameter
             *     missing, `1023` signature mismatch, `1007` the device does not exist or is not bound to the
             *     user, `1005` network busy. The sandbox adds the header `x-iotdock-detail` to its errors.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CodeOnlyResponse"];
                };
            };
        };
    };
    activationCodeService: {
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
                 * @description The Meari device id ("deviceID", typed `long` by the pages), as Meari's app SDK reports it
                 *     (Android `CameraInfo.getDeviceID()`); no server endpoint documented here returns it. Decimal
                 *     digits; a string here because it travels as query text and is signed as sent (departure 35).
                 *     The example is the create-order page's.
                 * @example 10001
                 */
                deviceID: components["parameters"]["DeviceID"];
                /**
                 * @description The activation code ("Activation code") to redeem. Format not documented. A code can be used
                 *     once: a used one answers `1067`, an unknown one `1068`. The example is illustrative.
                 * @example EXAMPLE-ACT-0001
                 */
                actCode: components["parameters"]["ActCode"];
                /**
                 * @description The service the code activates ("Service Type"): `"0"` cloud storage, `"1"` AI, `"2"` 4G. A
                 *     string, as the page types it (the order operations number the same kinds `1`–`3`; departure 34).
                 * @example 0
                 */
                type: components["parameters"]["ServiceType"];
                /**
                 * @description Platform of the user's phone (the app that will use the result): `a` Android, `i` iOS.
                 * @example a
                 */
                phoneType: components["parameters"]["PhoneType"];
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
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description Always HTTP 200 (assumed, see *Envelope*); success or error is in `resultCode`. On success
             *     `result.orderNum`; on error only `resultCode` (and `t`). The sandbox adds the header
             *     `x-iotdock-detail` to its errors.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivationCodeServiceResponse"];
                };
            };
        };
    };
    activationCodeUsageRecord: {
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
                 * @description The Meari device id ("deviceID", typed `long` by the pages), as Meari's app SDK reports it
                 *     (Android `CameraInfo.getDeviceID()`); no server endpoint documented here returns it. Decimal
                 *     digits; a string here because it travels as query text and is signed as sent (departure 35).
                 *     The example is the create-order page's.
                 * @example 10001
                 */
                deviceID: components["parameters"]["DeviceID"];
                /**
                 * @description Platform of the user's phone (the app that will use the result): `a` Android, `i` iOS.
                 * @example a
                 */
                phoneType: components["parameters"]["PhoneType"];
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
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description Always HTTP 200 (assumed, see *Envelope*); success or error is in `resultCode`. On success
             *     `result.data` (possibly empty); on error only `resultCode` (and `t`). The sandbox adds the
             *     header `x-iotdock-detail` to its errors.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivationCodeUsageRecordResponse"];
                };
            };
        };
    };
    deviceServicesEffect: {
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
                 * @description The Meari device id ("deviceID", typed `long` by the pages), as Meari's app SDK reports it
                 *     (Android `CameraInfo.getDeviceID()`); no server endpoint documented here returns it. Decimal
                 *     digits; a string here because it travels as query text and is signed as sent (departure 35).
                 *     The example is the create-order page's.
                 * @example 10001
                 */
                deviceID: components["parameters"]["DeviceID"];
                /**
                 * @description Platform of the user's phone (the app that will use the result): `a` Android, `i` iOS.
                 * @example a
                 */
                phoneType: components["parameters"]["PhoneType"];
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
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description Always HTTP 200 (assumed, see *Envelope*); success or error is in `resultCode`. On success
             *     `result.data` (possibly empty); on error only `resultCode` (and `t`). The sandbox adds the
             *     header `x-iotdock-detail` to its errors.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeviceServicesEffectResponse"];
                };
            };
        };
    };
    orderCreate: {
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
                 * @description The user's id in the customer's own account system ("account (Preferably uuid)"). The first
                 *     `login` of a value creates its Meari user. The vendor's demo lower-cases it before sending;
                 *     iotdock's client sends it exactly as given, so prefer lower-case ids (departure 13).
                 * @example 3f2b8c1e-7a4d-4e21-9b6f-0c5d8e2a1f47
                 */
                userAccount: components["parameters"]["UserAccount"];
                /**
                 * @description The Meari device id ("deviceID", typed `long` by the pages), as Meari's app SDK reports it
                 *     (Android `CameraInfo.getDeviceID()`); no server endpoint documented here returns it. Decimal
                 *     digits; a string here because it travels as query text and is signed as sent (departure 35).
                 *     The example is the create-order page's.
                 * @example 10001
                 */
                deviceID: components["parameters"]["DeviceID"];
                /**
                 * @description The package ordered ("Package ID"); what it refers to and where its values come from are not
                 *     documented (presumably agreed with Meari). The example is illustrative (the page gives none).
                 * @example example-package-1
                 */
                packageId: components["parameters"]["PackageId"];
                /**
                 * @description How many of the package (`int`, example `1`).
                 * @example 1
                 */
                quantity: components["parameters"]["Quantity"];
                /**
                 * @description The kind of order: `1` cloud storage order, `2` AI order, `3` 4G data ("flow4g") order (`int`;
                 *     the activation-code operations number the same kinds `"0"`–`"2"`; departure 34).
                 * @example 1
                 */
                orderType: components["parameters"]["OrderType"];
                /**
                 * @description The order number ("Order number"), e.g. `01582572KS0209053` (the pages' example). Given by the
                 *     caller to `orderCreate` and passed again to `orderCancel`; who assigns it is not documented.
                 * @example 01582572KS0209053
                 */
                orderNum: components["parameters"]["OrderNum"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description Always HTTP 200 (assumed, see *Envelope*); success or error is in `resultCode`. The page
             *     documents only `{"resultCode":"1001"}`. The sandbox adds the header `x-iotdock-detail` to its
             *     errors.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CodeOnlyResponse"];
                };
            };
        };
    };
    orderCancel: {
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
                 * @description The user's id in the customer's own account system ("account (Preferably uuid)"). The first
                 *     `login` of a value creates its Meari user. The vendor's demo lower-cases it before sending;
                 *     iotdock's client sends it exactly as given, so prefer lower-case ids (departure 13).
                 * @example 3f2b8c1e-7a4d-4e21-9b6f-0c5d8e2a1f47
                 */
                userAccount: components["parameters"]["UserAccount"];
                /**
                 * @description The kind of order: `1` cloud storage order, `2` AI order, `3` 4G data ("flow4g") order (`int`;
                 *     the activation-code operations number the same kinds `"0"`–`"2"`; departure 34).
                 * @example 1
                 */
                orderType: components["parameters"]["OrderType"];
                /**
                 * @description The order number ("Order number"), e.g. `01582572KS0209053` (the pages' example). Given by the
                 *     caller to `orderCreate` and passed again to `orderCancel`; who assigns it is not documented.
                 * @example 01582572KS0209053
                 */
                orderNum: components["parameters"]["OrderNum"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description Always HTTP 200 (assumed, see *Envelope*); success or error is in `resultCode`. The page
             *     documents only `{"resultCode":"1001"}`. The sandbox adds the header `x-iotdock-detail` to its
             *     errors.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CodeOnlyResponse"];
                };
            };
        };
    };
}
