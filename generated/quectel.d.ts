// Generated from specs/quectel.yaml by `npm run generate` (openapi-typescript). Do not edit.
export interface paths {
    "/v2/sms/enduserapi/v2/sendPhoneSmsCode": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send an SMS verification code
         * @description Sends a verification code by SMS to `internationalCode` + `phone`. The last unused SMS code sent
         *     within 5 minutes is valid; earlier codes are superseded. Sending too often answers `5058`
         *     (the vendor publishes no figure). Use `codeType=3` before `phonePwdRegister`.
         *
         *     Signed: `signature = hex(SHA-256(phone + codeType + random + ts + userDomainSecret))`, with `ts`
         *     in Unix milliseconds (within 10 minutes of the server clock) and `random` a fresh 16-character
         *     string. `userDomain`, `ts`, `random` and `signature` are query parameters on the wire but are
         *     modelled as security schemes (departure 1); the vendor's table names the type parameter
         *     `code_type`, the wire name is `codeType` (departure 2); the table's example signature is wrong
         *     (departure 3). All inputs are in the query; the body is empty (departure 15).
         */
        post: operations["sendPhoneSmsCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/enduser/enduserapi/v2/phonePwdRegister": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register an end user with phone number and password
         * @description Creates an end user in `userDomain` from a phone number, an SMS code (sent with `codeType=3`;
         *     valid for 5 minutes, the last one sent only) and an AES-encrypted password (see *Password
         *     encryption*). Returns the new user id.
         *
         *     Not signed and not authenticated (`security: []`): the vendor signs nothing here, the user domain
         *     travels in the JSON body, and the SMS code plus the password encryption are the only protection.
         *     The reference page describes an older variant of this endpoint (departure 14).
         */
        post: operations["phonePwdRegister"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/enduser/enduserapi/phonePwdLogin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in with phone number and password
         * @description Exchanges phone number and encrypted password for an access token (valid 7,200 s) and a refresh
         *     token (about 30 days). All inputs are query parameters; the body is empty (departure 15).
         *
         *     Signed: `signature = hex(SHA-256(internationalCode + phone + pwd + random + userDomainSecret))`
         *     with `pwd` the encrypted Base64 string (before percent-encoding) and absent optional parameters
         *     contributing `""`. `userDomain` and `signature` are modelled as security schemes (departure 1).
         *
         *     Limits: wrong passwords count down with `5582`…`5579` (4…1 attempts left), then `5147` freezes
         *     the account for 20 minutes; risk control (`5325`) blocks a caller for 24 hours.
         */
        post: operations["phonePwdLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/binding/enduserapi/userDeviceList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the user's devices
         * @description Pages through the devices bound to the logged-in user, including devices shared with them.
         *     Needs `Authorization: <data.accessToken.token>` (valid 2 hours; refresh with `refreshToken`).
         *     A missing token answers `5106`, an invalid or expired one `5032`.
         *
         *     The seed document heads this step with the login address and POST; the real call is this GET
         *     (departure 4). `isAssociation`, `isGroupDeviceShow` and `secondItemCode` come from the API
         *     reference page only (departure 18).
         */
        get: operations["userDeviceList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/enduser/enduserapi/refreshToken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Refresh the access token
         * @description Exchanges the refresh token for a new token pair; the access token's validity is reset to
         *     2 hours. Call it before `accessToken.expirationTime` (Unix seconds); once the refresh token
         *     (about 30 days) has expired, log in again.
         *
         *     Taken from the API reference page `APIList/refreshToken.md`, not from the seed document
         *     (departure 12). That page lists a single query parameter and no `Authorization` header, so this
         *     operation carries `security: []`. The page documents no error code; its example is a generated
         *     placeholder with `code` 0 (departure 5).
         */
        put: operations["refreshToken"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/enduser/enduserapi/userLogout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Log the user out
         * @description Ends the user's session. Pass `deviceId` to also unregister the phone's push identity, so it
         *     stops receiving this user's notifications. Needs the access token; an invalid or expired one
         *     answers `5032`, a failed logout `5045`.
         *
         *     Taken from the API reference page `APIList/userLogout.md`, not from the seed document
         *     (departure 12); its example is a generated placeholder with `code` 0 (departure 5).
         */
        delete: operations["userLogout"];
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
         * @description Body of every answer (always HTTP 200). `code` 200 means success (0 in the API reference's
         *     placeholder examples, departure 5); any other value is an error code and `data` is then `null`
         *     or absent.
         */
        Envelope: {
            /**
             * Format: int32
             * @description 200 = success (0 in the reference pages' placeholder examples); anything else is an error code.
             */
            code: number;
            /** @description Message; empty on success, the vendor's Chinese text on error. */
            msg: string;
            /** @description Payload on success (any JSON value); `null` or absent on error. Narrowed by each operation. */
            data?: unknown;
            /** @description Extra message; usually `null` or empty. */
            extMsg?: string | null;
        };
        /** @description No payload. `null` in the seed document's example, `{}` in the API reference's. */
        EmptyData: {
            [key: string]: unknown;
        } | null;
        SendPhoneSmsCodeResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["EmptyData"];
        };
        PhonePwdRegisterRequest: {
            /**
             * @description International dialling code without `+`; defaults to mainland China.
             * @example 86
             */
            internationalCode?: string;
            /**
             * @description Mobile number without the international code. Missing → `5021`; malformed → `5019`.
             * @example 17132136550
             */
            phone: string;
            /**
             * @description Random string from which the AES key for `pwd` is derived. Optional in the vendor's table but
             *     needed to encrypt `pwd` as documented (departure 11). Not length-constrained (departure 9).
             * @example abcdef
             */
            random?: string;
            /**
             * @description The password (6–20 letters, digits or special characters), AES-128-CBC encrypted with the key
             *     derived from `random`, Base64 (see *Password encryption*). Sent as is in JSON.
             *     Missing → `5022`; bad format → `5056`.
             * @example KbbO5AsWloh9gulLei6NhQ==
             */
            pwd: string;
            /**
             * @description The code received from `sendPhoneSmsCode` with `codeType=3`. Missing → `5064`; wrong → `5037`.
             * @example 606754
             */
            smsCode: string;
            /**
             * @description The App's user domain. Missing → `5023`; malformed → `5013`; unknown → `5015`.
             * @example C.DM.10271.5
             */
            userDomain: string;
            /** @description The agreements the user accepted. */
            agreementList: components["schemas"]["Agreement"][];
        };
        Agreement: {
            /**
             * Format: int32
             * @description `1` privacy policy, `2` service agreement.
             * @enum {integer}
             */
            protocolType: 1 | 2;
            /** @description Version of the accepted agreement, e.g. `1.0.0`. */
            privacyVersion: string;
        };
        /** @description Registration result; `null` on error. */
        PhonePwdRegisterData: {
            /** @description The new end user's id. */
            uid: string;
        } | null;
        PhonePwdRegisterResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["PhonePwdRegisterData"];
        };
        Token: {
            /**
             * @description The token, already prefixed with `Bearer ` (empty in the reference page's placeholder
             *     example). Use verbatim as the `Authorization` header or the `refreshToken` parameter.
             */
            token: string;
            /**
             * Format: int64
             * @description Absolute expiry as Unix time in **seconds**.
             */
            expirationTime: number;
        };
        /**
         * @description Access token (7,200 s) and refresh token (about 30 days). `null` on error (the schema is
         *     nullable because it is used directly as the envelope's `data`).
         */
        TokenPair: {
            accessToken: components["schemas"]["Token"];
            refreshToken: components["schemas"]["Token"];
        } | null;
        PhonePwdLoginResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["TokenPair"];
        };
        RefreshTokenResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["TokenPair"];
        };
        UserLogoutResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["EmptyData"];
        };
        UserDeviceListResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["UserDevicePage"];
        };
        /** @description One page of devices (PageHelper `PageInfo`); `null` on error. */
        UserDevicePage: {
            /**
             * Format: int64
             * @description Number of devices matching the filters.
             */
            total: number;
            list: components["schemas"]["UserDevice"][];
            /**
             * Format: int32
             * @description Current page number.
             */
            pageNum?: number;
            /**
             * Format: int32
             * @description Page size.
             */
            pageSize?: number;
            /**
             * Format: int32
             * @description Number of devices on this page.
             */
            size?: number;
            /**
             * Format: int64
             * @description 1-based index of the first device of this page in the whole result.
             */
            startRow?: number;
            /**
             * Format: int64
             * @description 1-based index of the last device of this page in the whole result.
             */
            endRow?: number;
            /**
             * Format: int32
             * @description Total number of pages.
             */
            pages?: number;
            /**
             * Format: int32
             * @description Previous page number (0 if none).
             */
            prePage?: number;
            /**
             * Format: int32
             * @description Next page number (0 if none).
             */
            nextPage?: number;
            isFirstPage?: boolean;
            isLastPage?: boolean;
            hasPreviousPage?: boolean;
            hasNextPage?: boolean;
            /**
             * Format: int32
             * @description Number of page links in the navigation bar.
             */
            navigatePages?: number;
            /** @description Page numbers shown in the navigation bar. */
            navigatepageNums?: number[];
            /** Format: int32 */
            navigateFirstPage?: number;
            /** Format: int32 */
            navigateLastPage?: number;
        } | null;
        /**
         * @description A device bound to or shared with the user. Field meanings are from the API reference page;
         *     times come both as `yyyy-MM-dd HH:mm:ss` strings and as `…Ts` Unix milliseconds.
         */
        UserDevice: {
            /** @description Product key. */
            productKey: string;
            /** @description Device key. */
            deviceKey: string;
            /** @description Device tag. */
            deviceTag?: string | null;
            /** @description Device name. */
            deviceName?: string | null;
            /** @description Device status as localised text (e.g. `离线`, offline). */
            deviceStatus?: string | null;
            /** @description Access protocol, e.g. `MQTT`. */
            protocol?: string | null;
            /** @description Product name. */
            productName?: string | null;
            /** @description Product logo URL. */
            logoImage?: string | null;
            /** @description Signal strength. */
            signalStrength?: string | null;
            /** @description Id of the bound user. */
            uid?: string | null;
            /** @description Nickname of the bound user. */
            userName?: string | null;
            /** @description Phone number of the bound user. */
            phone?: string | null;
            /** @description Supported positioning content. */
            locateType?: string | null;
            /**
             * Format: int32
             * @description `1` own device, `2` device shared with the user.
             */
            deviceType?: number | null;
            /** @description For shared devices, the id of the user who shared it. */
            ownerUid?: string | null;
            /** @description Share code. */
            shareCode?: string | null;
            /** @description Device authKey. */
            authKey?: string | null;
            /** @description Device authCode. */
            authCode?: string | null;
            /** @description Binding code. */
            bindingCode?: string | null;
            /** @description Bluetooth password. */
            btPwd?: string | null;
            /**
             * Format: int64
             * @description Last Bluetooth use, Unix milliseconds.
             */
            btLastUseTime?: number | null;
            /**
             * @description Whether the binding is verified: `0` no, `1` yes. Integer in the seed example, string in the
             *     reference page (departure 16), so both are accepted.
             */
            verified?: (number | null) | string;
            /**
             * Format: int32
             * @description Binding status; `1` normal, `2` invalid.
             */
            status?: number | null;
            /** @description Network type; `1` Wi-Fi, `2` cellular, `3` NB-IoT, `5` Bluetooth. */
            networkType?: string | null;
            /** @description Access type; `0` directly connected device, `1` gateway, `2` gateway sub-device. */
            accessType?: string | null;
            /** @description Serial number. */
            sn?: string | null;
            /**
             * Format: int32
             * @description Binding mode; `1` multiple bindings, `2` unique, `3` take-over (latest binder wins).
             */
            bindMode?: number | null;
            /**
             * Format: int32
             * @description `0` offline, `1` online.
             */
            onlineStatus?: number | null;
            /**
             * Format: int32
             * @description Binding status; `1` normal, `2` invalid.
             */
            bindStatus?: number | null;
            /** @description Device creation time. */
            deviceCreateTime?: string | null;
            /**
             * Format: int64
             * @description Device creation time, Unix milliseconds.
             */
            deviceCreateTimeTs?: number | null;
            /** @description Activation time. */
            activeTime?: string | null;
            /**
             * Format: int64
             * @description Activation time, Unix milliseconds.
             */
            activeTimeTs?: number | null;
            /** @description Binding time. */
            deviceBindTime?: string | null;
            /**
             * Format: int64
             * @description Binding time, Unix milliseconds.
             */
            deviceBindTimeTs?: number | null;
            /** @description Last time online. */
            lastConnTime?: string | null;
            /**
             * Format: int64
             * @description Last time online, Unix milliseconds.
             */
            lastConnTimeTs?: number | null;
            /** @description Last time offline. */
            lastOfflineTime?: string | null;
            /**
             * Format: int64
             * @description Last time offline, Unix milliseconds.
             */
            lastOfflineTimeTs?: number | null;
            /** @description Expiry time of the binding (the vendor's spelling `invaild`). */
            invaildTime?: string | null;
            /**
             * Format: int64
             * @description Expiry time of the binding, Unix milliseconds.
             */
            invaildTimeTs?: number | null;
            /** @description Family (home) id. */
            fid?: string | null;
            /** @description Room id. */
            frid?: string | null;
            /**
             * Format: int32
             * @description How the device was bound; `1` SN, `2` Wi-Fi, `3` PK/DK, `4` Bluetooth.
             */
            bindingType?: number | null;
            /**
             * Format: int32
             * @description Network capabilities bitmask.
             */
            capabilitiesBitmask?: number | null;
            /** @description End of the usage period of a shared device. */
            sharingExpireAt?: string | null;
            /**
             * Format: int64
             * @description End of the usage period of a shared device, Unix milliseconds.
             */
            sharingExpireTimeTs?: number | null;
            /**
             * Format: int32
             * @description Firmware upgrade status.
             */
            upgradeStatus?: number | null;
            /**
             * Format: int32
             * @description User confirmation status (of an upgrade).
             */
            userConfirmStatus?: number | null;
            /**
             * Format: int32
             * @description Whether it is a Quectel (native) device; `1` yes, `0` no.
             */
            isNative?: number | null;
            /**
             * Format: int32
             * @description Whether it is a Matter device; `1` yes, `0` no.
             */
            isMatter?: number | null;
            /** @description First-level product category code. */
            firstItemCode?: string | null;
            /** @description First-level product category name. */
            firstItemName?: string | null;
            /** @description Second-level product category code. */
            secondItemCode?: string | null;
            /** @description Second-level product category name. */
            secondItemName?: string | null;
            /** @description Whether the product is a low-power product. */
            lowPowerProduct?: boolean | null;
            /**
             * Format: int32
             * @description Low-power cache duration, seconds.
             */
            lowPowerCache?: number | null;
            /** @description Low-power mode switch. */
            lowPowerStatus?: boolean | null;
            /** @description AI capability switch. */
            aiCapabilityStatus?: boolean | null;
            /**
             * Format: int32
             * @description Low-power heartbeat period, minutes.
             */
            lowPowerAlive?: number | null;
            /**
             * Format: int64
             * @description Firmware upgrade plan id.
             */
            planId?: number | null;
            /** @description Device group id. */
            gdid?: string | null;
            /**
             * Format: int32
             * @description Group permission.
             */
            groupState?: number | null;
            /**
             * Format: int32
             * @description Number of devices in the group.
             */
            groupDeviceDeviceNum?: number | null;
            matterInfo?: components["schemas"]["MatterInfo"];
        };
        /** @description Matter binding details (`BindNativeMatterDto`); `null` for non-Matter devices. Fields from the API reference page, undocumented there. */
        MatterInfo: {
            catList?: components["schemas"]["MatterCat"][];
            /** Format: int32 */
            discriminator?: number;
            extra?: string;
            /** Format: int64 */
            fabricId?: number;
            /** Format: int32 */
            matterProductId?: number;
            /** Format: int32 */
            matterVendorId?: number;
            matterVersion?: string;
            /** Format: int64 */
            nodeId?: number;
        } | null;
        /** @description A Matter CASE Authenticated Tag with its privilege (`CatInfoDto`). */
        MatterCat: {
            /** Format: int64 */
            cat?: number;
            privilege?: string;
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
    sendPhoneSmsCode: {
        parameters: {
            query: {
                /**
                 * @description Purpose of the code: `1` password reset, `2` login, `3` registration, `4` account deletion,
                 *     `5` add a push recipient. Enters the signature as a decimal string. (The seed table spells it
                 *     `code_type`; see departure 2.)
                 * @example 3
                 */
                codeType: 1 | 2 | 3 | 4 | 5;
                /**
                 * @description International dialling code without `+`, e.g. `86` for mainland China. Missing → `5116`.
                 * @example 86
                 */
                internationalCode: string;
                /**
                 * @description Mobile number without the international code. Missing → `5021`; malformed → `5019`.
                 * @example 17132136550
                 */
                phone: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description Always HTTP 200; success or error is in `code` (see *Envelope*). On success `data` is `null`
             *     (seed) or `{}` (API reference).
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SendPhoneSmsCodeResponse"];
                };
            };
        };
    };
    phonePwdRegister: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PhonePwdRegisterRequest"];
            };
        };
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see *Envelope*). On success `data.uid` is the new user id. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhonePwdRegisterResponse"];
                };
            };
        };
    };
    phonePwdLogin: {
        parameters: {
            query: {
                /**
                 * @description International dialling code without `+`; the vendor defaults to mainland China. Enters the signature (`""` when absent).
                 * @example 86
                 */
                internationalCode?: string;
                /**
                 * @description Mobile number without the international code.
                 * @example 17132136550
                 */
                phone: string;
                /**
                 * @description The password, AES-128-CBC encrypted with the key derived from `random` and Base64-encoded
                 *     (see *Password encryption*). The client must percent-encode `+`, `/` and `=` (`%2B`, `%2F`,
                 *     `%3D`) in the query string. The signature uses the Base64 string before percent-encoding.
                 *     The vendor's example `KbbO5AsWloh9gulLei6NhQ==` (random `abcdef`) decrypts to `abcd1234`
                 *     (departure 10).
                 * @example KbbO5AsWloh9gulLei6NhQ==
                 */
                pwd: string;
                /**
                 * @description Random string from which the AES key for `pwd` is derived (upper-case hex MD5, characters
                 *     8..24). Optional in the vendor's table, but without it the password cannot be decrypted as
                 *     documented, so send it (departure 11). Enters the signature (`""` when absent). No length
                 *     is documented; the vendor's example uses 6 characters, iotdock uses 16 (departure 9).
                 * @example abcdef
                 */
                random?: string;
                /** @description Mobile country code (API reference page only; not part of the signature; departure 18). */
                mcc?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see *Envelope*). On success `data` holds the token pair. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhonePwdLoginResponse"];
                };
            };
        };
    };
    userDeviceList: {
        parameters: {
            query?: {
                /**
                 * @description Product keys to filter by, comma-separated.
                 * @example p11pLZ
                 */
                pkList?: string;
                /** @description Device key to filter by. */
                dk?: string;
                /** @description Device name to filter by. Too long → `5333`. */
                deviceName?: string;
                /** @description Page number, from 1. */
                page?: number;
                /** @description Page size. */
                pageSize?: number;
                /** @description `false` (default) lists all devices; `true` leaves out sub-devices that are already associated. API reference only. */
                isAssociation?: boolean;
                /** @description `false` (default) hides device groups; `true` includes them. API reference only. */
                isGroupDeviceShow?: boolean;
                /** @description Second-level product category code to filter by. API reference only. */
                secondItemCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see *Envelope*). On success `data` is a page of devices. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDeviceListResponse"];
                };
            };
        };
    };
    refreshToken: {
        parameters: {
            query: {
                /**
                 * @description `data.refreshToken.token` exactly as returned by `phonePwdLogin` (or by the previous refresh),
                 *     i.e. beginning with `Bearer `; percent-encode it (the space becomes `%20`).
                 * @example Bearer eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJlbmR1c2VyIiwiYXVkIjoiQXVkaWVuY2UiLCJleHAiOjE3NDczNzI1ODYsImp0aSI6Ijc0UEJIdEt5UmRidVdwVlFsNENGVEEiLCJpYXQiOjE3NDQ3ODA1ODYsIm5iZiI6MTc0NDc4MDQ2Niwic3ViIjoic3ViamVjdCIsInVpZCI6IkMxMzEzNjIiLCJ0eXBlIjoiUmVmcmVzaFRva2VuIn0.aB3FMr4IeDInhq-fVMjy032kad2WZhoqTLwwiXycTZpv9a3aed5TRZouYUjVKmE8I2ueB3gkPWLrVVjJzq0hzitSQz3NYk0aNtYJDGzdt7MC2BxEPMz8hEOr8Qz8bxHbnl3DFR1oYuwBcc7ZxG_yvqb4iG-zqwE3VyCeZo0Q_6YvS-ZszgQe0GPU5s9R1ktMXf7Dc23EOrgVr6nyU595GNK75qXG7Gurl0gMyoLGwJ0KPppj-jfPi0G4zn49zuoBWX--6Q3D4mMWRldH5OBFw19VNvulVzdcInfDjKi0E9SkfsBBxPLmSstbgjQ2gncfw2t6MnEP57_KKS9vdZQ21w
                 */
                refreshToken: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see *Envelope*). On success `data` holds the new token pair. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefreshTokenResponse"];
                };
            };
        };
    };
    userLogout: {
        parameters: {
            query?: {
                /** @description Push device id of the phone — the Aliyun push `pushToken` or the Google `fcmToken`. */
                deviceId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see *Envelope*). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserLogoutResponse"];
                };
            };
        };
    };
}
