// Generated from specs/quectel-saas.yaml by `npm run generate` (openapi-typescript). Do not edit.
export interface paths {
    "/v2/quecauth/accessKeyAuthrize/accessKeyLogin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Log in with the AccessKey and AccessSecret
         * @description Exchanges the SaaS application's AccessKey and AccessSecret for an access token (`QJWT …`),
         *     which every other operation sends in `Authorization`. The client adds `username` and
         *     `password` by the rule of the API description (*The login rule*); the caller passes nothing
         *     but `grant_type`, which the client also fills.
         *
         *     `90047` means the AccessKey does not exist. The page documents no code for a wrong secret
         *     (a password that does not match) or a timestamp outside the 10-minute window; the iotdock
         *     sandbox answers them with `90047` too (an AccessKey that does not authenticate), with the
         *     reason in `error`.
         *
         *     Source: `saas/OpenAPI/API_accessInstruction.md` (the APIList page of the login is empty).
         *
         *     **Departures from the page**
         *     * `username`/`password` are security schemes (departure 1 of the API); the token's lifetime
         *       follows the note, not the example (departure 2 of the API).
         *     * The page's response table lists `code` as an object and `expire_in` as a string; the example
         *       has an integer `code` and `expires_in` (integer) and `scope`. This spec follows the example.
         */
        get: operations["accessKeyLogin"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/devicemgr/r3/openapi/device/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a device
         * @description Registers (imports) one device under a product the SaaS application is authorised for: its
         *     device key (`deviceKey`, usually the module's IMEI or MAC address), and optionally
         *     a name, an SN and its authentication mode. An X.509 device (`authMode` `2`) needs its
         *     certificate's fingerprint (`fingerPrint`); a device of a China Telecom AEP product (`productDetail`'s
         *     `connectPlatform` `1`) needs its `psk`. The device then appears in `deviceList` and `deviceDetail`
         *     (not activated until it connects), and can be renamed with `deviceUpdate` and removed with
         *     `deviceDelete`. `deviceCreateBatch` registers up to 500 devices at once.
         *
         *     This page is not in the API index (`APIList.md` leaves out `deviceCreate` and `deviceCreateBatch`),
         *     although it is in the same folder as the others.
         *
         *     The answer carries no data. The page lists no result codes (only Springfox's HTTP rows); `errorCode.md`
         *     has `70062` (the DeviceKey already exists or is repeated) for a device key that is already
         *     registered, `70017` (product does not exist) and `70089` (no permission for the product or
         *     device), which are the likely answers here but are not listed by the page.
         *
         *     Source: `saas/OpenAPI/APIList/deviceCreate.md`.
         */
        post: operations["deviceCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/devicemgr/r3/openapi/device/createBatch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create several devices of a product
         * @description Registers (imports) up to 500 devices under one product the SaaS application is authorised for,
         *     each as in `deviceCreate`: a device key (required, unique within the product), and optionally a
         *     name, an SN, the authentication mode, the X.509 certificate fingerprint (`authMode` `2`) and the
         *     `psk` (China Telecom AEP products). The page does not say whether the batch is all-or-nothing;
         *     its answer carries no data, so it reports no per-device result: check with `deviceList`.
         *
         *     This page is not in the API index (`APIList.md` leaves out `deviceCreate` and `deviceCreateBatch`),
         *     although it is in the same folder as the others.
         *
         *     The page lists no result codes (only Springfox's HTTP rows); `errorCode.md` has `70062` (a
         *     DeviceKey already exists or is repeated), `70017` (product does not exist) and `70089` (no
         *     permission for the product or device), which are the likely answers here but are not listed by
         *     the page.
         *
         *     Source: `saas/OpenAPI/APIList/deviceCreateBatch.md`.
         *
         *     **Departures from the page**
         *
         *     * The page types the devices' `authMode` as `integer`; this spec says `int32` (the shared
         *       `SaasDeviceAuthMode`), because it is the same enumeration that `deviceCreate`'s page types
         *       `integer(int32)`.
         */
        post: operations["deviceCreateBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/devicemgr/r3/openapi/device/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete a device
         * @description Deletes the device `productKey` + `deviceKey` (of a product the SaaS application is authorised
         *     for) from the platform, e.g. one created with `deviceCreate` or `deviceCreateBatch`. Afterwards it
         *     is no longer in `deviceList`, and `deviceDetail` presumably answers `70130` (non-existent device)
         *     for it. The answer carries no data.
         *
         *     The page lists no result codes (only Springfox's HTTP rows); the device pages' `70130`
         *     (non-existent device) and `70089` (no permission for the product or device) are the likely
         *     answers to an unknown or foreign device but are not listed by the page.
         *
         *     Source: `saas/OpenAPI/APIList/deviceDelete.md`.
         */
        post: operations["deviceDelete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/devicemgr/r3/openapi/device/detail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a device's details
         * @description Returns one device of a product the SaaS application is authorised for, identified by
         *     `productKey` + `deviceKey`: its name and SN, authentication mode, data format, whether it is
         *     online (`deviceStatus`) and activated (`isActived`), and its creation, activation, connection and
         *     update times (Unix ms). A customer cloud uses it to show a device's status, or to check a device
         *     after `deviceCreate` or an AMQP online/offline message.
         *
         *     Codes: unknown device → `70130`; the product (or device) is not authorised for the application →
         *     `70089`; missing or invalid parameter → `50005`; the API is not enabled for the application →
         *     `91007` (`91005`: no permission; `91006`: the caller's IP is not in the whitelist); service
         *     errors → `50000`, `70000`.
         *
         *     Source: `saas/OpenAPI/APIList/deviceDetail.md`.
         *
         *     **Departures from the page**
         *
         *     * The page types the activation and connection times as plain integers and `deviceName`/`sn`
         *       as strings; this spec makes `activedTime`, `firstConnTime`, `lastConnTime`,
         *       `lastOfflineTime`, `deviceName` and `sn` nullable, because a device that was created but has
         *       never connected has no such time, and name and SN are optional when a device is created.
         */
        get: operations["deviceDetail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/devicemgr/r3/openapi/product/device/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a product's devices
         * @description Pages through the devices of one product the SaaS application is authorised for, optionally
         *     filtered by activation status (`activeStatus`), online status (`deviceStatus`) or one device key.
         *     Each device is described as in `deviceDetail`; the envelope's `pageNum`, `pageSize`, `pages` and
         *     `total` give the paging. A customer cloud uses it to synchronise its device inventory or to find
         *     the devices that are online.
         *
         *     Codes: the product is not authorised for the application → `70089`; non-existent device → `70130`
         *     (the page does not say when; presumably a `deviceKey` filter naming no device of the product); missing `productKey` or an invalid parameter → `50005`; the API is not enabled for
         *     the application → `91007` (`91005`: no permission; `91006`: the caller's IP is not in the
         *     whitelist); service errors → `50000`, `70000`.
         *
         *     Source: `saas/OpenAPI/APIList/deviceList.md`.
         *
         *     **Departures from the page**
         *
         *     * The page types the activation and connection times as plain integers and `deviceName`/`sn`
         *       as strings; this spec makes `activedTime`, `firstConnTime`, `lastConnTime`,
         *       `lastOfflineTime`, `deviceName` and `sn` nullable, because a device that was created but has
         *       never connected has no such time, and name and SN are optional when a device is created.
         */
        get: operations["deviceList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/deviceshadow/r2/openapi/device/resource": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a device's module and network resources
         * @description Returns what the device's module last reported about itself (its "resources"), as the
         *     platform's device shadow keeps it: module model and firmware, MCU and SDK versions, protocol
         *     versions, battery and voltage, free memory, the cellular network (signal strength, RSRP, RSRQ,
         *     SNR, cell id, MCC/MNC/LAC, ICCID), the positioning methods it supports and its network
         *     capabilities. Fields the device never reported are `null` (the page's example has almost all of
         *     them `null`). A customer cloud uses it for device diagnostics and inventory (firmware versions,
         *     SIM cards); the TSL property values are read with `deviceReadData` instead.
         *
         *     Codes: unknown device → `70130`; the product (or device) is not authorised for the application
         *     → `70089`; missing or invalid parameter → `50005`; the API is not enabled for the application →
         *     `91007` (`91005`: no permission; `91006`: the caller's IP is not in the whitelist); service
         *     errors → `50000`, `70000`.
         *
         *     Source: `saas/OpenAPI/APIList/deviceResource.md`.
         *
         *     **Departures from the page**
         *
         *     * The page types `createTime` and `updateTime` as `string(date-time)`; this spec says integer
         *       (`int64`, Unix ms), because the page's example has `1693927443000` and `1730900414000`.
         *     * The page does not say which fields may be `null`; this spec makes every field but `deviceKey`
         *       and `productKey` nullable, because the page's example has `null` in most of them (what the
         *       device has not reported).
         */
        get: operations["deviceResource"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/devicemgr/r3/openapi/device/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change a device's name or SN
         * @description Changes the name (`deviceName`) and/or the serial number (`sn`) of the device `productKey` +
         *     `deviceKey`; presumably the fields left out keep their values (the page says neither that nor
         *     what an empty string does). Nothing else of a device can be changed. `deviceUpdateBatch`
         *     changes up to 500 devices of a product at once. The answer carries no data; `deviceDetail`
         *     shows the new values.
         *
         *     The page lists no result codes (only Springfox's HTTP rows); the device pages' `70130`
         *     (non-existent device) and `70089` (no permission for the product or device) are the likely
         *     answers to an unknown or foreign device but are not listed by the page.
         *
         *     Source: `saas/OpenAPI/APIList/deviceUpdate.md`.
         */
        post: operations["deviceUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/devicemgr/r3/openapi/device/updateBatch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the names or SNs of several devices of a product
         * @description Changes the name and/or the serial number of up to 500 devices of one product, each as in
         *     `deviceUpdate` (identified by its `deviceKey`; presumably the fields left out keep their values). The page
         *     does not say whether the batch is all-or-nothing; its answer carries no data, so it reports no
         *     per-device result: check with `deviceList`. The page marks `devices` as optional; without it
         *     there is nothing to change.
         *
         *     The page lists no result codes (only Springfox's HTTP rows); the device pages' `70130`
         *     (non-existent device) and `70089` (no permission for the product or device) are the likely
         *     answers to an unknown or foreign device but are not listed by the page.
         *
         *     Source: `saas/OpenAPI/APIList/deviceUpdateBatch.md`.
         */
        post: operations["deviceUpdateBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/devicemgr/r1/openapi/product/gateway/getGatewayProductByChildDevice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find the gateway a sub-device is connected to
         * @description Returns the gateway device (product key and name, device key and name) that the sub-device
         *     `productKey` + `deviceKey` is currently connected through; only the current gateway, not earlier
         *     ones. A customer cloud uses it to locate a sub-device (e.g. a Bluetooth or Zigbee sensor) in its
         *     gateway topology, or before `gatewayUnbind`. `gatewaySubList` is the other direction.
         *
         *     Codes: missing `productKey` or `deviceKey` → `50007`; the sub-device is not connected to a
         *     gateway → `70026`; no associated gateway device → `70028`; the product is not a sub-device
         *     product (`70029`: not a sub-gateway product; `70027`: not a product of product integration);
         *     the product (or device) is not authorised for the application → `70089`; missing or invalid
         *     parameter → `50005`; the API is not enabled for the application → `91007` (`91005`: no
         *     permission; `91006`: the caller's IP is not in the whitelist); service errors → `50000`,
         *     `70000`.
         *
         *     Source: `saas/OpenAPI/APIList/gatewayGetProductByChildDevice.md`.
         *
         *     **Departures from the page**
         *
         *     * The page describes `productName` as "关联网关设备名称" (name of the associated gateway device,
         *       the same text as `deviceName`); this spec says it is the name of the gateway's product,
         *       because the field's name and the page's example (`ProductName01`) say so.
         */
        get: operations["gatewayGetProductByChildDevice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/devicemgr/r1/openapi/product/gateway/subList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a gateway's sub-devices
         * @description Pages through the sub-devices associated with a gateway device, identified either by its
         *     `deviceId` or by `productKey` + `deviceKey` (when both are given, `deviceId` wins). Each
         *     sub-device comes with its product, status, activation, authentication and connection data and
         *     how it uses the gateway (`gatewayType`); the envelope's `pageNum`, `pageSize`, `pages` and
         *     `total` give the paging. `gatewayGetProductByChildDevice` is the other direction,
         *     `gatewayUnbind` removes a sub-device from its gateway.
         *
         *     Codes: neither `deviceId` nor `productKey` + `deviceKey` given → `50007`; the device is not a
         *     gateway product → `70020`; the product (or device) is not authorised for the application →
         *     `70089`; invalid parameter → `50005`; the API is not enabled for the application → `91007`
         *     (`91005`: no permission; `91006`: the caller's IP is not in the whitelist); service errors →
         *     `50000`, `70000`.
         *
         *     Source: `saas/OpenAPI/APIList/gatewaySubList.md`.
         *
         *     **Departures from the page**
         *
         *     * The page types `firstConnTime`, `lastConnTime` and `lastOfflineTime` as `string(date-time)`;
         *       this spec says integer (`int64`, Unix ms), because the page's example has `1730871606221`
         *       (and `null`), like the other times of the same object.
         *     * The page's table leaves out `sn` and `isCurrent`, which its example has; this spec adds them
         *       (`sn` a string, `isCurrent` an `int32` flag), because the example would not validate otherwise.
         *     * The page does not say which fields may be `null`; this spec makes the fields nullable that the
         *       page's example has `null` in, and the other optional data of a sub-device (name, SN, times,
         *       product name, project id), because the vendor's serializer sends `null` for unset values.
         */
        get: operations["gatewaySubList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/devicemgr/r1/openapi/product/gateway/unbind": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unbind a sub-device from its gateway
         * @description Removes the association between the sub-device `productKey` + `deviceKey` and the gateway it is
         *     connected through (the one `gatewayGetProductByChildDevice` returns); the sub-device then no
         *     longer appears in that gateway's `gatewaySubList`. Both parameters are query parameters, and the
         *     request has no body. The answer carries no data.
         *
         *     Codes: missing `productKey` or `deviceKey` → `50007`; the sub-device is not connected to a
         *     gateway → `70026`; the product (or device) is not authorised for the application → `70089`;
         *     invalid parameter → `50005`; no permission → `91005`; service errors → `50000`, `70000`.
         *
         *     Source: `saas/OpenAPI/APIList/gatewayUnbind.md`.
         *
         *     **Departures from the page**
         *
         *     * The page gives the request type `application/json`; this spec has no request body, because
         *       both parameters of the page are `in: query`.
         */
        post: operations["gatewayUnbind"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/quecdatastorage/r1/openapi/device/data/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a device's uplink and downlink data history
         * @description Lists, page by page, the data messages exchanged with one device: uplink data it sent
         *     (`direction` 1) and downlink data sent to it (`direction` 2, e.g. by `deviceWriteData`,
         *     `deviceReadData`, `deviceSendServiceData` or `deviceSendRawData`), newest first in the page's
         *     example. Each record has the payload as sent (`data`, Base64), for TSL products its decoded TSL
         *     content (`dmData`), the delivery status of a downlink (`sendStatus`) and the `ticket` that links a
         *     downlink to the answer the device gave (the page's example: a read and its response under one
         *     ticket). A customer cloud uses it to audit commands or fetch values it missed.
         *
         *     Filter by time (`beginDateTimp`/`endDateTimp`, milliseconds; the page's spelling), by
         *     `direction` and by `sendStatus`; page with `pageNum`/`pageSize` (the envelope's `pageNum`,
         *     `pageSize`, `pages`, `total` describe the result).
         *
         *     Identify the device by `productKey` with `deviceKey` (required by the page), or by `deviceId`,
         *     which wins when both are given. Unknown device → `70130`; no permission for the product or
         *     device → `70089`; `50007` device id or keys missing.
         *
         *     Source: `saas/OpenAPI/APIList/deviceDataHistory.md`.
         *
         *     **Departures from the page**
         *     * The page's response table lacks `cmd`, which both records of the example have; this spec adds
         *       it.
         *     * The page types `createTime`, `sendTime` and `updateTime` as `string(date-time)`; this spec says
         *       strings holding millisecond timestamps, because the example has e.g. `"1748944587418"`.
         *     * The page's response table types `code`, `msg` and the paging fields as `object`; this spec uses
         *       the API's Envelope (integer `code`, string `msg`, integer paging fields), because the examples
         *       carry those types.
         */
        get: operations["deviceDataHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/quecdatastorage/r1/openapi/device/eventdata/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a device's event history
         * @description Lists, page by page, the events of one device: connection events (offline, online, back online),
         *     the TSL events it reported (information, alert, fault, with their output parameters) and resets.
         *     A customer cloud uses it to show a device's log or to fetch events it missed on its AMQP queue.
         *
         *     Filter by time (`beginDateTimp`/`endDateTimp`, milliseconds; the page's spelling) and by
         *     `eventType`; page with `pageNum`/`pageSize` (the envelope's `pageNum`, `pageSize`, `pages`,
         *     `total` describe the result).
         *
         *     Identify the device by `productKey` with `deviceKey` (required by the page), or by `deviceId`,
         *     which wins when both are given. Unknown device → `70130`; no permission for the product or
         *     device → `70089`; `50007` device id or keys missing.
         *
         *     Source: `saas/OpenAPI/APIList/deviceEventHistory.md`.
         *
         *     **Departures from the page**
         *     * The page's response table types `code`, `msg` and the paging fields as `object`; this spec uses
         *       the API's Envelope (integer `code`, string `msg`, integer paging fields), because the examples
         *       carry those types.
         */
        get: operations["deviceEventHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/deviceshadow/r1/openapi/device/getlocation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a device's latest location
         * @description Returns the latest location the platform holds for a device (the last fix it reported, GNSS or
         *     LBS), with the coordinates in three systems: WGS-84 (`wgsLat`/`wgsLng`), GCJ-02
         *     (`gcjLat`/`gcjLng`, the Chinese map datum) and BD-09 (`bdLat`/`bdLng`, Baidu maps), and the
         *     fix's raw values (`lat`/`lng` in NMEA degrees-and-minutes). A customer cloud uses it to show where
         *     a device is; new fixes are also pushed as AMQP messages `LOCATION` `INFO-KV`.
         *
         *     Identify the device by `deviceId`, or by `productKey` with `deviceKey`; when both are given
         *     `deviceId` wins. Neither → `50007`; unknown device → `70130`; no permission for the product or
         *     device → `70089`.
         *
         *     The page describes none of the answer's fields; the descriptions below follow the field names,
         *     the page's example and the location message of `AMQPSubscription/subscription/dataFormatDefinition.md`
         *     (`LOCATION` `INFO-KV`), which carries the same fields.
         *
         *     Source: `saas/OpenAPI/APIList/deviceGetLocation.md`.
         *
         *     **Departures from the page**
         *     * The page's example writes `"deviceKey": DK00001` (not valid JSON); this spec's reference
         *       example quotes it, `"DK00001"`.
         *     * The page types `createTime` and `locateTime` as `string(date-time)`; this spec says strings
         *       holding millisecond timestamps, because the example has `"1749262714000"` and
         *       `"1749262713572"`.
         *     * The page's response table types `code`, `msg` and the paging fields as `object`; this spec uses
         *       the API's Envelope (integer `code`, string `msg`, integer paging fields), because the examples
         *       carry those types.
         */
        get: operations["deviceGetLocation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/deviceshadow/r3/openapi/dm/readData": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Read TSL properties of devices
         * @description Sends a property read (TSL downlink) to one or more devices of a product: every device of
         *     `devices` is asked for the current values of the properties listed in `data`, JSON text of an
         *     array of TSL identifiers (see the field). A customer cloud uses it to refresh values a device
         *     does not report on its own.
         *
         *     The answer does **not** carry the values: it lists, per device, whether the read command was
         *     accepted, with a `ticket` that identifies it. The device answers later; its values reach the
         *     customer cloud as an AMQP message `MATTR` `READRESP` and are logged in `deviceDataHistory`
         *     (the downlink read and the device's answer under the same ticket). With `isCache` true a command
         *     for an offline device is kept up to `cacheTime` seconds and delivered when the device comes
         *     online; `isCover` true replaces data sent before.
         *
         *     Notable codes: `50007` product key or device key missing; `61002` device offline; `61005` device
         *     not authenticated; `61006`/`61007` device message limit or frequency reached; `70026` sub-device
         *     not connected to its gateway; `70051` sending failed; `70089` no permission for the product or
         *     device; `71027` `data` is not JSON; `71048` only write-only properties listed (they cannot be
         *     read); `80005` AEP (China Telecom platform) products are not supported.
         *
         *     Source: `saas/OpenAPI/APIList/deviceReadData.md`.
         *
         *     **Departures from the page**
         *     * The page's response table types `data` as an object; this spec says an array of per-device
         *       results (`SaasDownlinkResult`), because the page's example answers an array with one result
         *       per device.
         *     * The page's response table types `code`, `msg` and the paging fields as `object`; this spec uses
         *       the API's Envelope (integer `code`, string `msg`, integer paging fields), because the examples
         *       carry those types.
         */
        post: operations["deviceReadData"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/deviceshadow/r3/openapi/raw/sendData": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send raw (pass-through) data to devices
         * @description Sends raw downlink data over the pass-through (transparent) channel to one or more devices; each
         *     entry of `devices` names its own product key and device key, so one call may address devices of
         *     several products. `data` is the payload as text: hex digits (`encode` `Hex`, decoded to bytes by
         *     the platform) or text sent UTF-8 encoded (`encode` `Text`), at most 4,096 characters. A customer
         *     cloud uses it for products with a custom (pass-through) data format, or for raw commands to TSL
         *     products.
         *
         *     The answer lists, per device, whether the data was accepted, with a `ticket` that identifies it.
         *     The downlink reaches the customer cloud as AMQP messages (`REQACK`, `RAW` `DOWNLINK` with the
         *     payload in Base64) and is logged in `deviceDataHistory`. With `isCache` true data for an offline
         *     device is kept up to `cacheTime` seconds (default 10 minutes) and delivered when the device comes
         *     online; `isCover` true replaces data sent before.
         *
         *     Notable codes: `50005` parameter check failed; `50007` product key or device key missing;
         *     `61001` protocol not supported; `61002` device offline; `61005` device not authenticated;
         *     `61006`/`61007` device message limit or frequency reached; `70026` sub-device not connected to
         *     its gateway; `70051` sending failed; `70089` no permission for the product or device; `80005`
         *     AEP (China Telecom platform) products are not supported. The page lists the TSL codes of the
         *     other downlink calls as well.
         *
         *     Source: `saas/OpenAPI/APIList/deviceSendRawData.md`.
         *
         *     **Departures from the page**
         *     * The page types every body field (`cacheTime`, `data`, `deviceKey`, `productKey`, `encode`,
         *       `isCache`, `isCover`, `qos`) as `object`; this spec gives them the types of the page's example
         *       and of the TSL downlink pages (integer `cacheTime` and `qos`, string `data`, `deviceKey`,
         *       `productKey` and `encode`, boolean `isCache` and `isCover`), because an `object` cannot hold
         *       the example's values.
         *     * The page's table shifts `encode`'s row by one column (its description in the request-type
         *       column, `false` in the data-type column); this spec reads it as optional, a string of `Hex` or
         *       `Text` described by that text, because those are the only values the text names and the
         *       example sends `Text`.
         *     * The page's response table types `data` as an object; this spec says an array of per-device
         *       results (`SaasDownlinkResult`), because the page's example answers an array with one result
         *       per device.
         *     * The page's response table types `code`, `msg` and the paging fields as `object`; this spec uses
         *       the API's Envelope (integer `code`, string `msg`, integer paging fields), because the examples
         *       carry those types.
         */
        post: operations["deviceSendRawData"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/deviceshadow/r3/openapi/dm/sendServiceData": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Call a TSL service of devices
         * @description Sends a service call (TSL downlink) to one or more devices of a product: every device of
         *     `devices` receives the service of `data` with its input parameters. `data` is JSON text in a
         *     string, keyed by the service's TSL identifier (see the field). A customer cloud uses it for
         *     commands the product's TSL model defines as services (`productTSL`, `services`).
         *
         *     The answer lists, per device, whether the call was accepted, with a `ticket` that identifies it.
         *     The device handles the call later; the call and the device's output reach the customer cloud as
         *     AMQP messages (`REQACK`, `MSERV` `INPUT`/`OUTPUT`) and are logged in `deviceDataHistory`. With
         *     `isCache` true a command for an offline device is kept up to `cacheTime` seconds and delivered
         *     when the device comes online; `isCover` true replaces data sent before.
         *
         *     Notable codes: `50007` product key or device key missing; `61002` device offline; `61005` device
         *     not authenticated; `61006`/`61007` device message limit or frequency reached; `70026` sub-device
         *     not connected to its gateway; `70051` sending failed; `70089` no permission for the product or
         *     device; value checks against the TSL model: `70090` number out of range or off the step, `70091`
         *     not a value of the enumeration, `70092` text too long, `70093` bad timestamp; format checks:
         *     `71027` `data` is not JSON, `71008`/`71028`/`71029`/`71036`/`71047` data does not match the model,
         *     `71039` too many array elements; `80005` AEP (China Telecom platform) products are not supported.
         *
         *     Source: `saas/OpenAPI/APIList/deviceSendServiceData.md`.
         *
         *     **Departures from the page**
         *     * The page's ARRAY form reads `{\"0":\"value1\"}` (one quote not escaped); this spec documents
         *       `{"0":"value1"}`, as the same form on `deviceWriteData.md`.
         *     * The page's response table types `data` as an object; this spec says an array of per-device
         *       results (`SaasDownlinkResult`), because the page's example answers an array with one result
         *       per device.
         *     * The page's response table types `code`, `msg` and the paging fields as `object`; this spec uses
         *       the API's Envelope (integer `code`, string `msg`, integer paging fields), because the examples
         *       carry those types.
         */
        post: operations["deviceSendServiceData"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/deviceshadow/r3/openapi/dm/writeData": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Write TSL properties of devices
         * @description Sends a property write (TSL downlink) to one or more devices of a product: every device of
         *     `devices` receives the property values of `data`. A customer cloud uses it to control devices,
         *     e.g. switch a plug on or unlock a scooter. `data` is JSON text in a string, keyed by the
         *     properties' TSL identifiers (see the field). Only writable properties (access `RW` or `W` in the
         *     product's TSL model, `productTSL`) may be written.
         *
         *     The answer lists, per device, whether the command was accepted, with a `ticket` that identifies
         *     it. The device applies the values later: its acknowledgement and new values reach the customer
         *     cloud as AMQP messages (`REQACK`, `MATTR` `WRITE`/`REPORT`) and are logged in `deviceDataHistory`.
         *     With `isCache` true a command for an offline device is kept up to `cacheTime` seconds and
         *     delivered when the device comes online; `isCover` true replaces data sent before.
         *
         *     Notable codes: `50007` product key or device key missing; `61002` device offline; `61005` device
         *     not authenticated; `61006`/`61007` device message limit or frequency reached; `70026` sub-device
         *     not connected to its gateway; `70051` sending failed; `70089` no permission for the product or
         *     device; `71038` read-only property; value checks against the TSL model: `70090` number out of
         *     range or off the step, `70091` not a value of the enumeration, `70092` text too long, `70093` bad
         *     timestamp, `70094` data the model cannot interpret; format checks: `71027` `data` is not JSON,
         *     `71008`/`71028`/`71029`/`71036`/`71047` data does not match the model, `71039` too many array
         *     elements; `80005` AEP (China Telecom platform) products are not supported.
         *
         *     Source: `saas/OpenAPI/APIList/deviceWriteData.md`.
         *
         *     **Departures from the page**
         *     * The page's first property form reads `"{\"key\":\"value\"}]"` (no opening bracket); this spec
         *       documents `[{"key":"value"}]`, because the page's format line and every other form are arrays.
         *     * The page's response table types `data` as an object; this spec says an array of per-device
         *       results (`SaasDownlinkResult`), because the page's example answers an array with one result
         *       per device.
         *     * The page's response table types `code`, `msg` and the paging fields as `object`; this spec uses
         *       the API's Envelope (integer `code`, string `msg`, integer paging fields), because the examples
         *       carry those types.
         */
        post: operations["deviceWriteData"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/binding/enterpriseapi/userDeviceList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an end user's devices, shared ones included
         * @description Pages through the devices of one end user: those the user bound (`deviceType` `1`) and those other
         *     users shared with them and they accepted (`deviceType` `2`, with `ownerUid`, `shareCode` and the
         *     share's end `sharingExpireAt`). Each entry has the structure of the App API's `userDeviceList`
         *     entries (`设备详情`): product and device keys, name, SN, online status, binding mode, type and
         *     time, the owner's id, nickname and phone, category, low-power and Matter details. A customer cloud uses it to see what a user
         *     (`uid` from `enduserDomainUserList` or `enduserGetUserByDevice`) has on the App, e.g. before
         *     talking to those devices with the device-data operations (`productKey`/`deviceKey`).
         *
         *     The page is in `data` (PageHelper `PageInfo`: `list`, `total`, `pageNum`, …), not in the envelope's
         *     paging fields; the answer carries `extMsg` (extra message) rather than `exp1`. `page` counts from
         *     1 (default 1), `pageSize` defaults to 10.
         *
         *     Codes: `uid` missing → `5065`; no such user → `5033`; `5041` no permission (a user of another
         *     enterprise's domains). The page lists the end-user service's token codes `5106` (token missing)
         *     and `5032` (token verification failed) next to the gateway's `91001`/`91004`.
         *
         *     Source: `saas/OpenAPI/APIList/enduserDeviceList.md`.
         *
         *     **Departures from the page**
         *
         *     * The page types the device's fields as not nullable; this spec makes all but `productKey` and
         *       `deviceKey` nullable, because the App API's real answer for the same structure (`设备详情` in
         *       `userDeviceList`, the seed document's example) has `null` for absent values (`ownerUid`,
         *       `shareCode`, `fid`, `matterInfo`, …).
         *     * The page types the Matter integers as plain `integer`; this spec says `int64` for `cat`,
         *       `fabricId` and `nodeId` (64-bit fabric and node ids) and `int32` for `discriminator`,
         *       `matterProductId` and `matterVendorId` (12- and 16-bit values), as the App API does.
         */
        get: operations["enduserDeviceList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/enduser/enterpriseapi/entUserDomainList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the enterprise's user domains
         * @description Pages through the user domains of the developer account (the "enterprise") that owns the SaaS
         *     application. A user domain (`C.DM.10271.5`, say) is the account space of one App: its end users
         *     register and log in there through the App OpenAPI. Each entry carries the domain's name, its
         *     secret (`userDomainSecret`, the key of the App API's signatures), whether it is enabled and when
         *     it was added and last changed. A customer cloud calls this first to learn the domain names that
         *     `enduserDomainUserList` and `enduserGetUserByDevice` take.
         *
         *     The page is in `data` (PageHelper `PageInfo`: `list`, `total`, `pageNum`, …), not in the envelope's
         *     paging fields; the answer carries `extMsg` (extra message, as the App API's envelope) rather than
         *     `exp1`. `page` counts from 1 (default 1), `pageSize` defaults to 10.
         *
         *     Codes: the page lists the end-user service's token codes `5106` (token missing) and `5032`
         *     (token verification failed) next to the gateway's `91001`/`91004`, and `5112` (enterprise id
         *     missing: presumably a token that identifies no enterprise).
         *
         *     Source: `saas/OpenAPI/APIList/enduserDomainList.md`.
         *
         *     **Departures from the page**
         *
         *     * The page types every field of a user domain as not nullable; this spec makes `remark` and
         *       `userDomainType` nullable, because a domain without a remark or type has no value there and
         *       Quectel answers absent values as `null` (the App API's real device list).
         */
        get: operations["enduserDomainList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/enduser/enterpriseapi/userDomainUserList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the users registered in a user domain
         * @description Pages through the end users registered in one of the enterprise's user domains (the App users
         *     of one App), with their profiles: user id, phone and e-mail, nickname, linked third-party
         *     accounts, account status (`0` disabled, `1` normal) and registration and last-login times. A
         *     customer cloud uses it to synchronise its user directory; `uid` is the key of `enduserUserInfo`,
         *     `enduserSetUserStatus`, `enduserDeviceList` and `enduserGetUserByDevice`. The domain names come
         *     from `enduserDomainList`.
         *
         *     The page is in `data` (PageHelper `PageInfo`: `list`, `total`, `pageNum`, …), not in the envelope's
         *     paging fields; the answer carries `extMsg` (extra message) rather than `exp1`. `page` counts from
         *     1 (default 1), `pageSize` defaults to 10.
         *
         *     Codes: `userDomain` missing → `5023`; unknown → `5015`; a domain of another enterprise → `5041`
         *     (no permission). The page lists the end-user service's token codes `5106` (token missing) and
         *     `5032` (token verification failed) next to the gateway's `91001`/`91004`, and `5112` (enterprise
         *     id missing: presumably a token that identifies no enterprise).
         *
         *     Source: `saas/OpenAPI/APIList/enduserDomainUserList.md`.
         *
         *     **Departures from the page**
         *
         *     * The page types the profile's fields as not nullable; this spec makes every text field but `uid`
         *       and `userDomain`, and the last-login times, nullable, because a user has no value for what they
         *       never set (no e-mail, no linked third party, no login yet) and Quectel answers absent values as
         *       `null` (the App API's real device list).
         *     * The page types `lastLoginTime`, `lastLoginTimeTs`, `logonMode`, `registerTime`,
         *       `registerTimeTs` and `status` as plain `integer`; this spec gives them the formats of the same
         *       structure on the `enduserUserInfo` page (`int64` for the times, `int32` for the others).
         */
        get: operations["enduserDomainUserList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/binding/enterpriseapi/getUserListByBind": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the users who have bound devices
         * @description Pages through the end users who have bound devices of the enterprise's products, with a short
         *     profile each (user id, phone, e-mail, nickname, linked third-party accounts, last time online).
         *     All filters are optional: `pk` keeps the users with a device of that product, `userDomain` the
         *     users of that user domain, `uid` that one user (to check whether they have bound anything). A
         *     customer cloud uses it to find the users behind its products; the users' devices are then listed
         *     by `enduserDeviceList`. The page does not say whether users who only received shared devices are
         *     included.
         *
         *     The page is in `data` (PageHelper `PageInfo`: `list`, `total`, `pageNum`, …), not in the envelope's
         *     paging fields; the answer carries `extMsg` (extra message) rather than `exp1`. `page` counts from
         *     1 (default 1), `pageSize` defaults to 10.
         *
         *     Codes: `5327` no permission for the product `pk`; `5370` the enterprise has no such user (`uid`).
         *     The page lists the end-user service's token codes `5106` (token missing) and `5032` (token
         *     verification failed) next to the gateway's `91001`/`91004`.
         *
         *     Source: `saas/OpenAPI/APIList/enduserGetUserByDevice.md`.
         *
         *     **Departures from the page**
         *
         *     * The page types the user's fields as not nullable; this spec makes every text field but `uid`
         *       and `userDomain`, and `lastLoginTimeTs`, nullable, because a user has no value for what they
         *       never set (no e-mail, no linked third party) and Quectel answers absent values as `null` (the
         *       App API's real device list).
         */
        get: operations["enduserGetUserByDevice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/enduser/enterpriseapi/setUserStatus": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Disable or re-enable an end user
         * @description Sets the account status of one end user of the enterprise's user domains: `status=0` disables the
         *     account, `status=1` makes it normal again. The new value shows as `status` in `enduserUserInfo`
         *     and `enduserDomainUserList`. A customer cloud uses it to lock out a user (a cancelled contract, a
         *     reported abuse) and to lift the lock; the page does not say what a disabled user can no longer do
         *     (presumably log in to the App). Although it changes state, the call is a `GET` with query
         *     parameters.
         *
         *     The answer carries no payload (`data` is an empty object) and `extMsg` (extra message) rather
         *     than `exp1`.
         *
         *     Codes: the page lists only `5055` (secret missing) and `5036` (secret verification failed),
         *     although no parameter carries a secret; they presumably concern the enterprise's credentials
         *     behind the token. It names no code for an unknown `uid`, a missing parameter or a `status` other
         *     than `0`/`1`.
         *
         *     Source: `saas/OpenAPI/APIList/enduserSetUserStatus.md`.
         */
        get: operations["enduserSetUserStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/enduser/enterpriseapi/userInfo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an end user's profile
         * @description Returns the profile of one end user of the enterprise's user domains, by user id: phone and
         *     e-mail, nickname, avatar, address, language, country and time zone, the ids of the linked
         *     third-party accounts (Alipay, Apple, Facebook, QQ, Twitter, WeChat), the account status (`0`
         *     disabled, `1` normal, as `enduserSetUserStatus` sets it), the user domain and the registration and
         *     last-login times. It is the App API's `userInfo` seen from the customer cloud, which names the user
         *     with `uid` (from `enduserDomainUserList`, `enduserGetUserByDevice` or its own records) instead of
         *     acting with the user's token.
         *
         *     The answer carries `extMsg` (extra message) rather than `exp1`.
         *
         *     Codes: `uid` missing → `5065`; `5041` no permission (the page names no other code for a user who
         *     does not exist or belongs to another enterprise's domains). The page lists the end-user service's
         *     token codes `5106` (token missing) and `5032` (token verification failed) next to the gateway's
         *     `91001`/`91004`.
         *
         *     Source: `saas/OpenAPI/APIList/enduserUserInfo.md`.
         *
         *     **Departures from the page**
         *
         *     * The page types the profile's fields as not nullable; this spec makes every text field but `uid`
         *       and `userDomain`, and the last-login times, nullable, because a user has no value for what they
         *       never set (no e-mail, no linked third party, no login yet) and Quectel answers absent values as
         *       `null` (the App API's real device list).
         */
        get: operations["enduserUserInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/binding/enterpriseapi/verifyBindingCode": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify a device's binding code
         * @description Checks a binding code against the one the device reported to the cloud. After Wi-Fi provisioning
         *     a device reports a `bindingCode`, and whoever provisioned it (an App, or a customer cloud that
         *     binds devices on its users' behalf) holds the same code; this call tells whether the code given
         *     for product key `pk` and device key `dk` matches, without binding anything. With `isBinding=1`
         *     the platform also reports the outcome to the device, as it does during a real binding (the
         *     App API's `deviceBindingByWifi`); with `0` (default) the device hears nothing.
         *
         *     Success is `code` 200; `data` is an integer the page does not explain (its example's `0` is a
         *     generated placeholder). The answer carries `extMsg` (extra message) rather than `exp1`.
         *
         *     Codes: `pk` missing → `5066`, `dk` missing → `5067`, `bindingCode` missing → `5179`, malformed →
         *     `5213`; the device has reported no binding code → `5460`; the code does not match → `5462`;
         *     `5144` authentication failed.
         *
         *     Source: `saas/OpenAPI/APIList/enduserVerifyBindingCode.md`.
         *
         *     **Departures from the page**
         *
         *     * The page gives the request type `application/json`; this spec has no request body, because
         *       every parameter of the page is `in: query`.
         */
        post: operations["enduserVerifyBindingCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/quecproductmgr/r3/openapi/product/detail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a product's details
         * @description Returns the details of one product the SaaS application is authorised for: the fields of
         *     `productList` (device type, connection, data format, times) plus its configuration
         *     (`productConfig`, e.g. whether its AI capability is on). A customer cloud calls it for a product
         *     key of `productList`; `dataFmt` tells whether the product's devices speak a TSL model
         *     (`productTSL`, `deviceReadData`, `deviceWriteData`) or transparent data (`deviceSendRawData`).
         *
         *     Codes: `70017` when the product does not exist, `70089` when the application may not see it,
         *     `80005` for a China Telecom AEP product (not supported by the OpenAPI), `91005` when the
         *     application lacks the permission, `91006` when the caller's IP address is not in the
         *     application's white list, `91007` when the API service package is not enabled; `50005` for a
         *     missing or invalid `productKey`, `50000`/`70000` on a service failure.
         *
         *     Source: `saas/OpenAPI/APIList/productDetail.md`.
         *
         *     **Departures from the page**
         *     * The page types `createTime` and `updateTime` as `string(date-time)`; this spec says `string`
         *       (Unix milliseconds in decimal), because the page's example has `"1730871606221"`, which is not
         *       a date-time.
         *     * The page types `logoPath` as `string`; this spec makes it nullable, because the page's example
         *       has `"logoPath": null`.
         */
        get: operations["productDetail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/quecproductmgr/r3/openapi/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the authorised products
         * @description Lists, page by page, the products the SaaS application is authorised to see (authorised in the
         *     Developer Center under *SaaS详情 → 产品*): product key, name, device type, connection, data format
         *     and times. A customer cloud calls it to discover its products; the product keys it returns are
         *     what `productDetail`, `productTSL`, `deviceList` and the device calls take. Pass `productKey` to
         *     get only that product.
         *
         *     Codes: `70089` when the application may not see the product, `80005` for a China Telecom AEP
         *     product (not supported by the OpenAPI), `91005` when the application lacks the permission,
         *     `91006` when the caller's IP address is not in the application's white list, `91007` when the API
         *     service package is not enabled; `50005` for invalid parameters, `50000`/`70000` on a service
         *     failure.
         *
         *     Source: `saas/OpenAPI/APIList/productList.md`.
         *
         *     **Departures from the page**
         *     * The page types `createTime` and `updateTime` as `string(date-time)`; this spec says `string`
         *       (Unix milliseconds in decimal, `updateTime` possibly empty), because the page's example has
         *       `"1730871606221"` and `""`, which are not date-times.
         *     * The page types `logoPath` as `string`; this spec makes it nullable, because the page's example
         *       has `"logoPath": null`.
         */
        get: operations["productList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/quectsl/openapi/product/export/tslFile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a product's published TSL model
         * @description Returns the latest published TSL model (物模型) of a product, as JSON: its `profile` (versions),
         *     `properties` (with data type, access mode `R`/`W`/`RW` and value rules), `events` and `services`,
         *     described in `SaasTslModel`. A customer cloud calls it once per TSL product (`dataFmt` `3` in
         *     `productList`/`productDetail`) to learn the property, event and service codes that
         *     `deviceReadData`, `deviceWriteData`, `deviceSendServiceData`, the histories and the AMQP messages
         *     use, which properties it may write (`W`/`RW`), and how to read the values (types, ranges, units,
         *     enumeration values). `STRUCT` and `ARRAY` types nest: a struct's `specs` lists its fields, an
         *     array's `specs` gives its size and element type (and the element struct's fields).
         *
         *     Identify the product by `productKey` or by `productId`; one of them is needed (the page marks
         *     both optional; neither → `50006`), and `productId` wins when both are given. The access
         *     instruction page, which uses this call as its example, marks `productKey` required and shows no
         *     `productId`.
         *
         *     Codes: `70017` when the product does not exist, `70089` when the application may not see it,
         *     `70097` when its TSL model is empty, `71006` when no TSL data of the current version is found,
         *     `80005` for a China Telecom AEP product, `91005`/`91006`/`91007` for a missing permission, an IP
         *     address outside the white list or a disabled API service package; `50005` for invalid
         *     parameters, `50000`/`70000` on a service failure. The page also lists `50007`, `70063`, `71009`
         *     and `71010`, which belong to device and TSL-copy calls.
         *
         *     Source: `saas/OpenAPI/APIList/productTSL.md` (and the second half of
         *     `saas/OpenAPI/API_accessInstruction.md`).
         *
         *     **Departures from the page**
         *     * The page gives `language` no data type; this spec says `string` with the values `CN`/`EN`,
         *       because the description names them and the other pages type `language` as `string`.
         *     * The page types `data` as a bare `object`; this spec models the TSL model (`SaasTslModel`,
         *       recursive for `STRUCT`/`ARRAY`), because the page's example and the access instruction page's
         *       example show its structure and the other device-data calls depend on it. No key is required
         *       beyond the function's `id`, `code`, `name`, `dataType`/`subType` and `type`, so both examples
         *       stay valid.
         */
        get: operations["productTSL"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/quecrule/r1/openapi/queue/clear": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Clear the messages of an AMQP message queue
         * @description Discards every message waiting (accumulated) in the queue `queueId` (the `id` answered by
         *     `queueCreate` and `queueList`); the queue and its subscriptions stay. `queueDetail` shows the
         *     backlog (`msgNum`, `msgSize`) first. Unknown queue → `16002`.
         *
         *     Source: `saas/OpenAPI/APIList/queueClear.md`.
         *
         *     **Departures from the page**
         *     * The page gives the request type `application/json`; this spec has no request body, because the
         *       page's only parameter, `queueId`, is `in: query`.
         */
        post: operations["queueClear"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/quecrule/r1/openapi/queue/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an AMQP message queue
         * @description Creates a message queue for the account: the first step of message subscription. The platform
         *     prefixes the given `queueName` with `a.` and the account's user id: `testQueue` becomes
         *     `a.1358403955870720.testQueue`. The answer's `id` is the `queueId` that `queueDetail`, `queueClear`
         *     and `queueDelete` take; its full `queueName` is what the subscriptions (`subscribeCreatByPKDK`,
         *     `subscribeCreatBySaaS`, `subscribeCreatByEnduser`, `subscribeUpdate`) take and what the AMQP
         *     consumer reads. A new queue has `status` `0` (not in use) until a subscription uses it.
         *
         *     An account has at most 50 queues (`16007` beyond); a queue unused for 30 days is disabled.
         *     Notable codes: the name is already used in the account → `16001`; creation failed → `16004`;
         *     message subscription not enabled for the account → `16024`; invalid name → `50005`.
         *
         *     Source: `saas/OpenAPI/APIList/queueCreate.md`.
         *
         *     **Departures from the page**
         *     * The page types `createTime` and `updateTime` as `string(date-time)`; this spec says `string`
         *       (no `date-time` format), because the page's example carries Unix milliseconds as a decimal
         *       string (`"1730871805372"`) and an empty string.
         */
        post: operations["queueCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/quecrule/r1/openapi/queue/delete": {
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
         * Delete an AMQP message queue
         * @description Deletes the queue `queueId` (the `id` answered by `queueCreate` and `queueList`). A queue that a
         *     subscription still uses cannot be deleted (`16008`): delete its subscriptions first
         *     (`subscribeStop`, then `subscribeDelete`). Unknown queue → `16002`.
         *
         *     Source: `saas/OpenAPI/APIList/queueDelete.md`.
         */
        delete: operations["queueDelete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/quecrule/r1/openapi/queue/detail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an AMQP message queue's details
         * @description Returns the queue `queueId` (the `id` answered by `queueCreate` and `queueList`) with its backlog
         *     (`msgNum`, `msgSize`), its consumption rate and the AMQP address (`connectUrl`) a consumer
         *     connects to; the consumer reads the queue by its full `queueName`. Unknown queue → `16002`.
         *
         *     Source: `saas/OpenAPI/APIList/queueDetail.md`.
         *
         *     **Departures from the page**
         *     * The page types `createTime` and `updateTime` as `string(date-time)`; this spec says
         *       `integer`/`int64` Unix milliseconds, because the page's example answers `1730871805000` and
         *       `null`.
         */
        get: operations["queueDetail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/quecrule/r1/openapi/queue/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List the AMQP message queues
         * @description Lists the account's message queues, a page at a time, optionally filtered by name and status.
         *     Each queue's `id` is the `queueId` of `queueDetail`, `queueClear` and `queueDelete`; its full
         *     `queueName` (`a.<userId>.<name>`) is what the subscriptions take. The envelope's `pageNum`,
         *     `pageSize`, `pages` and `total` describe the page.
         *
         *     Source: `saas/OpenAPI/APIList/queueList.md`.
         *
         *     **Departures from the page**
         *     * The page types `createTime` and `updateTime` as `string(date-time)`; this spec says `string`
         *       (no `date-time` format), because the page's example carries Unix milliseconds as a decimal
         *       string (`"1730871805372"`) and `null`.
         *     * The page's example answers `code` `0`; this spec says a success is `200`, as on every other page
         *       and in the envelope, because `0` is not a success code anywhere else in the API. The reference
         *       example keeps the page's `0`.
         */
        post: operations["queueList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/quecrule/r1/openapi/subscribe/enduser": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an end user domain subscription
         * @description Creates an end user domain level subscription (`dataLevel` `5` in `subscribeDetail`): it forwards
         *     the changes of the end users (App users) of the user domain `endUserDomain` (created, modified,
         *     deleted) to a queue. The queue is named by its full `queueName` as `queueCreate`/`queueList`
         *     answer it (`a.<userId>.<name>`). The answer's `subscribeId` is what `subscribeStart`,
         *     `subscribeStop`, `subscribeUpdate`, `subscribeDetail` and `subscribeDelete` take. The
         *     subscription is created not started (`status` `0`): nothing reaches the queue until
         *     `subscribeStart`.
         *
         *     An account has at most 100 subscriptions (`16018` beyond). Notable codes: unknown queue → `16002`;
         *     permission denied (e.g. a user domain the application is not authorised for) → `70060`; message
         *     subscription not enabled for the account → `16024`; a required field missing or empty → `50004`,
         *     invalid → `50005`. The page also lists `70017` (product does not exist) and `70130` (device does
         *     not exist), although the request names neither.
         *
         *     Source: `saas/OpenAPI/APIList/subscribeCreatByEnduser.md`.
         */
        post: operations["subscribeCreatByEnduser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/quecrule/r1/openapi/subscribe/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a product or device subscription
         * @description Creates a subscription (rule) that forwards the chosen message types of a product's devices to a
         *     queue: of every device of `productKey` (`dataLevel` `1`) or of the one device `deviceKey`
         *     (`dataLevel` `2`). The queue is named by its full `queueName` as `queueCreate`/`queueList` answer
         *     it (`a.<userId>.<name>`). The answer's `subscribeId` is what `subscribeStart`, `subscribeStop`,
         *     `subscribeUpdate`, `subscribeDetail` and `subscribeDelete` take. The subscription is created not
         *     started (`status` `0`): nothing reaches the queue until `subscribeStart`; the queue's status
         *     becomes `1` (in use).
         *
         *     An account has at most 100 subscriptions (`16018` beyond). Notable codes: unknown queue → `16002`;
         *     unknown product → `70017`; unknown device → `70130`; permission denied (e.g. a product the
         *     application is not authorised for) → `70060`; message subscription not enabled for the account → `16024`; a required field missing or
         *     empty → `50004`, invalid → `50005`.
         *
         *     Source: `saas/OpenAPI/APIList/subscribeCreatByPKDK.md`.
         */
        post: operations["subscribeCreatByPKDK"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/quecrule/r1/openapi/subscribe/saas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a SaaS-level subscription
         * @description Creates a SaaS (enterprise user) level subscription (`dataLevel` `4` in `subscribeDetail`): it
         *     forwards account-wide change messages, for every product the SaaS application is authorised for,
         *     to a queue: product changes, device changes, TSL model publications, product and user domain
         *     authorisations. It names no product or device. The queue is named by its full `queueName` as
         *     `queueCreate`/`queueList` answer it (`a.<userId>.<name>`). The answer's `subscribeId` is what
         *     `subscribeStart`, `subscribeStop`, `subscribeUpdate`, `subscribeDetail` and `subscribeDelete`
         *     take. The subscription is created not started (`status` `0`): nothing reaches the queue until
         *     `subscribeStart`.
         *
         *     An account has at most 100 subscriptions (`16018` beyond). Notable codes: unknown queue → `16002`;
         *     message subscription not enabled for the account → `16024`; a required field missing or empty →
         *     `50004`, invalid → `50005`. The page also lists `70017` (product does not exist) and `70130`
         *     (device does not exist), although the request names neither.
         *
         *     Source: `saas/OpenAPI/APIList/subscribeCreatBySaaS.md`.
         */
        post: operations["subscribeCreatBySaaS"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/quecrule/r1/openapi/subscribe/delete": {
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
         * Delete a subscription
         * @description Deletes the subscription `subscribeId`. A running subscription cannot be deleted (`16019`):
         *     `subscribeStop` it first. Its queue stays; once no subscription uses the queue any more, the
         *     queue's status returns to `0` (not in use) and `queueDelete` may delete it. Unknown subscription →
         *     `16011`; permission denied (e.g. another account's subscription) → `70060`.
         *
         *     Source: `saas/OpenAPI/APIList/subscribeDelete.md`.
         */
        delete: operations["subscribeDelete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/quecrule/r1/openapi/subscribe/detail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a subscription's details
         * @description Returns the subscription `subscribeId` (the id answered by the create operations and
         *     `subscribeList`): its data level (`1` product, `2` device, `4` SaaS, `5` end user domain), what it
         *     covers (`productKey`/`productName`, `deviceKey`/`deviceName`, `endUserDomain`, by level), its
         *     message types as a comma-separated string (`msgType`), its queue (`queueId`, `queueName`) and its
         *     status (`0` not started, `1` running). Unknown subscription → `16011`; permission denied (e.g.
         *     another account's subscription) → `70060`.
         *
         *     Source: `saas/OpenAPI/APIList/subscribeDetail.md`.
         *
         *     **Departures from the page**
         *     * The page types `createTime` and `updateTime` as `string(date-time)`; this spec says
         *       `integer`/`int64` Unix milliseconds, because the page's example answers `1730871813000`.
         */
        get: operations["subscribeDetail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/quecrule/r1/openapi/subscribe/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List the subscriptions
         * @description Lists the account's subscriptions (all levels), a page at a time, optionally filtered by queue
         *     name, subscription name and status. Each subscription's `subscribeId` is what `subscribeDetail`,
         *     `subscribeStart`, `subscribeStop`, `subscribeUpdate` and `subscribeDelete` take; `queueId` (a
         *     decimal string here) and `queueName` name its queue. `subscribeDetail` gives the message types
         *     and what the subscription covers. The envelope's `pageNum`, `pageSize`, `pages` and `total`
         *     describe the page.
         *
         *     Source: `saas/OpenAPI/APIList/subscribeList.md`.
         *
         *     **Departures from the page**
         *     * The page types `createTime` as `string(date-time)`; this spec says `integer`/`int64` Unix
         *       milliseconds, because the page's example answers `1730871813000`.
         *     * The page's example has a comma after the last element of `data`, which is not JSON; this
         *       spec's reference example leaves it out.
         */
        post: operations["subscribeList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/quecrule/r1/openapi/subscribe/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a subscription
         * @description Starts the subscription `subscribeId` (`status` `0` → `1`, running): from now on the platform
         *     forwards the messages of its message types (`msgTypes`), for what it covers (product, device,
         *     account or user domain), to its queue, where an AMQP consumer reads them (see the API's
         *     *Messages* and `x-iotdock-messages`). A subscription is created not started, so this call is what
         *     makes it take effect. A running subscription can be neither modified nor deleted; `subscribeStop`
         *     it first. Already running → `16020`; unknown subscription → `16011`; permission denied (e.g.
         *     another account's subscription) → `70060`.
         *
         *     Source: `saas/OpenAPI/APIList/subscribeStart.md`.
         *
         *     **Departures from the page**
         *     * The page gives the request type `application/json`; this spec has no request body, because the
         *       page's only parameter, `subscribeId`, is `in: query`.
         */
        post: operations["subscribeStart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/quecrule/r1/openapi/subscribe/stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop a subscription
         * @description Stops the running subscription `subscribeId` (`status` `1` → `0`): the platform no longer forwards
         *     its messages to its queue (messages already in the queue stay there). Stopping is needed before
         *     `subscribeUpdate` or `subscribeDelete`; `subscribeStart` starts it again. Not running → `16021`;
         *     unknown subscription → `16011`; permission denied (e.g. another account's subscription) →
         *     `70060`.
         *
         *     Source: `saas/OpenAPI/APIList/subscribeStop.md`.
         *
         *     **Departures from the page**
         *     * The page gives the request type `application/json`; this spec has no request body, because the
         *       page's only parameter, `subscribeId`, is `in: query`.
         */
        post: operations["subscribeStop"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/quecrule/r1/openapi/subscribe/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Modify a subscription
         * @description Changes the message types, the queue or the name of the subscription `subscribeId` (the id
         *     answered by the create operations and `subscribeList`); the optional fields left out keep their
         *     value. The request has no field for the data level or for what the subscription covers (product,
         *     device, user domain): those stay as created. A running subscription
         *     cannot be modified (`16022`): `subscribeStop` it first, then `subscribeStart` it again.
         *
         *     The message types must suit the subscription's level: product and device level `1`–`10` and
         *     `12`–`15` (`6`–`10` for TSL products only), SaaS level `101`–`105`, end user domain level `201`
         *     (meanings in `msgTypes`). Notable codes: unknown queue → `16002`; a required field missing or
         *     empty → `50004`, invalid → `50005`; permission denied (e.g. another account's subscription) →
         *     `70060`. The page lists no code for an unknown `subscribeId` (`subscribeDetail` answers `16011`).
         *
         *     Source: `saas/OpenAPI/APIList/subscribeUpdate.md`.
         *
         *     **Departures from the page**
         *     * The page's `msgTypes` list gives `101`–`104` for SaaS level subscriptions; this spec also allows
         *       `105` (user domain (App) authorisations), because `subscribeCreatBySaaS` creates SaaS
         *       subscriptions with it and an update must be able to keep it.
         */
        post: operations["subscribeUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/quecauth/accessKeyAuthrize/refreshToken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Refresh the access token
         * @description Exchanges the current access token for a fresh one, so that a customer cloud keeps a valid token
         *     without logging in again (the token lives 2 hours; the access instruction page advises a refresh
         *     every hour). The current token (`QJWT …`, as `accessKeyLogin` or an earlier refresh returned it)
         *     travels in the `refresh_token` query parameter, not in `Authorization`; `grant_type` is always
         *     `refresh_token`. The answer has the token fields at the top level, like the login's
         *     (`TokenAnswer`), not the usual envelope.
         *
         *     * A token that was refreshed or created within the last 30 minutes is returned as is (the same
         *       `access_token`).
         *     * If the user or the AccessKey has been disabled, the refresh fails and the old token is disabled
         *       too (the page names no code for this).
         *
         *     `91001` when `refresh_token` is missing, `91004` when it is invalid or expired (see the
         *     departures).
         *
         *     Source: `saas/OpenAPI/APIList/refreshToken.md`.
         *
         *     **Departures from the page**
         *     * The page lists no error codes; this spec lists `91001` (missing `refresh_token`) and `91004`
         *       (invalid or expired `refresh_token`), because a refresh must be refused with some code and these
         *       are the vendor's token codes (`errorCode.md`).
         *     * The page's response table lists `expire_in` as a string and no `scope`; this spec follows the
         *       page's example (`expires_in` integer, `scope`) through `TokenAnswer`, as for the login (the
         *       lifetime is departure 2 of the API).
         *     * The page gives the request type `application/json`; this spec has no request body, because
         *       every parameter of the page is `in: query`.
         */
        get: operations["refreshToken"];
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
        /**
         * @description Body of every answer but the token ones (always HTTP 200). `code` 200 means success; any
         *     other value is an error code and `data` is then `null` or absent. List operations fill the
         *     paging fields.
         */
        Envelope: {
            /**
             * Format: int32
             * @description 200 = success; anything else is an error code.
             */
            code: number;
            /** @description Message; `OK` or empty on success, the vendor's text on error. */
            msg?: string | null;
            /** @description Payload on success; `null` or absent on error. Narrowed by each operation. */
            data?: unknown;
            /** @description Extra field of some pages, empty. The iotdock sandbox explains its refusals here. */
            exp1?: string | null;
            /** @description Extra message of the end-user pages; usually `null`. */
            extMsg?: string | null;
            /**
             * Format: int32
             * @description Current page (list operations).
             */
            pageNum?: number | null;
            /**
             * Format: int32
             * @description Page size (list operations).
             */
            pageSize?: number | null;
            /**
             * Format: int32
             * @description Number of pages (list operations).
             */
            pages?: number | null;
            /**
             * Format: int64
             * @description Number of records (list operations).
             */
            total?: number | null;
        };
        /**
         * @description One message of a Quectel AMQP queue: the JSON body of each message the platform pushes to the
         *     queues that the subscription operations fill (`subscribeCreatByPKDK`, `subscribeCreatBySaaS`,
         *     `subscribeCreatByEnduser`, then `subscribeStart`). Exactly one of these schemas matches a message:
         *     `type` says which (`ONLINE`, `STATUS`, `REQACK`), or `type` and `subtype` together (`RAW`, `MATTR`,
         *     `MEVENT`, `MSERV`, `LOCATION`, `META_EVENT`, `ENDUSER`, `CEP_RULE`). No `discriminator`: two
         *     fields discriminate.
         *
         *     Rules common to all schemas:
         *     * `required` follows the 是否必选/是否必填 column of each top-level table; nested tables have no
         *       such column, so their fields are optional (a table without the column is said in its schema);
         *     * field names are lower camel case as in the examples (departure 7 of the API);
         *     * `createdAt` and every other time is Unix time in **milliseconds**;
         *     * in TSL key-value objects (`kv`) the platform sends numeric values (TSL INT, FLOAT, DOUBLE and
         *       ENUM) **as strings**; booleans stay booleans; the receiver converts by the product's TSL;
         *     * objects stay open (no `additionalProperties: false`): the vendor may add fields.
         *
         *     Source: `AMQPSubscription/subscription/dataFormatDefinition.md` (v1.0.0) and
         *     `AMQPSubscription/DataFormat/overview.md`. The subscription pages number the message types they
         *     subscribe to (`msgTypes`); each schema names its number.
         */
        QuectelMessage: components["schemas"]["QuectelMessageOnline"] | components["schemas"]["QuectelMessageStatus"] | components["schemas"]["QuectelMessageCommandResponse"] | components["schemas"]["QuectelMessageDeviceInfoChange"] | components["schemas"]["QuectelMessageBindingChange"] | components["schemas"]["QuectelMessageRawUplink"] | components["schemas"]["QuectelMessageRawDownlink"] | components["schemas"]["QuectelMessageTslRead"] | components["schemas"]["QuectelMessageTslReadResponse"] | components["schemas"]["QuectelMessageTslWrite"] | components["schemas"]["QuectelMessageTslReport"] | components["schemas"]["QuectelMessageTslEventInfo"] | components["schemas"]["QuectelMessageTslEventWarn"] | components["schemas"]["QuectelMessageTslEventError"] | components["schemas"]["QuectelMessageTslServiceLog"] | components["schemas"]["QuectelMessageLocationQuery"] | components["schemas"]["QuectelMessageLocationRaw"] | components["schemas"]["QuectelMessageLocation"] | components["schemas"]["QuectelMessageProductInfoChange"] | components["schemas"]["QuectelMessageProductAuthorization"] | components["schemas"]["QuectelMessageUserDomainAuthorization"] | components["schemas"]["QuectelMessageTslPublication"] | components["schemas"]["QuectelMessageEndUserInfoChange"] | components["schemas"]["QuectelMessageRuleEngineEvent"];
        /** @description Answer of the login and the refresh (not the usual envelope). */
        TokenAnswer: {
            /**
             * Format: int32
             * @description 200 = success; anything else is an error code.
             */
            code: number;
            /** @description `OK` (or empty) on success; the error's message otherwise. */
            msg?: string;
            /**
             * @description The token, starting with `QJWT `; send it in `Authorization` as is.
             * @example QJWT eyJhbGciOiJIUzI1NiJ9.e30.x
             */
            access_token?: string;
            /** @description Always `jwt`. */
            token_type?: string;
            /**
             * Format: int64
             * @description Lifetime in seconds as the answer states it (see departure 2 of the API).
             */
            expires_in?: number;
            /** @description The granted scope; empty for all. */
            scope?: string;
            /** @description On error, the message again. */
            error?: string;
        };
        /**
         * Format: int32
         * @description How the device authenticates to the platform: `0` = dynamic authentication (the default),
         *     `1` = static authentication, `2` = X.509 certificate (the certificate's fingerprint is given as
         *     `fingerPrint` when the device is created).
         * @default 0
         * @enum {integer}
         */
        SaasDeviceAuthMode: 0 | 1 | 2;
        /**
         * @description A device as `deviceDetail` (`data`) and `deviceList` (`data[]`) return it: identity (product key,
         *     device key, name, SN), authentication mode, data format, online and activation status, and its
         *     timestamps (all Unix milliseconds). `null` as `deviceDetail`'s `data` in error answers.
         */
        SaasDeviceDetail: {
            /**
             * Format: int64
             * @description When the device was activated (first authenticated), Unix ms; `null` while it has not been.
             * @example 1743059249391
             */
            activedTime?: number | null;
            authMode?: components["schemas"]["SaasDeviceAuthMode"];
            /**
             * Format: int64
             * @description When the device was created on the platform, Unix ms.
             * @example 1743059249391
             */
            createTime?: number;
            /**
             * Format: int32
             * @description The product's data format: `0` = transparent (raw data, no TSL model), `3` = TSL model (properties, events, services).
             * @enum {integer}
             */
            dataFmt?: 0 | 3;
            /**
             * @description Device key (DK), unique within its product; usually the IMEI or MAC address.
             * @example 866123456789015
             */
            deviceKey?: string;
            /** @description Device name. */
            deviceName?: string | null;
            /**
             * Format: int32
             * @description Connection status: `1` = online, `0` = offline.
             * @enum {integer}
             */
            deviceStatus?: 0 | 1;
            /**
             * Format: int64
             * @description When the device first connected, Unix ms; `null` while it never has.
             */
            firstConnTime?: number | null;
            /**
             * Format: int32
             * @description Activation status: `0` = not activated, `1` = activated.
             * @enum {integer}
             */
            isActived?: 0 | 1;
            /**
             * Format: int32
             * @description Secondary authentication: `0` = not verified, `1` = verified.
             * @enum {integer}
             */
            isVerified?: 0 | 1;
            /**
             * Format: int32
             * @description Whether the device is virtual: `0` = real device, `1` = virtual device.
             * @enum {integer}
             */
            isVirtual?: 0 | 1;
            /**
             * Format: int64
             * @description When the device last came online, Unix ms; `null` while it never has.
             */
            lastConnTime?: number | null;
            /**
             * Format: int64
             * @description When the device last went offline, Unix ms; `null` while it never has.
             */
            lastOfflineTime?: number | null;
            /**
             * @description Product key (PK) of the device's product.
             * @example p11u8a
             */
            productKey?: string;
            /** @description The device's serial number (SN); `null` when none was given. */
            sn?: string | null;
            /**
             * Format: int64
             * @description When the device's record was last updated, Unix ms.
             */
            updateTime?: number;
        } | null;
        /**
         * @description Result of a downlink call (`deviceReadData`, `deviceWriteData`, `deviceSendServiceData`,
         *     `deviceSendRawData`) for one device of the request; the answer's `data` lists one per device.
         */
        SaasDownlinkResult: {
            /**
             * Format: int32
             * @description `200` = the command was accepted for this device (sent to it, or cached for it when `isCache`
             *     is true); any other value is the error code for this device, explained by `message`. The
             *     pages' examples show `200` only.
             * @example 200
             */
            code?: number;
            /**
             * @description Product key of the device.
             * @example p11u8a
             */
            productKey?: string;
            /**
             * @description Device key of the device.
             * @example 866123456789015
             */
            deviceKey?: string;
            /**
             * @description Id of the downlink message (a snowflake number as text). `deviceDataHistory` records the
             *     downlink and the device's answer to it under this ticket.
             * @example 1904612538876510208
             */
            ticket?: string | null;
            /** @description Why the command failed for this device; `null` on success. */
            message?: string | null;
        };
        /** @description A product's details (`productDetail`): the fields of `SaasProduct` plus `productConfig`. `null` in error answers. */
        SaasProductDetail: {
            /** @description Product key (`productKey` of every other call). */
            productKey?: string;
            /** @description Product name. */
            productName?: string;
            /**
             * Format: int32
             * @description Device type of the product: `0` = directly connected device, `1` = gateway, `2` = sub-device of a gateway.
             * @enum {integer}
             */
            accessType?: 0 | 1 | 2;
            /**
             * Format: int32
             * @description Platform the devices connect to: `0` = Quectel's cloud, `1` = China Telecom's AEP platform (the OpenAPI refuses to manage AEP products: `80005`).
             * @enum {integer}
             */
            connectPlatform?: 0 | 1;
            /**
             * Format: int32
             * @description Data format: `0` = transparent transmission / custom (raw data, `deviceSendRawData`), `3` = TSL model (`productTSL`, `deviceReadData`, `deviceWriteData`, …).
             * @enum {integer}
             */
            dataFmt?: 0 | 3;
            /**
             * @description How the devices connect, as a string: `1` = Wi-Fi (MQTT), `2` = 2G/3G/4G/5G cellular (MQTT), `3` = NB-IoT (LwM2M), `5` = Bluetooth (HTTP).
             * @enum {string}
             */
            netWay?: "1" | "2" | "3" | "5";
            /** @description URL of the product's logo; `null` when it has none. */
            logoPath?: string | null;
            /**
             * @description Creation time, Unix milliseconds written as a decimal string (e.g. `"1730871606221"`).
             * @example 1730871606221
             */
            createTime?: string;
            /**
             * @description Time of the last update, Unix milliseconds written as a decimal string; empty (`""`) when the product was never updated.
             * @example 1730871699999
             */
            updateTime?: string;
            /** @description Product configuration. */
            productConfig?: {
                /** @description Whether the product's AI capability is switched on (`false` = off, `true` = on; default `false`). */
                aiCapabilityStatus?: boolean;
            };
        } | null;
        /** @description A product the SaaS application is authorised for (one row of `productList`). */
        SaasProduct: {
            /** @description Product key (`productKey` of every other call). */
            productKey?: string;
            /** @description Product name. */
            productName?: string;
            /**
             * Format: int32
             * @description Device type of the product: `0` = directly connected device, `1` = gateway, `2` = sub-device of a gateway.
             * @enum {integer}
             */
            accessType?: 0 | 1 | 2;
            /**
             * Format: int32
             * @description Platform the devices connect to: `0` = Quectel's cloud, `1` = China Telecom's AEP platform (the OpenAPI refuses to manage AEP products: `80005`).
             * @enum {integer}
             */
            connectPlatform?: 0 | 1;
            /**
             * Format: int32
             * @description Data format: `0` = transparent transmission / custom (raw data, `deviceSendRawData`), `3` = TSL model (`productTSL`, `deviceReadData`, `deviceWriteData`, …).
             * @enum {integer}
             */
            dataFmt?: 0 | 3;
            /**
             * @description How the devices connect, as a string: `1` = Wi-Fi (MQTT), `2` = 2G/3G/4G/5G cellular (MQTT), `3` = NB-IoT (LwM2M), `5` = Bluetooth (HTTP).
             * @enum {string}
             */
            netWay?: "1" | "2" | "3" | "5";
            /** @description URL of the product's logo; `null` when it has none. */
            logoPath?: string | null;
            /**
             * @description Creation time, Unix milliseconds written as a decimal string (e.g. `"1730871606221"`).
             * @example 1730871606221
             */
            createTime?: string;
            /**
             * @description Time of the last update, Unix milliseconds written as a decimal string; empty (`""`) when the product was never updated.
             * @example 1730871699999
             */
            updateTime?: string;
        };
        /** @description Version information of the TSL model. */
        SaasTslProfile: {
            /** @description Version of the TSL format, e.g. `1.2.0`. */
            tslVersion?: string;
            /** @description Product key the model belongs to. */
            productKey?: string;
            /** @description Version of this product's model, a `yyyyMMddHHmmssSSS` time stamp in the vendor's examples (e.g. `20250531064139554`). */
            version?: string;
        };
        /** @description An allowed value of a `BOOL` or `ENUM` (`BOOL` has `true` and `false`; `ENUM` values are integers written as strings). */
        SaasTslValueSpec: {
            /**
             * @description The data type the value belongs to.
             * @enum {string}
             */
            dataType: "BOOL" | "ENUM";
            /** @description Display name of the value, e.g. `Locked`. */
            name: string;
            /** @description The value, e.g. `true` or `2`. */
            value: string;
        };
        /**
         * @description The value rules of a property, field or parameter; their shape depends on `dataType` (see
         *     `SaasTslDataType`). Numbers in specs are strings (`"min": "0"`).
         */
        SaasTslSpecs: components["schemas"]["SaasTslValueSpec"][] | components["schemas"]["SaasTslDataField"][] | components["schemas"]["SaasTslNumberSpecs"] | components["schemas"]["SaasTslLengthSpecs"] | components["schemas"]["SaasTslArraySpecs"];
        /**
         * @description Data type of a TSL property, field or parameter. Its `specs`: `BOOL`/`ENUM` a list of
         *     `{dataType, name, value}` (the allowed values and their display names); `INT`/`FLOAT`/`DOUBLE`
         *     `{min, max, step, unit, multiple}`; `TEXT`/`RAW` `{length}` (maximum length; `RAW` is binary data
         *     written as hex); `DATE` `{length: "13"}` (a millisecond time stamp); `STRUCT` a list of fields
         *     (`SaasTslDataField`, which may again be `STRUCT` or `ARRAY`); `ARRAY` `{size, dataType, …}`
         *     (maximum element count and element type, see `SaasTslArraySpecs`).
         * @enum {string}
         */
        SaasTslDataType: "BOOL" | "INT" | "FLOAT" | "DOUBLE" | "ENUM" | "TEXT" | "RAW" | "DATE" | "STRUCT" | "ARRAY";
        /** @description A field of a `STRUCT` (a property's, a parameter's or an array's elements), or a parameter of an event or service. */
        SaasTslDataField: {
            specs?: components["schemas"]["SaasTslSpecs"];
            /** @description Identifier of the field (its key in the struct's JSON value). */
            code: string;
            dataType: components["schemas"]["SaasTslDataType"];
            /** @description Display name. */
            name: string;
            /**
             * Format: int32
             * @description Field id (numbered from 1 within a struct; a function id of the product for parameters).
             */
            id: number;
            /** @description Description; often empty. */
            desc?: string;
        };
        /** @description Range of an `INT`, `FLOAT` or `DOUBLE` (also the element range of an `ARRAY` of numbers, as its `numberSpecs`). */
        SaasTslNumberSpecs: {
            /** @description Unit, e.g. `km/h`; may be empty. */
            unit?: string;
            /** @description Minimum value, e.g. `-2147483648`. */
            min?: string;
            /** @description Maximum value. */
            max?: string;
            /** @description Multiple (scaling factor) of the value; often empty. */
            multiple?: string;
            /** @description Step, e.g. `1` or `0.1`. */
            step?: string;
        };
        /** @description Maximum length of a `TEXT` or `RAW` value; a `DATE` has `length` `13` (a millisecond time stamp). */
        SaasTslLengthSpecs: {
            /** @description Maximum length, e.g. `100`. */
            length: string;
        };
        /**
         * @description An `ARRAY`: at most `size` elements of type `dataType`. Elements of a numeric type carry their range
         *     in `numberSpecs`, elements of type `STRUCT` their fields in `specs`; `TEXT`/`RAW` elements carry
         *     nothing more in the vendor's examples.
         */
        SaasTslArraySpecs: {
            numberSpecs?: components["schemas"]["SaasTslNumberSpecs"];
            /** @description `STRUCT` elements: the fields. */
            specs?: components["schemas"]["SaasTslDataField"][];
            /** @description Maximum number of elements, e.g. `10`. */
            size: string;
            dataType: components["schemas"]["SaasTslDataType"];
        };
        /**
         * @description A TSL property. `subType` is the access mode: `R` read-only (reported by the device), `W`
         *     write-only, `RW` read-write. Only `W`/`RW` properties can be written with `deviceWriteData`.
         */
        SaasTslProperty: {
            specs?: components["schemas"]["SaasTslSpecs"];
            /** @description Identifier of the property, e.g. `battery_level`; the key of its value in `deviceReadData`/`deviceWriteData` data and in messages. */
            code: string;
            dataType: components["schemas"]["SaasTslDataType"];
            /** @description Display name. */
            name: string;
            /**
             * @description Access mode: `R` = read-only, `W` = write-only, `RW` = read-write.
             * @enum {string}
             */
            subType: "R" | "W" | "RW";
            /**
             * Format: int32
             * @description Function id, unique in the product.
             */
            id: number;
            /**
             * Format: int32
             * @description Display order among all functions of the product.
             */
            sort?: number;
            /**
             * @description Function type, always `PROPERTY` here.
             * @enum {string}
             */
            type: "PROPERTY";
            /** @description Description; often empty. */
            desc?: string;
        };
        /** @description A reference to a property of the model: the single key `$ref` with a value such as `#/properties/id/10` (property `id` 10). */
        SaasTslPropertyReference: {
            [key: string]: string;
        };
        /**
         * @description A parameter of an event or service: either a full definition (`SaasTslDataField`, whose `id` is a
         *     function id of the product) or a reference to a property of the model,
         *     `{"$ref": "#/properties/id/<property id>"}` (the parameter is that property).
         */
        SaasTslParameter: components["schemas"]["SaasTslDataField"] | components["schemas"]["SaasTslPropertyReference"];
        /**
         * @description A TSL event. `subType` is its level: `INFO` information, `WARN` alert, `ERROR` fault.
         *     `outputData` lists the parameters the event carries (absent when it carries none).
         */
        SaasTslEvent: {
            /** @description Parameters the event carries; an item may instead reference a property of the model (`{"$ref": "#/properties/id/<id>"}`). */
            outputData?: components["schemas"]["SaasTslParameter"][];
            /** @description Identifier of the event (`eventCode` in `deviceEventHistory`, `code` in the AMQP event messages). */
            code: string;
            /** @description Display name. */
            name: string;
            /**
             * @description Event level: `INFO` = information, `WARN` = alert, `ERROR` = fault.
             * @enum {string}
             */
            subType: "INFO" | "WARN" | "ERROR";
            /**
             * Format: int32
             * @description Function id, unique in the product.
             */
            id: number;
            /**
             * Format: int32
             * @description Display order among all functions of the product.
             */
            sort?: number;
            /**
             * @description Function type, always `EVENT` here.
             * @enum {string}
             */
            type: "EVENT";
            /** @description Description; often empty. */
            desc?: string;
        };
        /**
         * @description A TSL service, called with `deviceSendServiceData`. `subType` is the call mode (`ASYNC`,
         *     asynchronous, in the vendor's examples). `inputData`/`outputData` are absent when the service has
         *     no input or output.
         */
        SaasTslService: {
            /** @description Output parameters of the service; an item may instead reference a property of the model (`{"$ref": "#/properties/id/<id>"}`). */
            outputData?: components["schemas"]["SaasTslParameter"][];
            /** @description Input parameters of the service. */
            inputData?: components["schemas"]["SaasTslParameter"][];
            /** @description Identifier of the service. */
            code: string;
            /** @description Display name. */
            name: string;
            /** @description Call mode, e.g. `ASYNC`. */
            subType: string;
            /**
             * Format: int32
             * @description Function id, unique in the product.
             */
            id: number;
            /**
             * Format: int32
             * @description Display order among all functions of the product.
             */
            sort?: number;
            /**
             * @description Function type, always `SERVICE` here.
             * @enum {string}
             */
            type: "SERVICE";
            /** @description Description; often empty. */
            desc?: string;
        };
        /**
         * @description The product's published TSL model (物模型, "thing specification language"): its properties, events
         *     and services; `null` in error answers. Every function has a numeric `id` (unique in the product)
         *     and a string `code` (identifier, 标识符). The `code` is what the device-data calls use in their
         *     JSON-in-a-string `data`: `deviceReadData` lists property codes (`["battery_level","speed"]`),
         *     `deviceWriteData` writes `[{"<property code>":"<value>"}]`, `deviceSendServiceData` calls
         *     `[{"<service code>":[{"<input parameter code>":"<value>"}]}]`; struct members are keyed by their
         *     field `code`, array elements by `"0"`.
         */
        SaasTslModel: {
            profile?: components["schemas"]["SaasTslProfile"];
            /** @description Properties (`type` = `PROPERTY`), the device's readable and/or writable state. */
            properties?: components["schemas"]["SaasTslProperty"][];
            /** @description Events (`type` = `EVENT`) the device reports. */
            events?: components["schemas"]["SaasTslEvent"][];
            /** @description Services (`type` = `SERVICE`) that can be called on the device (`deviceSendServiceData`). */
            services?: components["schemas"]["SaasTslService"][];
        } | null;
        /**
         * Format: int32
         * @description Queue status: `0` = not in use (no subscription uses the queue; a new queue, or one whose
         *     subscriptions were all deleted), `1` = in use (at least one subscription uses it), `2` = disabled
         *     (unused for 30 days and disabled by the platform; cannot be re-enabled).
         * @enum {integer}
         */
        SaasQueueStatus: 0 | 1 | 2;
        /**
         * @description An AMQP message queue of the account, as `queueCreate` and `queueList` answer it. `id` is the
         *     `queueId` of `queueDetail`, `queueClear` and `queueDelete`; `queueName` is the full name
         *     (`a.<userId>.<name given to queueCreate>`) that the subscriptions take and the AMQP consumer reads.
         *     `null` in error answers.
         */
        SaasQueue: {
            /**
             * @description Creation time, Unix milliseconds as a decimal string (`"1730871805372"`).
             * @example 1743059249391
             */
            createTime?: string | null;
            /**
             * Format: int64
             * @description Id of the enterprise (SaaS developer) account the queue belongs to.
             * @example 1361102453407744
             */
            entUserId?: number;
            /**
             * Format: int64
             * @description The queue's id (`queueId` of the other queue operations).
             * @example 7001
             */
            id?: number;
            /**
             * Format: int32
             * @description Whether the queue is a free one: `0` = no, `1` = yes.
             * @enum {integer}
             */
            isFree?: 0 | 1;
            /** @description Queue metadata (`queueList` only; empty in the page's example). */
            metadata?: string | null;
            /** @description The queue's description. */
            queueDesc?: string | null;
            /**
             * @description Full queue name, `a.<userId>.<name>`: the name given to `queueCreate` prefixed by `a.` and the
             *     account's user id (`a.1358403955870720.testQueue`).
             * @example a.1361102453407744.iotdockQueue
             */
            queueName?: string;
            status?: components["schemas"]["SaasQueueStatus"];
            /** @description Last update time, Unix milliseconds as a decimal string; empty or `null` if never updated. */
            updateTime?: string | null;
            /**
             * Format: int64
             * @description Id of the user (account) that created the queue.
             * @example 1361102453407744
             */
            userId?: number;
        } | null;
        /**
         * @description A queue with its consumption figures and the AMQP address to consume it (`queueDetail`). `null`
         *     in error answers.
         */
        SaasQueueDetail: {
            /**
             * @description AMQP address to consume the queue from, with the virtual host (`amqp://127.0.0.1:5672/quec-open`
             *     in the page's example; `amqps://iot-amqp.quectelcn.com:5671/quec-open` in production).
             */
            connectUrl?: string;
            /** @description Consumption rate of the queue (a number as a string; `"0"` when nothing is consumed). */
            consumeRate?: string;
            /**
             * Format: int64
             * @description Creation time, Unix milliseconds.
             */
            createTime?: number | null;
            /**
             * Format: int64
             * @description Number of messages waiting (accumulated) in the queue.
             */
            msgNum?: number;
            /** @description Size of the accumulated messages (a queue keeps at most 500 MB of messages, each for at most 6 hours). */
            msgSize?: string;
            /** @description The queue's description. */
            queueDesc?: string | null;
            /**
             * Format: int64
             * @description The queue's id.
             */
            queueId?: number;
            /** @description Full queue name, `a.<userId>.<name>`. */
            queueName?: string;
            status?: components["schemas"]["SaasQueueStatus"];
            /**
             * Format: int64
             * @description Last update time, Unix milliseconds; `null` if never updated.
             */
            updateTime?: number | null;
        } | null;
        /** @description The created subscription (`null` in error answers). It is created not started (`status` `0`). */
        SaasSubscriptionId: {
            /**
             * Format: int64
             * @description Id of the new subscription (`subscribeId` of the other subscription operations).
             * @example 7101
             */
            subscribeId?: number;
        } | null;
        /**
         * Format: int32
         * @description Subscription status: `0` = not started (every new subscription, and a stopped one), `1` = running
         *     (started with `subscribeStart`: the platform forwards its message types to its queue). A running
         *     subscription can be neither modified (`16022`) nor deleted (`16019`): stop it first.
         * @enum {integer}
         */
        SaasSubscriptionStatus: 0 | 1;
        /**
         * @description A subscription (rule): its level, what it covers, its message types, its queue and status
         *     (`subscribeDetail`). `null` in error answers.
         */
        SaasSubscriptionDetail: {
            /**
             * Format: int64
             * @description Creation time, Unix milliseconds.
             */
            createTime?: number;
            /**
             * Format: int32
             * @description Data level: `1` = product (every device of `productKey`), `2` = device (`deviceKey` of
             *     `productKey`), `4` = enterprise user (a SaaS subscription, `subscribeCreatBySaaS`), `5` = end
             *     user domain (`subscribeCreatByEnduser`).
             * @enum {integer}
             */
            dataLevel?: 1 | 2 | 4 | 5;
            /** @description Device key (device level only). */
            deviceKey?: string;
            /** @description Device name (device level only). */
            deviceName?: string;
            /** @description End user domain (end user domain level only), e.g. `C.DM.26106.1`. */
            endUserDomain?: string;
            /**
             * @description The subscribed message type codes, comma-separated without spaces (`"1,2,12,13,14,15"`); the
             *     codes of `SaasSubscriptionMsgType` (`msgTypes` of the create and update operations).
             * @example 1,2,6,7,8,9
             */
            msgType?: string;
            /** @description Product key (product and device levels). */
            productKey?: string;
            /** @description Product name (product and device levels). */
            productName?: string;
            /**
             * Format: int64
             * @description Id of the subscription's queue.
             */
            queueId?: number;
            /** @description Full name of the subscription's queue. */
            queueName?: string;
            status?: components["schemas"]["SaasSubscriptionStatus"];
            /**
             * Format: int64
             * @description The subscription's id.
             */
            subscribeId?: number;
            /** @description The subscription's name. */
            subscribeName?: string;
            /**
             * Format: int64
             * @description Last modification time, Unix milliseconds.
             */
            updateTime?: number | null;
            /**
             * Format: int64
             * @description Id of the user (account) that owns the subscription.
             */
            userId?: number;
        } | null;
        /** @description One subscription of `subscribeList`. */
        SaasSubscriptionRule: {
            /**
             * Format: int64
             * @description Creation time, Unix milliseconds.
             */
            createTime?: number;
            /**
             * Format: int64
             * @description Project id.
             */
            projectId?: number;
            /** @description Project name. */
            projectName?: string;
            /** @description Id of the subscription's queue, as a decimal string (`"6611"`; the other operations give it as an integer). */
            queueId?: string;
            /** @description Full name of the subscription's queue. */
            queueName?: string;
            status?: components["schemas"]["SaasSubscriptionStatus"];
            /**
             * Format: int64
             * @description The subscription's id (`subscribeId` of the other subscription operations).
             */
            subscribeId?: number;
            /**
             * Format: int32
             * @description Subscription level: `1` = product, `3` = device, `6` = SaaS. These are not the `dataLevel`
             *     values of `subscribeDetail` (`1`/`2`/`4`/`5`); the page gives no value for end user domain
             *     subscriptions (the field is then absent).
             * @enum {integer}
             */
            subscribeLevel?: 1 | 3 | 6;
            /** @description The subscription's name. */
            subscribeName?: string;
        };
        /**
         * Format: int32
         * @description A message type code of a subscription: it selects which AMQP messages the platform forwards to the
         *     subscription's queue (the message's `type`/`subtype`, see `x-iotdock-messages`). Which codes a
         *     subscription may take depends on its data level:
         *
         *     Product and device level (`subscribeCreatByPKDK`, `dataLevel` 1 or 2):
         *     * `1` = device online/offline events (`type` `ONLINE`);
         *     * `2` = device and module status: battery, voltage, signal strength, versions, ICCID… (`STATUS`);
         *     * `3` = device uplink data over the transparent (raw) channel (`RAW`/`UPLINK`);
         *     * `4` = device downlink data over the transparent (raw) channel (`RAW`/`DOWNLINK`);
         *     * `5` = device command responses: whether a downlink was sent or failed (`REQACK`);
         *     * `6` = TSL property information: reads, read responses, writes and reports (`MATTR`/`READ`,
         *       `READRESP`, `WRITE`, `REPORT`); TSL products only;
         *     * `7` = TSL event reports of level information (`MEVENT`/`INFO`); TSL products only;
         *     * `8` = TSL event reports of level warning (`MEVENT`/`WARN`); TSL products only;
         *     * `9` = TSL event reports of level fault (`MEVENT`/`ERROR`); TSL products only;
         *     * `10` = TSL service call log (`MSERV`/`INPUT`, `OUTPUT`); TSL products only;
         *     * `12` = raw location data, NMEA as the device reported it (`LOCATION`/`INFO-RAW`);
         *     * `13` = location information parsed by the platform (`LOCATION`/`INFO-KV`);
         *     * `14` = device binding changes: end users binding or unbinding the device (`ENDUSER`/`USER-BIND`);
         *     * `15` = device information changes: added, modified, deleted, reset, authenticated, activated,
         *       deregistered (`META_EVENT`/`DEVICE`).
         *
         *     SaaS (enterprise user) level (`subscribeCreatBySaaS`, `dataLevel` 4), for every product the
         *     account is authorised for:
         *     * `101` = product information changes: created, modified, deleted (`META_EVENT`/`PRODUCT`);
         *     * `102` = device information changes (`META_EVENT`/`DEVICE`);
         *     * `103` = TSL model publications (`META_EVENT`/`THING_MODEL`);
         *     * `104` = product authorisations granted or withdrawn (`META_EVENT`/`GRANT_AUTHORIZED`);
         *     * `105` = user domain (App) authorisations granted or withdrawn (`META_EVENT`/`GRANT_USER_DOMAIN`).
         *
         *     End user domain level (`subscribeCreatByEnduser`, `dataLevel` 5):
         *     * `201` = end users created, modified or deleted (`ENDUSER`/`USER-ADD`, `USER-UPDATE`, `USER-DELETE`).
         *
         *     There is no code `11`: the pages skip it (the console's "location downlink" type, `LOCATION`/`QUERY`,
         *     has no code on them).
         * @example 6
         * @enum {integer}
         */
        SaasSubscriptionMsgType: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 12 | 13 | 14 | 15 | 101 | 102 | 103 | 104 | 105 | 201;
        /**
         * @description The gateway a sub-device is connected through (网关信息); present only in messages of gateway
         *     sub-devices.
         */
        QuectelMessageGateway: {
            /** @description Product key (PK) of the gateway. */
            productKey?: string;
            /** @description Device key (DK) of the gateway. */
            deviceKey?: string;
        };
        /**
         * @description Online/offline event (上下线事件; subscription message type 1). The platform sends it when a
         *     device connects, disconnects or reconnects. `type` is always `ONLINE`, whatever the event:
         *     `data.value` tells them apart (0 offline, 1 online, 2 reconnected). A gateway sub-device's
         *     message carries its gateway in `gateway`.
         *
         *     Source: `dataFormatDefinition.md`, *上下线事件*.
         *
         *     Departure: the page's table names the first two fields `ProductKey` and `DeviceKey`; this schema
         *     says `productKey` and `deviceKey`, because the example (like every other message) writes them so
         *     (departure 7 of the API).
         * @example {
         *       "productKey": "p12345",
         *       "deviceKey": "1234567890",
         *       "type": "ONLINE",
         *       "createdAt": 1609316592000,
         *       "ticket": "5f9924d171977c33bc5ad1b1",
         *       "gateway": {
         *         "productKey": "p12344",
         *         "deviceKey": "1234567891"
         *       },
         *       "data": {
         *         "value": 1
         *       }
         *     }
         */
        QuectelMessageOnline: {
            /** @description Product key (PK) of the device. */
            productKey: string;
            /** @description Device key (DK) of the device. */
            deviceKey: string;
            /**
             * @description Message type; `ONLINE` for every connection event (online, offline and reconnection).
             * @enum {string}
             */
            type: "ONLINE";
            /**
             * Format: int64
             * @description When the platform generated the message, Unix time in milliseconds.
             */
            createdAt: number;
            /** @description Message identifier (消息识别码). */
            ticket: string;
            gateway?: components["schemas"]["QuectelMessageGateway"];
            /** @description The event. */
            data: {
                /**
                 * Format: int32
                 * @description 0 offline, 1 online, 2 reconnected (reonline).
                 */
                value?: number;
            };
        };
        /**
         * @description Device and module status (设备和模组状态; subscription message type 2): battery, voltage,
         *     signal, module version, ICCID and the like. The platform sends it when the device reports status
         *     values; `data.kv` holds only the values that were reported (their number varies).
         *
         *     Source: `dataFormatDefinition.md`, *设备和模组状态* (and its 状态字段列表).
         *
         *     Departures:
         *     * The page's table has no 是否必选 column; this schema requires `productKey`, `deviceKey`, `type`,
         *       `createdAt`, `ticket` and `data`, because every device-message table that has the column marks
         *       them required and the example has them.
         *     * The page gives the status keys no type; this schema types them as strings, because the example
         *       sends `"battery": "20"` and `"voltage": "4"`.
         * @example {
         *       "productKey": "p12345",
         *       "deviceKey": "1234567890",
         *       "type": "STATUS",
         *       "createdAt": 1609316592000,
         *       "ticket": "5f9924d171977c33bc5ad1b1",
         *       "data": {
         *         "packetId": 3,
         *         "kv": {
         *           "battery": "20",
         *           "voltage": "4"
         *         }
         *       }
         *     }
         */
        QuectelMessageStatus: {
            /** @description Product key (PK) of the device. */
            productKey: string;
            /** @description Device key (DK) of the device. */
            deviceKey: string;
            /**
             * @description Message type.
             * @enum {string}
             */
            type: "STATUS";
            /**
             * Format: int64
             * @description When the platform generated the message, Unix time in milliseconds.
             */
            createdAt: number;
            /** @description Message identifier (消息识别码). */
            ticket: string;
            gateway?: components["schemas"]["QuectelMessageGateway"];
            /** @description The reported status values. */
            data: {
                /**
                 * Format: int32
                 * @description Uplink/downlink packet id (上下行数据包Id).
                 */
                packetId?: number;
                /** @description The status values that changed, by key (device status and module status); any subset. */
                kv?: {
                    /** @description Battery level (device status). */
                    battery?: string;
                    /** @description Voltage (device status). */
                    voltage?: string;
                    /** @description Signal strength (device status). */
                    signal_strength?: string;
                    /** @description Free memory (device status). */
                    memory_free?: string;
                    /** @description Reference signal received power, RSRP (device status). */
                    rsrp?: string;
                    /** @description LTE reference signal received quality, RSRQ (device status). */
                    rsrq?: string;
                    /** @description Signal to interference plus noise ratio, SINR (device status). */
                    snr?: string;
                    /** @description Module model (module status). */
                    type?: string;
                    /** @description Module firmware version (module status). */
                    version?: string;
                    /** @description MCU version (module status). */
                    mcu_version?: string;
                    /** @description Base station (cell) id (module status). */
                    cell_id?: string;
                    /** @description SIM ICCID (module status). */
                    icc_id?: string;
                    /** @description Mobile country code (module status). */
                    mcc?: string;
                    /** @description Mobile network code (module status). */
                    mnc?: string;
                    /** @description Location area code (module status). */
                    lac?: string;
                    /** @description Phone number (module status). */
                    phone_num?: string;
                    /** @description SIM number (module status). */
                    sim_num?: string;
                    /** @description SDK version (module status). */
                    sdk_ver?: string;
                    /** @description Supported positioning functions (定位支持功能, module status). */
                    locator?: string;
                };
            };
        };
        /**
         * @description Device command response (设备命令响应数据; subscription message type 5): the delivery status
         *     (success or failure) of a command the platform sent down to the device.
         *
         *     Source: `dataFormatDefinition.md`, *设备命令响应数据*.
         * @example {
         *       "productKey": "p12345",
         *       "deviceKey": "1234567890",
         *       "type": "REQACK",
         *       "createdAt": 1609316592000,
         *       "ticket": "23924d171977c121325ad1bf",
         *       "gateway": {
         *         "productKey": "p12344",
         *         "deviceKey": "1234567891"
         *       },
         *       "data": {
         *         "sentAt": 1609316592000,
         *         "status": "succ"
         *       }
         *     }
         */
        QuectelMessageCommandResponse: {
            /** @description Product key (PK) of the device. */
            productKey: string;
            /** @description Device key (DK) of the device. */
            deviceKey: string;
            /**
             * @description Message type.
             * @enum {string}
             */
            type: "REQACK";
            /**
             * Format: int64
             * @description When the platform generated the message, Unix time in milliseconds.
             */
            createdAt: number;
            /** @description Message identifier (消息识别码), made by a snowflake algorithm. */
            ticket: string;
            gateway?: components["schemas"]["QuectelMessageGateway"];
            /** @description The delivery status. */
            data: {
                /**
                 * Format: int64
                 * @description When the command was sent to the device, Unix time in milliseconds.
                 */
                sentAt?: number;
                /**
                 * @description `succ` delivered, `fail` failed.
                 * @enum {string}
                 */
                status?: "succ" | "fail";
            };
        };
        /** @description One changed value of an UPDATE message (修改前/修改后), its value before and after. */
        QuectelMessageChange: {
            /** @description Value before the change. */
            old?: string;
            /** @description Value after the change. */
            new?: string;
        };
        /**
         * @description Device information change (设备信息变更; message type 15 of a product/device subscription,
         *     102 of a SaaS subscription): the platform sends it when a device is added, modified, deleted,
         *     reset, authenticated, activated or logged off (`operation`). `data` carries the device's name
         *     and SN (add, delete, activate, authenticate, log off), their old and new values (update), or is
         *     `null` (the examples of activate/authenticate/log off and reset). Gateway sub-devices carry their
         *     gateway on reset, authentication and logoff.
         *
         *     Source: `dataFormatDefinition.md`, *设备信息变更* (four examples).
         *
         *     Departure: the page's add/delete example writes `"operation": "ADD/DELETE"` and its
         *     activate/authenticate/log-off example `"AUTH/ACTIVEL/LOGOFF"`; this schema says `operation` is
         *     one of the table's values (`ADD`, `UPDATE`, `DELETE`, `RESET`, `AUTH`, `ACTIVE`, `LOGOFF`),
         *     because those examples stand for several messages (one per value, `ACTIVEL` misspelling
         *     `ACTIVE`), not for a value of its own. The example below is the page's update example.
         * @example {
         *       "productKey": "p11376",
         *       "deviceKey": "132456",
         *       "type": "META_EVENT",
         *       "subtype": "DEVICE",
         *       "operation": "UPDATE",
         *       "createdAt": 1616375484482,
         *       "ticket": "1032330579905388544",
         *       "data": {
         *         "deviceName": {
         *           "old": "修改前设备名称",
         *           "new": "修改后设备名称"
         *         },
         *         "sn": {
         *           "new": "修改后的SN"
         *         },
         *         "timeOffset": {
         *           "old": "+06:00",
         *           "new": "+08:00"
         *         }
         *       }
         *     }
         */
        QuectelMessageDeviceInfoChange: {
            /**
             * @description Message type (事件类型).
             * @enum {string}
             */
            type: "META_EVENT";
            /**
             * @description Object of the operation; `DEVICE`, an operation on a device.
             * @enum {string}
             */
            subtype: "DEVICE";
            /**
             * @description `ADD` added, `UPDATE` modified, `DELETE` deleted, `RESET` reset, `AUTH` authenticated,
             *     `ACTIVE` activated, `LOGOFF` logged off (deregistered).
             * @enum {string}
             */
            operation: "ADD" | "UPDATE" | "DELETE" | "RESET" | "AUTH" | "ACTIVE" | "LOGOFF";
            /** @description Message identifier (消息识别码); the page requires it for activation, authentication and logoff only. */
            ticket?: string;
            /** @description Product key (PK) of the device. */
            productKey: string;
            /** @description Device key (DK) of the device. */
            deviceKey: string;
            /**
             * Format: int64
             * @description When the operation happened (the message was generated), Unix time in milliseconds.
             */
            createdAt: number;
            gateway?: components["schemas"]["QuectelMessageGateway"];
            /**
             * @description The device's information: plain values on add, delete, activation, authentication and
             *     logoff; `{old, new}` pairs of the values that changed on update; may be `null`.
             */
            data?: {
                /** @description Device name (a string), or its old and new value (update). */
                deviceName?: string | components["schemas"]["QuectelMessageChange"];
                /** @description Serial number (a string, possibly `null`), or its new value (update). */
                sn?: (string | null) | {
                    /** @description The new SN. */
                    new?: string;
                };
                /** @description Time zone offset before and after (update), e.g. `+08:00`. */
                timeOffset?: components["schemas"]["QuectelMessageChange"];
            } | null;
        };
        /**
         * @description Device binding change (设备绑定信息变更; subscription message type 14): the platform sends it
         *     when an end user's access to a device changes: `data.value` 1 the device was added to the user
         *     (bound, shared, added to a device group), 0 removed (unbound, user deregistered, share removed,
         *     removed from a group), 2 invalidated (device reset); `invalidCause` says why.
         *
         *     Source: `dataFormatDefinition.md`, *设备绑定信息变更*.
         * @example {
         *       "type": "ENDUSER",
         *       "subtype": "USER-BIND",
         *       "deviceKey": "132456",
         *       "productKey": "p11376",
         *       "createdAt": 1616375484482,
         *       "deviceName": "某设备",
         *       "ticket": "23924d171977c121325ad1bf",
         *       "data": {
         *         "endUserId": "11376",
         *         "endUserDomain": "C.DM.5715.1",
         *         "value": 1
         *       }
         *     }
         */
        QuectelMessageBindingChange: {
            /** @description Product key (PK) of the device. */
            productKey: string;
            /** @description Device key (DK) of the device. */
            deviceKey: string;
            /** @description Device name. */
            deviceName?: string;
            /**
             * @description Message type.
             * @enum {string}
             */
            type: "ENDUSER";
            /**
             * @description Subtype; `USER-BIND`, a binding change.
             * @enum {string}
             */
            subtype: "USER-BIND";
            /** @description Message identifier (消息识别码). */
            ticket: string;
            /**
             * Format: int64
             * @description When the change happened, Unix time in milliseconds.
             */
            createdAt: number;
            /** @description The end user and the change. */
            data: {
                /** @description End user id. */
                endUserId?: string;
                /** @description The end user's user domain (e.g. `C.DM.5715.1`). */
                endUserDomain?: string;
                /**
                 * Format: int32
                 * @description 0 device removed from the user (unbound, user deregistered, sharer or sharee deleted the
                 *     share, removed from a device group); 1 device added (bound, shared, added to a device
                 *     group); 2 device invalidated (reset).
                 */
                value?: number;
                /**
                 * Format: int32
                 * @description Authentication status: 1 real binding (真绑定), 2 pseudo binding (伪绑定).
                 */
                authStatus?: number;
                /**
                 * Format: int32
                 * @description Permission level: 1 owner, 2 shared with the user (分享者).
                 */
                authLevel?: number;
                /**
                 * Format: int32
                 * @description Why the device was removed or invalidated: 1 unbound, 2 reset, 3 share expired, 4 share
                 *     cancelled, 5 share overridden, 6 added to a device group, 7 removed from a device group,
                 *     8 real binding became pseudo binding, 9 pseudo binding became real binding, 10 sub-device
                 *     disconnected from its gateway, 11 sub-device connected to a gateway, 12 user removed
                 *     from the home.
                 */
                invalidCause?: number;
                /** @description The user's unique id on a third-party user platform. */
                openId?: string;
            };
        };
        /**
         * @description Transparent (raw) uplink data (透传-设备上行数据 and 物模型-设备上行透传数据; subscription message
         *     type 3): data a device sends over the transparent channel, for products of transparent or TSL
         *     data format; the platform forwards it Base64-encoded.
         *
         *     Source: `dataFormatDefinition.md`, *透传-设备上行数据* and *物模型-设备上行透传数据*.
         *
         *     Departure: the page documents this message twice, once for transparent products and once for TSL
         *     products; this schema covers both, because the two have the same `type`/`subtype` (`RAW`/`UPLINK`)
         *     and the same fields, so no consumer can tell them apart (and both are subscription message type 3).
         * @example {
         *       "ticket": "5f9924d171977c33bc5ad1b1",
         *       "productKey": "p111KY",
         *       "deviceKey": "1234567890123",
         *       "type": "RAW",
         *       "subtype": "UPLINK",
         *       "createdAt": 1609316592000,
         *       "gateway": {
         *         "productKey": "p111KY",
         *         "deviceKey": "2345678901234"
         *       },
         *       "data": {
         *         "packetId": 3,
         *         "raw": "YSBtZXNzYWdl"
         *       }
         *     }
         */
        QuectelMessageRawUplink: {
            /** @description Product key (PK) of the device. */
            productKey: string;
            /** @description Device key (DK) of the device. */
            deviceKey: string;
            /**
             * @description Message type.
             * @enum {string}
             */
            type: "RAW";
            /**
             * @description Direction; `UPLINK`, from the device.
             * @enum {string}
             */
            subtype: "UPLINK";
            /**
             * Format: int64
             * @description When the platform generated the message, Unix time in milliseconds.
             */
            createdAt: number;
            gateway?: components["schemas"]["QuectelMessageGateway"];
            /** @description Message identifier (消息识别码). */
            ticket: string;
            /** @description The data. */
            data: {
                /**
                 * Format: int32
                 * @description Uplink/downlink packet id (上下行数据包Id).
                 */
                packetId?: number;
                /**
                 * Format: byte
                 * @description The device's bytes, Base64-encoded.
                 */
                raw?: string;
            };
        };
        /**
         * @description Transparent (raw) downlink data (透传-设备下行数据 and 物模型-设备下行透传数据; subscription message
         *     type 4): control data sent to a device over the transparent channel (e.g. by `deviceSendRawData`),
         *     for products of transparent or TSL data format; Base64-encoded.
         *
         *     Source: `dataFormatDefinition.md`, *透传-设备下行数据* and *物模型-设备下行透传数据*.
         *
         *     Departure: the page documents this message twice, once for transparent products and once for TSL
         *     products; this schema covers both, because the two have the same `type`/`subtype` (`RAW`/`DOWNLINK`)
         *     and the same fields, so no consumer can tell them apart (and both are subscription message type 4).
         * @example {
         *       "ticket": "5f9924d171977c33bc5ad1b1",
         *       "productKey": "p111KY",
         *       "deviceKey": "1234567890123",
         *       "type": "RAW",
         *       "subtype": "DOWNLINK",
         *       "createdAt": 1609316592000,
         *       "gateway": {
         *         "productKey": "p111KY",
         *         "deviceKey": "2345678901234"
         *       },
         *       "data": {
         *         "raw": "YSBtZXNzYWdl"
         *       }
         *     }
         */
        QuectelMessageRawDownlink: {
            /** @description Product key (PK) of the device. */
            productKey: string;
            /** @description Device key (DK) of the device. */
            deviceKey: string;
            /**
             * @description Message type.
             * @enum {string}
             */
            type: "RAW";
            /**
             * @description Direction; `DOWNLINK`, to the device.
             * @enum {string}
             */
            subtype: "DOWNLINK";
            /**
             * Format: int64
             * @description When the platform generated the message, Unix time in milliseconds.
             */
            createdAt: number;
            /** @description Message identifier (消息识别码). */
            ticket: string;
            gateway?: components["schemas"]["QuectelMessageGateway"];
            /** @description The data. */
            data: {
                /**
                 * Format: byte
                 * @description The bytes sent, Base64-encoded.
                 */
                raw?: string;
            };
        };
        /**
         * @description TSL property read request (MATTR - READ, 物模型-读下发; subscription message type 6, TSL
         *     property information): the platform sends it when it asks a device for property values (e.g.
         *     through `deviceReadData`); the answer comes as `READRESP`.
         *
         *     Source: `dataFormatDefinition.md`, *物模型-物模型属性信息*, *MATTR - READ*.
         * @example {
         *       "ticket": "5f9924d171977c33bc5ad1b1",
         *       "productKey": "p111KY",
         *       "deviceKey": "1234567890123",
         *       "type": "MATTR",
         *       "subtype": "READ",
         *       "createdAt": 1609316592000,
         *       "gateway": {
         *         "productKey": "p111KY",
         *         "deviceKey": "2345678901234"
         *       },
         *       "data": {
         *         "keys": [
         *           "code1",
         *           "code2"
         *         ]
         *       }
         *     }
         */
        QuectelMessageTslRead: {
            /** @description Product key (PK) of the device. */
            productKey: string;
            /** @description Device key (DK) of the device. */
            deviceKey: string;
            /**
             * @description Message type (TSL property).
             * @enum {string}
             */
            type: "MATTR";
            /**
             * @description Subtype; `READ`, a read request sent to the device.
             * @enum {string}
             */
            subtype: "READ";
            /**
             * Format: int64
             * @description When the platform generated the message, Unix time in milliseconds.
             */
            createdAt: number;
            /** @description Message identifier (消息识别码). */
            ticket: string;
            gateway?: components["schemas"]["QuectelMessageGateway"];
            /** @description The request. */
            data: {
                /** @description TSL identifiers (功能id) of the properties asked for. */
                keys?: string[];
            };
        };
        /**
         * @description TSL property read response (MATTR - READRESP, 物模型-读响应; subscription message type 6): the
         *     property values a device answers to a read request.
         *
         *     Source: `dataFormatDefinition.md`, *物模型-物模型属性信息*, *MATTR – READRESP*.
         * @example {
         *       "ticket": "5f9924d171977c33bc5ad1b1",
         *       "productKey": "p111KY",
         *       "deviceKey": "1234567890123",
         *       "type": "MATTR",
         *       "subtype": "READRESP",
         *       "createdAt": 1609316592000,
         *       "gateway": {
         *         "productKey": "p111KY",
         *         "deviceKey": "2345678901234"
         *       },
         *       "data": {
         *         "packetId": 3,
         *         "kv": {
         *           "numberKey": "10.2",
         *           "boolKey": true,
         *           "enumKey": "1"
         *         }
         *       }
         *     }
         */
        QuectelMessageTslReadResponse: {
            /** @description Product key (PK) of the device. */
            productKey: string;
            /** @description Device key (DK) of the device. */
            deviceKey: string;
            /**
             * @description Message type (TSL property).
             * @enum {string}
             */
            type: "MATTR";
            /**
             * @description Subtype; `READRESP`, the device's answer to a read.
             * @enum {string}
             */
            subtype: "READRESP";
            /**
             * Format: int64
             * @description When the platform generated the message, Unix time in milliseconds.
             */
            createdAt: number;
            /** @description Message identifier (消息识别码). */
            ticket: string;
            gateway?: components["schemas"]["QuectelMessageGateway"];
            /** @description The answer. */
            data: {
                /**
                 * Format: int32
                 * @description Packet id (包Id).
                 */
                packetId?: number;
                /** @description Property values by TSL identifier; numeric values come as strings. */
                kv?: Record<string, never>;
            };
        };
        /**
         * @description TSL property write request (MATTR - WRITE, 物模型-写下发; subscription message type 6): the
         *     platform sends it when it sends property values to a device (e.g. through `deviceWriteData`).
         *     The device's new values then come as a `REPORT`.
         *
         *     Source: `dataFormatDefinition.md`, *物模型-物模型属性信息*, *MATTR - WRITE*.
         * @example {
         *       "ticket": "5f9924d171977c33bc5ad1b1",
         *       "productKey": "p111KY",
         *       "deviceKey": "1234567890123",
         *       "type": "MATTR",
         *       "subtype": "WRITE",
         *       "createdAt": 1609316592000,
         *       "gateway": {
         *         "productKey": "p111KY",
         *         "deviceKey": "2345678901234"
         *       },
         *       "data": {
         *         "kv": {
         *           "code1": "1",
         *           "code2": "3"
         *         }
         *       }
         *     }
         */
        QuectelMessageTslWrite: {
            /** @description Product key (PK) of the device. */
            productKey: string;
            /** @description Device key (DK) of the device. */
            deviceKey: string;
            /**
             * @description Message type (TSL property).
             * @enum {string}
             */
            type: "MATTR";
            /**
             * @description Subtype; `WRITE`, a write sent to the device.
             * @enum {string}
             */
            subtype: "WRITE";
            /**
             * Format: int64
             * @description When the platform generated the message, Unix time in milliseconds.
             */
            createdAt: number;
            /** @description Message identifier (消息识别码). */
            ticket: string;
            gateway?: components["schemas"]["QuectelMessageGateway"];
            /** @description The values written. */
            data: {
                /** @description Property values by TSL identifier; numeric values come as strings. */
                kv?: Record<string, never>;
            };
        };
        /**
         * @description Reserved extra information (extData, 预留功能信息), key-value pairs.
         *
         *     Departure: the page's tables type `occurredAt` as String ("timestamp string"), and the TSL
         *     report example sends `"1652433712899"`, but the event and service examples send the number
         *     `1652433712899`; this schema accepts both, because the page's own examples disagree and a
         *     consumer must not reject either.
         */
        QuectelMessageExtData: {
            /**
             * @description Reserved: when the event happened on the module, Unix time in milliseconds, as a string
             *     (table, TSL report example) or a number (event and service examples).
             */
            occurredAt?: string | number;
        };
        /**
         * @description TSL property report (MATTR - REPORT, 物模型-上报; subscription message type 6): property values
         *     a device reports, on its own or after a write.
         *
         *     Source: `dataFormatDefinition.md`, *物模型-物模型属性信息*, *MATTR – REPORT*.
         * @example {
         *       "productKey": "p111KY",
         *       "deviceKey": "1234567890123",
         *       "type": "MATTR",
         *       "subtype": "REPORT",
         *       "createdAt": 1609316592000,
         *       "ticket": "5f9924d171977c33bc5ad1b1",
         *       "gateway": {
         *         "productKey": "p111KY",
         *         "deviceKey": "2345678901234"
         *       },
         *       "extData": {
         *         "occurredAt": "1652433712899"
         *       },
         *       "data": {
         *         "packetId": 5,
         *         "kv": {
         *           "numberKey": "10.2",
         *           "boolKey": true,
         *           "enumKey": "1"
         *         }
         *       }
         *     }
         */
        QuectelMessageTslReport: {
            /** @description Product key (PK) of the device. */
            productKey: string;
            /** @description Device key (DK) of the device. */
            deviceKey: string;
            /**
             * @description Message type (TSL property).
             * @enum {string}
             */
            type: "MATTR";
            /**
             * @description Subtype; `REPORT`, values reported by the device.
             * @enum {string}
             */
            subtype: "REPORT";
            /**
             * Format: int64
             * @description When the platform generated the message, Unix time in milliseconds.
             */
            createdAt: number;
            /** @description Message identifier (消息识别码). */
            ticket: string;
            gateway?: components["schemas"]["QuectelMessageGateway"];
            extData?: components["schemas"]["QuectelMessageExtData"];
            /** @description The values reported. */
            data: {
                /**
                 * Format: int32
                 * @description Packet id (包Id).
                 */
                packetId?: number;
                /** @description Property values by TSL identifier; numeric values come as strings. */
                kv?: Record<string, never>;
            };
        };
        /**
         * @description Data of a TSL event (`MEVENT`) or service (`MSERV`) message: the TSL identifier of the event or
         *     service and its output or input parameters.
         */
        QuectelMessageTslEventData: {
            /**
             * Format: int32
             * @description Packet id (包Id).
             */
            packetId?: number;
            /** @description TSL identifier of the event (消息标识符) or service (服务标识符). */
            code?: string;
            /**
             * @description Parameters by TSL identifier (event output parameters, service input parameters). Numeric
             *     values come as strings.
             */
            kv?: Record<string, never>;
        };
        /**
         * @description TSL event report, information level (物模型-物模型事件上报-信息; subscription message type 7):
         *     an event a device of a TSL product reports whose TSL level is INFO.
         *
         *     Source: `dataFormatDefinition.md`, *物模型-物模型事件上报-信息*.
         *
         *     Departure: `extData.occurredAt` is a String in the table and a number in the example; see
         *     `QuectelMessageExtData`.
         * @example {
         *       "ticket": "5f9924d171977c33bc5ad1b1",
         *       "productKey": "p111KY",
         *       "deviceKey": "1234567890123",
         *       "type": "MEVENT",
         *       "subtype": "INFO",
         *       "createdAt": 1609316592000,
         *       "gateway": {
         *         "productKey": "p111KY",
         *         "deviceKey": "2345678901234"
         *       },
         *       "extData": {
         *         "occurredAt": 1652433712899
         *       },
         *       "data": {
         *         "packetId": 3,
         *         "code": "event_code3",
         *         "kv": {
         *           "numberKey": "1",
         *           "boolKey": true,
         *           "enumKey": "1"
         *         }
         *       }
         *     }
         */
        QuectelMessageTslEventInfo: {
            /** @description Product key (PK) of the device. */
            productKey: string;
            /** @description Device key (DK) of the device. */
            deviceKey: string;
            /**
             * @description Message type (TSL event).
             * @enum {string}
             */
            type: "MEVENT";
            /**
             * @description Event level; `INFO`.
             * @enum {string}
             */
            subtype: "INFO";
            /**
             * Format: int64
             * @description When the platform generated the message, Unix time in milliseconds.
             */
            createdAt: number;
            /** @description Message identifier (消息识别码). */
            ticket: string;
            gateway?: components["schemas"]["QuectelMessageGateway"];
            extData?: components["schemas"]["QuectelMessageExtData"];
            data: components["schemas"]["QuectelMessageTslEventData"];
        };
        /**
         * @description TSL event report, warning level (物模型-物模型事件上报-告警; subscription message type 8): an
         *     event a device of a TSL product reports whose TSL level is WARN (alert).
         *
         *     Source: `dataFormatDefinition.md`, *物模型-物模型事件上报-告警*.
         *
         *     Departure: `extData.occurredAt` is a String in the table and a number in the example; see
         *     `QuectelMessageExtData`.
         * @example {
         *       "ticket": "5f9924d171977c33bc5ad1b1",
         *       "productKey": "p111KY",
         *       "deviceKey": "1234567890123",
         *       "type": "MEVENT",
         *       "subtype": "WARN",
         *       "createdAt": 1609316592000,
         *       "gateway": {
         *         "productKey": "p111KY",
         *         "deviceKey": "2345678901234"
         *       },
         *       "extData": {
         *         "occurredAt": 1652433712899
         *       },
         *       "data": {
         *         "packetId": 3,
         *         "code": "event_code3",
         *         "kv": {
         *           "numberKey": "10.36",
         *           "boolKey": true,
         *           "enumKey": "1"
         *         }
         *       }
         *     }
         */
        QuectelMessageTslEventWarn: {
            /** @description Product key (PK) of the device. */
            productKey: string;
            /** @description Device key (DK) of the device. */
            deviceKey: string;
            /**
             * @description Message type (TSL event).
             * @enum {string}
             */
            type: "MEVENT";
            /**
             * @description Event level; `WARN`.
             * @enum {string}
             */
            subtype: "WARN";
            /**
             * Format: int64
             * @description When the platform generated the message, Unix time in milliseconds.
             */
            createdAt: number;
            /** @description Message identifier (消息识别码). */
            ticket: string;
            gateway?: components["schemas"]["QuectelMessageGateway"];
            extData?: components["schemas"]["QuectelMessageExtData"];
            data: components["schemas"]["QuectelMessageTslEventData"];
        };
        /**
         * @description TSL event report, fault level (物模型-物模型事件上报-故障; subscription message type 9): an
         *     event a device of a TSL product reports whose TSL level is ERROR (fault).
         *
         *     Source: `dataFormatDefinition.md`, *物模型-物模型事件上报-故障* (its example's gateway
         *     `deviceKey` starts with a space, kept as it is).
         *
         *     Departure: `extData.occurredAt` is a String in the table and a number in the example; see
         *     `QuectelMessageExtData`.
         * @example {
         *       "ticket": "5f9924d171977c33bc5ad1b1",
         *       "productKey": "p111KY",
         *       "deviceKey": "1234567890123",
         *       "type": "MEVENT",
         *       "subtype": "ERROR",
         *       "createdAt": 1609316592000,
         *       "gateway": {
         *         "productKey": "p111KY",
         *         "deviceKey": " 2345678901234"
         *       },
         *       "extData": {
         *         "occurredAt": 1652433712899
         *       },
         *       "data": {
         *         "packetId": 3,
         *         "code": "event_code3",
         *         "kv": {
         *           "numberKey": "10.3",
         *           "boolKey": true,
         *           "enumKey": "1"
         *         }
         *       }
         *     }
         */
        QuectelMessageTslEventError: {
            /** @description Product key (PK) of the device. */
            productKey: string;
            /** @description Device key (DK) of the device. */
            deviceKey: string;
            /**
             * @description Message type (TSL event).
             * @enum {string}
             */
            type: "MEVENT";
            /**
             * @description Event level; `ERROR`.
             * @enum {string}
             */
            subtype: "ERROR";
            /**
             * Format: int64
             * @description When the platform generated the message, Unix time in milliseconds.
             */
            createdAt: number;
            /** @description Message identifier (消息识别码). */
            ticket: string;
            gateway?: components["schemas"]["QuectelMessageGateway"];
            extData?: components["schemas"]["QuectelMessageExtData"];
            data: components["schemas"]["QuectelMessageTslEventData"];
        };
        /**
         * @description TSL service call log (物模型-物模型服务调用日志; subscription message type 10): a service call
         *     of a TSL product's device (e.g. made by `deviceSendServiceData`), `INPUT` (the call's input
         *     parameters) or `OUTPUT` (its output parameters); the page shows only an `INPUT` example.
         *
         *     Source: `dataFormatDefinition.md`, *物模型-物模型服务调用日志* (the table writes the subtype
         *     `INPUT/OUTPUT`: two values).
         *
         *     Departure: `extData.occurredAt` is a String in the table and a number in the example; see
         *     `QuectelMessageExtData`.
         * @example {
         *       "ticket": "5f9924d171977c33bc5ad1b1",
         *       "productKey": "p111KY",
         *       "deviceKey": "1234567890123",
         *       "type": "MSERV",
         *       "subtype": "INPUT",
         *       "createdAt": 1609316592000,
         *       "gateway": {
         *         "productKey": "p111KY",
         *         "deviceKey": "2345678901234"
         *       },
         *       "extData": {
         *         "occurredAt": 1652433712899
         *       },
         *       "data": {
         *         "packetId": 3,
         *         "code": "serv_code",
         *         "kv": {
         *           "numberKey": "12",
         *           "boolKey": false
         *         }
         *       }
         *     }
         */
        QuectelMessageTslServiceLog: {
            /** @description Product key (PK) of the device. */
            productKey: string;
            /** @description Device key (DK) of the device. */
            deviceKey: string;
            /**
             * @description Message type (TSL service).
             * @enum {string}
             */
            type: "MSERV";
            /**
             * @description `INPUT` the call's input parameters, `OUTPUT` its output parameters.
             * @enum {string}
             */
            subtype: "INPUT" | "OUTPUT";
            /**
             * Format: int64
             * @description When the platform generated the message, Unix time in milliseconds.
             */
            createdAt: number;
            /** @description Message identifier (消息识别码). */
            ticket: string;
            gateway?: components["schemas"]["QuectelMessageGateway"];
            extData?: components["schemas"]["QuectelMessageExtData"];
            data: components["schemas"]["QuectelMessageTslEventData"];
        };
        /**
         * @description Location query (设备定位-查询定位信息): the location request the platform sends down to a
         *     device.
         *
         *     Source: `dataFormatDefinition.md`, *设备定位-查询定位信息* (no gateway in its table).
         *
         *     Departure: the page's table has no 是否必选 column; this schema requires `productKey`,
         *     `deviceKey`, `type`, `subtype`, `createdAt`, `ticket` and `data`, because every device-message
         *     table that has the column marks them required and the example has them.
         * @example {
         *       "ticket": "5f9924d171977c33bc5ad1b1",
         *       "productKey": "p111KY",
         *       "deviceKey": "1234567890123",
         *       "type": "LOCATION",
         *       "subtype": "QUERY",
         *       "createdAt": 1609316592000,
         *       "data": {
         *         "packetId": 1,
         *         "keys": []
         *       }
         *     }
         */
        QuectelMessageLocationQuery: {
            /** @description Product key (PK) of the device. */
            productKey: string;
            /** @description Device key (DK) of the device. */
            deviceKey: string;
            /**
             * @description Message type.
             * @enum {string}
             */
            type: "LOCATION";
            /**
             * @description Subtype; `QUERY`, a location request sent to the device.
             * @enum {string}
             */
            subtype: "QUERY";
            /**
             * Format: int64
             * @description When the platform generated the message, Unix time in milliseconds.
             */
            createdAt: number;
            /** @description Message identifier (消息识别码). */
            ticket: string;
            /** @description The request. */
            data: {
                /**
                 * Format: int32
                 * @description Packet id (包Id).
                 */
                packetId?: number;
                /** @description The positioning modes asked for (设置模式的集合); may be empty. */
                keys?: unknown[];
            };
        };
        /**
         * @description Raw location data (设备定位-原始数据; subscription message type 12): positioning sentences a
         *     device reports, NMEA 0183 for GNSS, and for cell positioning Quectel's own
         *     `$LBS,<mcc>,<mnc>,<lac>,<cellid>,<RxLev>,<reserved>*hh<CR><LF>`.
         *
         *     Source: `dataFormatDefinition.md`, *设备定位-原始数据*.
         *
         *     Departures:
         *     * The page's table types `data.raw` as String; its example sends an array of sentences. This
         *       schema accepts both, because the example (which it follows) contradicts the table and a single
         *       sentence may still come as a string.
         *     * The table's 是否必选 cells are blank (except `gateway`: 否); this schema requires `productKey`,
         *       `deviceKey`, `type`, `subtype`, `createdAt`, `ticket` and `data`, because every device-message
         *       table that fills the column marks them required and the example has them.
         * @example {
         *       "ticket": "5f9924d171977c33bc5ad1b1",
         *       "productKey": "p111KY",
         *       "deviceKey": "1234567890123",
         *       "type": "LOCATION",
         *       "subtype": "INFO-RAW",
         *       "createdAt": 1609316592000,
         *       "gateway": {
         *         "productKey": "p12344",
         *         "deviceKey": "1234567891"
         *       },
         *       "data": {
         *         "packetId": 5,
         *         "raw": [
         *           "$GNGGA,095528.000,2318.1133,N,11319.7210,E,1,06,3.7,55.1,M,-5.4,M,,0000*69",
         *           "$BDGGA,062938.00,3110.4700719,N,12123.2657056,E,1,25,0.6,58.9666,M,0.000,M,99,AAAA*4"
         *         ]
         *       }
         *     }
         */
        QuectelMessageLocationRaw: {
            /** @description Product key (PK) of the device. */
            productKey: string;
            /** @description Device key (DK) of the device. */
            deviceKey: string;
            /**
             * @description Message type.
             * @enum {string}
             */
            type: "LOCATION";
            /**
             * @description Subtype; `INFO-RAW`, raw positioning data.
             * @enum {string}
             */
            subtype: "INFO-RAW";
            /**
             * Format: int64
             * @description When the platform generated the message, Unix time in milliseconds.
             */
            createdAt: number;
            /** @description Message identifier (消息识别码). */
            ticket: string;
            gateway?: components["schemas"]["QuectelMessageGateway"];
            /** @description The raw positioning data. */
            data: {
                /**
                 * Format: int32
                 * @description Packet id (包Id).
                 */
                packetId?: number;
                /**
                 * @description The positioning sentences (NMEA 0183 such as `$GNGGA,…`, or `$LBS,…`): an array of
                 *     sentences (example) or one sentence (table).
                 */
                raw?: string[] | string;
            };
        };
        /**
         * @description A position in decimal degrees in one coordinate system of a parsed location: `wgs_84` (GPS),
         *     `gcj_02` (Chinese national, "Mars" coordinates) or `bd_09` (Baidu).
         */
        QuectelMessageCoordinates: {
            /**
             * Format: double
             * @description Latitude in degrees.
             */
            lat?: number;
            /**
             * Format: double
             * @description Longitude in degrees.
             */
            lng?: number;
        };
        /**
         * @description Parsed location (设备定位信息; subscription message type 13): a position the platform parsed
         *     from the device's NMEA (or LBS) report. When the parsing gives several positions, the platform
         *     sends one `INFO-KV` message for each. GPS is pushed by default; LBS positions only when the
         *     vendor enables it for the customer.
         *
         *     Source: `dataFormatDefinition.md`, *设备定位信息*.
         *
         *     Departures:
         *     * The page's example has `//` comments (not JSON); the example here has them removed (their
         *       meaning is in the field descriptions). `type`, `subType`, `latType` and `lngType` are written
         *       there as alternatives (`GP/LBS`, `N/S`, …); they are free strings here.
         *     * The page's table describes `kv` in one cell (`ggaStatus`, `lat`, `lng`, `hdop`, `latType`,
         *       `lngType`, `height`); this schema also types the keys the example adds (`satellites`, `wgs_84`,
         *       `gcj_02`, `bd_09`, `accuracy`, `locateTime`), with the example's types.
         *     * The table's 是否必选 cells are blank (except `gateway`: 否); this schema requires `productKey`,
         *       `deviceKey`, `type`, `subtype`, `createdAt`, `ticket` and `data`, because every device-message
         *       table that fills the column marks them required and the example has them.
         * @example {
         *       "ticket": "5f9924d171977c33bc5ad1b1",
         *       "productKey": "p111KY",
         *       "deviceKey": "1234567890123",
         *       "type": "LOCATION",
         *       "subtype": "INFO-KV",
         *       "createdAt": 1609316592000,
         *       "gateway": {
         *         "productKey": "p111KY",
         *         "deviceKey": "1234567891"
         *       },
         *       "data": {
         *         "packetId": 5,
         *         "type": "GP/LBS",
         *         "subType": "BD(GGA)/LBS",
         *         "kv": {
         *           "satellites": "40",
         *           "ggaStatus": "4",
         *           "lat": "3959.6107085",
         *           "lng": "11619.6423341",
         *           "wgs_84": {
         *             "lat": 39.99351180833333,
         *             "lng": 116.32737223500001
         *           },
         *           "gcj_02": {
         *             "lat": 39.994825423430164,
         *             "lng": 116.33351545721268
         *           },
         *           "bd_09": {
         *             "lat": 40.00050264255087,
         *             "lng": 116.340146904483
         *           },
         *           "latType": "N/S",
         *           "lngType": "W/E",
         *           "hdop": "0.4",
         *           "accuracy": "550",
         *           "locateTime": 1609316592000,
         *           "height": "66.7717"
         *         }
         *       }
         *     }
         */
        QuectelMessageLocation: {
            /** @description Product key (PK) of the device. */
            productKey: string;
            /** @description Device key (DK) of the device. */
            deviceKey: string;
            /**
             * @description Message type.
             * @enum {string}
             */
            type: "LOCATION";
            /**
             * @description Subtype; `INFO-KV`, a parsed position.
             * @enum {string}
             */
            subtype: "INFO-KV";
            /**
             * Format: int64
             * @description When the platform generated the message, Unix time in milliseconds.
             */
            createdAt: number;
            /** @description Message identifier (消息识别码). */
            ticket: string;
            gateway?: components["schemas"]["QuectelMessageGateway"];
            /** @description The parsed position. */
            data: {
                /**
                 * Format: int32
                 * @description Packet id (包Id).
                 */
                packetId?: number;
                /** @description Positioning type, `GP`, `GL`, `GA`, `GN`, `BD`, `LBS` or `WIFI`. */
                type?: string;
                /**
                 * @description Positioning subtype: `BD` (BeiDou), `GL` (GLONASS), `GP` (GPS), `GA` (Galileo), `GN`
                 *     (GPS and BeiDou combined), `LBS`, `WIFI`; the example writes the sentence too, e.g. `BD(GGA)`.
                 */
                subType?: string;
                /** @description The position (default coordinate system WGS 84); the values the device's sentence gives. */
                kv?: {
                    /** @description Number of satellites in use. */
                    satellites?: string;
                    /**
                     * @description Fix quality (GGA only): 0 invalid/initialising, 1 GPS single point, 2 differential
                     *     GPS (SPS), 3 invalid PPS, 4 RTK fixed, 5 RTK float, 6 estimated (dead reckoning), 7
                     *     manual input, 8 simulation, 9 WAAS differential.
                     */
                    ggaStatus?: string;
                    /** @description Latitude in degrees and minutes (ddmm.mmmm). */
                    lat?: string;
                    /** @description Longitude in degrees and minutes (dddmm.mmmm). */
                    lng?: string;
                    wgs_84?: components["schemas"]["QuectelMessageCoordinates"];
                    gcj_02?: components["schemas"]["QuectelMessageCoordinates"];
                    bd_09?: components["schemas"]["QuectelMessageCoordinates"];
                    /** @description `N` north or `S` south latitude. */
                    latType?: string;
                    /** @description `E` east or `W` west longitude. */
                    lngType?: string;
                    /** @description Horizontal dilution of precision, 0.5 to 99.9. */
                    hdop?: string;
                    /** @description Accuracy (LBS only). */
                    accuracy?: string;
                    /**
                     * Format: int64
                     * @description When the position was fixed, Unix time in milliseconds (UTC).
                     */
                    locateTime?: number;
                    /** @description Altitude in metres. */
                    height?: string;
                };
            };
        };
        /**
         * @description Details of a product as the product messages carry them (产品 添加/删除, 产品 授权/取消授权).
         *     Integer codes are given as the page lists them; no `enum`, so that a value the page does not
         *     list does not reject the message (the add example already has `dataFmt: 1`, which the list
         *     lacks). The fields the examples send as `null` are nullable.
         */
        QuectelMessageProductInfo: {
            /** @description Product name. */
            productName?: string;
            /**
             * Format: int32
             * @description Production scale: 0 small batch (小批量), 1 mass production (大批量).
             */
            productType?: number;
            /**
             * Format: int32
             * @description Access type: 0 directly connected device, 1 gateway.
             */
            accessType?: number;
            /**
             * Format: int32
             * @description Data format: 0 transparent/custom (透传/自定义), 3 JSON (standard TSL format).
             */
            dataFmt?: number;
            /**
             * Format: int32
             * @description Protocol: 1 MQTT, 2 LwM2M/CoAP.
             */
            protocol?: number | null;
            /** @description Network type, as a string: 1 Wi-Fi, 2 cellular, 3 NB-IoT, 5 Bluetooth. */
            netWay?: string;
            /** @description Download address of the product logo. */
            logoPath?: string | null;
            /** @description Module type. */
            moduleType?: string | null;
            /** @description Module name. */
            moduleName?: string | null;
            /**
             * Format: int64
             * @description Id of the module information.
             */
            moduleId?: number | null;
            /**
             * Format: int32
             * @description Number of activation codes (激活码数).
             */
            allowedLimit?: number;
            /**
             * Format: int32
             * @description Project status: 0 in progress, 3 released, 9 error.
             */
            productStatus?: number;
            /**
             * Format: int64
             * @description Project id.
             */
            projectId?: number;
            /**
             * Format: int64
             * @description When the product was created, Unix time in milliseconds.
             */
            createTime?: number;
            /**
             * Format: int64
             * @description When the product was last modified, Unix time in milliseconds.
             */
            updateTime?: number;
            /** @description Product category id (关联产品品类id, from the product category query). */
            itemCode?: string;
        };
        /**
         * @description Data of a product UPDATE message (产品名称修改): the product name before and after, the only
         *     change the page documents (other changed fields presumably come as `{old, new}` too).
         */
        QuectelMessageProductNameChange: {
            productName?: components["schemas"]["QuectelMessageChange"];
        };
        /**
         * @description Product information change (产品信息变更; SaaS subscription message type 101): the platform
         *     sends it when a product is created (`ADD`), modified (`UPDATE`) or deleted (`DELETE`). `data` is
         *     the product's details on add and delete, the `{old, new}` product name on update.
         *
         *     Source: `dataFormatDefinition.md`, *产品信息变更* (two examples); the overview page says it needs
         *     an enterprise subscription.
         *
         *     Departures:
         *     * The examples carry `operator` and `operatorType`, which the table lacks, and `netWay`, which
         *       only the product authorisation table lists; this schema types them from the examples.
         *     * The table lists `dataFmt` 0 and 3; the add example has 1. This schema takes any integer,
         *       because the example contradicts the list and the list may not be complete.
         * @example {
         *       "type": "META_EVENT",
         *       "subtype": "PRODUCT",
         *       "operation": "ADD",
         *       "createdAt": 1616375484482,
         *       "operator": 1,
         *       "operatorType": 1,
         *       "productKey": "p00001",
         *       "data": {
         *         "productName": "产品样例",
         *         "productType": 0,
         *         "accessType": 1,
         *         "netWay": "1",
         *         "dataFmt": 1,
         *         "protocol": 1,
         *         "logoPath": "https://xxxx.com/abcdfg.jpeg",
         *         "moduleType": null,
         *         "moduleName": null,
         *         "moduleId": null,
         *         "allowedLimit": 3,
         *         "productStatus": 0,
         *         "projectId": 1,
         *         "createTime": 1615787274000,
         *         "updateTime": 1615789235000,
         *         "itemCode": "anfang"
         *       }
         *     }
         */
        QuectelMessageProductInfoChange: {
            /**
             * @description Message type (事件类型).
             * @enum {string}
             */
            type: "META_EVENT";
            /**
             * @description Object of the operation; `PRODUCT`, an operation on a product.
             * @enum {string}
             */
            subtype: "PRODUCT";
            /**
             * @description `ADD` created, `UPDATE` modified, `DELETE` deleted.
             * @enum {string}
             */
            operation: "ADD" | "UPDATE" | "DELETE";
            /** @description Product key (PK). */
            productKey: string;
            /**
             * Format: int64
             * @description When the operation happened, Unix time in milliseconds.
             */
            createdAt: number;
            /**
             * Format: int64
             * @description Id of who made the change (in the examples, not in the table).
             */
            operator?: number;
            /**
             * Format: int32
             * @description Kind of operator (in the examples, not in the table; the page does not list its values).
             */
            operatorType?: number;
            /** @description The product's details (add, delete), or its old and new name (update). */
            data: components["schemas"]["QuectelMessageProductInfo"] | components["schemas"]["QuectelMessageProductNameChange"];
        };
        /**
         * @description Product authorisation (产品授权信息; SaaS subscription message type 104): the platform sends it
         *     when a product is authorised to the SaaS application (`AUTH`) or the authorisation is withdrawn
         *     (`CANCEL_AUTH`), with the product's details.
         *
         *     Source: `dataFormatDefinition.md`, *产品授权信息*.
         * @example {
         *       "createdAt": 1665280943221,
         *       "data": {
         *         "moduleType": null,
         *         "dataFmt": 3,
         *         "itemCode": "socket",
         *         "logoPath": null,
         *         "moduleName": null,
         *         "netWay": "2",
         *         "productStatus": 0,
         *         "allowedLimit": 100,
         *         "updateTime": 1665286595000,
         *         "productName": "插座",
         *         "accessType": 0,
         *         "protocol": null,
         *         "createTime": 1665285584000,
         *         "moduleId": null,
         *         "projectId": 11338,
         *         "productType": 0
         *       },
         *       "operation": "AUTH",
         *       "productKey": "p119Cx",
         *       "subtype": "GRANT_AUTHORIZED",
         *       "type": "META_EVENT"
         *     }
         */
        QuectelMessageProductAuthorization: {
            /**
             * @description Message type (事件类型).
             * @enum {string}
             */
            type: "META_EVENT";
            /**
             * @description Object of the operation; `GRANT_AUTHORIZED`, a product authorisation.
             * @enum {string}
             */
            subtype: "GRANT_AUTHORIZED";
            /**
             * @description `AUTH` authorised, `CANCEL_AUTH` authorisation withdrawn.
             * @enum {string}
             */
            operation: "AUTH" | "CANCEL_AUTH";
            /** @description Product key (PK). */
            productKey: string;
            /**
             * Format: int64
             * @description When the operation happened, Unix time in milliseconds.
             */
            createdAt: number;
            data: components["schemas"]["QuectelMessageProductInfo"];
        };
        /**
         * @description User domain (App) authorisation (用户域(App)授权信息; SaaS subscription message type 105): the
         *     platform sends it when a user domain (an App) is authorised to the SaaS application (`AUTH`) or
         *     the authorisation is withdrawn (`CANCEL_AUTH`).
         *
         *     Source: `dataFormatDefinition.md`, *用户域(App)授权信息* (its example has no 样例 label).
         * @example {
         *       "type": "META_EVENT",
         *       "subtype": "GRANT_USER_DOMAIN",
         *       "operation": "AUTH",
         *       "userDomain": "C.DM.5503.34",
         *       "userDomainId": 12345645656456,
         *       "createdAt": 1665280943221,
         *       "data": {
         *         "appName": "test"
         *       }
         *     }
         */
        QuectelMessageUserDomainAuthorization: {
            /**
             * @description Message type (事件类型).
             * @enum {string}
             */
            type: "META_EVENT";
            /**
             * @description Object of the operation; `GRANT_USER_DOMAIN`, a user domain authorisation.
             * @enum {string}
             */
            subtype: "GRANT_USER_DOMAIN";
            /**
             * @description `AUTH` authorised, `CANCEL_AUTH` authorisation withdrawn.
             * @enum {string}
             */
            operation: "AUTH" | "CANCEL_AUTH";
            /** @description The user domain (e.g. `C.DM.5503.34`). */
            userDomain: string;
            /**
             * Format: int64
             * @description Id of the user domain.
             */
            userDomainId: number;
            /**
             * Format: int64
             * @description When the operation happened, Unix time in milliseconds.
             */
            createdAt: number;
            /** @description The App. */
            data: {
                /** @description Name of the App of the user domain. */
                appName?: string;
            };
        };
        /**
         * @description TSL publication (物模型发布信息变更; SaaS subscription message type 103): the platform sends it
         *     when a product's TSL model is released, with the released model.
         *
         *     Source: `dataFormatDefinition.md`, *物模型发布信息变更*; the overview page says it needs an
         *     enterprise subscription.
         *
         *     Departure: the example carries `operator` and `operatorType`, which the table lacks; this schema
         *     types them from the example.
         * @example {
         *       "type": "META_EVENT",
         *       "subtype": "THING_MODEL",
         *       "operation": "RELEASE",
         *       "productKey": "p11374",
         *       "operator": 26984,
         *       "operatorType": 1,
         *       "createdAt": 1616375484482,
         *       "data": {
         *         "tslJson": {
         *           "profile": {
         *             "version": "20210406093313373",
         *             "productKey": "p1137H"
         *           },
         *           "properties": [
         *             {
         *               "code": "202104011545",
         *               "dataType": "BOOL",
         *               "desc": "",
         *               "id": 1,
         *               "name": "202104011545",
         *               "specs": [
         *                 {
         *                   "dataType": "BOOL",
         *                   "name": "TRUE",
         *                   "value": "true"
         *                 },
         *                 {
         *                   "dataType": "BOOL",
         *                   "name": "FALSE",
         *                   "value": "false"
         *                 }
         *               ],
         *               "subType": "RW",
         *               "type": "PROPERTY"
         *             },
         *             {
         *               "code": "202104011700",
         *               "dataType": "DOUBLE",
         *               "desc": "",
         *               "id": 2,
         *               "name": "202104011700",
         *               "specs": {
         *                 "max": "2",
         *                 "min": "1",
         *                 "step": "1",
         *                 "unit": "°"
         *               },
         *               "subType": "RW",
         *               "type": "PROPERTY"
         *             },
         *             {
         *               "code": "202104011501",
         *               "dataType": "TEXT",
         *               "desc": "",
         *               "id": 3,
         *               "name": "202104011501",
         *               "specs": {
         *                 "length": 123
         *               },
         *               "subType": "RW",
         *               "type": "PROPERTY"
         *             }
         *           ]
         *         }
         *       }
         *     }
         */
        QuectelMessageTslPublication: {
            /**
             * @description Message type (事件类型).
             * @enum {string}
             */
            type: "META_EVENT";
            /**
             * @description Object of the operation; `THING_MODEL`, an operation on a TSL model.
             * @enum {string}
             */
            subtype: "THING_MODEL";
            /**
             * @description `RELEASE`: the model was released.
             * @enum {string}
             */
            operation: "RELEASE";
            /** @description Product key (PK). */
            productKey: string;
            /**
             * Format: int64
             * @description Id of who released the model (in the example, not in the table).
             */
            operator?: number;
            /**
             * Format: int32
             * @description Kind of operator (in the example, not in the table; the page does not list its values).
             */
            operatorType?: number;
            /**
             * Format: int64
             * @description When the model was released, Unix time in milliseconds.
             */
            createdAt: number;
            /** @description The release. */
            data: {
                /** @description The released TSL model (the JSON of the product's TSL file). */
                tslJson?: {
                    /** @description Model header. */
                    profile?: {
                        /** @description Model version (a timestamp string such as `20210406093313373`). */
                        version?: string;
                        /** @description Product key (PK) of the model. */
                        productKey?: string;
                    };
                    /** @description The model's properties (the example shows only these; events and services may follow). */
                    properties?: {
                        /**
                         * Format: int32
                         * @description Feature id.
                         */
                        id?: number;
                        /** @description TSL identifier. */
                        code?: string;
                        /** @description Name. */
                        name?: string;
                        /** @description Description. */
                        desc?: string;
                        /** @description Feature type, e.g. `PROPERTY`. */
                        type?: string;
                        /** @description Access, e.g. `RW` (read-write), `R` (read-only). */
                        subType?: string;
                        /** @description Data type, e.g. `BOOL`, `INT`, `FLOAT`, `DOUBLE`, `ENUM`, `TEXT`, `DATE`, `STRUCT`, `ARRAY`. */
                        dataType?: string;
                        /**
                         * @description The data type's specification: an array of `{dataType, name, value}` for BOOL
                         *     and ENUM, an object (`min`, `max`, `step`, `unit`; `length`; …) for the others.
                         */
                        specs?: unknown;
                    }[];
                };
            };
        };
        /**
         * @description End user information change (终端用户信息变更; end-user subscription message type 201): the
         *     platform sends it when an end user of the subscribed user domain is created (`USER-ADD`),
         *     modified (`USER-UPDATE`) or deleted (`USER-DELETE`).
         *
         *     Source: `dataFormatDefinition.md`, *终端用户信息变更*.
         * @example {
         *       "ticket": "b18be821-5045-4467-801d-ca68c302dc3d",
         *       "type": "ENDUSER",
         *       "subtype": "USER-DELETE",
         *       "createdAt": 1642471712433,
         *       "data": {
         *         "endUserId": "C1",
         *         "endUserDomain": "C.DM.1.15"
         *       }
         *     }
         */
        QuectelMessageEndUserInfoChange: {
            /**
             * @description Message type.
             * @enum {string}
             */
            type: "ENDUSER";
            /**
             * @description `USER-ADD` created, `USER-UPDATE` modified, `USER-DELETE` deleted.
             * @enum {string}
             */
            subtype: "USER-ADD" | "USER-UPDATE" | "USER-DELETE";
            /** @description Unique message identifier (消息唯一识别码). */
            ticket: string;
            /**
             * Format: int64
             * @description When the change happened, Unix time in milliseconds.
             */
            createdAt: number;
            /** @description The end user. */
            data: {
                /** @description End user id. */
                endUserId?: string;
                /** @description The end user's user domain. */
                endUserDomain?: string;
                /** @description Country calling code of the phone number. */
                internationalCode?: string;
                /** @description Phone number. */
                phone?: string;
                /** @description E-mail address. */
                email?: string;
                /** @description WeChat id. */
                wechatId?: string;
                /** @description The user's unique id on a third-party user platform. */
                openId?: string;
            };
        };
        /**
         * @description Rule engine event (规则引擎事件): the notice the rule engine pushes when one of the customer's
         *     rules fires, with the device uplink that triggered it (`data.raw`).
         *
         *     Source: `dataFormatDefinition.md`, *规则引擎事件*.
         * @example {
         *       "traceId": "1228299096116822016",
         *       "type": "CEP_RULE",
         *       "subtype": "NOTICE",
         *       "createdAt": 1713249972992,
         *       "data": {
         *         "extra": "{\"key\",\"value\"}",
         *         "raw": {
         *           "ticket": "1228217775206039552",
         *           "productKey": "p113C1",
         *           "deviceKey": "8686202300000001",
         *           "type": "MATTR",
         *           "createdAt": 1713249972997,
         *           "attrs": {
         *             "kv": {
         *               "Temperature": 50,
         *               "struct": {
         *                 "date": 1690449531456
         *               },
         *               "array_int": [
         *                 1
         *               ],
         *               "array_struct": [
         *                 {
         *                   "date": "1690449531456"
         *                 }
         *               ]
         *             }
         *           },
         *           "events": [
         *             {
         *               "code": "BatteryWarning",
         *               "kv": {
         *                 "Temperature": 50,
         *                 "struct": {
         *                   "date": 1690449531456
         *                 },
         *                 "array_int": [
         *                   1
         *                 ],
         *                 "array_struct": [
         *                   {
         *                     "date": "1690449531456"
         *                   }
         *                 ]
         *               }
         *             }
         *           ]
         *         }
         *       }
         *     }
         */
        QuectelMessageRuleEngineEvent: {
            /**
             * @description Message type.
             * @enum {string}
             */
            type: "CEP_RULE";
            /**
             * @description Subtype; `NOTICE`.
             * @enum {string}
             */
            subtype: "NOTICE";
            /** @description Id of the action's execution trace (执行动作轨迹ID). */
            traceId: string;
            /**
             * Format: int64
             * @description When the platform generated the message, Unix time in milliseconds.
             */
            createdAt: number;
            /** @description The rule's output. */
            data: {
                /** @description Optional custom parameter given when the rule was created. */
                extra?: string;
                /** @description The device uplink that triggered the rule. */
                raw?: {
                    /** @description Message identifier of the uplink. */
                    ticket?: string;
                    /** @description Product key (PK) of the device. */
                    productKey?: string;
                    /** @description Device key (DK) of the device. */
                    deviceKey?: string;
                    /** @description Uplink type: `MATTR` TSL properties, `MEVENT` TSL event. */
                    type?: string;
                    /**
                     * Format: int64
                     * @description When the uplink was generated, Unix time in milliseconds.
                     */
                    createdAt?: number;
                    /** @description Property data (optional). */
                    attrs?: {
                        /** @description Property values by TSL identifier. */
                        kv?: Record<string, never>;
                    };
                    /** @description Event data (optional). */
                    events?: {
                        /** @description TSL identifier of the event. */
                        code?: string;
                        /** @description Event output parameters by TSL identifier. */
                        kv?: Record<string, never>;
                    }[];
                };
            };
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
    accessKeyLogin: {
        parameters: {
            query: {
                /** @description Grant type; always `password`. */
                grant_type: "password";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The token, or an error code (HTTP 200 either way). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenAnswer"];
                };
            };
        };
    };
    deviceCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "authMode": 0,
                 *       "deviceKey": "DK00001",
                 *       "deviceName": "DeviceName1",
                 *       "fingerPrint": "d30075fefc2c86d1f9ae5a2960750485076d7213",
                 *       "productKey": "PK0001",
                 *       "psk": "",
                 *       "sn": "SN00001"
                 *     }
                 */
                "application/json": {
                    authMode?: components["schemas"]["SaasDeviceAuthMode"];
                    /** @description Device key (DK) of the new device, unique within the product; usually its IMEI or MAC address. */
                    deviceKey: string;
                    /** @description Device name. */
                    deviceName?: string;
                    /** @description Fingerprint of the device's X.509 certificate (hex; the page's example is a 40-digit SHA-1 fingerprint). Needed when the device uses X.509 authentication (`authMode` `2`). */
                    fingerPrint?: string;
                    /** @description Product key (PK) of the product the device belongs to. */
                    productKey: string;
                    /** @description Pre-shared key of the device. Needed when the device is of a China Telecom AEP product (`connectPlatform` `1`); empty otherwise. */
                    psk?: string;
                    /** @description The device's serial number (SN). */
                    sn?: string;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). The answer carries no data. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description Unused (absent in the page's answer); `null` on error. */
                        data?: Record<string, never> | null;
                    };
                };
            };
        };
    };
    deviceCreateBatch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "devices": [
                 *         {
                 *           "authMode": 0,
                 *           "deviceKey": "DK00001",
                 *           "deviceName": "DeviceName1",
                 *           "fingerPrint": "d30075fefc2c86d1f9ae5a2960750485076d7213",
                 *           "psk": "",
                 *           "sn": "SN0001"
                 *         },
                 *         {
                 *           "authMode": 0,
                 *           "deviceKey": "DK00002",
                 *           "deviceName": "DeviceName2",
                 *           "fingerPrint": "d30075fefc2c86d1f9ae5a2960750485076d7212",
                 *           "psk": "",
                 *           "sn": "SN00002"
                 *         }
                 *       ],
                 *       "productKey": "PK0001"
                 *     }
                 */
                "application/json": {
                    /** @description The devices to create, at most 500. */
                    devices: {
                        authMode?: components["schemas"]["SaasDeviceAuthMode"];
                        /** @description Device key (DK) of the new device, unique within the product; usually its IMEI or MAC address. */
                        deviceKey: string;
                        /** @description Device name. */
                        deviceName?: string;
                        /** @description Fingerprint of the device's X.509 certificate (hex; the page's example is a 40-digit SHA-1 fingerprint). Needed when the device uses X.509 authentication (`authMode` `2`). */
                        fingerPrint?: string;
                        /** @description Pre-shared key of the device. Needed when the product is a China Telecom AEP product (`connectPlatform` `1`); empty otherwise. */
                        psk?: string;
                        /** @description The device's serial number (SN). */
                        sn?: string;
                    }[];
                    /** @description Product key (PK) of the product all the devices belong to. */
                    productKey: string;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). The answer carries no data. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description Unused (absent in the page's answer); `null` on error. */
                        data?: Record<string, never> | null;
                    };
                };
            };
        };
    };
    deviceDelete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "deviceKey": "DK00001",
                 *       "productKey": "PK0001"
                 *     }
                 */
                "application/json": {
                    /** @description Device key (DK) of the device to delete. */
                    deviceKey: string;
                    /** @description Product key (PK) of the device's product. */
                    productKey: string;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). The answer carries no data. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description Unused (absent in the page's answer); `null` on error. */
                        data?: Record<string, never> | null;
                    };
                };
            };
        };
    };
    deviceDetail: {
        parameters: {
            query: {
                /**
                 * @description Device key (DK) of the device. Unknown → `70130`.
                 * @example 866123456789015
                 */
                deviceKey: string;
                /**
                 * @description Product key (PK) of the device's product. Not authorised for the application → `70089`.
                 * @example p11u8a
                 */
                productKey: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` is the device. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["SaasDeviceDetail"];
                    };
                };
            };
        };
    };
    deviceList: {
        parameters: {
            query: {
                /**
                 * @description Product key (PK) of the product whose devices to list. Not authorised for the application → `70089`.
                 * @example p11u8a
                 */
                productKey: string;
                /** @description Only devices with this activation status: `1` = activated, `0` = not activated. Default: all. */
                activeStatus?: 0 | 1;
                /**
                 * @description Only the device with this device key (DK).
                 * @example 866123456789015
                 */
                deviceKey?: string;
                /** @description Only devices with this connection status: `1` = online, `0` = offline. Default: all. */
                deviceStatus?: 0 | 1;
                /** @description Page number, from 1 (default 1). */
                pageNum?: number;
                /** @description Devices per page (default 10). */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` is one page of devices and the paging fields are filled. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The devices of this page (empty when none match); `null` on error. */
                        data?: components["schemas"]["SaasDeviceDetail"][] | null;
                    };
                };
            };
        };
    };
    deviceResource: {
        parameters: {
            query: {
                /**
                 * @description Device key (DK) of the device. Unknown → `70130`.
                 * @example 866123456789015
                 */
                deviceKey: string;
                /**
                 * @description Product key (PK) of the device's product. Not authorised for the application → `70089`.
                 * @example p11u8a
                 */
                productKey: string;
                /** @description Language of the answer's messages: `CN` = Chinese (default), `EN` = English. */
                language?: "CN" | "EN";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` is the device's resources. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The device's resources; `null` on error. */
                        data?: {
                            /**
                             * Format: double
                             * @description Battery charge as the device reports it.
                             */
                            battery?: number | null;
                            /**
                             * Format: int32
                             * @description The device's network capabilities ("联网方式"), a bitmask of `1` = WAN (cellular),
                             *     `2` = LAN (Wi-Fi), `4` = BLE and `8` = Matter (as in the App API's
                             *     `capabilitiesBitmask`); e.g. `1` = cellular only, `3` = Wi-Fi and cellular.
                             */
                            capabilitiesBitmask?: number | null;
                            /**
                             * Format: int64
                             * @description Id of the serving cell (base station).
                             */
                            cellId?: number | null;
                            /** @description Version of the communication protocol. */
                            comProtocolVer?: string | null;
                            /**
                             * Format: int64
                             * @description When this record was created, Unix ms.
                             */
                            createTime?: number | null;
                            /** @description Version of the data protocol (e.g. `1.3.0`). */
                            dataProtocolVer?: string | null;
                            /** @description Device identifier. */
                            deviceId?: string | null;
                            /** @description Device key (DK). */
                            deviceKey?: string;
                            /** @description ICCID of the SIM card. */
                            iccId?: string | null;
                            /**
                             * Format: int64
                             * @description Id of the record.
                             */
                            id?: number | null;
                            /**
                             * Format: int64
                             * @description Location area code (LAC) of the serving cell.
                             */
                            lac?: number | null;
                            /**
                             * @description Positioning methods the device supports, separated by `;` (with a trailing `;`),
                             *     e.g. `LBS;WIFI;GGA;RMC;` (`NONE`, `LBS`, `WIFI`, `AUTO` and GNSS NMEA sentences such as
                             *     `GGA`, `RMC`, `GSV`, `GSA`, `VTG`, `GPGGA`, `GPRMC`, …).
                             */
                            locator?: string | null;
                            /**
                             * Format: int32
                             * @description Switch of the device's log reporting (duration).
                             */
                            logEnable?: number | null;
                            /** @description Log level. */
                            logLevel?: string | null;
                            /**
                             * Format: int64
                             * @description Mobile country code (MCC).
                             */
                            mcc?: number | null;
                            /** @description Firmware version of the device's MCU. */
                            mcuVersion?: string | null;
                            /**
                             * Format: int64
                             * @description Free memory space of the module.
                             */
                            memoryFree?: number | null;
                            /**
                             * Format: int64
                             * @description Mobile network code (MNC).
                             */
                            mnc?: number | null;
                            /** @description Phone number of the SIM card. */
                            phoneNum?: string | null;
                            /** @description Product key (PK). */
                            productKey?: string;
                            /**
                             * Format: int64
                             * @description Reference signal received power (RSRP, dBm).
                             */
                            rsrp?: number | null;
                            /**
                             * Format: int64
                             * @description LTE reference signal received quality (RSRQ, dB).
                             */
                            rsrq?: number | null;
                            /** @description Version of the QuecThing SDK on the device. */
                            sdkVer?: string | null;
                            /**
                             * Format: int64
                             * @description Signal strength.
                             */
                            signalStrength?: number | null;
                            /** @description SIM number. */
                            simNum?: string | null;
                            /** @description The device's serial number (SN). */
                            sn?: string | null;
                            /**
                             * Format: int64
                             * @description Signal to interference plus noise ratio (SINR/SNR, dB).
                             */
                            snr?: number | null;
                            /** @description Module model (e.g. `EC200U-CN`). */
                            type?: string | null;
                            /**
                             * Format: int64
                             * @description When this record was last updated, Unix ms.
                             */
                            updateTime?: number | null;
                            /** @description Firmware version of the module. */
                            version?: string | null;
                            /**
                             * Format: double
                             * @description Supply voltage as the device reports it.
                             */
                            voltage?: number | null;
                        } | null;
                    };
                };
            };
        };
    };
    deviceUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "deviceKey": "DK00001",
                 *       "deviceName": "DeviceName01",
                 *       "productKey": "PK0001",
                 *       "sn": "SN00001"
                 *     }
                 */
                "application/json": {
                    /** @description Device key (DK) of the device to change. */
                    deviceKey: string;
                    /** @description New device name. */
                    deviceName?: string;
                    /** @description Product key (PK) of the device's product. */
                    productKey: string;
                    /** @description New serial number (SN). */
                    sn?: string;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). The answer carries no data. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description Unused (absent in the page's answer); `null` on error. */
                        data?: Record<string, never> | null;
                    };
                };
            };
        };
    };
    deviceUpdateBatch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "devices": [
                 *         {
                 *           "deviceKey": "DK00001",
                 *           "deviceName": "DeviceName01",
                 *           "sn": "SN00001"
                 *         },
                 *         {
                 *           "deviceKey": "DK00002",
                 *           "deviceName": "DeviceName02",
                 *           "sn": "SN00002"
                 *         }
                 *       ],
                 *       "productKey": "PK0001"
                 *     }
                 */
                "application/json": {
                    /** @description The devices to change, at most 500. */
                    devices?: {
                        /** @description Device key (DK) of the device to change. */
                        deviceKey: string;
                        /** @description New device name. */
                        deviceName?: string;
                        /** @description New serial number (SN). */
                        sn?: string;
                    }[];
                    /** @description Product key (PK) of the product all the devices belong to. */
                    productKey: string;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). The answer carries no data. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description Unused (absent in the page's answer); `null` on error. */
                        data?: Record<string, never> | null;
                    };
                };
            };
        };
    };
    gatewayGetProductByChildDevice: {
        parameters: {
            query: {
                /**
                 * @description Device key (DK) of the sub-device. Missing → `50007`.
                 * @example A4C1380D3F01
                 */
                deviceKey: string;
                /**
                 * @description Product key (PK) of the sub-device's product. Missing → `50007`.
                 * @example p11w3c
                 */
                productKey: string;
                /** @description Language of the answer's messages: `CN` = Chinese (default), `EN` = English. */
                language?: "CN" | "EN";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` identifies the gateway. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The gateway the sub-device is currently connected through; `null` on error. */
                        data?: {
                            /** @description Device key (DK) of the gateway device. */
                            deviceKey?: string;
                            /** @description Name of the gateway device. */
                            deviceName?: string | null;
                            /** @description Product key (PK) of the gateway's product. */
                            productKey?: string;
                            /** @description Name of the gateway's product. */
                            productName?: string | null;
                        } | null;
                    };
                };
            };
        };
    };
    gatewaySubList: {
        parameters: {
            query?: {
                /**
                 * @description Id of the gateway device (the `id` the platform gives a device), an alternative to
                 *     `productKey` + `deviceKey`, which identify the same device. When both are given, `deviceId`
                 *     wins. Neither → `50007`.
                 */
                deviceId?: number;
                /**
                 * @description Device key (DK) of the gateway device; needs `productKey`. `productKey` + `deviceKey` is an
                 *     alternative to `deviceId`; when both are given, `deviceId` wins.
                 * @example 866123456789015
                 */
                deviceKey?: string;
                /** @description Language of the answer's messages: `CN` = Chinese (default), `EN` = English. */
                language?: "CN" | "EN";
                /** @description Page number, from 1 (default 1). */
                pageNum?: number;
                /** @description Sub-devices per page (default 10). */
                pageSize?: number;
                /**
                 * @description Product key (PK) of the gateway device's product; needs `deviceKey`. `productKey` +
                 *     `deviceKey` is an alternative to `deviceId`; when both are given, `deviceId` wins.
                 * @example p11u8a
                 */
                productKey?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` is one page of sub-devices and the paging fields are filled. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The sub-devices of this page (empty when the gateway has none); `null` on error. */
                        data?: {
                            /**
                             * Format: int64
                             * @description When the sub-device was activated, Unix ms; `null` while it has not been.
                             */
                            activedTime?: number | null;
                            authMode?: components["schemas"]["SaasDeviceAuthMode"];
                            /**
                             * Format: int64
                             * @description When the sub-device was created on the platform, Unix ms.
                             */
                            createTime?: number;
                            /** @description Device key (DK) of the sub-device. */
                            deviceKey?: string;
                            /** @description Name of the sub-device. */
                            deviceName?: string | null;
                            /**
                             * Format: int32
                             * @description Connection status (the page gives no values; `deviceDetail` has `1` = online, `0` = offline).
                             */
                            deviceStatus?: number;
                            /**
                             * Format: int32
                             * @description Whether the sub-device is enabled: `0` = enabled (the default), `1` = disabled.
                             * @enum {integer|null}
                             */
                            enabled?: 0 | 1 | null;
                            /** @description Fingerprint of the sub-device's X.509 certificate (X.509 authentication only). */
                            fingerPrint?: string | null;
                            /**
                             * Format: int64
                             * @description When the sub-device first connected, Unix ms.
                             */
                            firstConnTime?: number | null;
                            /**
                             * Format: int32
                             * @description How the sub-device uses the gateway (the gateway permission granted to it): `0` = directly connected / no gateway (the default), `1` = network proxy only (the gateway only carries its traffic), `2` = product integration.
                             * @enum {integer}
                             */
                            gatewayType?: 0 | 1 | 2;
                            /**
                             * Format: int64
                             * @description Id of the sub-device on the platform.
                             */
                            id?: number;
                            /**
                             * Format: int32
                             * @description Activation status: `0` = not activated, `1` = activated.
                             * @enum {integer}
                             */
                            isActived?: 0 | 1;
                            /**
                             * Format: int32
                             * @description Not in the page's table (only in its example, `1`); presumably `1` when the sub-device is currently connected through this gateway.
                             */
                            isCurrent?: number | null;
                            /**
                             * Format: int32
                             * @description Whether the sub-device is active: `0` = inactive, `1` = active.
                             * @enum {integer|null}
                             */
                            isLiveness?: 0 | 1 | null;
                            /**
                             * Format: int32
                             * @description Whether secondary authentication is allowed: `0` = no, `1` = yes.
                             * @enum {integer}
                             */
                            isVerified?: 0 | 1;
                            /**
                             * Format: int32
                             * @description Whether the sub-device is virtual: `0` = real device, `1` = virtual device.
                             * @enum {integer}
                             */
                            isVirtual?: 0 | 1;
                            /**
                             * Format: int64
                             * @description When the sub-device was last online, Unix ms.
                             */
                            lastConnTime?: number | null;
                            /**
                             * Format: int64
                             * @description When the sub-device last went offline, Unix ms; `null` while it never has.
                             */
                            lastOfflineTime?: number | null;
                            /** @description The sub-device's positioning type. */
                            locateType?: string | null;
                            /** @description Device (module) model. */
                            moduleType?: string | null;
                            /** @description Device (module) version. */
                            moduleVersion?: string | null;
                            /** @description Undocumented (no description on the page; presumably the device's previous name). */
                            oldDeviceName?: string | null;
                            /**
                             * Format: int64
                             * @description Id of the sub-device's product on the platform.
                             */
                            productId?: number;
                            /** @description Product key (PK) of the sub-device's product. */
                            productKey?: string;
                            /** @description Name of the sub-device's product (no description on the page). */
                            productName?: string | null;
                            /**
                             * Format: int64
                             * @description Id of the project the product belongs to (no description on the page).
                             */
                            projectId?: number | null;
                            /**
                             * Format: int32
                             * @description Access protocol: `0` = default (unspecified), `1` = MQTT, `2` = LwM2M/CoAP, `3` = HTTP.
                             * @enum {integer|null}
                             */
                            protocol?: 0 | 1 | 2 | 3 | null;
                            /** @description The sub-device's serial number (SN). Not in the page's table (only in its example). */
                            sn?: string | null;
                            /**
                             * Format: int64
                             * @description When the sub-device's record was last updated, Unix ms.
                             */
                            updateTime?: number;
                        }[] | null;
                    };
                };
            };
        };
    };
    gatewayUnbind: {
        parameters: {
            query: {
                /**
                 * @description Device key (DK) of the sub-device. Missing → `50007`.
                 * @example A4C1380D3F01
                 */
                deviceKey: string;
                /**
                 * @description Product key (PK) of the sub-device's product. Missing → `50007`.
                 * @example p11w3c
                 */
                productKey: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). The answer carries no data. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description Unused (absent in the page's answer); `null` on error. */
                        data?: Record<string, never> | null;
                    };
                };
            };
        };
    };
    deviceDataHistory: {
        parameters: {
            query: {
                /**
                 * @description Device key; requires `productKey`. The pair stands for one `deviceId`; the page marks it
                 *     required although it says that with `deviceId` the pair is not needed. When both are given,
                 *     `deviceId` wins.
                 * @example 866123456789015
                 */
                deviceKey: string;
                /**
                 * @description Product key; requires `deviceKey`. The pair stands for one `deviceId`; the page marks it
                 *     required although it says that with `deviceId` the pair is not needed. When both are given,
                 *     `deviceId` wins.
                 * @example p11u8a
                 */
                productKey: string;
                /**
                 * @description Start of the time range, a millisecond timestamp (the vendor's spelling of the name).
                 * @example 1743055649391
                 */
                beginDateTimp?: number;
                /**
                 * @description Platform id of the device; stands for the `productKey` + `deviceKey` pair (one id per pair).
                 *     When both are given, `deviceId` wins.
                 */
                deviceId?: number;
                /** @description Data direction: `1` = up (sent by the device), `2` = down (sent to the device). */
                direction?: 1 | 2;
                /**
                 * @description End of the time range, a millisecond timestamp (the vendor's spelling of the name).
                 * @example 1743059849391
                 */
                endDateTimp?: number;
                /** @description Language of the answer's messages: `CN` = Chinese (default), `EN` = English. */
                language?: "CN" | "EN";
                /** @description Page number, from 1 (default 1). */
                pageNum?: number;
                /** @description Records per page (default 10). */
                pageSize?: number;
                /** @description Send status: `0` = not sent, `1` = sent, `-1` = sending failed. */
                sendStatus?: -1 | 0 | 1;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` is one page of records; the envelope's paging fields describe the list. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description One page of data records (the vendor's `DeviceData`); `null` on error. */
                        data?: {
                            /** @description Command code of the TSL message, 4 hex digits (the example's read `0011` and its response `0012`). */
                            cmd?: string | null;
                            /** @description When the record was created, a millisecond timestamp as text. */
                            createTime?: string;
                            /** @description The payload as sent, Base64 (see `dataType`). */
                            data?: string;
                            /** @description Encoding of `data` (the example's `BASE64`). */
                            dataType?: string;
                            /**
                             * Format: int64
                             * @description Platform id of the device (`null` in the example).
                             */
                            deviceId?: number | null;
                            /** @description Device key. */
                            deviceKey?: string;
                            /**
                             * Format: int32
                             * @description Data direction: `1` = up (sent by the device), `2` = down (sent to the device).
                             * @enum {integer}
                             */
                            direction?: 1 | 2;
                            /**
                             * @description The TSL content of the message, JSON text, by TSL id (not identifier): a
                             *     report or read answer is an array of `{"id": <id>, "value": <value>}`
                             *     (STRUCT and ARRAY values nested the same way, array elements with id 0),
                             *     e.g. `[{"id":2,"value":"76"}]`; a read request is an array of the ids read,
                             *     as strings, e.g. `["2","3"]`.
                             */
                            dmData?: string | null;
                            /** @description Extension information (`null` in the example). */
                            extData?: Record<string, never> | null;
                            /** @description Record id (`null` in the example). */
                            id?: string | null;
                            /** @description Message type (the example's `up`, `down`). */
                            msgType?: string;
                            /**
                             * Format: int64
                             * @description Platform id of the product (`null` in the example).
                             */
                            productId?: number | null;
                            /** @description Product key. */
                            productKey?: string;
                            /**
                             * Format: int32
                             * @description Send status: `0` = not sent, `1` = sent, `-1` = sending failed.
                             * @enum {integer}
                             */
                            sendStatus?: -1 | 0 | 1;
                            /** @description When the message was sent, a millisecond timestamp as text. */
                            sendTime?: string;
                            /** @description Source type (the example's `MODE`; the page does not explain it). */
                            sourceType?: string;
                            /** @description Unique id of the message; a downlink and the device's answer to it share it. */
                            ticket?: string;
                            /** @description When the record was last updated, a millisecond timestamp as text. */
                            updateTime?: string;
                        }[] | null;
                    };
                };
            };
        };
    };
    deviceEventHistory: {
        parameters: {
            query: {
                /**
                 * @description Device key; requires `productKey`. The pair stands for one `deviceId`; the page marks it
                 *     required although it says that with `deviceId` the pair is not needed. When both are given,
                 *     `deviceId` wins.
                 * @example 866123456789015
                 */
                deviceKey: string;
                /**
                 * @description Product key; requires `deviceKey`. The pair stands for one `deviceId`; the page marks it
                 *     required although it says that with `deviceId` the pair is not needed. When both are given,
                 *     `deviceId` wins.
                 * @example p11u8a
                 */
                productKey: string;
                /**
                 * @description Start of the time range, a millisecond timestamp (the vendor's spelling of the name).
                 * @example 1743055649391
                 */
                beginDateTimp?: number;
                /**
                 * @description Platform id of the device; stands for the `productKey` + `deviceKey` pair (one id per pair).
                 *     When both are given, `deviceId` wins.
                 */
                deviceId?: number;
                /**
                 * @description End of the time range, a millisecond timestamp (the vendor's spelling of the name).
                 * @example 1743059849391
                 */
                endDateTimp?: number;
                /**
                 * @description Event type: `0` = offline, `1` = online, `2` = back online (reconnected), `3` = information,
                 *     `4` = alert, `5` = fault, `6` = reset.
                 */
                eventType?: "0" | "1" | "2" | "3" | "4" | "5" | "6";
                /** @description Language of the answer's messages: `CN` = Chinese (default), `EN` = English. */
                language?: "CN" | "EN";
                /** @description Page number, from 1 (default 1). */
                pageNum?: number;
                /** @description Records per page (default 10). */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` is one page of events; the envelope's paging fields describe the list. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description One page of events (the vendor's `DeviceEventVO`); `null` on error. */
                        data?: {
                            /**
                             * Format: int64
                             * @description TSL id of the event; `null` for connection events.
                             */
                            abId?: number | null;
                            /** @description When the event occurred (the page's "start time"), a millisecond timestamp as text. */
                            createTime?: string;
                            /** @description Device key. */
                            deviceKey?: string;
                            /** @description Event code; the TSL event's identifier, or e.g. `online` for a connection event. */
                            eventCode?: string;
                            /** @description Event name (the TSL event's name; `null` for connection events). */
                            eventName?: string | null;
                            /**
                             * @description Event type: `0` = offline, `1` = online, `2` = back online, `3` = information,
                             *     `4` = alert, `5` = fault, `6` = reset.
                             * @enum {string}
                             */
                            eventType?: "0" | "1" | "2" | "3" | "4" | "5" | "6";
                            /** @description Extension information (`{}` in the example). */
                            extData?: Record<string, never> | null;
                            /** @description Id of the event record. */
                            id?: string;
                            /**
                             * @description The TSL event's output parameters, JSON text of an object keyed by the
                             *     parameters' identifiers (STRUCT and ARRAY values as arrays of objects), e.g.
                             *     `{"arr_test":[{"bbb001":true,"int000001":"0"}]}`; `null` for connection events.
                             */
                            outputData?: string | null;
                            /**
                             * Format: int32
                             * @description Packet id of the device's message (`null` in the example).
                             */
                            packetId?: number | null;
                            /** @description Product key. */
                            productKey?: string;
                            /** @description Id of the message that carried the event. */
                            ticket?: string;
                        }[] | null;
                    };
                };
            };
        };
    };
    deviceGetLocation: {
        parameters: {
            query?: {
                /**
                 * @description Platform id of the device; stands for the `productKey` + `deviceKey` pair (one id per pair).
                 *     With `deviceId` the pair is not needed; when both are given, `deviceId` wins.
                 */
                deviceId?: number;
                /**
                 * @description Device key; requires `productKey`. The pair stands for one `deviceId`; with the pair,
                 *     `deviceId` is not needed; when both are given, `deviceId` wins.
                 * @example 866123456789015
                 */
                deviceKey?: string;
                /** @description Language of the answer's messages: `CN` = Chinese (default), `EN` = English. */
                language?: "CN" | "EN";
                /**
                 * @description Product key; requires `deviceKey`. The pair stands for one `deviceId`; with the pair,
                 *     `deviceId` is not needed; when both are given, `deviceId` wins.
                 * @example p11u8a
                 */
                productKey?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` is the device's latest location. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The device's latest location (the vendor's `QdLocationLatest`); `null` on error. */
                        data?: {
                            /** @description Accuracy of an LBS (cell) fix, as text (the example's `550`); LBS fixes only. */
                            accuracy?: string | null;
                            /**
                             * Format: double
                             * @description Latitude in degrees, BD-09 (Baidu) coordinates.
                             */
                            bdLat?: number | null;
                            /**
                             * Format: double
                             * @description Longitude in degrees, BD-09 (Baidu) coordinates.
                             */
                            bdLng?: number | null;
                            /**
                             * Format: int32
                             * @description A counter the page does not explain (the example's `0`).
                             */
                            count?: number | null;
                            /** @description When the platform stored the fix, a millisecond timestamp as text. */
                            createTime?: string;
                            /**
                             * Format: int64
                             * @description Platform id of the device (the example's `0`).
                             */
                            deviceId?: number | null;
                            /** @description Device key. */
                            deviceKey?: string;
                            /**
                             * Format: int32
                             * @description Device status; `1` = online, `0` = offline (as on `deviceDetail.md`).
                             */
                            deviceStatus?: number | null;
                            /**
                             * Format: double
                             * @description Latitude in degrees, GCJ-02 coordinates.
                             */
                            gcjLat?: number | null;
                            /**
                             * Format: double
                             * @description Longitude in degrees, GCJ-02 coordinates.
                             */
                            gcjLng?: number | null;
                            /**
                             * @description GNSS fix quality of the NMEA GGA sentence (GNSS fixes only): `0` = not fixed,
                             *     `1` = single-point GPS, `2` = differential GPS (SPS), `3` = invalid PPS,
                             *     `4` = RTK fixed, `5` = RTK float, `6` = estimated (dead reckoning),
                             *     `7` = manual input, `8` = simulation, `9` = WAAS differential.
                             */
                            ggaStatus?: string | null;
                            /** @description Horizontal dilution of precision, `0.5`–`99.9` (GNSS fixes only). */
                            hdop?: string | null;
                            /** @description Altitude in metres (GNSS fixes only). */
                            height?: string | null;
                            /** @description Id of the location record. */
                            id?: string;
                            /** @description Latitude as reported, NMEA `ddmm.mmmm` (degrees and minutes); hemisphere in `latType`. */
                            lat?: string;
                            /** @description `N` = north, `S` = south latitude. */
                            latType?: string;
                            /** @description Longitude as reported, NMEA `dddmm.mmmm` (degrees and minutes); hemisphere in `lngType`. */
                            lng?: string;
                            /** @description `E` = east, `W` = west longitude. */
                            lngType?: string;
                            /** @description Location type; the page does not explain it (the example's `null`). */
                            locType?: string | null;
                            /**
                             * @description The raw location data the device sent, Base64. In the example: a 2-byte type
                             *     (`0x0013`), a 2-byte length and the sentences (`$LBS,<mcc>,<mnc>,<lac>,<cellid>,<rxlev>,<reserved>*hh;`
                             *     for cells; NMEA-0183 sentences for GNSS).
                             */
                            locateRaw?: string | null;
                            /** @description Fix status; the page does not explain it (the example's LBS fix has `3`). */
                            locateStatus?: string | null;
                            /** @description When the device took the fix, a millisecond timestamp as text. */
                            locateTime?: string;
                            /**
                             * @description Positioning method, e.g. `LBS` (the example's has a trailing space); by the
                             *     location message: `GP` (GPS), `GL` (GLONASS), `GA` (Galileo), `BD` (BeiDou),
                             *     `GN` (combined GNSS), `LBS` (cell), `WIFI`.
                             */
                            locateType?: string;
                            /** @description Product key. */
                            productKey?: string;
                            /** @description Number of satellites in use (GNSS fixes only). */
                            satellites?: string | null;
                            /** @description Ground speed reported with the fix (GNSS fixes only). */
                            speed?: string | null;
                            /** @description Id of the message that carried the fix. */
                            ticket?: string;
                            /**
                             * Format: double
                             * @description Latitude in degrees, WGS-84 coordinates.
                             */
                            wgsLat?: number | null;
                            /**
                             * Format: double
                             * @description Longitude in degrees, WGS-84 coordinates.
                             */
                            wgsLng?: number | null;
                        } | null;
                    };
                };
            };
        };
    };
    deviceReadData: {
        parameters: {
            query?: {
                /** @description Language of the answer's messages: `CN` = Chinese (default), `EN` = English. */
                language?: "CN" | "EN";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "cacheTime": 60,
                 *       "data": "[\"key1\",\"key2\"]",
                 *       "devices": [
                 *         "DK00001"
                 *       ],
                 *       "isCache": true,
                 *       "isCover": true,
                 *       "productKey": "PK0001",
                 *       "qos": 1
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: int64
                     * @description Cache time in seconds; applies when `isCache` is true (default 600).
                     * @default 600
                     * @example 600
                     */
                    cacheTime?: number;
                    /**
                     * @description The properties to read: JSON **text** (a string, escaped inside the request's JSON:
                     *     `"[\"battery_level\",\"speed\"]"`) of an array of the properties' TSL identifiers
                     *     (`code`), as strings: `["key1","key2"]`, e.g. `["battery_level","speed","mileage"]`.
                     *     Not JSON → `71027`; only write-only properties → `71048`.
                     * @example ["battery_level","speed","mileage"]
                     */
                    data: string;
                    /**
                     * @description Device keys of the devices (all of product `productKey`) to read from.
                     * @example [
                     *       "866123456789015"
                     *     ]
                     */
                    devices: string[];
                    /** @description Extension parameters; the page does not describe them. */
                    extendPara?: Record<string, never>;
                    /**
                     * @description Whether to cache the command for a device that is offline, up to `cacheTime` seconds (default `false`).
                     * @default false
                     */
                    isCache?: boolean;
                    /**
                     * @description Whether to overwrite the data sent before (default `false`).
                     * @default false
                     */
                    isCover?: boolean;
                    /**
                     * @description Product key of the devices.
                     * @example p11u8a
                     */
                    productKey: string;
                    /**
                     * Format: int32
                     * @description QoS level of the downlink message (default `1`).
                     * @default 1
                     */
                    qos?: number;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` has one result per device (not the values). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description One result per device of `devices`; `null` on error. */
                        data?: components["schemas"]["SaasDownlinkResult"][] | null;
                    };
                };
            };
        };
    };
    deviceSendRawData: {
        parameters: {
            query?: {
                /** @description Language of the answer's messages: `CN` = Chinese (default), `EN` = English. */
                language?: "CN" | "EN";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "encode": "Text",
                 *       "isCache": true,
                 *       "data": "123",
                 *       "qos": 1,
                 *       "devices": [
                 *         {
                 *           "deviceKey": "DK00001",
                 *           "productKey": "PK0001"
                 *         }
                 *       ],
                 *       "isCover": true,
                 *       "cacheTime": 60
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: int64
                     * @description Cache time in seconds; applies when `isCache` is true. Absent → 10 minutes (600).
                     * @default 600
                     * @example 600
                     */
                    cacheTime?: number;
                    /**
                     * @description The payload, as text, read according to `encode`:
                     *
                     *     * `Hex`: hexadecimal digits (`0`–`9`, `A`–`F`, `a`–`f`), an even number of them, two
                     *       per byte: `"1234AB"` (6 characters) is sent as the 3 bytes `0x12 0x34 0xAB`.
                     *     * `Text`: the text itself, sent UTF-8 encoded.
                     *
                     *     At most 4,096 characters in both cases.
                     * @example A1010001
                     */
                    data: string;
                    /** @description The devices to send the data to (the vendor's `DevicePrimaryKeyR2`), possibly of different products. */
                    devices: {
                        /**
                         * @description Device key.
                         * @example 866123456789015
                         */
                        deviceKey: string;
                        /**
                         * @description Product key.
                         * @example p11u8a
                         */
                        productKey: string;
                    }[];
                    /**
                     * @description Format of `data`: `Hex` = hexadecimal text, converted to bytes before sending (binary
                     *     `0x1234AB`, 3 bytes, is written `"1234AB"`, 6 characters); `Text` = text, sent with
                     *     an encoding, UTF-8 by default. The page gives no default for an absent `encode`.
                     * @example Hex
                     * @enum {string}
                     */
                    encode?: "Hex" | "Text";
                    /**
                     * @description Whether to cache the data for a device that is offline, up to `cacheTime` seconds (default `false`).
                     * @default false
                     */
                    isCache?: boolean;
                    /**
                     * @description Whether to overwrite the data sent before (default `false`).
                     * @default false
                     */
                    isCover?: boolean;
                    /**
                     * Format: int32
                     * @description QoS level of the downlink message (default `1`).
                     * @default 1
                     */
                    qos?: number;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` has one result per device. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description One result per entry of `devices`; `null` on error. */
                        data?: components["schemas"]["SaasDownlinkResult"][] | null;
                    };
                };
            };
        };
    };
    deviceSendServiceData: {
        parameters: {
            query?: {
                /** @description Language of the answer's messages: `CN` = Chinese (default), `EN` = English. */
                language?: "CN" | "EN";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "isCache": true,
                 *       "data": "[{\"fuwu\":[{\"raw1\":\"AA\"}]}]",
                 *       "qos": 1,
                 *       "devices": [
                 *         "DK00001"
                 *       ],
                 *       "productKey": "PK0001",
                 *       "isCover": true,
                 *       "cacheTime": 360
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: int64
                     * @description Cache time in seconds; applies when `isCache` is true (default 600).
                     * @default 600
                     * @example 600
                     */
                    cacheTime?: number;
                    /**
                     * @description The service call: JSON **text** (a string, escaped inside the request's JSON:
                     *     `"[{\"fuwu\":[{\"raw1\":\"AA\"}]}]"`) of an array of one-key objects (format
                     *     `[{"key1":"value"},{"key2":"value"}]`), each keyed by a service's TSL identifier
                     *     (`code`); its value is the list of the service's input parameters, one one-key object
                     *     per parameter keyed by the parameter's identifier. The page writes every value as a
                     *     JSON string (`"true"`, `"42"`). The forms by the input parameters' data type:
                     *
                     *     * BOOL, INT, FLOAT, DOUBLE, ENUM, DATE, TEXT:
                     *       `[{"key":[{"key1":"value1"},{"key2":"value2"},{"key3":"value3"}]}]`.
                     *     * ARRAY parameter: its value is a list of one-key objects, one per element, each keyed
                     *       `"0"` (the TSL id of an array's elements):
                     *       `[{"key":[{"key1":[{"0":"value1"},{"0":"value1"}]}]}]`.
                     *     * STRUCT parameter: its value is a list of one-key objects, one per field:
                     *       `[{"key":[{"key1":[{"key2":"value2"},{"key3":"value3"}]}]}]`.
                     *     * ARRAY of STRUCT parameter: one `{"0": [fields]}` object per element:
                     *       `[{"key":[{"key1":[{"0":[{"key2":"value2"}]},{"0":[{"key3":"value3"}]}]}]}]`.
                     *
                     *     The page's example calls service `fuwu` with input `raw1` = `AA`:
                     *     `[{"fuwu":[{"raw1":"AA"}]}]`. Not JSON → `71027`; not matching the model → `71008`,
                     *     `71028`, `71036`, `71047`.
                     * @example [{"fuwu":[{"raw1":"AA"}]}]
                     */
                    data: string;
                    /**
                     * @description Device keys of the devices (all of product `productKey`) to call the service on.
                     * @example [
                     *       "866123456789015"
                     *     ]
                     */
                    devices: string[];
                    /** @description Extension parameters; the page does not describe them. */
                    extendPara?: Record<string, never>;
                    /**
                     * @description Whether to cache the command for a device that is offline, up to `cacheTime` seconds (default `false`).
                     * @default false
                     */
                    isCache?: boolean;
                    /**
                     * @description Whether to overwrite the data sent before (default `false`).
                     * @default false
                     */
                    isCover?: boolean;
                    /**
                     * @description Product key of the devices.
                     * @example p11u8a
                     */
                    productKey: string;
                    /**
                     * Format: int32
                     * @description QoS level of the downlink message (default `1`).
                     * @default 1
                     */
                    qos?: number;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` has one result per device. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description One result per device of `devices`; `null` on error. */
                        data?: components["schemas"]["SaasDownlinkResult"][] | null;
                    };
                };
            };
        };
    };
    deviceWriteData: {
        parameters: {
            query?: {
                /** @description Language of the answer's messages: `CN` = Chinese (default), `EN` = English. */
                language?: "CN" | "EN";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "isCache": true,
                 *       "data": "[{\"arr\":[{\"0\":[{\"buer\":\"true\"}]}]}]",
                 *       "qos": 1,
                 *       "devices": [
                 *         "DK00001"
                 *       ],
                 *       "productKey": "PK0001",
                 *       "isCover": true,
                 *       "cacheTime": 360
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: int64
                     * @description Cache time in seconds; applies when `isCache` is true (default 600).
                     * @default 600
                     * @example 600
                     */
                    cacheTime?: number;
                    /**
                     * @description The property values to write: JSON **text** (a string, escaped inside the request's
                     *     JSON: `"[{\"lock\":\"false\"}]"`) of an array of one-key objects, one per property,
                     *     each keyed by the property's TSL identifier (`code`). The page writes every value as
                     *     a JSON string, whatever the property's type (`"true"`, `"42"`, `"3.5"`). The forms by
                     *     data type:
                     *
                     *     * BOOL, INT, FLOAT, DOUBLE, ENUM, DATE, TEXT: `[{"key":"value"}]`, e.g.
                     *       `[{"lock":"false"}]`; several properties: `[{"key1":"value"},{"key2":"value"}]`.
                     *     * ARRAY: the value is a list of one-key objects, one per element, each keyed `"0"`
                     *       (the TSL id of an array's elements): `[{"key":[{"0":"value1"},{"0":"value2"}]}]`.
                     *     * STRUCT: the value is a list of one-key objects, one per field, keyed by the field's
                     *       identifier: `[{"key":[{"key1":"value1"},{"key2":"value2"}]}]`.
                     *     * ARRAY of STRUCT: one `{"0": [fields]}` object per element:
                     *       `[{"key":[{"0":[{"key1":"value1"}]},{"0":[{"key2":"value2"}]}]}]`.
                     *
                     *     The page lists here too the service-call forms of `deviceSendServiceData`
                     *     (`[{"service":[{"input":"value"}]}]`). Not JSON → `71027`; not matching the model →
                     *     `71008`, `71028`, `71036`, `71047`; read-only property → `71038`.
                     * @example [{"lock":"false"}]
                     */
                    data: string;
                    /**
                     * @description Device keys of the devices (all of product `productKey`) to send the values to.
                     * @example [
                     *       "866123456789015"
                     *     ]
                     */
                    devices: string[];
                    /** @description Extension parameters; the page does not describe them. */
                    extendPara?: Record<string, never>;
                    /**
                     * @description Whether to cache the command for a device that is offline, up to `cacheTime` seconds (default `false`).
                     * @default false
                     */
                    isCache?: boolean;
                    /**
                     * @description Whether to overwrite the data sent before (default `false`).
                     * @default false
                     */
                    isCover?: boolean;
                    /**
                     * @description Product key of the devices.
                     * @example p11u8a
                     */
                    productKey: string;
                    /**
                     * Format: int32
                     * @description QoS level of the downlink message (default `1`).
                     * @default 1
                     */
                    qos?: number;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` has one result per device. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description One result per device of `devices`; `null` on error. */
                        data?: components["schemas"]["SaasDownlinkResult"][] | null;
                    };
                };
            };
        };
    };
    enduserDeviceList: {
        parameters: {
            query: {
                /**
                 * @description User id (`uid` of `enduserDomainUserList`). Missing → `5065`; unknown → `5033`.
                 * @example C131362
                 */
                uid: string;
                /**
                 * @description Page number, from 1; default 1.
                 * @example 1
                 */
                page?: number;
                /**
                 * @description Number of devices per page; default 10.
                 * @example 10
                 */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` is a page of devices. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description One page of the user's devices (PageHelper `PageInfo«设备详情»`); `null` on error. */
                        data?: {
                            /**
                             * Format: int64
                             * @description 1-based index of the last entry of this page in the whole result.
                             */
                            endRow?: number;
                            /** @description Whether a next page exists. */
                            hasNextPage?: boolean;
                            /** @description Whether a previous page exists. */
                            hasPreviousPage?: boolean;
                            /** @description Whether this is the first page. */
                            isFirstPage?: boolean;
                            /** @description Whether this is the last page. */
                            isLastPage?: boolean;
                            /** @description The devices of this page. */
                            list?: {
                                /** @description Access type, as a string: `0` = directly connected device, `1` = gateway, `2` = gateway sub-device. */
                                accessType?: string | null;
                                /** @description Activation time (first connection to the platform), as text. */
                                activeTime?: string | null;
                                /**
                                 * Format: int64
                                 * @description Activation time, Unix milliseconds (undocumented on the page).
                                 */
                                activeTimeTs?: number | null;
                                /** @description The device's authCode (undocumented on the page). */
                                authCode?: string | null;
                                /** @description The device's authKey (undocumented on the page; the App API's binding calls return it). */
                                authKey?: string | null;
                                /**
                                 * Format: int32
                                 * @description The product's binding mode: `1` = multiple binding (several users may bind the device), `2` = unique (only one user), `3` = take-over (the latest binder replaces the previous one).
                                 */
                                bindMode?: number | null;
                                /**
                                 * Format: int32
                                 * @description Binding status: `1` = normal, `2` = invalid.
                                 */
                                bindStatus?: number | null;
                                /** @description The binding code the device reported (Wi-Fi binding; see `enduserVerifyBindingCode`). */
                                bindingCode?: string | null;
                                /**
                                 * Format: int32
                                 * @description How the device was bound: `1` = by SN, `2` = Wi-Fi (binding code), `3` = by product key and device key, `4` = Bluetooth.
                                 */
                                bindingType?: number | null;
                                /**
                                 * Format: int64
                                 * @description Last time the device was used over Bluetooth, Unix milliseconds.
                                 */
                                btLastUseTime?: number | null;
                                /** @description Bluetooth password (undocumented on the page). */
                                btPwd?: string | null;
                                /**
                                 * Format: int32
                                 * @description The device's network capabilities, a bitmask of `1` WAN, `2` LAN (Wi-Fi), `4` BLE and `8` Matter (the values of the App API's binding pages; this page says only "network capabilities").
                                 */
                                capabilitiesBitmask?: number | null;
                                /** @description Time the device was bound, as text. */
                                deviceBindTime?: string | null;
                                /**
                                 * Format: int64
                                 * @description Time the device was bound, Unix milliseconds (undocumented on the page).
                                 */
                                deviceBindTimeTs?: number | null;
                                /** @description Time the device was created on the platform, as text. */
                                deviceCreateTime?: string | null;
                                /**
                                 * Format: int64
                                 * @description Time the device was created on the platform, Unix milliseconds (undocumented on the page).
                                 */
                                deviceCreateTimeTs?: number | null;
                                /** @description Device key, e.g. the IMEI `866123456789015`. */
                                deviceKey?: string;
                                /** @description Device name (the name the user gave it, or the sharee's own name for a shared device). */
                                deviceName?: string | null;
                                /** @description Device status as localised text (e.g. `在线` online, `离线` offline). */
                                deviceStatus?: string | null;
                                /** @description Device tag. */
                                deviceTag?: string | null;
                                /**
                                 * Format: int32
                                 * @description `1` = the user's own device (bound by them), `2` = a device shared with them.
                                 */
                                deviceType?: number | null;
                                /** @description Id of the family (home) the device is in (home mode only). */
                                fid?: string | null;
                                /** @description Code of the product's first-level category. */
                                firstItemCode?: string | null;
                                /** @description Name of the product's first-level category. */
                                firstItemName?: string | null;
                                /** @description Id of the room the device is in (home mode only). */
                                frid?: string | null;
                                /** @description Id of the device group, when the entry is a group. */
                                gdid?: string | null;
                                /**
                                 * Format: int32
                                 * @description Number of devices in the group.
                                 */
                                groupDeviceDeviceNum?: number | null;
                                /**
                                 * Format: int32
                                 * @description Permission on the group (the page gives no values).
                                 */
                                groupState?: number | null;
                                /** @description Time the binding became invalid, as text (the vendor's spelling `invaild`). */
                                invaildTime?: string | null;
                                /**
                                 * Format: int64
                                 * @description Time the binding became invalid, Unix milliseconds (undocumented on the page).
                                 */
                                invaildTimeTs?: number | null;
                                /**
                                 * Format: int32
                                 * @description Whether it is a Matter device: `1` = yes, `0` = no.
                                 */
                                isMatter?: number | null;
                                /**
                                 * Format: int32
                                 * @description Whether it is a Quectel device: `1` = yes, `0` = no.
                                 */
                                isNative?: number | null;
                                /** @description Time the device last came online, as text. */
                                lastConnTime?: string | null;
                                /**
                                 * Format: int64
                                 * @description Time the device last came online, Unix milliseconds (undocumented on the page).
                                 */
                                lastConnTimeTs?: number | null;
                                /** @description Time the device last went offline, as text. */
                                lastOfflineTime?: string | null;
                                /**
                                 * Format: int64
                                 * @description Time the device last went offline, Unix milliseconds (undocumented on the page).
                                 */
                                lastOfflineTimeTs?: number | null;
                                /** @description The positioning content the device supports (the page gives no values). */
                                locateType?: string | null;
                                /** @description URL of the product's logo. */
                                logoImage?: string | null;
                                /**
                                 * Format: int32
                                 * @description Heartbeat period of a low-power device, minutes.
                                 */
                                lowPowerAlive?: number | null;
                                /**
                                 * Format: int32
                                 * @description How long commands for a low-power device are cached, seconds.
                                 */
                                lowPowerCache?: number | null;
                                /** @description Whether the product is a low-power product. */
                                lowPowerProduct?: boolean | null;
                                /** @description Whether the device's low-power mode is switched on. */
                                lowPowerStatus?: boolean | null;
                                /** @description Matter details of a Matter device (`BindNativeMatterDto`); `null` for other devices. The page documents none of its fields. */
                                matterInfo?: {
                                    /** @description The device's CASE Authenticated Tags with their privileges (`CatInfoDto`). */
                                    catList?: {
                                        /**
                                         * Format: int64
                                         * @description CASE Authenticated Tag.
                                         */
                                        cat?: number;
                                        /** @description Privilege granted to the tag. */
                                        privilege?: string;
                                    }[];
                                    /**
                                     * Format: int32
                                     * @description Matter discriminator of the device.
                                     */
                                    discriminator?: number;
                                    /** @description Extra information. */
                                    extra?: string | null;
                                    /**
                                     * Format: int64
                                     * @description Matter fabric id.
                                     */
                                    fabricId?: number;
                                    /**
                                     * Format: int32
                                     * @description Matter product id.
                                     */
                                    matterProductId?: number;
                                    /**
                                     * Format: int32
                                     * @description Matter vendor id.
                                     */
                                    matterVendorId?: number;
                                    /** @description Matter version. */
                                    matterVersion?: string;
                                    /**
                                     * Format: int64
                                     * @description Matter node id.
                                     */
                                    nodeId?: number;
                                } | null;
                                /** @description Network type, as a string: `1` = Wi-Fi, `2` = cellular, `3` = NB-IoT, `5` = Bluetooth. */
                                networkType?: string | null;
                                /**
                                 * Format: int32
                                 * @description `0` = offline, `1` = online.
                                 */
                                onlineStatus?: number | null;
                                /** @description For a shared device, id of the user who shared it; `null` for the user's own devices. */
                                ownerUid?: string | null;
                                /** @description Mobile number of the user who bound the device. */
                                phone?: string | null;
                                /**
                                 * Format: int64
                                 * @description Id of the firmware upgrade plan.
                                 */
                                planId?: number | null;
                                /** @description Product key, e.g. `p11u8a`. */
                                productKey?: string;
                                /** @description Product name. */
                                productName?: string | null;
                                /** @description Access protocol, e.g. `MQTT`. */
                                protocol?: string | null;
                                /** @description Code of the product's second-level category. */
                                secondItemCode?: string | null;
                                /** @description Name of the product's second-level category. */
                                secondItemName?: string | null;
                                /** @description Share code of a shared device; `null` for the user's own devices. */
                                shareCode?: string | null;
                                /** @description End of the usage period of a shared device, as text; `null` when unlimited or not shared. */
                                sharingExpireAt?: string | null;
                                /**
                                 * Format: int64
                                 * @description End of the usage period of a shared device, Unix milliseconds (undocumented on the page).
                                 */
                                sharingExpireTimeTs?: number | null;
                                /** @description Signal strength, as a string. */
                                signalStrength?: string | null;
                                /** @description Serial number of the device (undocumented on the page). */
                                sn?: string | null;
                                /**
                                 * Format: int32
                                 * @description Binding status: `1` = normal, `2` = invalid.
                                 */
                                status?: number | null;
                                /** @description Id of the user who bound the device (the owner). */
                                uid?: string | null;
                                /**
                                 * Format: int32
                                 * @description Firmware upgrade status of the device (the page gives no values).
                                 */
                                upgradeStatus?: number | null;
                                /**
                                 * Format: int32
                                 * @description The user's confirmation status of an upgrade (the page gives no values).
                                 */
                                userConfirmStatus?: number | null;
                                /** @description Nickname of the user who bound the device. */
                                userName?: string | null;
                                /** @description Whether the binding is verified, as a string: `0` = no, `1` = yes. */
                                verified?: string | null;
                            }[];
                            /**
                             * Format: int32
                             * @description First page number shown in the navigation bar.
                             */
                            navigateFirstPage?: number;
                            /**
                             * Format: int32
                             * @description Last page number shown in the navigation bar.
                             */
                            navigateLastPage?: number;
                            /**
                             * Format: int32
                             * @description Number of page links in the navigation bar.
                             */
                            navigatePages?: number;
                            /** @description Page numbers shown in the navigation bar. */
                            navigatepageNums?: number[];
                            /**
                             * Format: int32
                             * @description Next page number (0 if none).
                             */
                            nextPage?: number;
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
                             * @description Number of entries on this page.
                             */
                            size?: number;
                            /**
                             * Format: int64
                             * @description 1-based index of the first entry of this page in the whole result.
                             */
                            startRow?: number;
                            /**
                             * Format: int64
                             * @description Number of devices in all pages.
                             */
                            total?: number;
                        } | null;
                        /** @description Extra message; usually `null` or empty. */
                        extMsg?: string | null;
                    };
                };
            };
        };
    };
    enduserDomainList: {
        parameters: {
            query?: {
                /**
                 * @description Page number, from 1; default 1.
                 * @example 1
                 */
                page?: number;
                /**
                 * @description Number of user domains per page; default 10.
                 * @example 10
                 */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` is a page of user domains. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description One page of user domains (PageHelper `PageInfo«用户域»`); `null` on error. */
                        data?: {
                            /**
                             * Format: int64
                             * @description 1-based index of the last entry of this page in the whole result.
                             */
                            endRow?: number;
                            /** @description Whether a next page exists. */
                            hasNextPage?: boolean;
                            /** @description Whether a previous page exists. */
                            hasPreviousPage?: boolean;
                            /** @description Whether this is the first page. */
                            isFirstPage?: boolean;
                            /** @description Whether this is the last page. */
                            isLastPage?: boolean;
                            /** @description The user domains of this page. */
                            list?: {
                                /**
                                 * Format: int64
                                 * @description Time the user domain was added, Unix milliseconds.
                                 */
                                addTime?: number;
                                /**
                                 * Format: int64
                                 * @description Time the user domain was added, Unix milliseconds (undocumented on the page; same value as `addTime`).
                                 */
                                addTimeTs?: number;
                                /** @description Whether the user domain is enabled (undocumented on the page; same as `isEnable`). */
                                enable?: boolean;
                                /**
                                 * Format: int64
                                 * @description Id of the enterprise (developer account) the user domain belongs to.
                                 */
                                entId?: number;
                                /** @description Whether the user domain is enabled. */
                                isEnable?: boolean;
                                /** @description Remark. */
                                remark?: string | null;
                                /**
                                 * Format: int64
                                 * @description Time the user domain was last changed, Unix milliseconds.
                                 */
                                updateTime?: number;
                                /**
                                 * Format: int64
                                 * @description Time the user domain was last changed, Unix milliseconds (undocumented on the page; same value as `updateTime`).
                                 */
                                updateTimeTs?: number;
                                /** @description The user domain, e.g. `C.DM.10271.5`; the `userDomain` of the App API and of `enduserDomainUserList`. */
                                userDomain?: string;
                                /**
                                 * Format: int64
                                 * @description Numeric id of the user domain (undocumented on the page).
                                 */
                                userDomainId?: number;
                                /** @description The user domain secret, which signs the App API's SMS and login requests. Keep it secret. */
                                userDomainSecret?: string;
                                /** @description Type of the user domain (the page gives no values). */
                                userDomainType?: string | null;
                            }[];
                            /**
                             * Format: int32
                             * @description First page number shown in the navigation bar.
                             */
                            navigateFirstPage?: number;
                            /**
                             * Format: int32
                             * @description Last page number shown in the navigation bar.
                             */
                            navigateLastPage?: number;
                            /**
                             * Format: int32
                             * @description Number of page links in the navigation bar.
                             */
                            navigatePages?: number;
                            /** @description Page numbers shown in the navigation bar. */
                            navigatepageNums?: number[];
                            /**
                             * Format: int32
                             * @description Next page number (0 if none).
                             */
                            nextPage?: number;
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
                             * @description Number of entries on this page.
                             */
                            size?: number;
                            /**
                             * Format: int64
                             * @description 1-based index of the first entry of this page in the whole result.
                             */
                            startRow?: number;
                            /**
                             * Format: int64
                             * @description Number of user domains in all pages.
                             */
                            total?: number;
                        } | null;
                        /** @description Extra message; usually `null` or empty. */
                        extMsg?: string | null;
                    };
                };
            };
        };
    };
    enduserDomainUserList: {
        parameters: {
            query: {
                /**
                 * @description The user domain (`userDomain` of `enduserDomainList`). Missing → `5023`; unknown → `5015`.
                 * @example C.DM.10271.5
                 */
                userDomain: string;
                /**
                 * @description Page number, from 1; default 1.
                 * @example 1
                 */
                page?: number;
                /**
                 * @description Number of users per page; default 10.
                 * @example 10
                 */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` is a page of users. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description One page of users (PageHelper `PageInfo«用户信息»`); `null` on error. */
                        data?: {
                            /**
                             * Format: int64
                             * @description 1-based index of the last entry of this page in the whole result.
                             */
                            endRow?: number;
                            /** @description Whether a next page exists. */
                            hasNextPage?: boolean;
                            /** @description Whether a previous page exists. */
                            hasPreviousPage?: boolean;
                            /** @description Whether this is the first page. */
                            isFirstPage?: boolean;
                            /** @description Whether this is the last page. */
                            isLastPage?: boolean;
                            /** @description The users of this page. */
                            list?: {
                                /** @description Address. */
                                address?: string | null;
                                /** @description Alipay user id, if the user logged in with Alipay. */
                                alipayUserId?: string | null;
                                /** @description Apple user id, if the user logged in with Apple. */
                                appleUserId?: string | null;
                                /** @description City. */
                                city?: string | null;
                                /** @description E-mail address (`null` for users who registered by phone and linked none). */
                                email?: string | null;
                                /** @description Facebook user id, if the user logged in with Facebook. */
                                facebookUserId?: string | null;
                                /** @description Avatar (image URL). */
                                headimg?: string | null;
                                /** @description Language (the page gives no values). */
                                lang?: string | null;
                                /**
                                 * Format: int64
                                 * @description Time of the last login (the page gives no unit; Unix milliseconds like `lastLoginTimeTs`).
                                 */
                                lastLoginTime?: number | null;
                                /**
                                 * Format: int64
                                 * @description Time of the last login, Unix milliseconds (undocumented on the page).
                                 */
                                lastLoginTimeTs?: number | null;
                                /**
                                 * Format: int32
                                 * @description How the user registered (the page lists no values; the illustrative examples' `1` for phone and `2` for e-mail are iotdock's guesses).
                                 */
                                logonMode?: number;
                                /** @description Country (the page gives no values). */
                                nationality?: string | null;
                                /** @description Nickname (the vendor's spelling `nikeName`). */
                                nikeName?: string | null;
                                /** @description Mobile number, without the international code (`null` for users who registered by e-mail and linked none). */
                                phone?: string | null;
                                /** @description Province. */
                                province?: string | null;
                                /** @description QQ user id, if the user logged in with QQ. */
                                qqUserId?: string | null;
                                /**
                                 * Format: int64
                                 * @description Registration time (the page gives no unit; Unix milliseconds like `registerTimeTs`).
                                 */
                                registerTime?: number;
                                /**
                                 * Format: int64
                                 * @description Registration time, Unix milliseconds (undocumented on the page).
                                 */
                                registerTimeTs?: number;
                                /** @description Remark. */
                                remark?: string | null;
                                /** @description Sex, as a string (the page gives no values; the App API's `setUserInfo` takes `0` = male, `1` = female, `2` = undisclosed). */
                                sex?: string | null;
                                /** @description The user's personal signature (a profile text). */
                                signature?: string | null;
                                /**
                                 * Format: int32
                                 * @description Account status: `0` = disabled, `1` = normal (set with `enduserSetUserStatus`).
                                 */
                                status?: number;
                                /** @description Time zone (the page gives no values). */
                                timezone?: string | null;
                                /** @description Twitter user id, if the user logged in with Twitter. */
                                twitterUserId?: string | null;
                                /** @description User id, e.g. `C131362`. */
                                uid?: string;
                                /** @description The user domain the user registered in, e.g. `C.DM.10271.5`. */
                                userDomain?: string;
                                /** @description WeChat mini-program user id, if the user logged in with one. */
                                wechatMiniprogramUserId?: string | null;
                                /** @description WeChat official-account user id, if the user logged in with one. */
                                wechatOffiaccountUserId?: string | null;
                                /** @description WeChat UnionID, common to the customer's WeChat applications. */
                                wechatUnionId?: string | null;
                            }[];
                            /**
                             * Format: int32
                             * @description First page number shown in the navigation bar.
                             */
                            navigateFirstPage?: number;
                            /**
                             * Format: int32
                             * @description Last page number shown in the navigation bar.
                             */
                            navigateLastPage?: number;
                            /**
                             * Format: int32
                             * @description Number of page links in the navigation bar.
                             */
                            navigatePages?: number;
                            /** @description Page numbers shown in the navigation bar. */
                            navigatepageNums?: number[];
                            /**
                             * Format: int32
                             * @description Next page number (0 if none).
                             */
                            nextPage?: number;
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
                             * @description Number of entries on this page.
                             */
                            size?: number;
                            /**
                             * Format: int64
                             * @description 1-based index of the first entry of this page in the whole result.
                             */
                            startRow?: number;
                            /**
                             * Format: int64
                             * @description Number of users in all pages.
                             */
                            total?: number;
                        } | null;
                        /** @description Extra message; usually `null` or empty. */
                        extMsg?: string | null;
                    };
                };
            };
        };
    };
    enduserGetUserByDevice: {
        parameters: {
            query?: {
                /**
                 * @description Page number, from 1; default 1.
                 * @example 1
                 */
                page?: number;
                /**
                 * @description Number of users per page; default 10.
                 * @example 10
                 */
                pageSize?: number;
                /**
                 * @description Product key; only users with a bound device of this product. No permission for it → `5327`.
                 * @example p11u8a
                 */
                pk?: string;
                /**
                 * @description User id; only this user. Not a user of the enterprise → `5370`.
                 * @example C131362
                 */
                uid?: string;
                /**
                 * @description User domain (`userDomain` of `enduserDomainList`); only users of this domain.
                 * @example C.DM.10271.5
                 */
                userDomain?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` is a page of users. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description One page of users who have bound devices (PageHelper `PageInfo«绑定设备的用户»`); `null` on error. */
                        data?: {
                            /**
                             * Format: int64
                             * @description 1-based index of the last entry of this page in the whole result.
                             */
                            endRow?: number;
                            /** @description Whether a next page exists. */
                            hasNextPage?: boolean;
                            /** @description Whether a previous page exists. */
                            hasPreviousPage?: boolean;
                            /** @description Whether this is the first page. */
                            isFirstPage?: boolean;
                            /** @description Whether this is the last page. */
                            isLastPage?: boolean;
                            /** @description The users of this page. */
                            list?: {
                                /** @description Address. */
                                address?: string | null;
                                /** @description Alipay user id, if the user logged in with Alipay. */
                                alipayUserId?: string | null;
                                /** @description E-mail address (`null` for users who registered by phone and linked none). */
                                email?: string | null;
                                /** @description Facebook user id, if the user logged in with Facebook. */
                                facebookUserId?: string | null;
                                /** @description Avatar (image URL). */
                                headimg?: string | null;
                                /** @description Time the user was last online, as text (`yyyy-MM-dd HH:mm:ss`, like the time texts of `enduserDeviceList`). */
                                lastLoginTime?: string | null;
                                /**
                                 * Format: int64
                                 * @description Time the user was last online, Unix milliseconds (undocumented on the page).
                                 */
                                lastLoginTimeTs?: number | null;
                                /** @description Nickname (the vendor's spelling `nikeName`). */
                                nikeName?: string | null;
                                /** @description Mobile number, without the international code (`null` for users who registered by e-mail and linked none). */
                                phone?: string | null;
                                /** @description QQ user id, if the user logged in with QQ. */
                                qqUserId?: string | null;
                                /** @description Sex, as a string (the page gives no values; the App API's `setUserInfo` takes `0` = male, `1` = female, `2` = undisclosed). */
                                sex?: string | null;
                                /** @description Twitter user id, if the user logged in with Twitter. */
                                twitterUserId?: string | null;
                                /** @description User id, e.g. `C131362`; the `uid` of `enduserDeviceList`. */
                                uid?: string;
                                /** @description The user domain the user registered in, e.g. `C.DM.10271.5`. */
                                userDomain?: string;
                                /** @description WeChat mini-program user id, if the user logged in with one. */
                                wechatMiniprogramUserId?: string | null;
                                /** @description WeChat official-account user id, if the user logged in with one. */
                                wechatOffiaccountUserId?: string | null;
                                /** @description WeChat UnionID, common to the customer's WeChat applications. */
                                wechatUnionId?: string | null;
                            }[];
                            /**
                             * Format: int32
                             * @description First page number shown in the navigation bar.
                             */
                            navigateFirstPage?: number;
                            /**
                             * Format: int32
                             * @description Last page number shown in the navigation bar.
                             */
                            navigateLastPage?: number;
                            /**
                             * Format: int32
                             * @description Number of page links in the navigation bar.
                             */
                            navigatePages?: number;
                            /** @description Page numbers shown in the navigation bar. */
                            navigatepageNums?: number[];
                            /**
                             * Format: int32
                             * @description Next page number (0 if none).
                             */
                            nextPage?: number;
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
                             * @description Number of entries on this page.
                             */
                            size?: number;
                            /**
                             * Format: int64
                             * @description 1-based index of the first entry of this page in the whole result.
                             */
                            startRow?: number;
                            /**
                             * Format: int64
                             * @description Number of users in all pages.
                             */
                            total?: number;
                        } | null;
                        /** @description Extra message; usually `null` or empty. */
                        extMsg?: string | null;
                    };
                };
            };
        };
    };
    enduserSetUserStatus: {
        parameters: {
            query: {
                /**
                 * @description New account status: `0` = disabled, `1` = normal.
                 * @example 0
                 */
                status: 0 | 1;
                /**
                 * @description Id of the user (`uid` of `enduserDomainUserList`).
                 * @example C131405
                 */
                uid: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). No payload. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description No payload; an empty object on success, `null` on error. */
                        data?: Record<string, never> | null;
                        /** @description Extra message; usually `null` or empty. */
                        extMsg?: string | null;
                    };
                };
            };
        };
    };
    enduserUserInfo: {
        parameters: {
            query: {
                /**
                 * @description User id (`uid` of `enduserDomainUserList`). Missing → `5065`.
                 * @example C131362
                 */
                uid: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` is the user's profile. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The user's profile (`用户信息`); `null` on error. */
                        data?: {
                            /** @description Address. */
                            address?: string | null;
                            /** @description Alipay user id, if the user logged in with Alipay. */
                            alipayUserId?: string | null;
                            /** @description Apple user id, if the user logged in with Apple. */
                            appleUserId?: string | null;
                            /** @description City. */
                            city?: string | null;
                            /** @description E-mail address (`null` for users who registered by phone and linked none). */
                            email?: string | null;
                            /** @description Facebook user id, if the user logged in with Facebook. */
                            facebookUserId?: string | null;
                            /** @description Avatar (image URL). */
                            headimg?: string | null;
                            /** @description Language (the page gives no values). */
                            lang?: string | null;
                            /**
                             * Format: int64
                             * @description Time of the last login (the page gives no unit; Unix milliseconds like `lastLoginTimeTs`).
                             */
                            lastLoginTime?: number | null;
                            /**
                             * Format: int64
                             * @description Time of the last login, Unix milliseconds (undocumented on the page).
                             */
                            lastLoginTimeTs?: number | null;
                            /**
                             * Format: int32
                             * @description How the user registered (the page lists no values; the illustrative examples' `1` for phone and `2` for e-mail are iotdock's guesses).
                             */
                            logonMode?: number;
                            /** @description Country (the page gives no values). */
                            nationality?: string | null;
                            /** @description Nickname (the vendor's spelling `nikeName`). */
                            nikeName?: string | null;
                            /** @description Mobile number, without the international code (`null` for users who registered by e-mail and linked none). */
                            phone?: string | null;
                            /** @description Province. */
                            province?: string | null;
                            /** @description QQ user id, if the user logged in with QQ. */
                            qqUserId?: string | null;
                            /**
                             * Format: int64
                             * @description Registration time (the page gives no unit; Unix milliseconds like `registerTimeTs`).
                             */
                            registerTime?: number;
                            /**
                             * Format: int64
                             * @description Registration time, Unix milliseconds (undocumented on the page).
                             */
                            registerTimeTs?: number;
                            /** @description Remark. */
                            remark?: string | null;
                            /** @description Sex, as a string (the page gives no values; the App API's `setUserInfo` takes `0` = male, `1` = female, `2` = undisclosed). */
                            sex?: string | null;
                            /** @description The user's personal signature (a profile text). */
                            signature?: string | null;
                            /**
                             * Format: int32
                             * @description Account status: `0` = disabled, `1` = normal (set with `enduserSetUserStatus`).
                             */
                            status?: number;
                            /** @description Time zone (the page gives no values). */
                            timezone?: string | null;
                            /** @description Twitter user id, if the user logged in with Twitter. */
                            twitterUserId?: string | null;
                            /** @description User id, e.g. `C131362`. */
                            uid?: string;
                            /** @description The user domain the user registered in, e.g. `C.DM.10271.5`. */
                            userDomain?: string;
                            /** @description WeChat mini-program user id, if the user logged in with one. */
                            wechatMiniprogramUserId?: string | null;
                            /** @description WeChat official-account user id, if the user logged in with one. */
                            wechatOffiaccountUserId?: string | null;
                            /** @description WeChat UnionID, common to the customer's WeChat applications. */
                            wechatUnionId?: string | null;
                        } | null;
                        /** @description Extra message; usually `null` or empty. */
                        extMsg?: string | null;
                    };
                };
            };
        };
    };
    enduserVerifyBindingCode: {
        parameters: {
            query: {
                /**
                 * @description The binding code to check, as obtained from the device during provisioning. Missing → `5179`;
                 *     malformed → `5213`; not reported by the device → `5460`; not matching → `5462`.
                 * @example 7f3a9c21
                 */
                bindingCode: string;
                /**
                 * @description Device key. Missing → `5067`.
                 * @example 866123456789015
                 */
                dk: string;
                /**
                 * @description Product key. Missing → `5066`.
                 * @example p11u8a
                 */
                pk: string;
                /**
                 * @description Whether the device is being bound right now: `0` = no (default), the device does not receive
                 *     the binding code's verification result; `1` = yes, the device receives it.
                 * @example 0
                 */
                isBinding?: 0 | 1;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). `code` 200 means the binding code is valid. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /**
                         * Format: int32
                         * @description Result of the verification (the page does not explain the values); `null` on error.
                         */
                        data?: number | null;
                        /** @description Extra message; usually `null` or empty. */
                        extMsg?: string | null;
                    };
                };
            };
        };
    };
    productDetail: {
        parameters: {
            query: {
                /**
                 * @description Product key of the product. Unknown → `70017`; not authorised for the application → `70089`.
                 * @example p11u8a
                 */
                productKey: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` is the product. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["SaasProductDetail"];
                    };
                };
            };
        };
    };
    productList: {
        parameters: {
            query?: {
                /**
                 * @description Page number (default 1).
                 * @example 1
                 */
                pageNum?: number;
                /**
                 * @description Number of products per page (default 10).
                 * @example 10
                 */
                pageSize?: number;
                /**
                 * @description Product key; only that product is listed.
                 * @example p11u8a
                 */
                productKey?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` is one page of products and the paging fields are filled. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The products of this page; `null` on error. */
                        data?: components["schemas"]["SaasProduct"][] | null;
                    };
                };
            };
        };
    };
    productTSL: {
        parameters: {
            query?: {
                /** @description Language: `CN` = Chinese (default), `EN` = English. */
                language?: "CN" | "EN";
                /**
                 * @description Product id, one-to-one with `productKey` (unique key). Pass either this or `productKey`; when both
                 *     are given, `productId` wins.
                 */
                productId?: number;
                /**
                 * @description Product key, one-to-one with `productId` (unique key). Pass either this or `productId`; when both
                 *     are given, `productId` wins. Neither → `50006`; unknown → `70017`.
                 * @example p11u8a
                 */
                productKey?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` is the product's TSL model. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["SaasTslModel"];
                    };
                };
            };
        };
    };
    queueClear: {
        parameters: {
            query: {
                /**
                 * @description Id of the queue to clear (`id` of `queueCreate`/`queueList`, `queueId` of `queueDetail`). Unknown → `16002`.
                 * @example 7001
                 */
                queueId: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). No payload. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description No payload (absent or `null`). */
                        data?: Record<string, never> | null;
                    };
                };
            };
        };
    };
    queueCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "queueDesc": "desc",
                 *       "queueName": "testQueue"
                 *     }
                 */
                "application/json": {
                    /** @description Description of the queue, at most 200 characters. */
                    queueDesc?: string;
                    /**
                     * @description Queue name, unique in the account (`16001` otherwise): at most 64 characters, English
                     *     letters (case-sensitive), digits, underscores (`_`) and hyphens (`-`); no slash (`/`),
                     *     space or other character. The platform stores it as `a.<userId>.<queueName>`.
                     */
                    queueName: string;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` is the new queue. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["SaasQueue"];
                    };
                };
            };
        };
    };
    queueDelete: {
        parameters: {
            query: {
                /**
                 * @description Id of the queue to delete (`id` of `queueCreate`/`queueList`, `queueId` of `queueDetail`). Unknown → `16002`.
                 * @example 7001
                 */
                queueId: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). No payload. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description No payload (absent or `null`). */
                        data?: Record<string, never> | null;
                    };
                };
            };
        };
    };
    queueDetail: {
        parameters: {
            query: {
                /**
                 * @description Id of the queue (`id` of `queueCreate`/`queueList`). Unknown → `16002`.
                 * @example 7001
                 */
                queueId: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` is the queue. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["SaasQueueDetail"];
                    };
                };
            };
        };
    };
    queueList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "pageNum": 1,
                 *       "pageSize": 10,
                 *       "queueName": "testQueue",
                 *       "status": 1
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: int32
                     * @description Page number, from 1.
                     */
                    pageNum?: number;
                    /**
                     * Format: int32
                     * @description Records per page, 1 to 100.
                     */
                    pageSize?: number;
                    /** @description Queue name to filter by. */
                    queueName?: string;
                    /**
                     * Format: int32
                     * @description Queue status to filter by: `0` = not in use (no subscription), `1` = in use, `2` =
                     *     disabled (unused for 30 days). Absent: every status.
                     * @enum {integer}
                     */
                    status?: 0 | 1 | 2;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` is the page of queues. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The queues of the page; `null` on error. */
                        data?: components["schemas"]["SaasQueue"][] | null;
                    };
                };
            };
        };
    };
    subscribeCreatByEnduser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "endUserDomain": "C.DM.26106.1",
                 *       "msgTypes": [
                 *         201
                 *       ],
                 *       "queueName": "a.000000026106.testAbc",
                 *       "subscribeName": "test"
                 *     }
                 */
                "application/json": {
                    /** @description The user domain whose end users to follow (`C.DM.<id>.<n>`). */
                    endUserDomain: string;
                    /**
                     * @description Message types to forward to the queue: `201` = end users created, modified or deleted
                     *     (AMQP `type` `ENDUSER`, `subtype` `USER-ADD`, `USER-UPDATE` or `USER-DELETE`).
                     */
                    msgTypes: 201[];
                    /**
                     * @description Full name of the queue to forward to, as `queueCreate`/`queueList` answer it
                     *     (`a.<userId>.<name>`). Unknown → `16002`.
                     */
                    queueName: string;
                    /**
                     * @description Subscription name: at most 128 characters, Chinese characters, English letters
                     *     (case-sensitive), digits, underscores (`_`) and hyphens (`-`); no slash (`/`), space or
                     *     other character.
                     */
                    subscribeName: string;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` holds the new subscription's id. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["SaasSubscriptionId"];
                    };
                };
            };
        };
    };
    subscribeCreatByPKDK: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "dataLevel": 1,
                 *       "deviceKey": "DK00001",
                 *       "msgTypes": [
                 *         1
                 *       ],
                 *       "productKey": "PK0001",
                 *       "queueName": "queueName",
                 *       "subscribeName": "test"
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: int32
                     * @description Data level: `1` = product (every device of `productKey`), `2` = device (the device
                     *     `deviceKey` of `productKey`).
                     * @enum {integer}
                     */
                    dataLevel: 1 | 2;
                    /**
                     * @description Device key: the device to subscribe to when `dataLevel` is `2` (unknown → `70130`).
                     *     Not used at product level (the page's example sends one with `dataLevel` `1`).
                     */
                    deviceKey?: string;
                    /**
                     * @description Message types to forward to the queue (the AMQP message `type`/`subtype` in brackets;
                     *     all codes in `SaasSubscriptionMsgType`).
                     *
                     *     Transparent (raw data) products:
                     *     `1` = device online/offline events (`ONLINE`), `2` = device and module status
                     *     (`STATUS`), `3` = device uplink data (`RAW`/`UPLINK`), `4` = device downlink data
                     *     (`RAW`/`DOWNLINK`), `5` = device command responses (`REQACK`), `12` = raw location data
                     *     (`LOCATION`/`INFO-RAW`), `13` = location information (`LOCATION`/`INFO-KV`), `14` =
                     *     device binding changes (`ENDUSER`/`USER-BIND`), `15` = device information changes
                     *     (`META_EVENT`/`DEVICE`).
                     *
                     *     TSL (thing model) products: the same codes (`3`/`4` then carry what the devices send and
                     *     receive over the transparent channel), plus `6` = TSL property information (`MATTR`/`READ`, `READRESP`,
                     *     `WRITE`, `REPORT`), `7` = TSL event reports, information (`MEVENT`/`INFO`), `8` = TSL
                     *     event reports, warning (`MEVENT`/`WARN`), `9` = TSL event reports, fault
                     *     (`MEVENT`/`ERROR`), `10` = TSL service call log (`MSERV`/`INPUT`, `OUTPUT`).
                     */
                    msgTypes: (1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 12 | 13 | 14 | 15)[];
                    /** @description Product key. Unknown → `70017`. */
                    productKey: string;
                    /**
                     * @description Full name of the queue to forward to, as `queueCreate`/`queueList` answer it
                     *     (`a.<userId>.<name>`). Unknown → `16002`.
                     */
                    queueName: string;
                    /**
                     * @description Subscription name: at most 128 characters, Chinese characters, English letters
                     *     (case-sensitive), digits, underscores (`_`) and hyphens (`-`); no slash (`/`), space or
                     *     other character.
                     */
                    subscribeName: string;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` holds the new subscription's id. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["SaasSubscriptionId"];
                    };
                };
            };
        };
    };
    subscribeCreatBySaaS: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "msgTypes": [
                 *         101
                 *       ],
                 *       "queueName": "a.000000026106.testAbc",
                 *       "subscribeName": "test"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description Message types to forward to the queue (the AMQP message `type`/`subtype` in brackets):
                     *     `101` = product information changes: created, modified, deleted
                     *     (`META_EVENT`/`PRODUCT`), `102` = device information changes (`META_EVENT`/`DEVICE`),
                     *     `103` = TSL model publications (`META_EVENT`/`THING_MODEL`), `104` = product
                     *     authorisations granted or withdrawn (`META_EVENT`/`GRANT_AUTHORIZED`), `105` = user
                     *     domain (App) authorisations granted or withdrawn (`META_EVENT`/`GRANT_USER_DOMAIN`).
                     */
                    msgTypes: (101 | 102 | 103 | 104 | 105)[];
                    /**
                     * @description Full name of the queue to forward to, as `queueCreate`/`queueList` answer it
                     *     (`a.<userId>.<name>`). Unknown → `16002`.
                     */
                    queueName: string;
                    /**
                     * @description Subscription name: at most 128 characters, Chinese characters, English letters
                     *     (case-sensitive), digits, underscores (`_`) and hyphens (`-`); no slash (`/`), space or
                     *     other character.
                     */
                    subscribeName: string;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` holds the new subscription's id. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["SaasSubscriptionId"];
                    };
                };
            };
        };
    };
    subscribeDelete: {
        parameters: {
            query: {
                /**
                 * @description Id of the subscription (`subscribeId` answered by the create operations and `subscribeList`). Unknown → `16011`.
                 * @example 7101
                 */
                subscribeId: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). No payload. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description No payload (absent or `null`). */
                        data?: Record<string, never> | null;
                    };
                };
            };
        };
    };
    subscribeDetail: {
        parameters: {
            query: {
                /**
                 * @description Id of the subscription (`subscribeId` answered by the create operations and `subscribeList`). Unknown → `16011`.
                 * @example 7101
                 */
                subscribeId: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` is the subscription. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["SaasSubscriptionDetail"];
                    };
                };
            };
        };
    };
    subscribeList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "pageNum": 1,
                 *       "pageSize": 10,
                 *       "queueName": "testQueue",
                 *       "status": 1,
                 *       "subscribeName": "subscribeName01"
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: int32
                     * @description Page number, from 1.
                     */
                    pageNum?: number;
                    /**
                     * Format: int32
                     * @description Records per page, 1 to 100.
                     */
                    pageSize?: number;
                    /** @description Queue name to filter by. */
                    queueName?: string;
                    /**
                     * Format: int32
                     * @description Status to filter by: `0` = not started, `1` = running. Absent: every status.
                     * @enum {integer}
                     */
                    status?: 0 | 1;
                    /** @description Subscription name to filter by. */
                    subscribeName?: string;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` is the page of subscriptions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The subscriptions of the page; `null` on error. */
                        data?: components["schemas"]["SaasSubscriptionRule"][] | null;
                    };
                };
            };
        };
    };
    subscribeStart: {
        parameters: {
            query: {
                /**
                 * @description Id of the subscription (`subscribeId` answered by the create operations and `subscribeList`). Unknown → `16011`.
                 * @example 7101
                 */
                subscribeId: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). No payload. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description No payload (absent or `null`). */
                        data?: Record<string, never> | null;
                    };
                };
            };
        };
    };
    subscribeStop: {
        parameters: {
            query: {
                /**
                 * @description Id of the subscription (`subscribeId` answered by the create operations and `subscribeList`). Unknown → `16011`.
                 * @example 7101
                 */
                subscribeId: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). No payload. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description No payload (absent or `null`). */
                        data?: Record<string, never> | null;
                    };
                };
            };
        };
    };
    subscribeUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "msgTypes": [
                 *         1
                 *       ],
                 *       "queueName": "testQueue",
                 *       "subscribeId": 6169,
                 *       "subscribeName": "subscribeName01"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The new message types (the AMQP message `type`/`subtype` in brackets).
                     *
                     *     Product and device level subscriptions, transparent (raw data) products: `1` = device
                     *     online/offline events (`ONLINE`), `2` = device and module status (`STATUS`), `3` =
                     *     device uplink data (`RAW`/`UPLINK`), `4` = device downlink data (`RAW`/`DOWNLINK`),
                     *     `5` = device command responses (`REQACK`), `12` = raw location data
                     *     (`LOCATION`/`INFO-RAW`), `13` = location information (`LOCATION`/`INFO-KV`), `14` =
                     *     device binding changes (`ENDUSER`/`USER-BIND`), `15` = device information changes
                     *     (`META_EVENT`/`DEVICE`).
                     *
                     *     Product and device level subscriptions, TSL products: `1`, `2`, `5`, `12`–`15` as
                     *     above (and `3`/`4` for the transparent channel, as `subscribeCreatByPKDK` lists them),
                     *     plus `6` = TSL property information (`MATTR`/`READ`, `READRESP`, `WRITE`, `REPORT`),
                     *     `7` = TSL event reports, information (`MEVENT`/`INFO`), `8` = TSL event reports,
                     *     warning (`MEVENT`/`WARN`), `9` = TSL event reports, fault (`MEVENT`/`ERROR`), `10` =
                     *     TSL service call log (`MSERV`/`INPUT`, `OUTPUT`).
                     *
                     *     User level subscriptions: `101` = product information changes (`META_EVENT`/`PRODUCT`),
                     *     `102` = device information changes (`META_EVENT`/`DEVICE`), `103` = TSL model
                     *     publications (`META_EVENT`/`THING_MODEL`). SaaS user level subscriptions: the same and
                     *     `104` = product authorisations (`META_EVENT`/`GRANT_AUTHORIZED`), `105` = user domain
                     *     (App) authorisations (`META_EVENT`/`GRANT_USER_DOMAIN`; see the departures).
                     *
                     *     End user domain level subscriptions: `201` = end users created, modified or deleted
                     *     (`ENDUSER`/`USER-ADD`, `USER-UPDATE`, `USER-DELETE`).
                     */
                    msgTypes?: components["schemas"]["SaasSubscriptionMsgType"][];
                    /**
                     * @description Full name of the queue to forward to from now on, as `queueCreate`/`queueList` answer it
                     *     (`a.<userId>.<name>`; the page's example gives a short name). Unknown → `16002`.
                     */
                    queueName?: string;
                    /**
                     * Format: int64
                     * @description Id of the subscription to modify.
                     */
                    subscribeId: number;
                    /**
                     * @description New subscription name: at most 128 characters, Chinese characters, English letters
                     *     (case-sensitive), digits, underscores (`_`) and hyphens (`-`); no slash (`/`), space or
                     *     other character.
                     */
                    subscribeName?: string;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). No payload. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description No payload (absent or `null`). */
                        data?: Record<string, never> | null;
                    };
                };
            };
        };
    };
    refreshToken: {
        parameters: {
            query: {
                /**
                 * @description The token to refresh: the current `access_token` exactly as the login or the last refresh
                 *     returned it, `QJWT ` prefix included (percent-encoded as a query value). Missing → `91001`;
                 *     invalid or expired → `91004`.
                 * @example QJWT eyJhbGciOiJIUzI1NiJ9.e30.x
                 */
                refresh_token: string;
                /** @description Grant type; always `refresh_token`. */
                grant_type: "refresh_token";
                /**
                 * @description Scope to grant; empty (or absent) requests every function. Several scopes are separated by
                 *     spaces, e.g. `userinfo tls ota`.
                 * @example userinfo
                 */
                scope?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The token, or an error code (HTTP 200 either way). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenAnswer"];
                };
            };
        };
    };
}
