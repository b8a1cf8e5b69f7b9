// Generated from specs/gwell.yaml by `npm run generate` (openapi-typescript). Do not edit.
export interface paths {
    "/openapi/custCloud/app/user/thirdCustLogin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log a customer-app user in to Gwell and get the AppSDK token
         * @description Called by the **customer cloud** (never by the app: the appToken and appKey must stay on the
         *     server). Logs the customer's user `unionId` in on terminal `uniqueId` (there is no separate
         *     registration call) and returns the AppSDK's credentials: `accessToken`, `expireTime` (absolute Unix
         *     seconds), `accessId`, `terminalId` and `expand`. Pass all five to the app unchanged (see
         *     *Tokens*). There is no refresh operation: call this again when the app needs credentials.
         *
         *     Signed (see *Signing*) with `X-IotVideo-AccessID` = the appId. `action` is optional here although
         *     the vendor's table marks it required (departure 2). The only documented error is `10007`
         *     (signature); the sandbox answers `400` to bodies that break this spec.
         */
        post: operations["thirdCustLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/custCloud/oss/devInfo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Look up one device (after-sales support)
         * @description For the customer's after-sales support: the device's state (owner, online status, battery,
         *     signal, firmware, binding time), its latest cloud-storage service and its 4G-data service.
         *     Identify the device by **either** `sn` **or** `devId` (an empty string counts as absent;
         *     departure 29), and give the user's Gwell id `accessId` (from `thirdCustLogin`).
         *
         *     Rate limit: **10 requests per second** (Gwell documents no error code for exceeding it).
         *     Signed (see *Signing*) with `X-IotVideo-AccessID` = the appId, as in the vendor's example
         *     (departure 7). `action` is optional (departure 2). Only `10007` is documented.
         *
         *     The vendor's example masks its values; masked numbers are filled with `0` here (departure 22).
         *     Long-offline devices lack the online fields (departure 23).
         */
        post: operations["devInfo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/custCloud/oss/devList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List a user's devices (after-sales support)
         * @description For the customer's after-sales support: the devices of the Gwell user `accessId` (from
         *     `thirdCustLogin`), as owner or visitor, each with its cloud-storage (`vss`) and 4G-data
         *     (`fourCard`) service status.
         *
         *     Rate limit: **10 requests per second** (Gwell documents no error code for exceeding it).
         *     Signed (see *Signing*) with `X-IotVideo-AccessID` = the appId, as in the vendor's example
         *     (departure 7). `action` is optional (departure 2). Only `10007` is documented.
         */
        post: operations["devList"];
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
         * @description Body of every answer (HTTP 200, assumed for errors too). `code` 0 means success; any other
         *     value is an error code and `data` is then `null` or absent.
         */
        Envelope: {
            /**
             * Format: int32
             * @description `0` = success; anything else is an error code (`10007` signature check failed).
             */
            code: number;
            /** @description `ok` on success; on error the vendor's message, e.g. `signature validate fail:-3`. */
            msg: string;
            /** @description Payload on success (any JSON value); `null` or absent on error. Narrowed by each operation. */
            data?: unknown;
            /** @description Request id (empty in the login example, a UUID in the back-office examples). */
            requestId?: string;
        };
        ThirdCustLoginRequest: {
            /**
             * @description Name of the operation. Marked required in the vendor's table, but every example omits it
             *     (departure 2): optional; if sent, it must be `thirdCustLogin`. The iotdock client omits it.
             * @enum {string}
             */
            action?: "thirdCustLogin";
            /**
             * @description The app's id, assigned by Gwell. Also the `X-IotVideo-AccessID` header value.
             * @example 0000175a370efbbe852dc1cd1b0b877e
             */
            appId: string;
            /**
             * @description The app's verification token, assigned by Gwell. Keep it on the server.
             * @example a844e8320c75a5c387b78273182513b3fde94911ce9e3478b9d2b041a05a7053
             */
            appToken: string;
            /**
             * @description Unique id of the terminal (phone), distinguishing the terminals of one user. For
             *     multi-terminal login send a stable per-phone id (the AppSDK's `GWIoT.phoneUniqueId()`);
             *     to restrict the user to a single terminal, send the `unionId` value (departure 18).
             * @example e27d3172f214497b2bb73ac62be6effb
             */
            uniqueId: string;
            /**
             * @description The user's unique id in the customer's app (Gwell recommends the unique account id of the
             *     customer's own account system). It identifies the user across logins.
             * @example 0001
             */
            unionId: string;
            /**
             * @description The user's country as an ISO 3166-1 alpha-2 code in upper case (e.g. `CN`), used by Gwell
             *     for GDPR data compliance. Comes back in `expand.regRegion`.
             * @example CN
             */
            regRegion: string;
        };
        /** @description The AppSDK's credentials; `null` or absent on error. Pass all five fields to the app unchanged. */
        ThirdCustLoginData: {
            /** @description The AppSDK's access token (opaque; 128 upper-case hex characters in the example). */
            accessToken: string;
            /**
             * Format: int64
             * @description Expiry of `accessToken` as an **absolute Unix time in seconds** (typed string and described
             *     as "unit seconds" by the vendor, but an integer point in time in its example; departure 3).
             *     The AppSDK's `UserC2CInfo` takes it as a string: pass `String(expireTime)`. Call
             *     `thirdCustLogin` again for new credentials; there is no refresh endpoint for the customer
             *     cloud.
             */
            expireTime: number;
            /**
             * @description The Gwell user id of this customer user (a negative 64-bit integer, e.g.
             *     `-9223371996052586423`), sent as a **string** because it exceeds 2^53 and would lose
             *     precision as a JSON number. Keep it a string. It is the `accessId` of `devInfo`/`devList`.
             */
            accessId: string;
            /**
             * @description The Gwell terminal id (a negative 64-bit integer as a **string**, for the same reason as
             *     `accessId`; equal to `accessId` in the vendor's example).
             */
            terminalId: string;
            /**
             * @description Extension information as a **JSON string**, to be passed through the app to Gwell's plug-ins
             *     unchanged. Parsed, it is a `GwellExpand` object (`#/components/schemas/GwellExpand`):
             *     `area` (always) and `regRegion` (since July 2025). Example
             *     `{"area":"cn","regRegion":"CN"}`.
             */
            expand: string;
        } | null;
        /**
         * @description The parsed content of `ThirdCustLoginData.expand` (which is a string). The app sends these back
         *     to Gwell among the AppSDK's public parameters. The Chinese docking document lists only `area`
         *     (departure 4); its example is not valid JSON (departure 5).
         * @example {
         *       "area": "cn",
         *       "regRegion": "CN"
         *     }
         */
        GwellExpand: {
            /**
             * @description Data region assigned to the user: `unknown`, `cn` (mainland China), `sg` (Singapore),
             *     `de` (Germany), `us` (United States).
             * @enum {string}
             */
            area: "unknown" | "cn" | "sg" | "de" | "us";
            /** @description The user's registration country (ISO 3166-1 alpha-2, as sent in the login's `regRegion`). */
            regRegion?: string;
        };
        ThirdCustLoginResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["ThirdCustLoginData"];
        };
        /**
         * @description Identify the device by exactly one of `sn` and `devId`; an empty string counts as absent (the
         *     vendor's example sends `"devId":""` with a serial number). Not expressed in the schema
         *     (departure 29); the sandbox answers `400` when neither is given.
         */
        DevInfoRequest: {
            /**
             * @description Name of the operation; required in the vendor's table, omitted in its example (departure 2). Optional; if sent, `devInfo`.
             * @enum {string}
             */
            action?: "devInfo";
            /** @description The app's id, assigned by Gwell (also the `X-IotVideo-AccessID` header). */
            appId: string;
            /** @description The app's verification token, assigned by Gwell. */
            appToken: string;
            /** @description The device's serial number. Give `sn` or `devId`. */
            sn?: string;
            /** @description The Gwell device id (as a decimal string; `devList` returns it as a number). Give `sn` or `devId`. */
            devId?: string;
            /** @description The Gwell user id, `data.accessId` of `thirdCustLogin` (a negative 64-bit integer as a string). */
            accessId: string;
        };
        /** @description One device's state and services; `null` or absent on error. (Typed `string` in the vendor's table; objects in its example, departure 21.) */
        DevInfoData: {
            deviceInfo: components["schemas"]["DevInfoDevice"];
            storageInfo: components["schemas"]["DevInfoStorage"];
            flowInfo: components["schemas"]["DevInfoFlow"];
        } | null;
        /**
         * @description Device state. A device offline for a long time (months) lacks the online information:
         *     `online`, `onlineUpdateTime`, `battery`, `signal`, `rssi`, `powerMode`, `powerCharging`
         *     (departure 23).
         */
        DevInfoDevice: {
            /** @description The Gwell device id. */
            deviceId: string;
            /**
             * Format: int64
             * @description The Gwell user id of the device's owner; `0` when the device is not bound. Sent as a JSON
             *     **number** although, like `accessId`, it is a negative 64-bit integer beyond 2^53: parse
             *     with a 64-bit-safe JSON parser to compare it with `accessId` (departure 28).
             */
            ownerId: number;
            /**
             * Format: int64
             * @description `0` offline, `1` online.
             */
            online?: number;
            /**
             * Format: int64
             * @description Last update of the online status (Unix seconds; absent in the vendor's example).
             */
            onlineUpdateTime?: number;
            /** @description Device type. */
            deviceType: string;
            /** @description Battery level (empty when unknown). */
            battery?: string;
            /**
             * Format: int64
             * @description Signal quality (absent in the vendor's example).
             */
            signal?: number;
            /**
             * Format: int64
             * @description The device's actual signal value (RSSI) on its current Wi-Fi or 4G link, e.g. `-101`.
             */
            rssi?: number;
            /** @description Firmware version, e.g. `43.0.0.43`. */
            firmwareVer: string;
            /** @description Power supply: `0` no battery; `1` battery device on battery; `2` battery device on external power (empty when unknown). */
            powerMode?: string;
            /** @description Charging: `0` not charging; `1` charging; `2` charging at low voltage; `3` charging at high voltage (empty when unknown). */
            powerCharging?: string;
            /**
             * Format: int64
             * @description Binding time, Unix seconds.
             */
            bindTime: number;
            /**
             * Format: int32
             * @description Message notifications: `0` off, `1` on.
             */
            noticeStatus: number;
            /** @description Undocumented; present (empty) in the vendor's example (departure 23). */
            connectInfo?: string;
        };
        /** @description The device's latest cloud-storage service. */
        DevInfoStorage: {
            /** @description Number of the latest order. */
            orderId: string;
            /**
             * Format: int64
             * @description Package type: `0` continuous (full-time), `1` event recording; the vendor's example shows `5` (departure 24).
             */
            pkgType: number;
            /**
             * Format: int64
             * @description Service start, Unix seconds (`0` in the example).
             */
            startTime: number;
            /**
             * Format: int64
             * @description Service end, Unix seconds (`0` in the example).
             */
            endTime: number;
            /**
             * Format: int64
             * @description Service status: `2` in use, `5` expired and closed.
             */
            srvStatus: number;
            /**
             * Format: int64
             * @description Days of recordings kept.
             */
            storageDays: number;
            /** @description `true` while a subscription is active. */
            subStatus: boolean;
            /**
             * Format: int64
             * @description Subscription time, Unix seconds; `0` not subscribed.
             */
            subTime: number;
            /**
             * Format: int64
             * @description Latest automatic debit, Unix seconds; `0` none.
             */
            withholdTime: number;
        };
        /** @description The device's 4G-data service (SIM card). */
        DevInfoFlow: {
            /** @description SIM card number. */
            simId: string;
            /** @description Number of the latest order; `int64` in the vendor's table, a string in its example (departure 25). */
            orderId: string | number;
            /**
             * Format: int64
             * @description Service start, Unix seconds.
             */
            startTime: number;
            /**
             * Format: int64
             * @description Service end, Unix seconds (`3972791736`, year 2095, in the example).
             */
            endTime: number;
            /**
             * Format: int64
             * @description Service status: `0` expired, `1` active.
             */
            srvStatus: number;
            /** @description Card provider, e.g. `中国电信` (China Telecom). */
            cardProvider: string;
            /** @description `true` while a subscription is active. */
            subStatus: boolean;
            /**
             * Format: int64
             * @description Subscription time, Unix seconds; `0` not subscribed.
             */
            subTime: number;
            /**
             * Format: int64
             * @description Latest automatic debit, Unix seconds; `0` none.
             */
            withholdTime: number;
            /**
             * Format: int64
             * @description Total data used so far, MB (documented since 2026-05).
             */
            usedData: number;
            /** @description Region where the SIM was activated, e.g. `US`; empty when not activated (documented since 2026-05). */
            activeRegion: string;
            /** @description ICCIDs the device has used (documented since 2026-05). */
            iccids: components["schemas"]["DevInfoIccid"][];
        };
        DevInfoIccid: {
            /** @description The Gwell device id. */
            deviceId: string;
            /** @description The SIM's ICCID. */
            iccid: string;
        };
        DevInfoResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["DevInfoData"];
        };
        DevListRequest: {
            /**
             * @description Name of the operation; required in the vendor's table, omitted in its example (departure 2). Optional; if sent, `devList`.
             * @enum {string}
             */
            action?: "devList";
            /** @description The app's id, assigned by Gwell (also the `X-IotVideo-AccessID` header). */
            appId: string;
            /** @description The app's verification token, assigned by Gwell. */
            appToken: string;
            /** @description The Gwell user id, `data.accessId` of `thirdCustLogin` (a negative 64-bit integer as a string). */
            accessId: string;
        };
        /** @description The user's devices; `null` or absent on error. */
        DevListData: {
            deviceList: components["schemas"]["DevListDevice"][];
        } | null;
        /** @description One device of the user (the vendor's `DeviceVO`). */
        DevListDevice: {
            /**
             * Format: int64
             * @description The Gwell device id (a number here, a string in `devInfo`; departure 27).
             */
            devId: number;
            /**
             * Format: int64
             * @description The user's relation to the device: `1` owner, `2` visitor.
             */
            relation: number;
            vss: components["schemas"]["DevListVss"];
            fourCard: components["schemas"]["DevListFourCard"];
        };
        /** @description Cloud-storage service (the vendor's `VssVO`). */
        DevListVss: {
            /**
             * Format: int64
             * @description Expiry of the cloud-storage service, Unix seconds (`0` in the example).
             */
            vssExpireTime: number;
            /**
             * Format: int64
             * @description Automatic renewal: `0` off, `1` on.
             */
            vssRenew: number;
            /**
             * Format: int64
             * @description Days of recordings kept.
             */
            storageDuration: number;
            /**
             * Format: int64
             * @description Undocumented; present in the vendor's example (departure 26).
             */
            type?: number;
        };
        /** @description 4G-data service (the vendor's `FourCardVO`). */
        DevListFourCard: {
            /**
             * Format: int64
             * @description Expiry of the 4G-data service, Unix seconds (`0` in the example).
             */
            fgExpireTime: number;
            /**
             * Format: int64
             * @description Automatic renewal: `0` off, `1` on.
             */
            fgRenew: number;
            /**
             * Format: int64
             * @description Remaining data, MB (data-package plans only).
             */
            surplusFlow: number;
            /**
             * Format: int64
             * @description Total data, MB (data-package plans only).
             */
            totalFlow: number;
            /**
             * Format: int64
             * @description Data used, MB (data-package plans only).
             */
            useFlow: number;
        };
        DevListResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["DevListData"];
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
    thirdCustLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ThirdCustLoginRequest"];
            };
        };
        responses: {
            /**
             * @description Always HTTP 200 (assumed, see *Envelope*); success or error is in `code`. On success `data`
             *     holds the AppSDK credentials; on error `data` is `null` or absent.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThirdCustLoginResponse"];
                };
            };
        };
    };
    devInfo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DevInfoRequest"];
            };
        };
        responses: {
            /**
             * @description Always HTTP 200 (assumed, see *Envelope*); success or error is in `code`. On success `data`
             *     holds `deviceInfo`, `storageInfo` and `flowInfo`; on error `data` is `null` or absent.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DevInfoResponse"];
                };
            };
        };
    };
    devList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DevListRequest"];
            };
        };
        responses: {
            /**
             * @description Always HTTP 200 (assumed, see *Envelope*); success or error is in `code`. On success
             *     `data.deviceList` lists the user's devices; on error `data` is `null` or absent.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DevListResponse"];
                };
            };
        };
    };
}
