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
    "/uaccount/v1/security/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log the user out and invalidate the access token
         * @description Logs the user out: the access token sent in the `accessToken` header stops working (later calls
         *     with it are refused). Works for a token from `thirdpartUserLogin` as for one from the session
         *     sharing calls; a customer cloud calls it when its user logs out or unlinks the U+ account. The
         *     call takes only the common headers and sends **no body** (the page's sample shows headers only;
         *     sign it with the empty string as body). The answer is the envelope only.
         *
         *     Codes: `D00016` (你已退出或尚未登录) "you have already logged out or are not logged in";
         *     `D00005` (Token不是由此应用创建) the token was not created by this app (the page's scenario column
         *     for it reads "操作成功", "operation succeeded", which does not explain it); the common token codes
         *     `D00003`/`D00004`. The page does not say whether logging out also ends the sessions shared from
         *     this token.
         *
         *     Source: `zh-cn/Account/act-auth.md` (账号隐式授权 › 接口列表 › 6. accessToken登出).
         *
         *     **Departures from the page**
         *
         *     - The page's header sample sends a 32-character `sign` (`bd4495183b97e8133aeab2f1916fed41`);
         *       this spec signs with SHA-256 (64 hex characters), because `Signature.md` prescribes SHA-256 and
         *       its worked example has 64 characters (the sample is evidently from an older signing scheme).
         *     - The sample's `sequenceId` `08002700DC94-15110519074300001` (MAC, dash, 17 digits) and
         *       `timezone: 8` do not follow `Parameters.md`; this spec sends 20 digits and a time-zone id
         *       (root departures 3 and 4).
         */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/uaccount/v2/auth/cancelShare": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke the sharing of the user's session with an app
         * @description Revokes, at the user's request, a share of the implicit account authorisation (账号隐式授权):
         *     the refresh token and access tokens that the app `shareAppId` on client `shareClientId` obtained
         *     with `shareToken`, and every token refreshed from them, stop working at once. Made for the user
         *     with the token of their own login (`accessToken` header); a token obtained by sharing may not
         *     cancel shares (`D00030`, 未授权). Use `queryShareList` to find the app and client. The answer is
         *     the envelope only.
         *
         *     Codes: `B00001` a required parameter is missing, `B00004` a parameter breaks its rule, `D00008`
         *     (用户不合法) the token has expired or does not exist (the page's code; the common token codes
         *     `D00003`/`D00004` are listed too), `D00030` the token was obtained by sharing. The page does not
         *     say what is answered for an app and client the session was never shared with.
         *
         *     Source: `zh-cn/Account/act-auth.md` (账号隐式授权 › 接口列表 › 5. 用户授权取消).
         *
         *     **Departures from the page**
         *
         *     - The page says "token验证: 否" and its header sample has no `accessToken`; this spec requires
         *       the user's token (`HaierAccessToken`), because the call revokes that user's shares (the body
         *       names only the app and client, not the user) and the page's own codes `D00008` ("Token已过期或不存在")
         *       and `D00030` ("a token obtained by sharing cannot cancel authorisation") are checks of that
         *       token.
         *     - The page's header sample (`language: en`, `timezone: +8`, `Content-Encoding: utf-8`,
         *       `Content-Length: 385`, `Host: 10.2.0.16:6353`, the seed's `sign` `da55be21…95bb`) is the login
         *       seed's; this spec follows the root (its departures 3 and 9). The sample's `privacyVersion:
         *       V1.0.0` header is documented nowhere and not modelled.
         */
        post: operations["cancelShare"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/uaccount/v2/auth/queryShareList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List the apps the user's session is shared with
         * @description Lists, for the user of the `accessToken` header, the clients the session has been shared with
         *     through `shareCode` (implicit account authorisation, 账号隐式授权): each entry names the app
         *     (`shareAppId`), its client (`shareClientId`) and the share's `state`: `0` authorised (a share
         *     code was issued and has not expired, but no token was obtained yet) or `1` logged in (the code was
         *     redeemed with `shareToken`). A customer cloud uses it to show the user which apps act on their
         *     behalf, before revoking one with `cancelShare`. Changes nothing.
         *
         *     The call takes only the common headers and sends **no body** (the page's sample shows an empty
         *     `POST data:`; sign it with the empty string as body). Codes: `D00008` (用户不合法) the token has
         *     expired or does not exist (the page's code; the common token codes `D00003`/`D00004` are listed
         *     too), `B00004` a parameter breaks its rule, `D00030` (未授权, "a token obtained by sharing cannot
         *     cancel authorisation"; listed here by the page too, presumably because a shared session may not
         *     manage shares).
         *
         *     Source: `zh-cn/Account/act-auth.md` (账号隐式授权 › 接口列表 › 4. 应用授权状态查询).
         *
         *     **Departures from the page**
         *
         *     - The page types `shareTokenInfoList` `List` and describes its items in prose (`shareAppId`,
         *       `shareClientId`, `state` 0/1); this spec types them as objects, with `state` a string as in the
         *       page's example (`"1"`).
         *     - The page marks `shareTokenInfoList` 必填; this spec leaves it optional, because error answers
         *       carry only `retCode` and `retInfo`.
         *     - The page's header sample (`language: en`, `timezone: +8`, `Content-Encoding: utf-8`,
         *       `Content-Length: 385` for an empty body, `Host: 10.2.0.16:6353`, the seed's `sign`) is the
         *       login seed's and shows no `accessToken` header; this spec follows the root (its departures 3
         *       and 9) and requires the token, as the page's "token验证: 是" says. The sample's
         *       `privacyVersion: V1.0.0` header is documented nowhere and not modelled.
         */
        post: operations["queryShareList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/uaccount/v2/auth/shareCode": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a code to share the user's session with another app
         * @description First step of Haier's *implicit account authorisation* (账号隐式授权): the app in which the user
         *     is logged in (its `accessToken` header) asks for a one-time **share code** for another app
         *     (`shareAppId`) on one client (`shareClientId`), for example so that the back-end service of a
         *     feature in the app's H5 page can act on the user's devices once the user turns the feature on.
         *     The code is bound to that appId, that clientId and the user's account and is valid for 10 minutes
         *     (configurable on Haier's side). It is passed to the other app over a secure channel, which
         *     redeems it with `shareToken`. The share then appears in `queryShareList` with `state` `0`, and
         *     `cancelShare` revokes it.
         *
         *     Only an access token obtained by a login (e.g. `thirdpartUserLogin`) or by refreshing such a
         *     token may request a code; a token obtained through a share code (`shareToken`), or refreshed from
         *     one, is answered `D00026` (禁止分享此会话, "this session may not be shared"). A missing, unknown
         *     or expired token is answered `D00004` (the page's code: accessToken不存在或已过期) or the
         *     common `D00003`; a malformed parameter `B00004`.
         *
         *     Source: `zh-cn/Account/act-auth.md` (账号隐式授权 › 接口列表 › 1. 获取授权Code).
         *
         *     **Departures from the page**
         *
         *     - The page lists `accessToken` as a required **body** field, and its request sample sends it in
         *       the body and no `accessToken` header; this spec sends it as the `accessToken` header
         *       (`HaierAccessToken`), because the page marks the call "token验证: 是" and `Parameters.md`
         *       requires the header on every call after login. The page's body example is shown without it.
         *       If Haier turns out to read the body field, a client must send the token in both places.
         *     - The page marks the output `code` 必填; this spec leaves it optional, because error answers
         *       carry only `retCode` and `retInfo`.
         *     - The page's header sample (`language: en`, `timezone: +8`, `Content-Encoding: utf-8`,
         *       `Content-Length: 385`, `Host: 10.2.0.16:6353`, the seed's `sign` `da55be21…95bb`) is the login
         *       seed's; this spec follows the root (its departures 3 and 9). The sample's `privacyVersion:
         *       V1.0.0` header is documented nowhere and not modelled.
         */
        post: operations["shareCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/uaccount/v2/auth/shareToken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Redeem a share code for the user's access and refresh tokens
         * @description Second step of the implicit account authorisation (账号隐式授权): the app the session was shared
         *     with redeems the share `code` that `shareCode` issued for it, and gets a session of its own for
         *     the same user: a new `accessToken` and `refreshToken`, `scope` and `expire` (lifetime in
         *     seconds). No user token is needed. The call must be made with the app's own `appId` and
         *     `clientId` headers: Haier checks that they are the `shareAppId`/`shareClientId` the code was
         *     issued for, and that the code has not expired (10 minutes). The share's `state` in
         *     `queryShareList` becomes `1` (logged in).
         *
         *     The access token lives 10 days by default (page, 服务说明; the page's example answers
         *     `expire` `"2160000"`, 25 days); renew it with `authToken` and the refresh token. A token obtained
         *     here (or refreshed from it) cannot request a share code itself (`D00026` on `shareCode`) nor
         *     cancel shares (`D00030`).
         *
         *     Codes: `B00001` when `code` is missing, `B00002` for a malformed body, `B00004` for a parameter
         *     that breaks its rule; `00001` (登录成功但未接受最新版本隐私协议) "logged in, but the latest privacy
         *     policy is not accepted" for old accounts, overseas only. The page says a code that fails the check
         *     (wrong app or client, expired) is answered "an authorisation-code check error" but names no code
         *     for it.
         *
         *     Source: `zh-cn/Account/act-auth.md` (账号隐式授权 › 接口列表 › 2. 获取Access Token).
         *
         *     **Departures from the page**
         *
         *     - The page marks the output fields 必填; this spec leaves them optional, because error answers
         *       carry only `retCode` and `retInfo`.
         *     - The page's header sample (`language: en`, `timezone: +8`, `Content-Encoding: utf-8`,
         *       `Content-Length: 385`, `Host: 10.2.0.16:6353`, the seed's `sign` `da55be21…95bb`) is the login
         *       seed's; this spec follows the root (its departures 3 and 9). The sample's `privacyVersion:
         *       V1.0.0` header (perhaps related to `00001`) is documented nowhere and not modelled.
         */
        post: operations["shareToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/uaccount/v2/auth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refresh an access token with a refresh token
         * @description Renews a session of the implicit account authorisation (账号隐式授权) when its access token has
         *     expired: the client sends the `refreshToken` it holds (from `shareToken` or an earlier refresh)
         *     with `grantType` `refresh_token` and gets a new `accessToken` **and** a new `refreshToken`. A
         *     refresh token works once (it is invalid after the refresh) and does not expire until used; the
         *     new access token lives 10 days by default (page, 服务说明; the page's example answers `expire`
         *     `"2160000"`, 25 days). No user token is needed; the call is signed by the app that holds the
         *     refresh token. The page does not say whether the previous access token stays valid until it
         *     expires. `thirdpartUserLogin` answers no refresh token, so its sessions are renewed by logging in
         *     again, not here.
         *
         *     Codes: `D00025` (refreshToken不存在或已过期) the refresh token is unknown, used or expired;
         *     `D00005` (Token不是由此应用创建) the refresh token was created for another client ("not by the
         *     same device"); `00001` (登录成功但未接受最新版本隐私协议) logged in but the latest privacy policy
         *     is not accepted (old accounts, overseas only).
         *
         *     Source: `zh-cn/Account/act-auth.md` (账号隐式授权 › 接口列表 › 3. AccessToken刷新).
         *
         *     **Departures from the page**
         *
         *     - The page marks the output fields 必填; this spec leaves them optional, because error answers
         *       carry only `retCode` and `retInfo`.
         *     - The page's header sample (`language: en`, `timezone: +8`, `Content-Encoding: utf-8`,
         *       `Content-Length: 385`, `Host: 10.2.0.16:6353`, the seed's `sign` `da55be21…95bb`) is the login
         *       seed's; this spec follows the root (its departures 3 and 9). The sample's `privacyVersion:
         *       V1.0.0` header is documented nowhere and not modelled.
         */
        post: operations["authToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/uaccount/v3/auth/deviceAuthToken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange a device-authorisation code for the user's tokens
         * @description Device authorisation (设备授权): a voice Wi-Fi module device such as a remote control lets the
         *     user talk to it to control their other devices. When the user binds such a device, the user is
         *     taken to authorise the application (a 海极网 cloud application, e.g. the AI cloud server behind
         *     the voice device) that the device's maker opened to that device type (typeId + systemId). Haier's
         *     user system then sends an authorisation code to the application's **callback** (a GET to a URL
         *     the application registered, with `code`, `systemId`, `deviceId`, `typeId`; described on the page
         *     but not modelled here: its address is the application's choice and its sign rule is not
         *     defined). With this call the application exchanges the code for a session of the user:
         *     `accessToken`, `refreshToken`, `scope` (default `auth_default`) and `expire` (lifetime in
         *     seconds). It renews the session with `authTokenV3`.
         *     When the user unbinds the device the authorisation ends; a user who refused the authorisation
         *     makes this exchange fail (the page names no code).
         *
         *     **Authentication differs from other UWS calls and is not fully documented.** The call is made by
         *     the cloud application, with the credentials of a cloud application (`systemId` and `systemKey`,
         *     page *创建云应用*), not of a mobile app: the page says the request headers carry the AI cloud
         *     server's `systemId`, `clientId` = the **device's deviceId**, and the signature; its sample sends
         *     `systemId: SV-…` where other calls send `appId`, and no `language`/`timezone`. Haier does not say
         *     how this signature is computed (presumably the UWS recipe with systemId and systemKey in place of
         *     appId and appKey). No user token is sent.
         *
         *     Source: `zh-cn/Account/act-auth.md` (设备授权 › 授权服务接口 › 1. 获取授权token).
         *
         *     **Departures from the page**
         *
         *     - The page's sample sends the header `systemId` instead of `appId` and no `language` or
         *       `timezone`; this spec keeps the eight UWS schemes (`appId` etc.), because it models no other
         *       signing and Haier documents none. A client should use the cloud application's systemId and
         *       systemKey as appId and appKey (and send `clientId` = the device's deviceId); whether Haier
         *       wants the id in a `systemId` header, and how it checks the sign, is unverified.
         *     - The page lists no error codes; this spec lists `B00001` (code missing) and `B00004` (a
         *       parameter breaks its rule), the codes the page gives for the same body on `shareToken`, so that
         *       a refused code has a documented answer.
         *     - The page marks the output fields 必填; this spec leaves them optional, because error answers
         *       carry only `retCode` and `retInfo`.
         *     - The page's sample (`Content-Encoding: utf-8`, `Content-Length: 385`, `Host: 10.2.0.16:6353`,
         *       `clientId: 123` although the prose asks for the deviceId, the seed's `sign`) is the login
         *       seed's; this spec follows the root (its departure 9).
         */
        post: operations["deviceAuthToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/uaccount/v3/auth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refresh a device-authorisation session with its refresh token
         * @description Renews a device-authorisation session (设备授权) when its access token has expired: the cloud
         *     application sends the `refreshToken` it got from `deviceAuthToken` (or an earlier refresh) with
         *     `grantType` `refresh_token`, and gets a new `accessToken`, a new `refreshToken`, `scope` and
         *     `expire` (lifetime in seconds). The v3 counterpart of `authToken`; the page says nothing more
         *     about the refresh token's life here (on `authToken`: single use, valid until used). No user token
         *     is sent.
         *
         *     **Authentication differs from other UWS calls and is not fully documented**: the page's sample is
         *     sent with the cloud application's `systemId: SV-…` header where other calls send `appId` (see
         *     `deviceAuthToken`); Haier does not say how this signature is computed.
         *
         *     Source: `zh-cn/Account/act-auth.md` (设备授权 › 授权服务接口 › 2. 会话刷新).
         *
         *     **Departures from the page**
         *
         *     - The page's sample sends the header `systemId` instead of `appId`; this spec keeps the eight
         *       UWS schemes, because it models no other signing and Haier documents none. A client should use
         *       the cloud application's systemId and systemKey as appId and appKey; whether Haier wants a
         *       `systemId` header, and how it checks the sign, is unverified.
         *     - The page lists no error codes; this spec lists `D00025` (refreshToken不存在或已过期) and `D00005`
         *       (the refresh token was created for another client), the codes of the same refresh on
         *       `authToken` (v2), so that a refused refresh has a documented answer.
         *     - The page's answer writes `"refreshToken":TGTV5FR3XH20S0B2E7G56V1CMQ4T67` without quotes,
         *       which is not JSON; the `reference` example quotes the value (a string, as the page's table
         *       types it).
         *     - The page marks the output fields 必填; this spec leaves them optional, because error answers
         *       carry only `retCode` and `retInfo`.
         *     - The page's header sample (`language: en`, `timezone: +8`, `Content-Encoding: utf-8`,
         *       `Content-Length: 385`, `Host: 10.2.0.16:6353`, the seed's `sign` `da55be21…95bb`) is the login
         *       seed's; this spec follows the root (its departures 3 and 9). The sample's `privacyVersion:
         *       V1.0.0` header is documented nowhere and not modelled.
         */
        post: operations["authTokenV3"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rcs/location/area": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get an area by its code
         * @description Answers the area (country, province, city, district) with the code `areaId`, in the v1 structure
         *     of the area catalogue. Only valid areas are answered, so `status` is always `1`. A customer cloud
         *     uses it to name an area code it holds, e.g. one answered by `getPlace` or chosen for the weather.
         *
         *     Source: `zh-cn/Data/weather-location.md` (根据areaId查询区域信息).
         *
         *     **Departures from the page**
         *
         *     * The page writes the address `/area?areaId=110100` (relative to
         *       `https://uws.haier.net/rcs/location/`); this spec has the path `/rcs/location/area` with
         *       `areaId` as a query parameter, because a query string is not part of an OpenAPI path.
         *     * The page's input table has no "required" column; this spec makes `areaId` required, because it
         *       is the call's only input.
         *     * The page's request sample is an empty `POST data:`; this spec has no request body, because the
         *       only input is in the query.
         *     * The page's answer shows `area` and `language` alone; this spec puts them in `payload` next to
         *       `retCode`/`retInfo`, because the location and weather service's other answers
         *       (`getAreaJson`, the weather calls) have this envelope and `payload` (not confirmed for this call).
         *       The `reference` example is the page's answer so wrapped, with `areaId` written as the string
         *       `"101010100"` (typed String by the page; the answer has a number) and the key `"district "`
         *       written `district`.
         *     * The page types `language` as `Stringzh_cn`; this spec types it String (the value is `zh_cn`).
         *     * The page shows no request headers; this spec requires the eight signed common headers, because
         *       the service is on `uws.haier.net`, where `Parameters.md` applies to every request.
         *     * The page names no error codes; this spec lists `B00001` (missing required parameter) of Haier's
         *       common table (`ErrorCodes.md`), which applies to every UWS request.
         */
        post: operations["getArea"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rcs/location/area-json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get the URLs of the area catalogue files
         * @description Answers where to download Haier's area catalogue (the list of countries, provinces, cities,
         *     districts and towns with their codes) as JSON files, each with its MD5 and version. A customer
         *     cloud downloads the files once (and again when the version or MD5 changes) to offer area pickers
         *     or to find the `areaId` of a place for the weather calls.
         *
         *     `schemaVersion` chooses the structure: absent (or `v1`), one file of flat v1 areas (`areaId`,
         *     `country`, `province`, `city`, `district`, `status`); `v2`, one file per level (`level` 2
         *     provinces, 3 cities, 4 districts, 5 towns) of nested v2 areas (`areaId`, `areaName`, `level`,
         *     `status`, `latitude`, `longitude`, `pinyinName`, children in `areas`). The `language` header
         *     chooses the language, `zh-cn` or `en-us`; v2 exists in `zh-cn` only. The files are UTF-8 JSON.
         *     The page's answers give `retInfo` `正确` (not `成功`) on success.
         *
         *     Source: `zh-cn/Data/weather-location.md` (查询区域列表).
         *
         *     **Departures from the page**
         *
         *     * The page writes the address `/area-json?schemaVersion=v2` (relative to
         *       `https://uws.haier.net/rcs/location/`); this spec has the path `/rcs/location/area-json` with
         *       `schemaVersion` as a query parameter, because a query string is not part of an OpenAPI path.
         *     * The page lists `language` (header, required, `zh-cn`/`en-us`) as an input; this spec has no
         *       parameter for it, because it is the common `language` header (security scheme `HaierLanguage`).
         *     * The page's request samples are bare URLs; this spec has no request body.
         *     * The page's output table names the list `areaUrls`; its answers put the list itself in
         *       `payload`; this spec follows the answers.
         *     * The page types `level` Integer; its v2 answer writes it as strings (`"5"`); this spec keeps
         *       Integer and writes `5` in the `reference` example.
         *     * The page says `md5` has 32 characters; its examples are placeholders of other lengths (one with
         *       a space); this spec does not constrain the length.
         *     * The page shows no other request header; this spec requires the eight signed common headers,
         *       because the service is on `uws.haier.net`, where `Parameters.md` applies to every request.
         *     * The page names no error codes; this spec lists `B00001` (missing required parameter) of Haier's
         *       common table (`ErrorCodes.md`), which applies to every UWS request.
         */
        post: operations["getAreaJson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rcs/location/find/child-areas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List the areas below an area
         * @description Answers the valid areas one level below a given area (e.g. the districts of a city), in the v2
         *     structure of the area catalogue (`areaId`, `areaName`, `level`, `status`, `latitude`,
         *     `longitude`, `pinyinName`). A customer cloud uses it for step-by-step area pickers.
         *
         *     Give the area **either** by code or by names (with both, the code wins):
         *
         *     * by code: only `areaId`, a v2 code (e.g. `110105`). `areaLevel` (query) may give the code's own
         *       level: when the level below holds codes of two levels, both are answered without it, and only
         *       the next level with it.
         *     * by names: no `areaId`; the area's name **and** the names of all areas above it (e.g. `district`
         *       `西城区` needs `city` `北京市` and `province` `北京市`); `country` defaults to `中国`. `areaLevel`
         *       has no effect.
         *
         *     Source: `zh-cn/Data/weather-location.md` (根据区域id或区域名称查询下级区域列表).
         *
         *     **Departures from the page**
         *
         *     * The page's answer shows `newAreas`, `language` and `version` alone; this spec puts them in
         *       `payload` next to `retCode`/`retInfo`, because the location and weather service's other answers
         *       (`getAreaJson`, the weather calls) have this envelope and `payload` (not confirmed for this call).
         *       The `reference` example is the page's answer so wrapped, with the key `" longitude"` written
         *       `longitude`.
         *     * The page types NewArea's `status` String (`1` valid, `0` invalid); both of the page's NewArea
         *       examples (this answer and the v2 catalogue file) write a number; this spec types it integer.
         *     * The page shows no request headers; this spec requires the eight signed common headers, because
         *       the service is on `uws.haier.net`, where `Parameters.md` applies to every request.
         *     * The page names no error codes; this spec lists `B00001` (missing required parameter) of Haier's
         *       common table (`ErrorCodes.md`), which applies to every UWS request.
         */
        post: operations["findChildAreas"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rcs/location/place": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Find the address at a latitude and longitude
         * @description Reverse geocoding: answers the detailed address (area code, country, province, city, district,
         *     street, door number) at a position given as `latitude` and `longitude`. A customer cloud uses it
         *     e.g. to name where a device stands, or to find the `areaId` to ask the weather for. Addresses are
         *     in Chinese only (`language` `zh-cn`).
         *
         *     Source: `zh-cn/Data/weather-location.md` (根据位置信息（经纬度）定位区域的详细地址).
         *
         *     **Departures from the page**
         *
         *     * The page writes the address `/place?latitude=39.92999&longitude=123.78906` (relative to
         *       `https://uws.haier.net/rcs/location/`); this spec has the path `/rcs/location/place` with
         *       `latitude` and `longitude` as query parameters, because a query string is not part of an OpenAPI
         *       path.
         *     * The page's request sample is an empty `POST data:`; this spec has no request body, because
         *       every input is in the query.
         *     * The page's answer shows `place` and `language` alone; this spec puts them in `payload` next to
         *       `retCode`/`retInfo`, because the location and weather service's other answers
         *       (`getAreaJson`, the weather calls) have this envelope and `payload` (not confirmed for this call).
         *       The `reference` example is the page's answer so wrapped, with the key `" language "` written
         *       `language`.
         *     * The page's Place table lists `street` twice, the second time as "the area's address" with a full
         *       address as example; this spec has one `street` (the page names no other field).
         *     * The page shows no request headers; this spec requires the eight signed common headers, because
         *       the service is on `uws.haier.net`, where `Parameters.md` applies to every request.
         *     * The page names no error codes; this spec lists `B00001` (missing required parameter) of Haier's
         *       common table (`ErrorCodes.md`), which applies to every UWS request.
         */
        post: operations["getPlace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rcs/weather/current-forecast": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get the current weather and forecasts for a place
         * @description Answers the weather of one place: current conditions, air quality, weather alerts, hourly (24 h),
         *     daily (yesterday, today and 14 days) and air-quality (7 days) forecasts and daily indices (e.g.
         *     air-conditioner use). A customer cloud calls it to show the weather next to an appliance or to
         *     drive automations (e.g. an air purifier when the AQI rises). Choose the place with **one** of three
         *     ways: `areaId` (recommended in China, e.g. `110105`), names (`province` + `city` [+ `district`];
         *     short names such as `北京`/`西城` are accepted), or `latitude` + `longitude` (the only way outside
         *     China). Choose what to answer with `types` (all when absent): `current` current conditions, `aqi`
         *     air quality, `alert` alerts, `hourForecast` 24 hours, `indexForecast` indices, `dayForecast` 15
         *     days (yesterday + today + 14), `aqiForecast` 7 days of AQI.
         *
         *     The address has two versions that answer the same `payload`:
         *
         *     * **V2** (recommended): header `apiVersion: v2` and every input in the JSON body: the place,
         *       `types` (array), `yesterday` (boolean: also answer yesterday's day forecast) and `days`
         *       (integer: how many days of forecast, at most 15), e.g. `{"areaId": "370200", "types":
         *       ["current"]}`.
         *     * **V1** (kept for earlier callers): no `apiVersion`; the body is the place only, and `types`
         *       (repeated: `?types=current&types=aqi`), `yesterday` (default `true`) and `days` (a string, all
         *       15 days by default) are query parameters.
         *
         *     The answer's `payload` holds only the parts asked for. `airCondition` may be `null` (some areas
         *     have no air quality), and `alerts` `null` (no alert in force).
         *
         *     Source: `zh-cn/Data/weather-location.md` (获取当前及未来天气信息 and 获取当前及未来天气信息（V2）).
         *
         *     **Departures from the page**
         *
         *     * The page writes the V1 address `/current-forecast?types=current&types=aqi&…` (relative to
         *       `https://uws.haier.net/rcs/weather/`); this spec has the path `/rcs/weather/current-forecast`
         *       with `types` as a repeatable query parameter (`style: form`, `explode: true`), because a query
         *       string is not part of an OpenAPI path.
         *     * The page documents V1 and V2 as two sections of the same address; this spec merges them into one
         *       operation, because an OpenAPI path has one POST. `apiVersion` (required `v2` in the V2 section)
         *       is therefore optional: without it the call is V1.
         *     * The page's V1 input table lists a body parameter `locationDto`; its examples send the
         *       LocationDto's fields as the body itself; this spec follows the examples (the body is the place,
         *       plus the V2 fields).
         *     * The page's V1 output table lists the fields at the top level; all of the page's answers put them
         *       in `payload`; this spec follows the answers.
         *     * The page's V1 output table names `alert` and types `hourForecast` as a map of HourWeather, and
         *       the V2 table names `Language`; the answers (and the V2 table) have `alerts`, hours as
         *       WeatherCondition, and `language`; this spec follows the answers.
         *     * The page's WeatherCondition table writes `IconNight` and has no `conditionId`, `icon` or `qpf`;
         *       the answers have `iconNight`, `conditionId`, `icon` and `qpf`; this spec follows the answers.
         *     * The page's V1 answer is not valid JSON: its `aqiForecast` has the stray text `获取历史天气信息`
         *       after `{`; this spec's `reference` example leaves it out.
         *     * The page shows no request headers (only `apiVersion`); this spec requires the eight signed
         *       common headers, because the service is on `uws.haier.net`, where `Parameters.md` applies to
         *       every request.
         *     * The page names no error codes; this spec lists `B00001` (missing required parameter) of Haier's
         *       common table (`ErrorCodes.md`), which applies to every UWS request.
         */
        post: operations["getCurrentForecast"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rcs/weather/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get the past days' weather for a place
         * @description Answers the weather of the last days (China only) for one place: for each date the day and night
         *     weather and, hour by hour, the weather and the air quality. A customer cloud uses it e.g. to
         *     compare an appliance's energy use with the weather. Choose the place in the body with **one** of
         *     three ways: `areaId`, names (`province` + `city` [+ `district`]) or `latitude` + `longitude`; the
         *     service finds the area and answers it in `area`.
         *
         *     `beginDate` and `endDate` (`yyyy-MM-dd`) must lie within the **last 3 days**. For one day, give the
         *     same date twice. Without `beginDate` the range starts 3 days ago; without `endDate` it ends
         *     yesterday; without both the answer covers the last 3 days.
         *
         *     Source: `zh-cn/Data/weather-location.md` (获取历史天气信息).
         *
         *     **Departures from the page**
         *
         *     * The page writes the address `/history?beginDate=2020-02-18&endDate=2020-02-19` (relative to
         *       `https://uws.haier.net/rcs/weather/`); this spec has the path `/rcs/weather/history` with
         *       `beginDate` and `endDate` as query parameters, because a query string is not part of an OpenAPI
         *       path.
         *     * The page's input table lists a body parameter `location`; its example sends the LocationDto's
         *       fields as the body itself; this spec follows the example.
         *     * The page's output table lists `area` and `historyMap` at the top level; its answer puts them in
         *       `payload`; this spec follows the answer.
         *     * The page shows no request headers; this spec requires the eight signed common headers, because
         *       the service is on `uws.haier.net`, where `Parameters.md` applies to every request.
         *     * The page names no error codes; this spec lists `B00001` (missing required parameter) of Haier's
         *       common table (`ErrorCodes.md`), which applies to every UWS request.
         */
        post: operations["getWeatherHistory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rsservice/v1/applySecretKey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a secret key to download a stored file
         * @description Creates a new secret key for a file stored by Haier's resource service
         *     (`https://resource.haier.net`): a file cannot be downloaded without one. A business system
         *     ("2B", `systemId`/`systemKey`) calls it after `upload`, with one of the URLs the upload answered
         *     (`fileUrl`) and how many **minutes** the key shall stay valid (`expiryTime`, at most 1440 = 24
         *     hours), and passes the URL and the key (`secretKey`, 8 characters) on to the downloader. The
         *     answer repeats the file's URLs, size and hash. A file has at most 10 keys at a time (`B00005`).
         *
         *     Codes, from the resource service's own table (it reuses UWS code numbers with other meanings):
         *     `B00002` file does not exist, `B00004` a parameter breaks its rule, `B00005` more than 10 keys,
         *     `B00007` wrong file URL, `B00011` validity not allowed, `B00013` system error.
         *
         *     Source: `zh-cn/Data/resource.md` (文件上传（2B） — 申请密钥接口).
         *
         *     **Departures from the page**
         *
         *     * The page's host is `https://resource.haier.net`; this spec sets it as the operation's server,
         *       because the service is not on the UWS hosts.
         *     * The page's 2B headers are `systemId`, `sign`, `timestamp` and `Content-Type`; this spec keeps the
         *       eight UWS security schemes (iotdock's client sends all eight, `appId` included) and adds
         *       `systemId` as a header parameter, because iotdock's signer signs with the appId and appKey
         *       credentials: for this call they must be the systemId and the systemKey.
         *     * The page's sample also sends the signing secret as a `systemKey` header; this spec does not,
         *       because the 2B header table does not list it and a signing key is never sent in clear
         *       (`Signature.md`).
         *     * The page's sample sends `timestamp: 1626159991` (seconds); this spec sends milliseconds, because
         *       the page's header table says "Unix timestamp in milliseconds".
         *     * The page's output table lists the file's fields next to `retCode`/`retInfo` and has no
         *       `expiryTime`; this spec puts them in `payload` and adds `expiryTime` (Unix ms), because the
         *       page's answer does.
         *     * The section names no codes; this spec lists those of the service's code table that concern a
         *       key request.
         */
        post: operations["applySecretKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rsservice/v1/union/upload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a file to the resource service for a device or user (2C) and get its key
         * @description Uploads one file (at most 10 MB) to Haier's resource service, `https://resource.haier.net`, on
         *     behalf of a device or a user ("2C", signed with the app's appId and appKey). The answer gives the
         *     file's download URLs, its size and MD5 hash, and also a **secret key** (`secretKey`, 8
         *     characters) and the time the file and the key expire (`expiryTime`, Unix ms): pass the URL and
         *     the key on to whoever should download the file (departure 24 of the API). When the file expires the service deletes it.
         *
         *     The request is `multipart/form-data` with two parts: `file`, the file with its file name, and
         *     `fileInfo`, a JSON text with `fileHash` (the file's MD5, 32 lower-case hex characters; required),
         *     `fileCreator` (optional, at most 32 characters, no special characters), `uploadClientId` (the
         *     device id or user id the file belongs to; required; it becomes part of the URL) and `expiryTime`
         *     (integer, required: how many **hours** the file and its key stay valid, at most 168 = 7 days).
         *     The answer's `expiryTime` is the upload time plus these hours (the page's example: 77 hours).
         *
         *     Signing as on UWS (`sign` = SHA-256 of path + body + appId + appKey + timestamp), but the page's
         *     upload code signs with the **empty string as body**: the multipart body is not signed.
         *
         *     Codes, from the resource service's own table (it reuses UWS code numbers with other meanings):
         *     `B00003` the file does not match `fileHash`, `B00004` a parameter breaks its rule, `B00008` file
         *     name longer than 512 characters, `B00009` `fileCreator` longer than 32 characters, `B00011`
         *     validity not allowed (`expiryTime`), `B00012` file too large, `B00013` system error.
         *
         *     Source: `zh-cn/Data/resource.md` (文件上传（2C） — 文件上传接口).
         *
         *     **Departures from the page**
         *
         *     * The page's host is `https://resource.haier.net` (written `https:// resource.haier.net`, with a
         *       space); this spec sets it as the operation's server, because the service is not on the UWS hosts.
         *     * The page's 2C headers are `appId`, `sign`, `timestamp` and `Content-Type`; this spec keeps all
         *       eight UWS security schemes, because iotdock's client fills and signs them together (the extra
         *       headers carry no meaning here).
         *     * The page's common table gives `Content-Type: application/json;charset=UTF-8`; this spec sends
         *       `multipart/form-data`, because the page's sample and upload code do.
         *     * The page's sample sends `timestamp: 1626160888` (seconds); this spec sends milliseconds, because
         *       the page's header table says "Unix timestamp in milliseconds".
         *     * The page's output table lists the file's fields next to `retCode`/`retInfo`; this spec puts them
         *       in `payload`, because the page's answer does.
         *     * The section refers to the service's whole code table; this spec lists the codes that concern an
         *       upload.
         */
        post: operations["uploadUnion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rsservice/v1/upload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a file to the resource service (business system, 2B)
         * @description Uploads one file (at most 10 MB) to Haier's resource service, `https://resource.haier.net`, as a
         *     business system ("2B", identified by a `systemId` and signing with its `systemKey`). The answer
         *     gives the file's download URLs (`httpUrl`, `httpsUrl`), its size and the MD5 hash the service
         *     computed. Nobody can download the file without a secret key: call `applySecretKey` with one of the
         *     URLs, then download it with the key (an HTTP GET of that URL; not an operation of this spec, departure 24 of the API). (Apps and devices, "2C", upload with `uploadUnion`, whose
         *     answer carries a key already.)
         *
         *     The request is `multipart/form-data` with two parts: `file`, the file with its file name, and
         *     `fileInfo`, a JSON text with the file's MD5 hash `fileHash` (32 lower-case hex characters, see
         *     the page's hash code; required) and optionally its creator `fileCreator` (at most 32 characters,
         *     no special characters). The page's sample also sends `uploadClientId` and `expiryTime` (hours),
         *     the fields of the 2C upload, and the service evidently uses them: the answer's URL carries
         *     `test1234`, the sample's `uploadClientId`, and `applySecretKey`'s answer for that file gives an
         *     expiry 77 hours after the upload, the sample's `expiryTime`.
         *
         *     Signing as on UWS (`sign` = SHA-256 of path + body + systemId + systemKey + timestamp), but the
         *     page's upload code signs with the **empty string as body**: the multipart body is not signed.
         *
         *     Codes, from the resource service's own table (it reuses UWS code numbers with other meanings):
         *     `B00003` the file does not match `fileHash`, `B00004` a parameter breaks its rule, `B00008` file
         *     name longer than 512 characters, `B00009` `fileCreator` longer than 32 characters, `B00012` file
         *     too large, `B00013` system error.
         *
         *     Source: `zh-cn/Data/resource.md` (文件上传（2B） — 文件上传接口).
         *
         *     **Departures from the page**
         *
         *     * The page's host is `https://resource.haier.net`; this spec sets it as the operation's server,
         *       because the service is not on the UWS hosts.
         *     * The page's 2B headers are `systemId`, `sign`, `timestamp` and `Content-Type`; this spec keeps the
         *       eight UWS security schemes (iotdock's client sends all eight, `appId` included) and adds
         *       `systemId` as a header parameter, because iotdock's signer signs with the appId and appKey
         *       credentials: for this call they must be the systemId and the systemKey.
         *     * The page's common table gives `Content-Type: application/json;charset=UTF-8`; this spec sends
         *       `multipart/form-data`, because the page's sample and upload code do.
         *     * The page's sample sends `timestamp: 1626158509` (seconds); this spec sends milliseconds, because
         *       the page's header table says "Unix timestamp in milliseconds".
         *     * The page's output table lists the file's fields next to `retCode`/`retInfo`; this spec puts them
         *       in `payload`, because the page's answer does.
         *     * The section refers to the service's whole code table; this spec lists the codes that concern an
         *       upload (a key, a download range or a download cannot fail here).
         */
        post: operations["upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dcs/device-service-2b/find/device/binding/netinfo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a model's network-configuration guide (server side, 2B)
         * @description Looks up a product model by its product code and answers, in `payload`, the model's name, typeId,
         *     pictures and the network-configuration guide an app shows while it binds such a device: the
         *     configuration mode, up to five steps of text with pictures, the texts and pictures for success
         *     and failure, the app-type hotspot name and the self-discovery code. The server-side (2B)
         *     counterpart of `getNetInfo2C` (`/dcs/netdeviceinfo/find/deviceInfomation`), which also accepts a
         *     self-discovery code or a MAC address.
         *
         *     The call is served by Haier's internal host `internal.uws.haier.net` (operation-level server),
         *     not by the public UWS hosts; it may not resolve publicly.
         *
         *     Codes: the common codes `A00001`–`D00002` the page lists, and the service's own: `1100001`
         *     (internal error of the device centre's network-device service), `1100002` (a parameter is empty),
         *     `1100005` (nothing found for the code and no MAC given), `1100006` (product model empty),
         *     `1100007` (calling an external service failed), `1100008` (self-discovery hotspot information
         *     does not exist), `1100009` (self-discovery information and MAC both null), `00001` (querying the
         *     model in the master data failed), `00002` (no model information for the device).
         *
         *     Source: `zh-cn/Device/authorization.md` (服务器端配网信息查询（2B）).
         *
         *     **Departures from the page**
         *
         *     * The page gives the absolute URL `https://internal.uws.haier.net/…`; this spec has it as the
         *       operation's server, because it is not one of the API's hosts.
         *     * The page's header table asks for `systemId` (application or cloud-platform id) and has no
         *       `clientId` or `accessToken`, a `sequenceId` of 6–32 characters and `timezone` `8`; its request
         *       sample (the same as the 2C call's) sends `appId`, `clientId` and `accessToken`. This spec
         *       follows the sample and the UWS signing (the eight common headers, 20-digit sequenceId,
         *       `Asia/Shanghai`, and the user's token), because the page documents no other signing; whether
         *       the internal host wants `systemId` signed with a systemKey instead (as the label service's
         *       `tob` variant) is not documented.
         *     * The page's sample `sign` has 62 hex digits; SHA-256 gives 64 (`Signature.md`).
         *     * The page's sample sends `Content-Encoding: utf-8` and `Content-type: application/json`; this
         *       spec sends `application/json;charset=UTF-8` and no Content-Encoding (`Parameters.md`, root
         *       departure 9).
         *     * The page's answer writes the key `"customHotspotCode "` with a trailing space; the `reference`
         *       example has `customHotspotCode`, the name of the page's table.
         */
        post: operations["getNetInfo2B"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dcs/device-service-2c/add/non-network/device/location/info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Save a non-network device's location
         * @description Stores the location of a non-network device (非网器), identified by its machine code (机编):
         *     longitude, latitude and city code. `getNonNetworkDeviceLocation` reads it back. `payload` is `true`
         *     when the location was saved, `false` otherwise.
         *
         *     The page names no error codes (it refers to an appendix table that it does not contain).
         *
         *     Source: `zh-cn/Device/dev-unconnected.md` (位置信息设置).
         *
         *     **Departures from the page**
         *
         *     * The page's request sample sends the placeholder strings `"longitude"` and `"latitude"` for the
         *       two Double fields; this spec's example sends numbers (Qingdao: `120.38`, `36.07`), because a
         *       string is not a Double.
         *     * The page types `payload` Boolean but its answer writes the string `"true"`; this spec has a
         *       boolean and the `reference` example has `true`, because the table's type is the definition.
         *     * The page's header table lists only `apiVersion` and `accessToken`; this spec sends the eight
         *       common UWS headers (its sample sends them too, except `appVersion`), as every UWS call.
         *     * The page's request sample sends an `appKey` header, `Content-Encoding: utf-8`, `Content-type:
         *       application/json`, a `Content-Length` of 34 (not that of its body) and an internal `Host`;
         *       this spec sends no appKey (`Signature.md`: never sent), `application/json;charset=UTF-8` and
         *       no Content-Encoding (`Parameters.md`, root departure 9).
         */
        post: operations["setNonNetworkDeviceLocation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dcs/device-service-2c/add/user/non-network/device/binding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bind a non-network device to the user
         * @description Binds a device that has no network connection (非网器, e.g. a water purifier without Wi-Fi) to the
         *     logged-in user, identified by its machine code (机编, the code on the product's label) and its
         *     model's product code, optionally with a name. `payload` is `true` when the device was bound,
         *     `false` when binding failed. The user can then store the device's location
         *     (`setNonNetworkDeviceLocation`), read it (`getNonNetworkDeviceLocation`), look up its model's
         *     supplies (`getNonNetworkDeviceMaterial`), and unbind it (`unbindNonNetworkDevice`).
         *
         *     The page names no error codes (it refers to an appendix table that it does not contain).
         *
         *     Source: `zh-cn/Device/dev-unconnected.md` (绑定).
         *
         *     **Departures from the page**
         *
         *     * The page types `payload` Boolean but its answer writes the string `"true"`; this spec has a
         *       boolean and the `reference` example has `true`, because the table's type is the definition.
         *     * The page's header table lists only `apiVersion`, `accessToken`, `appId` and `appVersion`; this
         *       spec sends the eight common UWS headers (its sample sends them too), as every UWS call.
         *     * The page's request sample sends an `appKey` header, `Content-Encoding: utf-8`, `Content-type:
         *       application/json`, a `Content-Length` of 34 (not that of its body) and an internal `Host`;
         *       this spec sends no appKey (`Signature.md`: never sent), `application/json;charset=UTF-8` and
         *       no Content-Encoding (`Parameters.md`, root departure 9).
         */
        post: operations["bindNonNetworkDevice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dcs/device-service-2c/get/device/topological/relation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a device's parent and child devices
         * @description Answers the topology around a device the logged-in user has permission on: in `payload`, the
         *     key `father` lists its parent devices (e.g. the gateway a sub-device hangs on) and `child` its
         *     child devices (e.g. a gateway's sub-devices). Offline relatives are left out; a relative the user
         *     has no permission on is answered only as `{"desc": "未知设备"}` ("unknown device").
         *
         *     Codes (from the page's prose): `1200001` (the user does not match the device: no permission on
         *     it), `1200002` (the queried device is offline).
         *
         *     Source: `zh-cn/Device/dev-topology.md` (根据DeviceId查询拓扑关系).
         *
         *     **Departures from the page**
         *
         *     * The page types `payload` `Map<String,List<ServiceDeviceTopologicalResultDto>>` and gives the
         *       entries' fields only in its example; this spec has an object with the two keys the page names,
         *       `father` and `child`, whose entries have the example's fields (`HaierTopologyDevice`).
         *     * The page's header table lists only `accessToken` and `apiVersion`, and its sample sends no
         *       `appVersion`; this spec sends the eight common UWS headers, as every UWS call
         *       (`Parameters.md`).
         *     * The page's sample sends `Content-Encoding: utf-8` and `Content-type: application/json`; this
         *       spec sends `application/json;charset=UTF-8` and no Content-Encoding (`Parameters.md`, root
         *       departure 9).
         */
        post: operations["getTopologicalRelation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dcs/device-service-2c/get/non-network/device/location/info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a non-network device's location
         * @description Answers the location stored for a non-network device (非网器) by `setNonNetworkDeviceLocation`:
         *     longitude, latitude and city code, in `payload`.
         *
         *     The page names no error codes (it refers to an appendix table that it does not contain).
         *
         *     Source: `zh-cn/Device/dev-unconnected.md` (位置信息查询).
         *
         *     **Departures from the page**
         *
         *     * The page types `longitude` and `latitude` Double but its answer writes the placeholder strings
         *       `"longitude"` and `"latitude"` (and `"cityCode"`); this spec has numbers and the `reference`
         *       example has `0` for both coordinates (the page's example values are no coordinates), keeping
         *       `cityCode`.
         *     * The page's header table lists only `apiVersion` and `accessToken`; this spec sends the eight
         *       common UWS headers (its sample sends them too, except `appVersion`), as every UWS call.
         *     * The page's request sample sends an `appKey` header, `Content-Encoding: utf-8`, `Content-type:
         *       application/json`, a `Content-Length` of 34 (not that of its body) and an internal `Host`;
         *       this spec sends no appKey (`Signature.md`: never sent), `application/json;charset=UTF-8` and
         *       no Content-Encoding (`Parameters.md`, root departure 9).
         */
        post: operations["getNonNetworkDeviceLocation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dcs/device-service-2c/get/non-network/device/material/info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get the supplies of a non-network device model
         * @description Answers the consumables (耗材, e.g. filter cartridges) of a non-network device model (非网器),
         *     by its product code: for each, its name, code, up to 20 properties (name and value) and a URL
         *     where it can be bought.
         *
         *     The page names no error codes (it refers to an appendix table that it does not contain).
         *
         *     Source: `zh-cn/Device/dev-unconnected.md` (耗材信息系查询).
         *
         *     **Departures from the page**
         *
         *     * The page's header table lists only `apiVersion` and `accessToken`; this spec sends the eight
         *       common UWS headers (its sample sends them too, except `appVersion`), as every UWS call.
         *     * The page's request sample sends an `appKey` header, `Content-Encoding: utf-8`, `Content-type:
         *       application/json`, a `Content-Length` of 34 (not that of its body) and an internal `Host`;
         *       this spec sends no appKey (`Signature.md`: never sent), `application/json;charset=UTF-8` and
         *       no Content-Encoding (`Parameters.md`, root departure 9).
         */
        post: operations["getNonNetworkDeviceMaterial"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dcs/device-service-2c/user/non-network/device/unbinding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unbind a non-network device from the user
         * @description Unbinds a non-network device (非网器), identified by its machine code (机编), from the logged-in
         *     user; undoes `bindNonNetworkDevice`. `payload` is `true` when the device was unbound, `false` when
         *     unbinding failed.
         *
         *     The page names no error codes (it refers to an appendix table that it does not contain).
         *
         *     Source: `zh-cn/Device/dev-unconnected.md` (解绑).
         *
         *     **Departures from the page**
         *
         *     * The page types `payload` Boolean but its answer writes the string `"true"`; this spec has a
         *       boolean and the `reference` example has `true`, because the table's type is the definition.
         *     * The page's header table lists only `apiVersion` and `accessToken`; this spec sends the eight
         *       common UWS headers (its sample sends them too, except `appVersion`), as every UWS call.
         *     * The page's request sample sends an `appKey` header, `Content-Encoding: utf-8`, `Content-type:
         *       application/json`, a `Content-Length` of 34 (not that of its body) and an internal `Host`;
         *       this spec sends no appKey (`Signature.md`: never sent), `application/json;charset=UTF-8` and
         *       no Content-Encoding (`Parameters.md`, root departure 9).
         */
        post: operations["unbindNonNetworkDevice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rcs/label/{url_type}/add/label": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a device function label
         * @description Creates a function label: a user-visible name (`labelName`) for one value of one attribute of a
         *     device, e.g. fingerprint number `001` of a smart door lock named "爸爸的指纹" (dad's fingerprint),
         *     with its type (`labelType`) and action (`labelAction`). For a family, `userId` is the family
         *     member's user id; otherwise the U+ user's id; leave it out when no user is concerned. Answers the
         *     new label's `labelId`, which `getLabel`, `updateLabel`, `deleteLabel` and `deleteLabels` take;
         *     `findLabelsByProperties` and `deleteLabelsByDeviceId` work by device.
         *
         *     The label service (`/rcs/label/…` on `uws.haier.net`) has two variants, chosen by the path's
         *     `{url_type}`: `toc`, called for a user (UWS signing with appId + appKey, the user's `accessToken`),
         *     and `tob`, called by a cloud application (header `systemId`, an id starting `SV`, signed with
         *     `url + body + systemId + systemKey + timestamp`, no token, `apiVersion` `1.0`).
         *
         *     Codes (the page's list): `23100` (a required parameter is empty), `23110` (parameter type wrong),
         *     `23800` (database access failed), `23810` (remote call failed), `23400` (user does not exist),
         *     `23410` (deleting the label failed), `23420` (the label already exists), `23430` (deleting a linked
         *     label is not allowed).
         *
         *     Source: `zh-cn/Device/label.md` (创建标签).
         *
         *     **Departures from the page**
         *
         *     * The page's request sample sends `labelAction` `open_dor`; this spec's example sends
         *       `open_door`, the code of the page's labelAction table, because `open_dor` is a typo.
         *     * The page defines a second header set for `tob` (`systemId`, signed with systemId + systemKey,
         *       `apiVersion` `1.0`); this spec models only the `toc` headers (the UWS scheme, with the user's
         *       token), because the API's signing schemes are UWS's: a `tob` caller must replace `appId` by
         *       `systemId` and sign with its systemKey itself.
         *     * The page's `toc` header table has no `appVersion` (optional there), `sequenceId`, `language`
         *       or `timezone`; this spec sends the eight common UWS headers, as every UWS call
         *       (`Parameters.md`).
         *     * The page's samples write the header `apiversion` (lower case), and send `apiversion: v1` also
         *       for `tob`, whose table says `1.0`; this spec names it `apiVersion` (header names are
         *       case-insensitive).
         */
        post: operations["addLabel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rcs/label/{url_type}/delete/label": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete a device function label
         * @description Deletes one function label, by its id. Deleting a role label (`labelType` `role`) needs
         *     `isCascade`; deleting a label that others are linked to may be refused with `23430`.
         *
         *     The label service (`/rcs/label/…` on `uws.haier.net`) has two variants, chosen by the path's
         *     `{url_type}`: `toc`, called for a user (UWS signing with appId + appKey, the user's `accessToken`),
         *     and `tob`, called by a cloud application (header `systemId`, an id starting `SV`, signed with
         *     `url + body + systemId + systemKey + timestamp`, no token, `apiVersion` `1.0`).
         *
         *     Codes (the page's list): `23100` (a required parameter is empty), `23110` (parameter type wrong),
         *     `23800` (database access failed), `23810` (remote call failed), `23400` (user does not exist),
         *     `23410` (deleting the label failed), `23420` (the label already exists), `23430` (deleting a linked
         *     label is not allowed).
         *
         *     Source: `zh-cn/Device/label.md` (删除标签).
         *
         *     **Departures from the page**
         *
         *     * The page marks `isCascade` as required (必填) but explains "required when deleting a role", and
         *       its example sends only `labelId`; this spec makes it optional, because the example and the
         *       explanation agree.
         *     * The page defines a second header set for `tob` (`systemId`, signed with systemId + systemKey,
         *       `apiVersion` `1.0`); this spec models only the `toc` headers (the UWS scheme, with the user's
         *       token), because the API's signing schemes are UWS's: a `tob` caller must replace `appId` by
         *       `systemId` and sign with its systemKey itself.
         *     * The page's `toc` header table has no `appVersion` (optional there), `sequenceId`, `language`
         *       or `timezone`; this spec sends the eight common UWS headers, as every UWS call
         *       (`Parameters.md`).
         *     * The page's samples write the header `apiversion` (lower case), and send `apiversion: v1` also
         *       for `tob`, whose table says `1.0`; this spec names it `apiVersion` (header names are
         *       case-insensitive).
         */
        post: operations["deleteLabel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rcs/label/{url_type}/delete/labels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete several device function labels
         * @description Deletes up to 30 function labels at once, by their ids.
         *
         *     The label service (`/rcs/label/…` on `uws.haier.net`) has two variants, chosen by the path's
         *     `{url_type}`: `toc`, called for a user (UWS signing with appId + appKey, the user's `accessToken`),
         *     and `tob`, called by a cloud application (header `systemId`, an id starting `SV`, signed with
         *     `url + body + systemId + systemKey + timestamp`, no token, `apiVersion` `1.0`).
         *
         *     Codes (the page's list): `23100` (a required parameter is empty), `23110` (parameter type wrong),
         *     `23800` (database access failed), `23810` (remote call failed), `23400` (user does not exist),
         *     `23410` (deleting the label failed), `23420` (the label already exists), `23430` (deleting a linked
         *     label is not allowed).
         *
         *     Source: `zh-cn/Device/label.md` (批量删除标签).
         *
         *     **Departures from the page**
         *
         *     * The page's table names the list `labelIds`; its example sends it as `labelId`. This spec and
         *       its example use `labelIds`, the table's name.
         *     * The page defines a second header set for `tob` (`systemId`, signed with systemId + systemKey,
         *       `apiVersion` `1.0`); this spec models only the `toc` headers (the UWS scheme, with the user's
         *       token), because the API's signing schemes are UWS's: a `tob` caller must replace `appId` by
         *       `systemId` and sign with its systemKey itself.
         *     * The page's `toc` header table has no `appVersion` (optional there), `sequenceId`, `language`
         *       or `timezone`; this spec sends the eight common UWS headers, as every UWS call
         *       (`Parameters.md`).
         *     * The page's samples write the header `apiversion` (lower case), and send `apiversion: v1` also
         *       for `tob`, whose table says `1.0`; this spec names it `apiVersion` (header names are
         *       case-insensitive).
         */
        post: operations["deleteLabels"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rcs/label/{url_type}/delete/labels-by-deviceId": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete all function labels of a device
         * @description Deletes every function label of a device, e.g. when the device is unbound or reset.
         *
         *     The label service (`/rcs/label/…` on `uws.haier.net`) has two variants, chosen by the path's
         *     `{url_type}`: `toc`, called for a user (UWS signing with appId + appKey, the user's `accessToken`),
         *     and `tob`, called by a cloud application (header `systemId`, an id starting `SV`, signed with
         *     `url + body + systemId + systemKey + timestamp`, no token, `apiVersion` `1.0`).
         *
         *     Codes (the page's list): `23100` (a required parameter is empty), `23110` (parameter type wrong),
         *     `23800` (database access failed), `23810` (remote call failed), `23400` (user does not exist),
         *     `23410` (deleting the label failed), `23420` (the label already exists), `23430` (deleting a linked
         *     label is not allowed).
         *
         *     Source: `zh-cn/Device/label.md` (根据设备ID批量删除标签).
         *
         *     **Departures from the page**
         *
         *     * The page defines a second header set for `tob` (`systemId`, signed with systemId + systemKey,
         *       `apiVersion` `1.0`); this spec models only the `toc` headers (the UWS scheme, with the user's
         *       token), because the API's signing schemes are UWS's: a `tob` caller must replace `appId` by
         *       `systemId` and sign with its systemKey itself.
         *     * The page's `toc` header table has no `appVersion` (optional there), `sequenceId`, `language`
         *       or `timezone`; this spec sends the eight common UWS headers, as every UWS call
         *       (`Parameters.md`).
         *     * The page's samples write the header `apiversion` (lower case), and send `apiversion: v1` also
         *       for `tob`, whose table says `1.0`; this spec names it `apiVersion` (header names are
         *       case-insensitive).
         */
        post: operations["deleteLabelsByDeviceId"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rcs/label/{url_type}/find/labels-by-properties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List a device's function labels
         * @description Lists the function labels of a device, optionally narrowed to some label types, some device
         *     attributes and one user (the page's four examples: by device; device + label types; device +
         *     attributes; device + user). Answers the labels in `payload`.
         *
         *     The label service (`/rcs/label/…` on `uws.haier.net`) has two variants, chosen by the path's
         *     `{url_type}`: `toc`, called for a user (UWS signing with appId + appKey, the user's `accessToken`),
         *     and `tob`, called by a cloud application (header `systemId`, an id starting `SV`, signed with
         *     `url + body + systemId + systemKey + timestamp`, no token, `apiVersion` `1.0`).
         *
         *     Codes (the page's list): `23100` (a required parameter is empty), `23110` (parameter type wrong),
         *     `23800` (database access failed), `23810` (remote call failed), `23400` (user does not exist),
         *     `23410` (deleting the label failed), `23420` (the label already exists), `23430` (deleting a linked
         *     label is not allowed).
         *
         *     Source: `zh-cn/Device/label.md` (查询标签列表).
         *
         *     **Departures from the page**
         *
         *     * The page's input table has a required `labelId` and no `deviceId`; all four of its examples
         *       and its usage text query by `deviceId` and none sends `labelId`. This spec has `deviceId`
         *       (required) and no `labelId`, because a list query by label id makes no sense (`getLabel` does
         *       that).
         *     * The page's table names the filters `labelTypes` and `deviceAttributes`; its examples 2 and 3
         *       send them as `labelType` and `deviceAttribute` (arrays). This spec follows the table's names.
         *     * The page's output table has no `deviceId`; its examples 2–4 answer it with labels. This spec
         *       has it (`HaierLabel`).
         *     * The page's answers write the key `"deviceAttributeValue "` with a trailing space; the
         *       `reference` example (the page's example 1) has `deviceAttributeValue`, the name of the page's
         *       table.
         *     * Examples 2–4 of the page write the URL without `{url_type}`
         *       (`/rcs/label/find/labels-by-properties`); this spec has the path of the table and of example
         *       1.
         *     * The page defines a second header set for `tob` (`systemId`, signed with systemId + systemKey,
         *       `apiVersion` `1.0`); this spec models only the `toc` headers (the UWS scheme, with the user's
         *       token), because the API's signing schemes are UWS's: a `tob` caller must replace `appId` by
         *       `systemId` and sign with its systemKey itself.
         *     * The page's `toc` header table has no `appVersion` (optional there), `sequenceId`, `language`
         *       or `timezone`; this spec sends the eight common UWS headers, as every UWS call
         *       (`Parameters.md`).
         *     * The page's samples write the header `apiversion` (lower case), and send `apiversion: v1` also
         *       for `tob`, whose table says `1.0`; this spec names it `apiVersion` (header names are
         *       case-insensitive).
         */
        post: operations["findLabelsByProperties"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rcs/label/{url_type}/get/label": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a device function label
         * @description Answers one function label, by its id (from `addLabel` or `findLabelsByProperties`): device,
         *     attribute and value, type, name, action and user, in `payload`.
         *
         *     The label service (`/rcs/label/…` on `uws.haier.net`) has two variants, chosen by the path's
         *     `{url_type}`: `toc`, called for a user (UWS signing with appId + appKey, the user's `accessToken`),
         *     and `tob`, called by a cloud application (header `systemId`, an id starting `SV`, signed with
         *     `url + body + systemId + systemKey + timestamp`, no token, `apiVersion` `1.0`).
         *
         *     Codes (the page's list): `23100` (a required parameter is empty), `23110` (parameter type wrong),
         *     `23800` (database access failed), `23810` (remote call failed), `23400` (user does not exist),
         *     `23410` (deleting the label failed), `23420` (the label already exists), `23430` (deleting a linked
         *     label is not allowed).
         *
         *     Source: `zh-cn/Device/label.md` (根据标签ID查询标签信息).
         *
         *     **Departures from the page**
         *
         *     * The page's answer writes the key `"deviceAttributeValue "` with a trailing space; the
         *       `reference` example has `deviceAttributeValue`, the name of the page's table.
         *     * The page defines a second header set for `tob` (`systemId`, signed with systemId + systemKey,
         *       `apiVersion` `1.0`); this spec models only the `toc` headers (the UWS scheme, with the user's
         *       token), because the API's signing schemes are UWS's: a `tob` caller must replace `appId` by
         *       `systemId` and sign with its systemKey itself.
         *     * The page's `toc` header table has no `appVersion` (optional there), `sequenceId`, `language`
         *       or `timezone`; this spec sends the eight common UWS headers, as every UWS call
         *       (`Parameters.md`).
         *     * The page's samples write the header `apiversion` (lower case), and send `apiversion: v1` also
         *       for `tob`, whose table says `1.0`; this spec names it `apiVersion` (header names are
         *       case-insensitive).
         */
        post: operations["getLabel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rcs/label/{url_type}/update/label": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rename a device function label
         * @description Changes a function label's name; the name is the only thing that can be changed.
         *
         *     The label service (`/rcs/label/…` on `uws.haier.net`) has two variants, chosen by the path's
         *     `{url_type}`: `toc`, called for a user (UWS signing with appId + appKey, the user's `accessToken`),
         *     and `tob`, called by a cloud application (header `systemId`, an id starting `SV`, signed with
         *     `url + body + systemId + systemKey + timestamp`, no token, `apiVersion` `1.0`).
         *
         *     Codes (the page's list): `23100` (a required parameter is empty), `23110` (parameter type wrong),
         *     `23800` (database access failed), `23810` (remote call failed), `23400` (user does not exist),
         *     `23410` (deleting the label failed), `23420` (the label already exists), `23430` (deleting a linked
         *     label is not allowed).
         *
         *     Source: `zh-cn/Device/label.md` (修改标签).
         *
         *     **Departures from the page**
         *
         *     * The page defines a second header set for `tob` (`systemId`, signed with systemId + systemKey,
         *       `apiVersion` `1.0`); this spec models only the `toc` headers (the UWS scheme, with the user's
         *       token), because the API's signing schemes are UWS's: a `tob` caller must replace `appId` by
         *       `systemId` and sign with its systemKey itself.
         *     * The page's `toc` header table has no `appVersion` (optional there), `sequenceId`, `language`
         *       or `timezone`; this spec sends the eight common UWS headers, as every UWS call
         *       (`Parameters.md`).
         *     * The page's samples write the header `apiversion` (lower case), and send `apiversion: v1` also
         *       for `tob`, whose table says `1.0`; this spec names it `apiVersion` (header names are
         *       case-insensitive).
         */
        post: operations["updateLabel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scheduler/v1/device/add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a reservation for a device
         * @description Creates a reservation (预约定时): a task that sends commands (`argsInfo.cmdMsgList`: property
         *     settings or group commands, in `index` order) to one device, either on a schedule (`cron`, a
         *     Quartz-style expression split into fields) or once, `intervals` minutes from now (`0`–`1440`; `0`
         *     = at once), until `endTime` (default `2999-12-31 23:59:59`). `status` `0` creates it enabled, `2`
         *     paused. Answers the new task's `taskId` in `detailInfo`; the task then appears in
         *     `queryScheduleByTaskId`, `queryScheduleByDeviceId` and (for its creator) `queryScheduleByUserId`,
         *     runs can be listed with `queryScheduleExecLog`, and it can be changed (`modifySchedule`), run once
         *     at once (`previewSchedule`) or deleted (`deleteSchedule`). For several tasks at once use
         *     `addScheduleGroup`.
         *
         *     The page stresses that the `timezone` header (a time-zone id, e.g. `Asia/Shanghai`) is required
         *     here; presumably the cron expression and `endTime` are read in that zone.
         *
         *     The reservation service (`/scheduler/v1/device/…`) identifies a task by `taskId` (32 hex
         *     characters, answered by `addSchedule` / `addScheduleGroup`) and a sub-task by `taskId` + `taskSeq`
         *     (`1` for a single task; `1`, `2`, … within a batch).
         *
         *     Source: `zh-cn/Device/reservation.md` (预约定时新增).
         *
         *     **Departures from the page**
         *
         *     * The page's input table has one parameter `taskInfo` (TaskInfo, in the body); its example sends
         *       the TaskInfo's fields at the top level of the body. This spec follows the example: the body is
         *       the TaskInfo (`HaierScheduleTaskCreate`).
         *     * The page's request sample writes the cron key `"seconds "` with a trailing space, the values
         *       `" 5"` and `" * "` with spaces, `endTime` as `"2018 - 05 - 21 12: 00: 00"` and `taskSeq` as
         *       the string `"1"`; this spec's example has `seconds`, `"5"`, `"*"`, `"2018-05-21 12:00:00"`
         *       (the page's format `yyyy-MM-dd hh:mm:ss`) and the integer `1` (the table's int).
         *     * The page's answer writes `taskId` with typographic quotes (“ ”); the `reference` example is
         *       that answer in plain JSON.
         *     * The page lists no error codes for this call; this spec lists the reservation codes of Haier's
         *       common table (`ErrorCodes.md`) that fit it: `M00001` (cron expression conflict: a task with
         *       this expression exists), `M00003` (task operation failed), `M00004` (device operation
         *       conflict), because they are the reservation service's own codes.
         *     * The page's request sample sends an `appKey` header, a 13-digit `sequenceId`,
         *       `Content-Encoding: utf-8` and `Content-type: application/json`; this spec sends no appKey
         *       (`Signature.md`: never sent), a 20-digit sequenceId (`Parameters.md`),
         *       `application/json;charset=UTF-8` and no Content-Encoding (root departure 9).
         */
        post: operations["addSchedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scheduler/v1/device/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete a reservation
         * @description Deletes a reservation: sets the task `taskId` (or only its sub-task `taskSeq`) to the deleted
         *     state, so that it no longer runs and no longer appears in the queries. The page does not say what
         *     happens without `taskSeq`; presumably the whole task (every sub-task) is deleted.
         *
         *     The reservation service (`/scheduler/v1/device/…`) identifies a task by `taskId` (32 hex
         *     characters, answered by `addSchedule` / `addScheduleGroup`) and a sub-task by `taskId` + `taskSeq`
         *     (`1` for a single task; `1`, `2`, … within a batch).
         *
         *     Source: `zh-cn/Device/reservation.md` (预约定时删除).
         *
         *     **Departures from the page**
         *
         *     * The page's request sample writes the JSON with typographic quotes (“ ”) and a full-width comma
         *       (，); this spec's example is that body in plain JSON.
         *     * The page lists no error codes for this call; this spec lists the reservation codes of Haier's
         *       common table (`ErrorCodes.md`) that fit it: `M00002` (task record does not exist), `M00003`
         *       (task operation failed), because they are the reservation service's own codes.
         *     * The page's request sample sends an `appKey` header, a 13-digit `sequenceId`, `timezone: +8`,
         *       `Content-Encoding: utf-8` and `Content-type: application/json`; this spec sends no appKey
         *       (`Signature.md`: never sent), a 20-digit sequenceId (`Parameters.md`), a time-zone id
         *       (`Asia/Shanghai`; root departure 3), `application/json;charset=UTF-8` and no Content-Encoding
         *       (root departure 9).
         */
        post: operations["deleteSchedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scheduler/v1/device/group/add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a batch of reservations
         * @description Creates several reservations at once (预约定时批量新增): several tasks for one device, or one task
         *     for several devices, at most 50 per call. Each entry is a task as for `addSchedule`, with a
         *     `taskSeq` (1, 2, …) unique within the batch. The batch gets one `taskId` (answered in
         *     `detailInfo`); its entries are the sub-tasks `taskId` + `taskSeq`. A batch of more than 50 is added
         *     in several calls: the second and later calls give, in each entry, the `taskId` the first call
         *     answered.
         *
         *     The page stresses that the `timezone` header (a time-zone id, e.g. `Asia/Shanghai`) is required
         *     here; presumably the cron expression and `endTime` are read in that zone.
         *
         *     The reservation service (`/scheduler/v1/device/…`) identifies a task by `taskId` (32 hex
         *     characters, answered by `addSchedule` / `addScheduleGroup`) and a sub-task by `taskId` + `taskSeq`
         *     (`1` for a single task; `1`, `2`, … within a batch).
         *
         *     Source: `zh-cn/Device/reservation.md` (预约定时批量新增).
         *
         *     **Departures from the page**
         *
         *     * The page's request sample sends `taskSeq` as the strings `"1"` and `"2"`; this spec's example
         *       has the integers (the table's int).
         *     * The page's answer writes `taskId` with typographic quotes (“ ”); the `reference` example is
         *       that answer in plain JSON.
         *     * The page lists no error codes for this call; this spec lists the reservation codes of Haier's
         *       common table (`ErrorCodes.md`) that fit it: `M00001` (cron expression conflict: a task with
         *       this expression exists), `M00003` (task operation failed), `M00004` (device operation
         *       conflict), `M00005` (duplicate `taskSeq`), because they are the reservation service's own
         *       codes.
         *     * The page's request sample sends an `appKey` header, a 13-digit `sequenceId`,
         *       `Content-Encoding: utf-8` and `Content-type: application/json`; this spec sends no appKey
         *       (`Signature.md`: never sent), a 20-digit sequenceId (`Parameters.md`),
         *       `application/json;charset=UTF-8` and no Content-Encoding (root departure 9).
         */
        post: operations["addScheduleGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scheduler/v1/device/group/modify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change several reservations
         * @description Changes several reservations (sub-tasks `taskId` + `taskSeq`) at once, at most 50 per call; each
         *     entry as for `modifySchedule`.
         *
         *     The page stresses that the `timezone` header (a time-zone id, e.g. `Asia/Shanghai`) is required
         *     here; presumably the cron expression and `endTime` are read in that zone.
         *
         *     The reservation service (`/scheduler/v1/device/…`) identifies a task by `taskId` (32 hex
         *     characters, answered by `addSchedule` / `addScheduleGroup`) and a sub-task by `taskId` + `taskSeq`
         *     (`1` for a single task; `1`, `2`, … within a batch).
         *
         *     Source: `zh-cn/Device/reservation.md` (预约定时批量修改).
         *
         *     **Departures from the page**
         *
         *     * The page's TaskInfo table for this call has no `deviceId`, `schedulerType` or `typeId`; its
         *       example sends them with each task. This spec allows them (optional), as the example shows.
         *     * The page's request sample sends the second `taskSeq` as the string `"2"`; this spec's example
         *       has the integer (the table's int).
         *     * The page lists no error codes for this call; this spec lists the reservation codes of Haier's
         *       common table (`ErrorCodes.md`) that fit it: `M00001` (cron expression conflict: a task with
         *       this expression exists), `M00002` (task record does not exist), `M00003` (task operation
         *       failed), `M00004` (device operation conflict), `M00005` (duplicate `taskSeq`), because they
         *       are the reservation service's own codes.
         *     * The page's request sample sends an `appKey` header, a 13-digit `sequenceId`,
         *       `Content-Encoding: utf-8` and `Content-type: application/json`; this spec sends no appKey
         *       (`Signature.md`: never sent), a 20-digit sequenceId (`Parameters.md`),
         *       `application/json;charset=UTF-8` and no Content-Encoding (root departure 9).
         */
        post: operations["modifyScheduleGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scheduler/v1/device/modify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change a reservation
         * @description Changes one reservation (sub-task `taskId` + `taskSeq`; `taskSeq` `1` for a task created by
         *     `addSchedule`): its name, description, state (`status` `0` = enabled, `2` = paused, so this call
         *     also pauses and resumes a task), end time, schedule (`cron` or `intervals`), commands or cloud
         *     application. Fields left out are presumably kept (the page does not say). For several sub-tasks at
         *     once use `modifyScheduleGroup`.
         *
         *     The page stresses that the `timezone` header (a time-zone id, e.g. `Asia/Shanghai`) is required
         *     here; presumably the cron expression and `endTime` are read in that zone.
         *
         *     The reservation service (`/scheduler/v1/device/…`) identifies a task by `taskId` (32 hex
         *     characters, answered by `addSchedule` / `addScheduleGroup`) and a sub-task by `taskId` + `taskSeq`
         *     (`1` for a single task; `1`, `2`, … within a batch).
         *
         *     Source: `zh-cn/Device/reservation.md` (预约定时修改).
         *
         *     **Departures from the page**
         *
         *     * The page's input table has one parameter `taskInfo` (TaskInfo, in the body); its second table
         *       and its example have the TaskInfo's fields at the top level of the body. This spec follows
         *       them: the body is the TaskInfo (`HaierScheduleTaskUpdate`).
         *     * The page lists no error codes for this call; this spec lists the reservation codes of Haier's
         *       common table (`ErrorCodes.md`) that fit it: `M00001` (cron expression conflict: a task with
         *       this expression exists), `M00002` (task record does not exist), `M00003` (task operation
         *       failed), `M00004` (device operation conflict), because they are the reservation service's own
         *       codes.
         *     * The page's request sample sends an `appKey` header, a 13-digit `sequenceId`,
         *       `Content-Encoding: utf-8` and `Content-type: application/json`; this spec sends no appKey
         *       (`Signature.md`: never sent), a 20-digit sequenceId (`Parameters.md`),
         *       `application/json;charset=UTF-8` and no Content-Encoding (root departure 9).
         */
        post: operations["modifySchedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scheduler/v1/device/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a reservation once now
         * @description Previews a reservation (预约任务执行预览): sends the commands of sub-task `taskId` + `taskSeq` to the
         *     device once, at once, so the user can check their effect; the task's schedule is unchanged. The run
         *     presumably appears in `queryScheduleExecLog`.
         *
         *     The reservation service (`/scheduler/v1/device/…`) identifies a task by `taskId` (32 hex
         *     characters, answered by `addSchedule` / `addScheduleGroup`) and a sub-task by `taskId` + `taskSeq`
         *     (`1` for a single task; `1`, `2`, … within a batch).
         *
         *     Source: `zh-cn/Device/reservation.md` (预约任务执行预览).
         *
         *     **Departures from the page**
         *
         *     * The page's request sample writes the JSON with typographic quotes (“ ”) and without the comma
         *       between the two fields; this spec's example is that body in plain JSON.
         *     * The page lists no error codes for this call; this spec lists the reservation codes of Haier's
         *       common table (`ErrorCodes.md`) that fit it: `M00002` (task record does not exist), `M00003`
         *       (task operation failed), `M00004` (device operation conflict), because they are the
         *       reservation service's own codes.
         *     * The page's request sample sends an `appKey` header, a 13-digit `sequenceId`, `timezone: +8`,
         *       `Content-Encoding: utf-8` and `Content-type: application/json`; this spec sends no appKey
         *       (`Signature.md`: never sent), a 20-digit sequenceId (`Parameters.md`), a time-zone id
         *       (`Asia/Shanghai`; root departure 3), `application/json;charset=UTF-8` and no Content-Encoding
         *       (root departure 9).
         */
        post: operations["previewSchedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scheduler/v1/device/query/deviceid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List a device's reservations
         * @description Lists the reservations of a device (all users'), paged by `startNumber` and `length`.
         *
         *     The reservation service (`/scheduler/v1/device/…`) identifies a task by `taskId` (32 hex
         *     characters, answered by `addSchedule` / `addScheduleGroup`) and a sub-task by `taskId` + `taskSeq`
         *     (`1` for a single task; `1`, `2`, … within a batch).
         *
         *     Source: `zh-cn/Device/reservation.md` (根据deviceid查询预约).
         *
         *     **Departures from the page**
         *
         *     * The page's answer is not JSON: `detailInfo` is written as an object holding a bare array,
         *       whose entry repeats `retCode`/`retInfo` and nests the task in a second `detailInfo`; it has
         *       typographic quotes, full-width commas, a stray quote (`"modifyUserInfo": "[`), the keys
         *       `scheduleType` and `wifiType` where the TaskInfo table has `schedulerType` and `typeId`,
         *       `monty` for `month`, and an `argsInfo` list of `{optName, args}` where the table has an
         *       ArgsInfo object (`cmdMsgList`). The `reference` example is that answer made valid against the
         *       page's TaskInfo table: `detailInfo` a list of tasks with the table's key names, and as
         *       `argsInfo` the command of the page's `addSchedule` example.
         *     * The page's request sample writes the JSON with typographic quotes (“ ”); this spec's example
         *       is that body in plain JSON.
         *     * The page's request sample sends an `appKey` header, a 13-digit `sequenceId`,
         *       `Content-Encoding: utf-8` and `Content-type: application/json`; this spec sends no appKey
         *       (`Signature.md`: never sent), a 20-digit sequenceId (`Parameters.md`),
         *       `application/json;charset=UTF-8` and no Content-Encoding (root departure 9).
         */
        post: operations["queryScheduleByDeviceId"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scheduler/v1/device/query/execlog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a reservation's execution log
         * @description Answers how a reservation's commands were executed: for the sub-task `taskId` + `taskSeq`, the
         *     run's batch command serial number (`cmdSn`), whether the batch succeeded (`batchResult`) and, in
         *     `detailInfo`, one record per command and execution step (device, step, result, result code and
         *     text, time). The page does not say which run is answered when a task ran several times.
         *
         *     The reservation service (`/scheduler/v1/device/…`) identifies a task by `taskId` (32 hex
         *     characters, answered by `addSchedule` / `addScheduleGroup`) and a sub-task by `taskId` + `taskSeq`
         *     (`1` for a single task; `1`, `2`, … within a batch).
         *
         *     Source: `zh-cn/Device/reservation.md` (预约定时执行日志查询).
         *
         *     **Departures from the page**
         *
         *     * The page's input table puts `taskId` in the URL (optional); its example sends it in the body.
         *       This spec has both: the query parameter of the table and an optional body field for the
         *       example.
         *     * The page's request sample sends `taskSeq` as the string `"1"` with typographic quotes; this
         *       spec's example has the integer `1` (the table's int) in plain JSON.
         *     * The page's output table has only `detailInfo`; its answer also has `batchResult` and `cmdSn`.
         *       This spec has them.
         *     * The page lists no error codes for this call; this spec lists the reservation codes of Haier's
         *       common table (`ErrorCodes.md`) that fit it: `M00002` (task record does not exist), because
         *       they are the reservation service's own codes.
         *     * The page's request sample sends an `appKey` header, a 13-digit `sequenceId`, `timezone: +8`,
         *       `Content-Encoding: utf-8` and `Content-type: application/json`; this spec sends no appKey
         *       (`Signature.md`: never sent), a 20-digit sequenceId (`Parameters.md`), a time-zone id
         *       (`Asia/Shanghai`; root departure 3), `application/json;charset=UTF-8` and no Content-Encoding
         *       (root departure 9).
         */
        post: operations["queryScheduleExecLog"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scheduler/v1/device/query/taskid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a reservation by its id
         * @description Answers a reservation by its `taskId` (from `addSchedule` / `addScheduleGroup`): all its sub-tasks,
         *     or only sub-task `taskSeq`.
         *
         *     The reservation service (`/scheduler/v1/device/…`) identifies a task by `taskId` (32 hex
         *     characters, answered by `addSchedule` / `addScheduleGroup`) and a sub-task by `taskId` + `taskSeq`
         *     (`1` for a single task; `1`, `2`, … within a batch).
         *
         *     Source: `zh-cn/Device/reservation.md` (根据taskId查询预约).
         *
         *     **Departures from the page**
         *
         *     * The page's answer is not JSON: `detailInfo` is written as an object holding a bare array,
         *       whose entry repeats `retCode`/`retInfo` and nests the task in a second `detailInfo`; it has
         *       typographic quotes, full-width commas, a stray quote (`"modifyUserInfo": "[`), the keys
         *       `scheduleType` and `wifiType` where the TaskInfo table has `schedulerType` and `typeId`,
         *       `monty` for `month`, and an `argsInfo` list of `{optName, args}` where the table has an
         *       ArgsInfo object (`cmdMsgList`). The `reference` example is that answer made valid against the
         *       page's TaskInfo table: `detailInfo` a list of tasks with the table's key names, and as
         *       `argsInfo` the command of the page's `addSchedule` example.
         *     * The page's request sample writes the JSON with typographic quotes (“ ”); this spec's example
         *       is that body in plain JSON.
         *     * The page lists no error codes for this call; this spec lists the reservation codes of Haier's
         *       common table (`ErrorCodes.md`) that fit it: `M00002` (task record does not exist), because
         *       they are the reservation service's own codes.
         *     * The page's request sample sends an `appKey` header, a 13-digit `sequenceId`, `timezone: +8`,
         *       `Content-Encoding: utf-8` and `Content-type: application/json`; this spec sends no appKey
         *       (`Signature.md`: never sent), a 20-digit sequenceId (`Parameters.md`), a time-zone id
         *       (`Asia/Shanghai`; root departure 3), `application/json;charset=UTF-8` and no Content-Encoding
         *       (root departure 9).
         */
        post: operations["queryScheduleByTaskId"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scheduler/v1/device/query/userid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List the user's reservations
         * @description Lists the reservations the logged-in user created or last changed (the user comes from the token),
         *     optionally only those of one device. The page warns that the user's rights are not checked: the
         *     answer may include reservations of devices no longer shared with the user. Paged by `startNumber`
         *     and `length`.
         *
         *     The reservation service (`/scheduler/v1/device/…`) identifies a task by `taskId` (32 hex
         *     characters, answered by `addSchedule` / `addScheduleGroup`) and a sub-task by `taskId` + `taskSeq`
         *     (`1` for a single task; `1`, `2`, … within a batch).
         *
         *     Source: `zh-cn/Device/reservation.md` (根据userid查询预约).
         *
         *     **Departures from the page**
         *
         *     * The page's answer is not JSON: `detailInfo` is written as an object holding a bare array,
         *       whose entry repeats `retCode`/`retInfo` and nests the task in a second `detailInfo`; it has
         *       typographic quotes, full-width commas, a stray quote (`"modifyUserInfo": "[`), the keys
         *       `scheduleType` and `wifiType` where the TaskInfo table has `schedulerType` and `typeId`,
         *       `monty` for `month`, and an `argsInfo` list of `{optName, args}` where the table has an
         *       ArgsInfo object (`cmdMsgList`). The `reference` example is that answer made valid against the
         *       page's TaskInfo table: `detailInfo` a list of tasks with the table's key names, and as
         *       `argsInfo` the command of the page's `addSchedule` example.
         *     * The page's request sample sends an `appKey` header, a 13-digit `sequenceId`,
         *       `Content-Encoding: utf-8` and `Content-type: application/json`; this spec sends no appKey
         *       (`Signature.md`: never sent), a 20-digit sequenceId (`Parameters.md`),
         *       `application/json;charset=UTF-8` and no Content-Encoding (root departure 9).
         */
        post: operations["queryScheduleByUserId"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/uds/v1/protected/{deviceId}/unbindDevice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unbind a device from the user
         * @description Unbinds the device `deviceId` from the logged-in user and at the same time cancels the device's
         *     shares (同时解除设备的相关分享): the device leaves the user's device list (`getDeviceInfos`) and the
         *     lists of the users it was shared with. Undoes `bindDevice`. The request has no body: the only input
         *     is the device id in the path (the page's request sample sends headers only), so the body signed is
         *     the empty string.
         *
         *     Codes: `G20202` (the user does not match the device, e.g. it is not bound to this user), `D00006`
         *     (session expired), `A00001`, `A00004`, `B00001`; `G20915` and `G20916` are listed by the page but
         *     described nowhere in Haier's documents. The page's answer text `用户绑定设备成功` ("binding
         *     succeeded") is evidently copied from `bindDevice`; only `retCode` matters.
         *
         *     Source: `zh-cn/Device/authorization.md` (解绑设备).
         *
         *     **Departures from the page**
         *
         *     * The page's request sample sends an `appKey` header, a 13-digit `sequenceId`,
         *       `Content-Encoding: utf-8` and `Content-type: application/json`; this spec sends no appKey
         *       (`Signature.md`: never sent), a 20-digit sequenceId (`Parameters.md`) and
         *       `application/json;charset=UTF-8`, as every UWS call (root departures 4 and 9).
         *     * The page lists `B00001` twice; this spec lists it once.
         */
        post: operations["unbindDevice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/uds/v1/protected/bindDevice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bind a device to the user
         * @description Binds a device to the logged-in user, who becomes its owner: the device then appears in the user's
         *     device list (`getDeviceInfos`, `/uds/v1/protected/deviceinfos`, with `authType` `owner`) under the
         *     given `name`. A user may have at most 300 bound devices (`G20904`), and the device must be online on
         *     the platform when it is bound. `data` is the encrypted binding data produced when the device was
         *     put on the network; the page refers to the mobile uSDK's bind method for the binding logic
         *     (`G20908`: the security check failed, configure the device's network again; `G20910`: the check of a
         *     non-secure device failed: it must be online and must have reported its version within the last
         *     20 minutes). `unbindDevice` undoes the binding.
         *
         *     The page hides this section (it is inside `<div style='display: none'>`) and points to the uSDK
         *     instead: Haier expects binding to be done by its mobile SDK; the call is documented here because
         *     the page still gives its definition.
         *
         *     Codes: `G20202` (the user does not match the device), `D00006` (session expired), `A00001`,
         *     `A00004`, `B00001`; `G20914` is listed by the page but described nowhere in Haier's documents.
         *
         *     Source: `zh-cn/Device/authorization.md` (绑定设备).
         *
         *     **Departures from the page**
         *
         *     * The page's request sample masks the device id (`************`); this spec's example binds
         *       `DC330D01FBF1`, the device that the device-list example of `dev-mgmt.md` shows under the name
         *       `test002` (the name this sample gives), because a masked value is no usable example.
         *     * The page's request sample sends an `appKey` header, a 13-digit `sequenceId`,
         *       `Content-Encoding: utf-8` and `Content-type: application/json`; this spec sends no appKey
         *       (`Signature.md`: never sent), a 20-digit sequenceId (`Parameters.md`) and
         *       `application/json;charset=UTF-8`, as every UWS call (root departures 4 and 9).
         *     * The page lists `B00001` twice; this spec lists it once.
         */
        post: operations["bindDevice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dcs/device-service-2c/get/device/net/quality": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a device's network quality in detail
         * @description Returns the network quality of one of the user's devices, checked against the user's token:
         *     online state and when it last changed, network type and SSID, signal strength (`rssi`) and its
         *     percentage (`prssi`), a signal level (`signalLevel`: `0` unknown, `1` excellent, `2` good, `3`
         *     fair, `4` poor), WAN packet loss (`ilostRatio`) and latency (`its`, ms), the LAN IP and the module
         *     version (`software version/software type/hardware version/hardware type`). Invalid or unknown
         *     values are `-1` (`-100` for `rssi`) and empty strings. A customer cloud uses it to diagnose a
         *     device's connection; `getDeviceNetQuality` gives only the strength.
         *
         *     The page lists no error codes for this call.
         *
         *     Source: `zh-cn/Device/NetInfo.md` (查询设备网络质量); the structure `DevNetQuality` is in
         *     `zh-cn/Device/dev-intro.md`.
         *
         *     **Departures from the page**
         *
         *     * The page lists an `apiVersion` header ("v1") among the inputs; this spec has it as a header
         *       parameter (value `v1`), since it is no common header.
         *     * The page's example writes the keys `statusLastChangeTime `, `moduleVersion ` and `signalLevel `
         *       with a trailing space and `pssi` for the table's `prssi`; this spec says `statusLastChangeTime`,
         *       `moduleVersion`, `signalLevel` and `prssi` (as `DevNetQuality` does) and corrects the example
         *       accordingly.
         */
        post: operations["getDeviceNetQualityInfo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dcs/netdeviceinfo/find/device/consumables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List the consumables of a product
         * @description Lists the consumables (filters and other parts that wear out) of a product, identified by its
         *     product code (`productCode`, 产品编码): for each consumable its name, code, a list of descriptive
         *     properties (`propDesc`, name/value pairs) and a link where it can be bought (`saleUrl`). A customer
         *     cloud uses it to show a user which consumables fit an appliance and where to order them. Optional
         *     `pageNum` / `pageSize` page through the list; Haier does not say whether pages count from 0 or 1,
         *     nor the defaults.
         *
         *     Codes: a missing `productCode` → `B00001`, a value that breaks its rules → `B00004`; `G20202`
         *     (the user does not match the device) and the service errors `A00001`, `A00005`–`A00009` come from
         *     the page's list.
         *
         *     Source: `zh-cn/Device/supplies.md` (查询设备耗材信息).
         *
         *     **Departures from the page**
         *
         *     * The page's list of codes includes `000001`; this spec leaves it out, because it is no code of
         *       Haier's table (`ErrorCodes.md`) and evidently a typo (`A00001`, listed too, is the nearest).
         *     * The page's request sample sends no `sequenceId`, `language` or `timezone` header and a
         *       `Content-Encoding: utf-8` header; this spec sends the eight common headers of `Parameters.md`
         *       and no `Content-Encoding`, because those headers are required on every UWS request.
         */
        post: operations["getDeviceConsumables"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dcs/third-party-cloud/add/user/third-party/device": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refresh and list the user's devices available to the third-party cloud
         * @description Refreshes the list of the logged-in user's devices that the customer's (third-party) cloud may
         *     access, and answers it: for each device its id, name (alias), typeid (`wifiType`), category,
         *     model code and name, brand, online state, the user's permissions (`permissions`, one per source:
         *     owner, personal share, family share, app server) and their union (`totalPermission`), and for
         *     gateways and sub-devices their role and links. The path (`add/user/third-party/device`) suggests
         *     that the refresh adds the user's devices to the third party's authorisation; Haier does not say
         *     more. The request has no body. A customer cloud calls it after the user logged in (and whenever the
         *     user's devices may have changed) to learn which `deviceId`s it may query and control with the
         *     other third-party-cloud operations; `deleteThirdPartyDevice` withdraws one device.
         *
         *     The page lists no error codes for this call.
         *
         *     Source: `zh-cn/Device/cloud-3rd.md` (刷新设备列表接口); `AuthInfo` and `Permission` also in
         *     `zh-cn/Device/dev-intro.md`.
         *
         *     **Departures from the page**
         *
         *     * The page's header table identifies the caller by `systemId` (the id of a cloud application
         *       registered on 海极网, `SV-…-0000`) instead of `appId`, has no `appVersion`, `language` or
         *       `timezone`, and makes `sequenceId` optional (6–32 characters); this spec sends the UWS common
         *       headers (the eight security schemes, `sequenceId` with its 20 digits) **and** `systemId` as a
         *       header parameter, because the API has no systemId scheme and the page requires the header. The
         *       page does not say how `sign` is computed here; `zh-cn/Device/label.md` gives the toB recipe
         *       `url + body + systemId + systemKey + timestamp`, the UWS recipe with systemId and systemKey in
         *       place of appId and appKey (the page's sample signatures have 64 hex characters, as SHA-256
         *       gives), so a customer cloud configures its systemId and systemKey as the client's appId and
         *       appKey. Whether Haier accepts the extra UWS headers is not documented.
         *     * The page lists an `apiVersion` header (`v1`) among the inputs; this spec has it as a header
         *       parameter (value `v1`), since it is no common header.
         *     * The page's example answers a `deviceImg` (an image URL) that the table `DeviceInfoVO` does not
         *       list; this spec adds it.
         *     * The table types `online` as Boolean; the page's example answers the string `"false"`. This spec
         *       keeps the Boolean and corrects the example (`false`).
         *     * The page's request has no body (`Content-Length: 0`); this spec has no request body.
         */
        post: operations["refreshThirdPartyDevices"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dcs/third-party-cloud/delete/user/third-party/device": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw the third-party cloud's authorisation for one device
         * @description Withdraws the customer's (third-party) cloud's authorisation for one device of the logged-in user
         *     (取消单个设备的授权): the cloud may no longer query or control it. The answer's `payload` is `true`
         *     on success. Haier checks the request at its gateway (uag) and the user's token. The page does not
         *     say whether a later `refreshThirdPartyDevices` authorises the device again.
         *
         *     The page lists no error codes for this call.
         *
         *     Source: `zh-cn/Device/cloud-3rd.md` (取消单个设备的授权).
         *
         *     **Departures from the page**
         *
         *     * The page's header table identifies the caller by `systemId` (the id of a cloud application
         *       registered on 海极网, `SV-…-0000`) instead of `appId`, has no `appVersion`, `language` or
         *       `timezone`, and makes `sequenceId` optional (6–32 characters); this spec sends the UWS common
         *       headers (the eight security schemes, `sequenceId` with its 20 digits) **and** `systemId` as a
         *       header parameter, because the API has no systemId scheme and the page requires the header. The
         *       page does not say how `sign` is computed here; `zh-cn/Device/label.md` gives the toB recipe
         *       `url + body + systemId + systemKey + timestamp`, the UWS recipe with systemId and systemKey in
         *       place of appId and appKey (the page's sample signatures have 64 hex characters, as SHA-256
         *       gives), so a customer cloud configures its systemId and systemKey as the client's appId and
         *       appKey. Whether Haier accepts the extra UWS headers is not documented.
         *     * The page lists an `apiVersion` header (`v1`) among the inputs; this spec has it as a header
         *       parameter (value `v1`), since it is no common header.
         *     * The page's example answer has a full-width comma (`，`) after `"成功"`, which is not JSON; this
         *       spec's example has a comma.
         */
        post: operations["deleteThirdPartyDevice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dcs/third-party-cloud/get/device/detail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get the details of a device available to the third-party cloud
         * @description Returns the details of one device of the logged-in user available to the customer's (third-party)
         *     cloud: its id, category (`deviceType`), typeid (`wifiType`), brand and model (`baseProperty`) and
         *     its modules (`module`: the base module and the Wi-Fi module, each with its type, id and further
         *     information). Haier checks the request at its gateway (uag) and the user's token. A customer cloud
         *     uses it for a `deviceId` of `refreshThirdPartyDevices`.
         *
         *     The page lists no error codes for this call.
         *
         *     Source: `zh-cn/Device/cloud-3rd.md` (查询设备详情接口); `BaseProperty` in `zh-cn/Device/dev-intro.md`.
         *
         *     **Departures from the page**
         *
         *     * The page's header table identifies the caller by `systemId` (the id of a cloud application
         *       registered on 海极网, `SV-…-0000`) instead of `appId`, has no `appVersion`, `language` or
         *       `timezone`, and makes `sequenceId` optional (6–32 characters); this spec sends the UWS common
         *       headers (the eight security schemes, `sequenceId` with its 20 digits) **and** `systemId` as a
         *       header parameter, because the API has no systemId scheme and the page requires the header. The
         *       page does not say how `sign` is computed here; `zh-cn/Device/label.md` gives the toB recipe
         *       `url + body + systemId + systemKey + timestamp`, the UWS recipe with systemId and systemKey in
         *       place of appId and appKey (the page's sample signatures have 64 hex characters, as SHA-256
         *       gives), so a customer cloud configures its systemId and systemKey as the client's appId and
         *       appKey. Whether Haier accepts the extra UWS headers is not documented.
         *     * The page lists an `apiVersion` header (`v1`) among the inputs; this spec has it as a header
         *       parameter (value `v1`), since it is no common header.
         *     * The page's table `DeviceVersion` names the module list `modules` and has no `baseProperty`;
         *       this spec says `module` and adds `baseProperty` (`brand`, `model`, `others`, as
         *       `BaseProperty` of `dev-intro.md`), because the page's example answers them. The table's `Set`
         *       is an array.
         *     * In the page's example each `moduleInfos` is `{"$ref":"$.payload.baseProperty.others"}`, a
         *       fastjson reference to the same (empty) object as `baseProperty.others`; this spec corrects the
         *       example to that object, `{}`.
         */
        post: operations["getThirdPartyDeviceDetail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dcs/third-party-cloud/get/device/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get the shadow (state) of a device available to the third-party cloud
         * @description Returns the cloud shadow of one device of the logged-in user available to the customer's
         *     (third-party) cloud. The answer always has `shadowInfo` (shadow version, online state, last
         *     report, alarm and online-change times, network quality, SSID); `part` selects the rest: `0` (the
         *     default) everything — `deviceInfo` (typeid, module versions), `preChangeReported` (the values
         *     before their last change), `reported` (the state last reported), `desired` (expected states and
         *     operations), `events` (alarms) and `metadata` (when each entry changed) —, `1` only `reported`,
         *     `2` only `desired`. All values in these maps are **strings** (`"onOffStatus": "true"`), as in
         *     `getShadowInfo`; `metadata` gives a Unix-millisecond `timestamp` per entry. Haier checks the
         *     request at its gateway (uag) and the user's token. A customer cloud uses it to read the state of a
         *     `deviceId` of `refreshThirdPartyDevices`, e.g. after `controlThirdPartyDevice`.
         *
         *     The page lists no error codes for this call.
         *
         *     Source: `zh-cn/Device/cloud-3rd.md` (查询设备状态接口); the same structures in
         *     `zh-cn/Device/dataquery.md` (公共结构).
         *
         *     **Departures from the page**
         *
         *     * The page's header table identifies the caller by `systemId` (the id of a cloud application
         *       registered on 海极网, `SV-…-0000`) instead of `appId`, has no `appVersion`, `language` or
         *       `timezone`, and makes `sequenceId` optional (6–32 characters); this spec sends the UWS common
         *       headers (the eight security schemes, `sequenceId` with its 20 digits) **and** `systemId` as a
         *       header parameter, because the API has no systemId scheme and the page requires the header. The
         *       page does not say how `sign` is computed here; `zh-cn/Device/label.md` gives the toB recipe
         *       `url + body + systemId + systemKey + timestamp`, the UWS recipe with systemId and systemKey in
         *       place of appId and appKey (the page's sample signatures have 64 hex characters, as SHA-256
         *       gives), so a customer cloud configures its systemId and systemKey as the client's appId and
         *       appKey. Whether Haier accepts the extra UWS headers is not documented.
         *     * The page lists an `apiVersion` header (`v1`) among the inputs; this spec has it as a header
         *       parameter (value `v1`), since it is no common header.
         *     * The page types `part` as a String and its request sample sends the number `0`; this spec keeps
         *       the string (`"0"`, `"1"`, `"2"`) and corrects the sample.
         *     * The page's `ShadowInfo` table names the online state `isOnline`; this spec says `online`, as the
         *       page's example answers and `dataquery.md`'s `ShadowInfo` names it. It also adds `flag`
         *       (an integer, `1` in the example; its meaning is not documented), which the example answers.
         */
        post: operations["getThirdPartyDeviceStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dcs/third-party-cloud/get/third-party/device-models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List the device models pre-authorised for the third-party cloud
         * @description Lists the device models (型号) that Haier has pre-authorised for the customer's (third-party)
         *     cloud: for each its model name, product type name and code, major and middle category codes,
         *     typeId, product code (成品编码) and a picture. Entries may carry only `productCode` and `typeId`.
         *     The list belongs to the cloud application (`systemId`), not to a user: Haier checks the request at
         *     its gateway (uag) but not the token ("无需token校验"). A customer cloud uses it to know which
         *     kinds of Haier devices it can serve. The request has no body.
         *
         *     The page lists no error codes for this call.
         *
         *     Source: `zh-cn/Device/cloud-3rd.md` (查询第三方开通预授权的型号列表).
         *
         *     **Departures from the page**
         *
         *     * The page's header table identifies the caller by `systemId` (the id of a cloud application
         *       registered on 海极网, `SV-…-0000`) instead of `appId`, has no `appVersion`, `language` or
         *       `timezone`, and makes `sequenceId` optional (6–32 characters); this spec sends the UWS common
         *       headers (the eight security schemes, `sequenceId` with its 20 digits) **and** `systemId` as a
         *       header parameter, because the API has no systemId scheme and the page requires the header. The
         *       page does not say how `sign` is computed here; `zh-cn/Device/label.md` gives the toB recipe
         *       `url + body + systemId + systemKey + timestamp`, the UWS recipe with systemId and systemKey in
         *       place of appId and appKey (the page's sample signatures have 64 hex characters, as SHA-256
         *       gives), so a customer cloud configures its systemId and systemKey as the client's appId and
         *       appKey. Whether Haier accepts the extra UWS headers is not documented.
         *     * The page lists an `apiVersion` header (`v1`) among the inputs; this spec has it as a header
         *       parameter (value `v1`), since it is no common header.
         *     * The page's header table lists `accessToken` as required while its usage note says the token is
         *       not checked; this spec does not require a token (no `HaierAccessToken`, hence no `D00003` /
         *       `D00004`), because the list is not a user's. iotdock's client still sends the `accessToken`
         *       header, empty, as `Parameters.md` asks of calls made without a user.
         *     * The page's request has no body (`POST data:` empty); this spec has no request body.
         */
        post: operations["getThirdPartyDeviceModels"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dcs/third-party-cloud/update/device/cmd": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a command to a device available to the third-party cloud
         * @description Sends a command to one device of the logged-in user available to the customer's (third-party)
         *     cloud and answers the request's serial number (`payload`, the `sn`). A **single command** sets one
         *     property: `cmdArgs` holds exactly one name/value pair and `cmdName` is not sent. A **group
         *     command** sets several properties at once: `cmdName` is the group command's id (the `name` of a
         *     `type` `1` entry of the device type's `desired` model, see `getShadowModel`) and `cmdArgs` the
         *     properties it sets, all values as strings. The device's answer is reported later to `callbackUrl`
         *     if given ("only the HTTP protocol is supported"; the page does not describe that callback's
         *     content). Haier checks the request at its gateway (uag) and the user's token. Afterwards the new
         *     state can be read with `getThirdPartyDeviceStatus`.
         *
         *     The page lists no error codes for this call.
         *
         *     Source: `zh-cn/Device/cloud-3rd.md` (设备控制接口).
         *
         *     **Departures from the page**
         *
         *     * The page's header table identifies the caller by `systemId` (the id of a cloud application
         *       registered on 海极网, `SV-…-0000`) instead of `appId`, has no `appVersion`, `language` or
         *       `timezone`, and makes `sequenceId` optional (6–32 characters); this spec sends the UWS common
         *       headers (the eight security schemes, `sequenceId` with its 20 digits) **and** `systemId` as a
         *       header parameter, because the API has no systemId scheme and the page requires the header. The
         *       page does not say how `sign` is computed here; `zh-cn/Device/label.md` gives the toB recipe
         *       `url + body + systemId + systemKey + timestamp`, the UWS recipe with systemId and systemKey in
         *       place of appId and appKey (the page's sample signatures have 64 hex characters, as SHA-256
         *       gives), so a customer cloud configures its systemId and systemKey as the client's appId and
         *       appKey. Whether Haier accepts the extra UWS headers is not documented.
         *     * The page lists an `apiVersion` header (`v1`) among the inputs; this spec has it as a header
         *       parameter (value `v1`), since it is no common header.
         *     * The page's example answer has a full-width comma (`，`) after `"成功"`, which is not JSON; this
         *       spec's example has a comma.
         */
        post: operations["controlThirdPartyDevice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rcs/avm/tencent/device/create-storage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Activate cloud video storage for a camera device
         * @description Activates the (Tencent) cloud video storage service for one of the user's video devices, for an
         *     order placed in Haier's online shop (`orderSn`). The answer gives the state of the storage
         *     (`status`) and its validity period (`startTime`–`endTime`, Unix seconds). Haier documents it "for
         *     the Haier Smart Home app (智家APP)"; a customer cloud calls it after a user bought a storage plan.
         *     `findVideoStorageState` then shows the active plan.
         *
         *     The page lists no error codes for this call.
         *
         *     Source: `zh-cn/Device/audio-video.md` (开通视频云存服务接口).
         *
         *     **Departures from the page**
         *
         *     * The page lists an `apiVersion` header (default `v1`) among the inputs; this spec has it as a
         *       header parameter (value `v1`), since it is no common header.
         *     * The page types the answer's `payload` as `CreateStorageResultDto` but never defines it; this spec
         *       types it from the page's example (`status`, `startTime`, `endTime`, integers; the times in Unix
         *       seconds like `expireTime` of `findVideoStorageState`). The meaning of `status` is not documented.
         *     * The page's request sample sends no `sequenceId`, `language` or `timezone` header and a
         *       `Content-Encoding: utf-8` header; this spec sends the eight common headers of `Parameters.md`
         *       and no `Content-Encoding`.
         */
        post: operations["createVideoStorage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rcs/avm/tencent/device/find-storage-state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a camera device's cloud video storage plan and state
         * @description Returns the (Tencent) cloud video storage plan currently active for one of the user's video
         *     devices: the plan (`activatedStorage`: `0`, `7` or `30`; presumably none, or recordings kept
         *     7 or 30 days), the days it still runs (`remainderDays`) and when it expires (`expireTime`, Unix
         *     seconds, UTC). Haier documents it "for the Haier Smart Home app (智家APP)"; a customer cloud uses it
         *     to show a user's storage subscription, e.g. after `createVideoStorage`.
         *
         *     The page lists no error codes for this call.
         *
         *     Source: `zh-cn/Device/audio-video.md` (查看视频云存订单及状态接口).
         *
         *     **Departures from the page**
         *
         *     * The page lists an `apiVersion` header (default `v1`) among the inputs; this spec has it as a
         *       header parameter (value `v1`), since it is no common header.
         *     * The page's request sample sends no `sequenceId`, `language` or `timezone` header and a
         *       `Content-Encoding: utf-8` header; this spec sends the eight common headers of `Parameters.md`
         *       and no `Content-Encoding`.
         */
        post: operations["findVideoStorageState"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/shadow/v1/info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a device's shadow (its last reported state and alarms)
         * @description Returns the cloud shadow of one device: the state it last reported (`detailInfo.reported`) and its
         *     current alarms (`detailInfo.events`), both as maps of standard-model names to **string** values
         *     (`"targetTemperature": "27"`, `"onOffStatus": "false"`). Haier checks the token and that the
         *     token's user may view and operate the device. A customer cloud uses it to read a device's state
         *     without reaching the device, whether it is online or not.
         *
         *     The shadow is a cache: an alarm older than 24 hours is not returned; when the cached state is
         *     older than 5 minutes, Haier answers the cached state and at the same time asks the device (via
         *     M2M) for all its properties, so a later call returns the fresh state. `getShadowModel` describes
         *     the properties a device type has.
         *
         *     Codes: `B00001` `deviceId` missing; `C00003` / `C00004` the user has no access to / may not operate
         *     the device; `Y00001` the device's cloud shadow is not enabled or has been switched off; `A00003`
         *     timeout, `A00004` internal error.
         *
         *     Haier's public signing example (`Signature.md`, worked example 1 of the API description) is a
         *     request of this operation, body `{"deviceId":"2C37C530B5F1"}`.
         *
         *     Source: `zh-cn/Device/dataquery.md` (设备影子查询).
         *
         *     **Departures from the page**
         *
         *     * The page's request sample sends an `appKey` header, a 13-digit `sequenceId` and
         *       `Content-Encoding: utf-8`; this spec sends no `appKey` (it is the signing secret, which
         *       `Signature.md` says must never be sent), a 20-digit `sequenceId` (`Parameters.md`) and no
         *       `Content-Encoding`.
         */
        post: operations["getShadowInfo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/shadow/v1/model": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get the standard model of a device type (its properties, operations and alarms)
         * @description Returns the standard model (设备功能描述) of a device type, identified by its `typeid`, sorted by
         *     the sections of the device shadow: `reported` (the properties and commands a device of this type
         *     reports, with their value ranges), `desired` (what may be set: expected states, `type` `2`, with
         *     their value ranges; expected operations such as group commands, `type` `1`, with the properties
         *     they set in `attrNameList`) and `events` (its alarms, one with `clear: true` for "alarm cleared").
         *     Haier checks only the token. A customer cloud uses it to interpret and display the values of
         *     `getShadowInfo` (which are all strings) and to know which values a device accepts.
         *
         *     Value ranges (`valueRange`) are either `LIST` (the allowed values in `dataList`, each with a
         *     Chinese `desc`) or `STEP` (`dataStep`: `dataType`, `step`, `minValue`, `maxValue`, as strings).
         *
         *     Codes: `B00001` `typeid` missing; `Y00001` the cloud shadow is not enabled or has been switched
         *     off; `C00003` / `C00004` insufficient access or operation rights; `A00003` timeout, `A00004`
         *     internal error.
         *
         *     Source: `zh-cn/Device/dataquery.md` (设备功能描述查询).
         *
         *     **Departures from the page**
         *
         *     * The page's structure `ShadowModel` types `reported`, `desired` and `events` as maps
         *       (`Map<String, ReportedModel>`, …); this spec types them as arrays of these structures, each
         *       entry carrying its `name`, because the page's example answers arrays.
         *     * The structure `ReportedModel` lists only `name`, `desc` and `valueRangeType`; this spec adds
         *       `valueRange` and `operationType` (as in `DesiredModel`), because the page's example answers them.
         *     * `DesiredModel.type` is an `int` in the table and a string (`"1"`, `"2"`) in the page's example;
         *       this spec keeps the integer and corrects the example (`2`, `1`).
         *     * The page's request sample sends an `appKey` header, a 13-digit `sequenceId` and
         *       `Content-Encoding: utf-8`; this spec sends no `appKey` (the signing secret, never sent), a
         *       20-digit `sequenceId` (`Parameters.md`) and no `Content-Encoding`.
         */
        post: operations["getShadowModel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/uds/v1/protected/{deviceId}/deviceNetQuality": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a device's signal strength
         * @description Returns the signal strength of one of the user's devices and the versions of its network module:
         *     network type (`Wifi`, or `unknown` when the network is unknown or the device does not report its
         *     network quality), strength, and the module's hardware and software type and version. A customer
         *     cloud uses it to tell a user why a device responds badly (e.g. a weak Wi-Fi signal). For more
         *     detail (RSSI, signal level, packet loss, latency, SSID) see `getDeviceNetQualityInfo`.
         *
         *     Codes: `G20202` — the user does not match the device (not bound, no permission); `D00006` session
         *     no longer valid; `B00001` a required parameter is missing; `A00001`, `A00004` service errors.
         *
         *     Source: `zh-cn/Device/NetInfo.md` (查询设备信号强度).
         *
         *     **Departures from the page**
         *
         *     * The page's output table names the answer's field `deviceNetQuality` (described as "设备ID"); this
         *       spec says `deviceNetQualityDto`, because the page's example answers that name.
         *     * The structure's table (`DeviceNetQualityDto`, `zh-cn/Device/dev-intro.md`) spells two fields
         *       `hardware` and `softdwareVers`; this spec says `hardwareType` and `softwareVers`, as the page's
         *       example answers them.
         *     * The page's request sample sends an `appKey` header, a 13-digit `sequenceId` and
         *       `Content-Encoding: utf-8`; this spec sends no `appKey` (it is the signing secret, which
         *       `Signature.md` says must never be sent), a 20-digit `sequenceId` (`Parameters.md`) and no
         *       `Content-Encoding`.
         */
        get: operations["getDeviceNetQuality"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dcs/device-service-2c/get/device/user/binding/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check whether the user has bound a device
         * @description Tells whether the logged-in user is bound to the device `deviceId` (根据DeviceId查询设备绑定状态).
         *     If so, the answer's `payload` holds the binding's time (`bts`, Unix milliseconds, set by the
         *     cloud when the device was bound) and, per the structure, `status` `true`; if not, Haier answers
         *     the code `1900001` (当前用户与该设备不匹配, "the current user does not match the device") instead
         *     of a payload.
         *
         *     Source: `zh-cn/Device/dev-mgmt.md` (根据DeviceId查询设备绑定状态).
         *
         *     **Departures from the page**
         *
         *     * The page's output table marks `payload` required; this spec has it optional, because an
         *       unbound device is answered `1900001` without it.
         *     * The page's example of a success shows only `bts`; this spec types both fields of the structure
         *       `ServiceDeviceBindStatusResultDto` (dev-intro.md): `status` (boolean) and `bts` (long).
         *     * The page's request sample sends an `apiVersion: v1` header that its input table does not list;
         *       this spec has it as an optional header parameter.
         *     * The page's request sample sends no `appVersion` header and sends `Content-Encoding: utf-8`; this
         *       spec sends `appVersion` (a common header, `Parameters.md`) and no Content-Encoding (not an HTTP
         *       content coding, root departure 9).
         */
        post: operations["getDeviceBindingStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dcs/device-service-2c/get/netDevice/info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get product models by product code
         * @description Returns the full model information (根据成品编码获取型号信息) of the product codes (成品编码) given
         *     in `productCodes`: model name, typeId, picture, brand, major and middle category, application
         *     type, audio/video flag. The answer's `payload.deviceInfos` holds one entry per code found.
         *     Product codes come e.g. from `getProductCodes` or from a device's `productCodeT`.
         *
         *     The page lists no error codes.
         *
         *     Source: `zh-cn/Device/dev-model.md` (根据成品编码获取型号信息).
         *
         *     **Departures from the page**
         *
         *     * The page's output table types `payload` as `List<ServiceDeviceInfoResultDto>`; this spec says an
         *       object whose `deviceInfos` is that list, because the page's answer has that shape.
         *     * The page's answer is cut off (`],...`); the `reference` example ends after `deviceInfos`.
         *     * The page's request sample sends `appVersion: v1` and no `apiVersion` header; this spec follows
         *       the input table, which requires `apiVersion` (接口版本, `v1`), and sends the app's own version
         *       in `appVersion`. The sample's `Content-Encoding: utf-8` is not sent (not an HTTP content coding,
         *       root departure 9).
         */
        post: operations["getNetDeviceInfoByProductCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dcs/device-service-2c/get/netDevice/infos/page": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Page through product models by typeId or category
         * @description Returns one page of the product models (根据typeId、应用分类、大中类分页获取型号信息) that match the
         *     filter `entity` (application type code, middle category, major category, typeId; each a single
         *     string, all optional): product code, model name, typeId, picture, brand, categories, application
         *     type, audio/video and screen flags. `pager` chooses the page (`pageIndex` from 1, default 1) and
         *     its size (`pageSize`, default 50); the answer's `payload` holds the models in `content` and the
         *     paging figures (`total` models, `totalPages`, `numberOfElements` on this page, `first`, `last`).
         *     In the page's example the first page (`pageIndex` 1) is answered with `first` `false`, so do not
         *     rely on `first`.
         *
         *     The page lists no error codes.
         *
         *     Source: `zh-cn/Device/dev-model.md` (根据typeId、应用分类、大中类分页获取型号信息).
         *
         *     **Departures from the page**
         *
         *     * The page's structure `ServiceDeviceInfoResult` describes `pageIndex` as "每页数量限制" (page size
         *       limit); this spec says the page number, as the request's `pager.pageIndex` and the example's
         *       values (`pageIndex` 1, `pageSize` 10) show.
         *     * The page's request sample sends `appVersion: v1` and no `apiVersion` header, `timezone: +8`, an
         *       `appKey` header, `Content-Encoding: utf-8`, `identification: tuya` and an internal `Host`; this
         *       spec follows the input table, which requires `apiVersion` (`v1`), and sends the common headers
         *       of the root (the app's version in `appVersion`, the zone id `Asia/Shanghai`, no appKey — it
         *       only enters the signature, `Signature.md` — and no Content-Encoding; root departures 3, 9).
         */
        post: operations["getNetDeviceInfosPage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dcs/device-service-2c/get/netDevice/productCodes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List the product codes matching typeIds or categories
         * @description Returns **all** product codes (成品编码) whose model matches the filters (根据typeId、应用分类、大中类获取符合条件的成品编码列表):
         *     application type codes, middle category codes, major category codes, typeIds — each a list, all
         *     optional. The answer's `payload` is the list of product codes; get the models' details with
         *     `getNetDeviceInfoByProductCode`, or page through the models with `getNetDeviceInfosPage`.
         *
         *     The page lists no error codes.
         *
         *     Source: `zh-cn/Device/dev-model.md` (根据typeId、应用分类、大中类获取符合条件的成品编码列表（所有）).
         *
         *     **Departures from the page**
         *
         *     * The page's request sample sends `"midCode":"02012"`, a string, where the input table types
         *       `midCode` as `String[]`; this spec follows the table, and the request example sends
         *       `["02012"]`.
         *     * The page describes `appTypeCode` as "成品编码" (product code); this spec calls it the
         *       application type code, the meaning of `appTypeCode` in the answers' `ServiceDeviceInfoResultDto`
         *       (应用类型编码).
         *     * The page's answer is cut off (`...` inside `payload`); the `reference` example has the codes it
         *       shows.
         *     * The page's request sample sends `appVersion: v1` and no `apiVersion` header; this spec follows
         *       the input table, which requires `apiVersion` (接口版本, `v1`), and sends the app's own version
         *       in `appVersion`. The sample's `Content-Encoding: utf-8` is not sent (not an HTTP content coding,
         *       root departure 9).
         */
        post: operations["getProductCodes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dcs/netdeviceinfo/find/deviceInfomation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a model's network-setup guide
         * @description Looks up a product model before a device is bound (配网信息查询, the client-side "2C" variant):
         *     from the product code, the self-discovery code of the device's hotspot, or the device's MAC, it
         *     answers the model's name, typeId and pictures, how it is put on the network (`configMode`) and
         *     the app's step-by-step guide for it (`step1`…`step5` with pictures, texts for binding success and
         *     failure). `productCode` has the highest priority; otherwise give `selfDiscoveryInformationCode`
         *     or `mac` (authorization.md). All three are optional on the page.
         *
         *     Codes (authorization.md): nothing to search by → `1100002` (参数不可为空) or `1100009` (自发现热点信息和mac都为null);
         *     unknown code and no MAC → `1100005`; unknown self-discovery code → `1100008`; no product model →
         *     `1100006`; model lookup failed → `00001`, no model for the device → `00002`; internal errors
         *     `1100001`, `1100007`; the common codes of the UWS gateway (`A…`, `B…`, `C…`, `D00001`, `D00002`).
         *
         *     Source: `zh-cn/Device/dev-mgmt.md` (配网信息查询); the same endpoint, with its output structure and
         *     error table, in `zh-cn/Device/authorization.md` (客户端配网信息查询（2C）).
         *
         *     **Departures from the page**
         *
         *     * The page types `payload` as `DeviceInfomation` without describing it (dev-intro.md lists 4
         *       fields); this spec types the 29 fields of authorization.md's `DeviceInfomation`, which the
         *       page's answer shows.
         *     * The page's answer has the key `"customHotspotCode "` (with a trailing space); this spec says
         *       `customHotspotCode`, as authorization.md's table does, and so does the `reference` example.
         *     * The page's section lists no error codes; this spec lists those of authorization.md's section on
         *       the same endpoint.
         *     * authorization.md lists an optional `apiVersion` header (`x.y.z`, latest when absent); this
         *       spec has it as an optional header parameter. Its other header rules — `clientId` optional,
         *       `sequenceId` 6~32 characters, `timezone` `8`, `Content-Type` `application/json;charset=UTF-8`
         *       — differ from `Parameters.md`; this spec sends the common headers of the root (a non-empty
         *       clientId, a 20-digit sequenceId, the zone id `Asia/Shanghai`) and a JSON body, because
         *       `Parameters.md` is the rule for every UWS request (root departures 3, 4).
         *     * The page's request sample sends no `sequenceId`, `language` or `timezone` header and sends
         *       `Content-Encoding: utf-8`; this spec sends the three (common headers, `Parameters.md`) and no
         *       Content-Encoding (not an HTTP content coding, root departure 9).
         */
        post: operations["getNetInfo2C"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stdudse/v1/modfier/operate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send one command to a device (standard model; withdrawn, use sendbatchCmd)
         * @deprecated
         * @description Sends one command, in the standard model, to one of the logged-in user's devices; Haier puts it
         *     through its logic (computation, conversion, compensation) before sending it. **Withdrawn**: the
         *     page keeps this section inside an HTML comment, "the toC domain-model single-control API is
         *     commented out, the toC domain-model batch-control API is recommended" — use `sendbatchCmd` (a
         *     batch of one command does the same).
         *
         *     A single command has `cmdArgs` with exactly one property (`cmdName` left out); a group command has
         *     the group's `cmdName` and its properties in `cmdArgs`. The call answers `usn`, Haier's serial
         *     number for this request. When the device has answered, Haier sends the result to `callbackUrl`
         *     (操作应答): `{"deviceId", "resCode", "result", "retCode", "retInfo", "usn"}`, where `usn` is the
         *     one answered here, `resCode` is the device's answer (`"0"` success; a string in this example,
         *     see `propertyWrite` for the codes) and `result` is Base64 of
         *     `{"args":[{"name":…,"value":…},…]}`, the device's properties after the command.
         *
         *     Source: `zh-cn/Device/dev-control.md` (设备指令执行操作接口（经过逻辑运算）, inside an HTML comment).
         *
         *     **Departures from the page**
         *
         *     * The page hides this section in an HTML comment (withdrawn); this spec keeps the operation, marked
         *       `deprecated`, because the API's path list refers to it.
         *     * The page's sample has `deviceId` `********` (masked); this spec's example uses `0007A893C119`, the
         *       device of the page's own result example, because the masked value breaks the id's format.
         *     * The page's error list has `000001`, which is no code of Haier's table (`ErrorCodes.md`); this
         *       spec leaves it out.
         *     * The page's header sample sends a 29-character `sequenceId` (`08002700DC94-15110519074300001`)
         *       and `Content-type: application/json`; this spec sends the common headers of `Parameters.md`
         *       (20 digits; `application/json;charset=UTF-8`).
         */
        post: operations["operateStandardModel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stdudse/v1/protected/getBaseInfo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a device's product model
         * @description Returns the basic model information of a device (获取设备型号信息, a "domain model" interface of
         *     the standard-model service): the product model code and name U+ has recorded for it, its machine
         *     code and whether it is connected (`connectionStatus` `online` / `offline`). Change the model
         *     with `modifyModelInfo`.
         *
         *     Codes: `G10001` (listed without text).
         *
         *     Source: `zh-cn/Device/dev-model.md` (获取设备型号信息).
         *
         *     **Departures from the page**
         *
         *     * The page lists no `accessToken` and shows no headers; this spec requires the user's token
         *       (`HaierAccessToken`) with the common headers, because the path lies under `/protected/` like
         *       every token-checked UWS service, and the page's other domain-model interfaces
         *       (`/stdudse/v1/sendbatchCmd/{sn}` and `/stdudse/v1/queryResult/{sn}`, dev-control.md) take the
         *       user's token.
         *     * The page's request sample writes the body with typographic quotes (`“deviceId”: “DC330DC4B6EE”`),
         *       which is not JSON; the request example has straight quotes.
         */
        post: operations["getBaseInfo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stdudse/v1/protected/modifyModelInfo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change a device's product model
         * @description Changes the product model U+ records for a device (修改设备型号信息), e.g. when the appliance
         *     behind a Wi-Fi module is not the model U+ assumed. Give the new model by a code: `codeType` `1`
         *     = the appliance's machine code (机器编码, `sern`), `2` = the product model code (产品型号编码,
         *     `productCodeT`); the code must be registered at 海极网. `modifyType` chooses how: `1` by rule
         *     (规则修改), `2` directly (直接修改, the default when empty or absent). The answer is the device's
         *     model information after the change (`deviceBaseInfo`, as `getBaseInfo` answers it from then on)
         *     and possibly other models the device may be (`possibleList`).
         *
         *     Codes: insufficient access right → `C00003` (访问权限不足).
         *
         *     Source: `zh-cn/Device/dev-model.md` (修改设备型号信息).
         *
         *     **Departures from the page**
         *
         *     * The page lists no `accessToken` and shows no headers; this spec requires the user's token
         *       (`HaierAccessToken`) with the common headers, because the path lies under `/protected/` like
         *       every token-checked UWS service, the page's other domain-model interfaces
         *       (`/stdudse/v1/sendbatchCmd/{sn}`, dev-control.md) take the user's token, and the call answers
         *       `C00003` (访问权限不足).
         *     * The structure `ProductInfo` (dev-intro.md) spells its fields `ProdcutCodeT` and `ProcutNameT`;
         *       this spec says `productCodeT` and `productNameT`, the names of the same data in every other
         *       structure (the page's example shows an empty `possibleList`, so the real spelling is
         *       unconfirmed).
         */
        post: operations["modifyModelInfo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stdudse/v1/queryResult/{sn}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the results of a batch of commands
         * @description Answers the results of a batch sent with `sendbatchCmd`, identified by the batch's total `sn`:
         *     the same object Haier sends to the batch's `backUrl` (`HaierBatchResult`), next to
         *     `retCode`/`retInfo`. Use it to poll a batch sent without `backUrl`, or to check one whose result
         *     did not arrive.
         *
         *     `cmdSn` is the batch's sn; `detailInfo` has one `HaierBatchResultDto` per command and step:
         *     `cmdSubSn` (`<sn>:_:<index, 3 digits>`, e.g. `…:_:000` for the command with `index` 0), `deviceId`,
         *     `execStep` (`1` sending the command, `2` the device's answer), `execResult` (true/false),
         *     `execResultCode` / `execResultInfo`, `invalidCode`, `productCodeT`, `resultTime` (ms), `oid`.
         *
         *     The page's error table gives the values of `execResultCode` for each step — they are results of
         *     the commands, not answers of this query:
         *
         *     | execStep / situation | execResultCode | execResultInfo |
         *     | --- | --- | --- |
         *     | step 1 sent, or the request equals the current state; step 2 the device answered 0 | `A00000` | 成功 |
         *     | step 1 sending failed; step 2 the device answered a code other than 0, 1, 2, 11, 12, 13, 107 | `S00001` | 未知异常 |
         *     | the device did not answer | `S00002` | 设备未响应 |
         *     | the device answered 11 | `S00003` | 设备执行超时 |
         *     | the device answered 12 or 13 | `S00004` | 设备执行命令错误 |
         *     | the device answered 17 | `S00005` | 设备执行不支持该命令 |
         *     | the device answered 1 or 2 | `S00006` | 设备未知错误 |
         *     | the command queue is full | `S00007` | 当前设备繁忙请稍后再试 |
         *     | sending failed, the device is offline | `S03002` | 设备离线 |
         *
         *     Source: `zh-cn/Device/dev-control.md` (查询批量命令执行结果明细).
         *
         *     **Departures from the page**
         *
         *     * The output table lists only `detailInfo`; the page's example also has `batchResult` and
         *       `cmdSn` (and the batch's final answer `batchResultInfo`); this spec includes them (optional).
         *     * The page lists `A00000`, `S00001`–`S00007` and `S03002` under 错误码; this spec documents them as
         *       values of `detailInfo[].execResultCode` and not in `x-iotdock-codes`, because the table's own
         *       column ties them to the commands' steps: the query itself answers `00000`. Its example also
         *       shows `00000` rather than `A00000` for a successful step; both are documented.
         *     * The page's header sample sends `sequenceId: sdfsadf`, `appKey`, `Content-Encoding: utf-8` and an
         *       internal `Host`; this spec sends the common headers only (20-digit sequenceId, no appKey,
         *       `Parameters.md`, `Signature.md`).
         */
        get: operations["queryResult"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stdudse/v1/sendbatchCmd/{sn}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a batch of commands to devices (standard model)
         * @description Sends a batch of commands, in the standard model, for the logged-in user's devices. Haier puts
         *     each command through its logic (computation, conversion, compensation) and sends the commands to
         *     the devices one after the other in the order of their `index`. The call only accepts the batch:
         *     `00000` means the batch was taken, not that the devices executed it. The result comes later: to
         *     the `backUrl`, if given, and from `queryResult` with the same `sn`. Haier recommends this call
         *     over the single-command `operateStandardModel`.
         *
         *     **Ids.** The caller chooses the batch's total **`sn`** (path) and repeats it in every command's
         *     `sn`; each command has an **`index`** 0, 1, 2, … (no gaps, no duplicates). Haier gives each
         *     command a sub-sn, total sn + `:` + index (`subSn`; the caller may leave it out). In the results,
         *     `cmdSn` is the total sn and `cmdSubSn` the command's sub-sn, shown as `<sn>:_:<index, 3 digits>`
         *     (index 0 → `lpz4130527016:_:000`). Each command is **either** a property write (`name` + `value`)
         *     **or** a group command (`cmdName` + `cmdArgs`).
         *
         *     **The result sent to `backUrl`** (操作应答, "the answer finally returned to the caller"). When the
         *     batch is finished, Haier sends the batch's result to `backUrl` as a JSON object (the page names
         *     neither the HTTP method, presumably POST, nor headers, nor the answer it expects):
         *
         *     ```json
         *     {
         *       "cmdSn": "lpz4130527016",
         *       "batchResult": false,
         *       "batchResultInfo": "",
         *       "detailInfo": [{
         *         "execResultInfo": "设备执行命令错误",
         *         "execStep": 2,
         *         "execResult": false,
         *         "invalidCode": "1",
         *         "productCodeT": "ABCDEFG123",
         *         "cmdSn": "lpz4130527016",
         *         "execResultCode": "S00004",
         *         "oid": 3959165,
         *         "cmdSubSn": "lpz4130527016:_:000",
         *         "deviceId": "0007A8B7014E",
         *         "resultTime": 1588070070000
         *       }]
         *     }
         *     ```
         *
         *     That is `HaierBatchResult` (no `retCode`/`retInfo`): `cmdSn` (string, the total sn),
         *     `batchResult` (boolean, the batch's result), `batchResultInfo` (string) and `detailInfo`, a list
         *     of `HaierBatchResultDto`, one per command and step: `oid` (long), `cmdSn`, `cmdSubSn`, `deviceId`
         *     (strings), `execStep` (int: `1` sending, `2` the device's answer), `execResult` (boolean),
         *     `execResultCode` and `execResultInfo` (strings: `A00000` 成功 — the examples of a success show
         *     `00000` —, `S00001` 未知异常, `S00002` 设备未响应, `S00003` 设备执行超时, `S00004` 设备执行命令错误,
         *     `S00005` 设备执行不支持该命令, `S00006` 设备未知错误, `S00007` 当前设备繁忙请稍后再试, `S03002`
         *     设备离线; see `queryResult`), `invalidCode` (string, decimal; may come with `S00004` or `S00001`,
         *     not always), `productCodeT` (string), `resultTime` (long, ms). `queryResult` answers the same
         *     object with `retCode`/`retInfo`.
         *
         *     Codes: `G20202` the user does not match the device (not bound, no right to control it),
         *     `B00001`/`B00004` missing or invalid parameters, `A000xx` service errors, `G03002` (listed without
         *     a text; not in Haier's error table).
         *
         *     Source: `zh-cn/Device/dev-control.md` (批量命令操作（经过逻辑运算）).
         *
         *     **Departures from the page**
         *
         *     * The page's body sample also has a top-level `sn`, which the input table does not list (there
         *       `sn` is a url parameter); this spec accepts it as an optional body field equal to the path's
         *       `sn`, because the sample sends it.
         *     * The page's sample writes the sn as `" lpz4130527016"` (leading space, also in the commands'
         *       `sn` and `subSn`); this spec's example uses `lpz4130527016`, because the page's result for the
         *       same batch shows `cmdSn` `lpz4130527016` and a space in an id is evidently a slip.
         *     * The page says `backUrl` "只支持http协议" (http only) but its sample is an `https` URL; this spec
         *       accepts any URL.
         *     * The page's error list has `000001`, which is no code of Haier's table (`ErrorCodes.md`); this
         *       spec leaves it out.
         *     * The page's result example lacks two commas (after `invalidCode` and `productCodeT`); quoted
         *       above with them.
         *     * The page's header sample also sends `appKey` (the signing secret), `language: cn` and an internal
         *       `Host`; this spec sends the common headers only (the appKey is never sent, `Signature.md`;
         *       `language` is `zh-cn`, `Parameters.md`).
         */
        post: operations["sendbatchCmd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/uds/v1/protected/{deviceId}/aliasName": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a device's alias
         * @description Returns the alias (the name the user gave the device, 别名) of a device the logged-in user may
         *     see, with the device id. The alias is also the device's `deviceName` in `getDeviceInfos`; change
         *     it with `updateAliasName` (PUT on the same path).
         *
         *     Codes: the user has no right on the device → `G20202` (当前用户与该设备不匹配); session invalid →
         *     `D00006`; missing parameter → `B00001`; Haier's service down or failing → `A00001`, `A00004`.
         *
         *     Source: `zh-cn/Device/dev-mgmt.md` (获取设备别名).
         *
         *     **Departures from the page**
         *
         *     * The page's output table names the field `alisaName`; this spec says `aliasName`, because the
         *       page's own answer and the PUT of the same path (`updateAliasName`) spell it `aliasName`.
         *     * The page's error list names `B00001` twice; this spec lists it once.
         *     * The page's request sample sends `sequenceId: 2014022801010` (13 digits), an `appKey` header and
         *       `Content-Encoding: utf-8`; this spec sends a 20-digit `sequenceId` and neither header, because
         *       `Parameters.md` asks for 20 digits, the appKey only enters the signature and is never sent
         *       (`Signature.md`), and `utf-8` is not an HTTP content coding (root departure 9).
         */
        get: operations["getAliasName"];
        /**
         * Rename a device
         * @description Sets the alias (别名) of a device. Only a user with the configuration right (`set`) on the
         *     device may rename it. The new alias is what `getAliasName` answers and the device's
         *     `deviceName` in `getDeviceInfos`.
         *
         *     Codes: the user has no right on the device → `G20202`; session invalid → `D00006`; `aliasName`
         *     missing → `B00001`; Haier's service down or failing → `A00001`, `A00004`.
         *
         *     Source: `zh-cn/Device/dev-mgmt.md` (更新设备别名).
         *
         *     **Departures from the page**
         *
         *     * The page's error list names `B00001` twice; this spec lists it once.
         *     * The page's request sample sends `sequenceId: 2014022801010` (13 digits), an `appKey` header and
         *       `Content-Encoding: utf-8`; this spec sends a 20-digit `sequenceId` and neither header, because
         *       `Parameters.md` asks for 20 digits, the appKey only enters the signature and is never sent
         *       (`Signature.md`), and `utf-8` is not an HTTP content coding (root departure 9).
         */
        put: operations["updateAliasName"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/uds/v1/protected/{deviceId}/deviceBrand": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a device's brand and model
         * @description Returns the brand and model recorded for a device with `saveDeviceBrand` (`brandInfo`). A device
         *     for which none were recorded answers `G24001` (设备品牌型号信息为空).
         *
         *     Codes: nothing recorded → `G24001`; the user has no right on the device → `G20202`
         *     (当前用户与该设备不匹配); master-data access failed → `20903` (主数据访问异常); session invalid →
         *     `D00006`; missing parameter → `B00001`; Haier's service down → `A00001`.
         *
         *     Source: `zh-cn/Device/dev-mgmt.md` (查询设备品牌信息).
         *
         *     **Departures from the page**
         *
         *     * The page's output table names the field `brantInfo`; this spec says `brandInfo`, as the page's
         *       answer does.
         *     * The page's request sample sends `sequenceId: 2014022801010` (13 digits), an `appKey` header and
         *       `Content-Encoding: utf-8`; this spec sends a 20-digit `sequenceId` and neither header, because
         *       `Parameters.md` asks for 20 digits, the appKey only enters the signature and is never sent
         *       (`Signature.md`), and `utf-8` is not an HTTP content coding (root departure 9).
         */
        get: operations["getDeviceBrand"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/uds/v1/protected/{deviceId}/deviceInfo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a device's details
         * @description Returns the details of one device (`deviceVersion`, 设备详细信息) to a user who has the view right
         *     on it: its type identifiers (`wifiType` = the typeId, `deviceType`), brand and model
         *     (`baseProperty`), location, product model code and name, modules (base board and Wi-Fi module,
         *     with their hardware and software versions) and, for gateways and sub-devices, its role and
         *     related devices. Use it after `getDeviceInfos` to learn what a listed device is.
         *
         *     Codes: the user has no right on the device → `G20202` (当前用户与该设备不匹配); session invalid →
         *     `D00006`; missing parameter → `B00001`; Haier's service down or failing → `A00001`, `A00004`.
         *
         *     Source: `zh-cn/Device/dev-mgmt.md` (获取设备详细信息).
         *
         *     **Departures from the page**
         *
         *     * The page's answer writes `productNameT` and `productCodeT` with typographic quotes (`“…”:”…”`),
         *       which is not JSON; the `reference` example has straight quotes and the values as printed. (The
         *       page's values look swapped: `productNameT` holds the code `AB8Y7400Y`, `productCodeT` a model
         *       name, the other way round from its table and from `getDeviceInfos`.)
         *     * The structure `Module` (dev-intro.md) names its map `ModuleInfos`; this spec says `moduleInfos`,
         *       as the page's answer does.
         *     * The page's error list names `B00001` twice; this spec lists it once.
         *     * The page's request sample sends `sequenceId: 2014022801010` (13 digits), an `appKey` header and
         *       `Content-Encoding: utf-8`; this spec sends a 20-digit `sequenceId` and neither header, because
         *       `Parameters.md` asks for 20 digits, the appKey only enters the signature and is never sent
         *       (`Signature.md`), and `utf-8` is not an HTTP content coding (root departure 9).
         */
        get: operations["getDeviceInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/uds/v1/protected/{deviceId}/isOnline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check whether a device is online
         * @description Tells whether a device the user may see is online (connected to U+). The answer is a **string**,
         *     `isonline`: `"true"` or `"false"` (not a JSON boolean). The same state is the `online` boolean of
         *     `getDeviceInfos`.
         *
         *     Codes: the user has no right on the device → `G20202` (当前用户与该设备不匹配); session invalid →
         *     `D00006`; missing parameter → `B00001`; Haier's service down or failing → `A00001`, `A00004`.
         *
         *     Source: `zh-cn/Device/dev-mgmt.md` (查询设备是否在线).
         *
         *     **Departures from the page**
         *
         *     * The page's output table names the field `isOnline`; this spec says `isonline`, as the page's
         *       answer does (the same service answers the lower-case `deviceinfos` and `devicestatus`).
         *     * The page's error list names `B00001` twice; this spec lists it once.
         *     * The page's request sample sends `sequenceId: 2014022801010` (13 digits), an `appKey` header and
         *       `Content-Encoding: utf-8`; this spec sends a 20-digit `sequenceId` and neither header, because
         *       `Parameters.md` asks for 20 digits, the appKey only enters the signature and is never sent
         *       (`Signature.md`), and `utf-8` is not an HTTP content coding (root departure 9).
         */
        get: operations["getDeviceIsOnline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/uds/v1/protected/{deviceId}/lastReportStatus": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a device's last reported status
         * @description Returns the status the device reported last (获取设备最新状态): `devicestatus` with the device id,
         *     the time of the report (`timestamp`, Unix milliseconds **as a string**) and `statuses`, a list of
         *     `{name, value}` pairs, one per property, where both are **strings** — booleans as `"true"` /
         *     `"false"`, numbers in decimal (`"1200"`), an empty value as `""`. For standard-model devices the
         *     names are the model's property names (`onOffStatus`, `spinSpeed`, …); older devices report
         *     6-character codes (the page's `2000ZX`, `623006`). Read it to show a device's state without
         *     commanding it.
         *
         *     Codes: the user has no right on the device → `G20202` (当前用户与该设备不匹配); session invalid →
         *     `D00006`; missing parameter → `B00001`; Haier's service down or failing → `A00001`, `A00004`.
         *
         *     Source: `zh-cn/Device/dev-mgmt.md` (获取设备最新状态).
         *
         *     **Departures from the page**
         *
         *     * The page's output table names the field `DeviceStatus` (its type's name); this spec says
         *       `devicestatus`, as the page's answer does.
         *     * The structure `DeviceStatus` (dev-intro.md) types `timestamp` as long and `statuses` as
         *       `Map<String,String>`; this spec says a string of digits and an array of `{name, value}` string
         *       pairs, because that is what the page's answer holds (`"timestamp":"1502854990142"`,
         *       `"statuses":[{"name":"2000ZX","value":""}, …]`).
         *     * The page's request sample sends `sequenceId: 2014022801010` (13 digits), an `appKey` header and
         *       `Content-Encoding: utf-8`; this spec sends a 20-digit `sequenceId` and neither header, because
         *       `Parameters.md` asks for 20 digits, the appKey only enters the signature and is never sent
         *       (`Signature.md`), and `utf-8` is not an HTTP content coding (root departure 9).
         */
        get: operations["getLastReportStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/uds/v1/protected/{deviceId}/location": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a device's location
         * @description Returns where a device is (`loc`: longitude, latitude and city code), as last set with
         *     `updateDeviceLocation`. The same location is the `location` of `getDeviceInfo`. The page's example
         *     answers `0` for both coordinates next to a city code (apparently coordinates never set).
         *
         *     Codes: the user has no right on the device → `G20202` (当前用户与该设备不匹配); session invalid →
         *     `D00006`; missing parameter → `B00001`; Haier's service down or failing → `A00001`, `A00004`.
         *
         *     Source: `zh-cn/Device/dev-mgmt.md` (获取设备位置信息).
         *
         *     **Departures from the page**
         *
         *     * The page types `loc` as `Lociation`; this spec uses `Location` (dev-intro.md), of which
         *       `Lociation` is a misspelling.
         *     * The page's error list names `B00001` twice; this spec lists it once.
         *     * The page's request sample sends `sequenceId: 2014022801010` (13 digits), an `appKey` header and
         *       `Content-Encoding: utf-8`; this spec sends a 20-digit `sequenceId` and neither header, because
         *       `Parameters.md` asks for 20 digits, the appKey only enters the signature and is never sent
         *       (`Signature.md`), and `utf-8` is not an HTTP content coding (root departure 9).
         */
        get: operations["getDeviceLocation"];
        /**
         * Set a device's location
         * @description Sets where a device is (`loc`: longitude, latitude, city code). Only a user with the
         *     configuration right (`set`) on the device may change it. `getDeviceLocation` and the `location`
         *     of `getDeviceInfo` answer the new value.
         *
         *     Codes: the user has no right on the device → `G20202`; session invalid → `D00006`; `loc` missing
         *     → `B00001`; Haier's service down or failing → `A00001`, `A00004`.
         *
         *     Source: `zh-cn/Device/dev-mgmt.md` (更新位置信息).
         *
         *     **Departures from the page**
         *
         *     * The page's error list names `B00001` twice; this spec lists it once.
         *     * The page's request sample sends `sequenceId: 2014022801010` (13 digits), an `appKey` header and
         *       `Content-Encoding: utf-8`; this spec sends a 20-digit `sequenceId` and neither header, because
         *       `Parameters.md` asks for 20 digits, the appKey only enters the signature and is never sent
         *       (`Signature.md`), and `utf-8` is not an HTTP content coding (root departure 9).
         */
        put: operations["updateDeviceLocation"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/uds/v1/protected/deviceinfos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the user's devices
         * @description Lists every device the logged-in user may use (我的设备列表): the devices the user owns (bound),
         *     the devices other users shared with the user personally, and the devices shared with the user's
         *     families. Each entry (`DeviceInfo`) gives the device id, its name (= its alias), type identifiers
         *     (`wifiType` = typeId, `deviceType`), whether it is online, the user's permissions on it (one
         *     entry per way the user got it, `authType` `owner`, `share`, `home` or `server`, and their union in
         *     `totalPermission`), the product model code and name and, for gateways and sub-devices, the role
         *     and related devices. No parameters: the user is the token's. A user without devices gets an empty
         *     list.
         *
         *     Codes: session invalid → `D00006`; Haier's service down or failing → `A00001`, `A00004`; the
         *     page also lists `B00001` and `G20202`.
         *
         *     Source: `zh-cn/Device/dev-mgmt.md` (我的设备列表).
         *
         *     **Departures from the page**
         *
         *     * The page types `deviceinfos` as `DeviceInfo`; this spec says an array of `DeviceInfo`, because
         *       the page's answer is an array.
         *     * The page's answer writes `productNameT` and `productCodeT` with typographic quotes (`“…”:”…”`) and
         *       ends the first entry's `wifiType` with a full-width comma (`，`), which is not JSON; the
         *       `reference` example has straight quotes and commas and the values as printed (with their
         *       leading spaces).
         *     * The structure `Permission` (dev-intro.md) spells the owner's `authType` `owener`; this spec
         *       says `owner`, as the page's answer does.
         *     * The page's error list names `B00001` twice; this spec lists it once.
         *     * The page's request sample sends `sequenceId: 2014022801010` (13 digits), an `appKey` header and
         *       `Content-Encoding: utf-8`; this spec sends a 20-digit `sequenceId` and neither header, because
         *       `Parameters.md` asks for 20 digits, the appKey only enters the signature and is never sent
         *       (`Signature.md`), and `utf-8` is not an HTTP content coding (root departure 9).
         */
        get: operations["getDeviceInfos"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/uds/v1/protected/fota/checkDevFMVersion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check for a firmware update of a device
         * @description Checks the whole-appliance firmware of a device bound to the user (检测设备整机固件版本信息):
         *     answers the device's U+ model code and current firmware version (`devFWVersionDto.model`,
         *     `vers`) and, when a newer firmware can be installed, that firmware in `firmware` (version,
         *     description, download URL, size, digest, encryption, upgrade time-out). No `firmware` means the
         *     device does not support upgrades or is up to date. It only reads: it starts no upgrade (upgrade
         *     tasks are released on Haier's portal, `zh-cn/Device/upgradeOTA.md`).
         *
         *     Precondition: the user and the device are bound (前置条件：用户和设备有绑定关系); otherwise
         *     `G20202` (当前用户与该设备不匹配). `deviceId` missing → `B00001`; `G00003` is listed without text.
         *     Haier's service down → `A00001`.
         *
         *     Source: `zh-cn/Device/dev-mgmt.md` (检测设备整机固件版本信息).
         *
         *     **Departures from the page**
         *
         *     * The page's output table types `devFWVersionDto` as `DevFWVersionDto`; this spec uses
         *       `DevFWVersion` (dev-intro.md), the structure it names.
         *     * The page's answer writes `“size”:111` with typographic quotes, which is not JSON; the
         *       `reference` example has straight quotes.
         *     * The page's input table lists a `token` header; this spec has the `HaierAccessToken` scheme (the
         *       `accessToken` header of the page's sample).
         *     * The page's request sample sends `sequenceId: 2014022801010` (13 digits), an `appKey` header and
         *       `Content-Encoding: utf-8`; this spec sends a 20-digit `sequenceId` and neither header, because
         *       `Parameters.md` asks for 20 digits, the appKey only enters the signature and is never sent
         *       (`Signature.md`), and `utf-8` is not an HTTP content coding (root departure 9).
         */
        post: operations["checkDevFMVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/uds/v1/protected/saveDeviceBrand": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a device's brand and model
         * @description Records the brand and model of a device (添加设备品牌信息), given in `brandInfo` with the device's
         *     id. `getDeviceBrand` answers what was recorded. Brand and model are free text.
         *
         *     Codes: the user has no right on the device → `G20202` (当前用户与该设备不匹配); `brandInfo`
         *     missing → `B00001`; master-data access failed → `20903` (主数据访问异常); session invalid →
         *     `D00006`; Haier's service down → `A00001`.
         *
         *     Source: `zh-cn/Device/dev-mgmt.md` (添加设备品牌信息).
         *
         *     **Departures from the page**
         *
         *     * The page's input table lists a `token` header; this spec has the `HaierAccessToken` scheme (the
         *       `accessToken` header of the page's sample).
         *     * The page's input table names the body field `brantInfo`; this spec says `brandInfo`, as the
         *       page's request sample and the answer of `getDeviceBrand` do.
         *     * The page's request sample is addressed to `/uds/v1/protected/deviceAndRoom`; this spec uses the
         *       section's address, `/uds/v1/protected/saveDeviceBrand`.
         *     * The page's request sample sends `sequenceId: 2014022801010` (13 digits), an `appKey` header and
         *       `Content-Encoding: utf-8`; this spec sends a 20-digit `sequenceId` and neither header, because
         *       `Parameters.md` asks for 20 digits, the appKey only enters the signature and is never sent
         *       (`Signature.md`), and `utf-8` is not an HTTP content coding (root departure 9).
         */
        post: operations["saveDeviceBrand"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/udse/v1/devicesOperate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a command to a non-standard-model device
         * @description Sends one command or one group command to a device of the **non-standard model** (a device of
         *     6-character function codes) for the logged-in user, asynchronously (控制通道, control channel). The
         *     call answers `usn`; the device's answer is sent later to `callbackUrl`. For standard-model devices
         *     use `propertyWrite` (one property) or `operate` (a group command).
         *
         *     **The command.** `category` `AttrOp` (single command) or `GroupOp` (group command); `name` the
         *     command's code; `operateCodes` the Base64 of a JSON object (the page, 重要说明):
         *
         *     * single command: `category: AttrOp`, `name: 20g10o`, `operateCodes` = Base64 of
         *       `{"value":"30g106"}` (the sample: `name` `221001`, `operateCodes` `eyJ2YWx1ZSI6IjIyMTAwMSJ9` =
         *       Base64 of `{"value":"221001"}`);
         *     * group command: `category: GroupOp`, `name: 000001` (a group the ID document writes `0x0001` is
         *       sent as `000001`), `operateCodes` = Base64 of
         *       `{"value":[{"name":"20g10o","value":"30g106"},{"name":"20g10m","value":"12"},{"name":"20g10d","value":"30g101"}]}`;
         *     * pass-through data (E++ `8D` frames, 业务通道): `args` = Base64 of the raw bytes (hex
         *       `010203040506` → bytes → Base64), and `operateCodes` = Base64 of `{"data": args}`.
         *
         *     **sn and usn.** The caller makes `sn`, unique per request. Haier answers `usn`, its own serial
         *     number, one-to-one with `sn`; the callback carries the same `usn`.
         *
         *     **The callback** (操作应答), sent to `callbackUrl` when the device has answered:
         *     `{"retCode": "00000", "retInfo": "成功!", "usn": …, "deviceId": …, "result": …, "resCode": 0}`.
         *     `result` is the Base64 of `{"extData":{},"statuses":[{"name":…,"value":…},…]}` (the device's
         *     statuses); `resCode` (int) is the device's answer, `0` = executed (codes under `propertyWrite`).
         *     `retCode` is the platform's answer to the request, `resCode` the device's.
         *
         *     **Access.** The device-control calls (`/udse/…`) are made by the customer's app server: on
         *     `https://uws.haier.net/udse/…` from the internet, or `https://internal.uws.haier.net/udse/…` from
         *     inside Haier's network. They are authorised by an **IP allow-list** (ask Haier's IoT support to add
         *     the server's IPs), and the `appId` header carries the **systemId** of a cloud app opened on
         *     海极网 (开发者中心 → 我的产品 → 我的云应用; the sample's `SV-****-0000`).
         *
         *     Codes: `G20202` the user does not match the device (not bound, no right to control it), `D00006`
         *     session invalid, `B00001`/`B00004` missing or invalid parameters, `A00001` service unavailable,
         *     `G03002` (listed without a text; not in Haier's error table).
         *
         *     Source: `zh-cn/Device/dev-control.md` (用户设备操作-（非标准模型的单命令/组命令操作）; 重要说明).
         *
         *     **Departures from the page**
         *
         *     * The page names a second host for app servers inside Haier's network,
         *       `https://internal.uws.haier.net`; this spec keeps the API's servers and names it here only,
         *       because the public host is the API's default.
         *     * The page's callback example has a full-width comma (`，`) after `result`; quoted above without it.
         *     * The page's header sample sends a 29-character `sequenceId` (`08002700DC94-15110519074300001`)
         *       and `Content-type: application/json`; this spec sends the common headers of `Parameters.md`
         *       (20 digits; `application/json;charset=UTF-8`).
         */
        post: operations["devicesOperate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/udse/v1/operate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a group command to a standard-model device
         * @description Runs an operation (a group command) of a **standard-model** device of the logged-in user,
         *     asynchronously: `operationName` is the operation of the device's model and `operationValue` its
         *     properties as name/value pairs (which ones, and whether any, the device's model document says).
         *     The call answers `usn`; the device's answer is sent later to `callbackUrl`. For one property use
         *     `propertyWrite`; for non-standard-model devices `devicesOperate`.
         *
         *     **sn and usn.** The caller makes `sn`, unique per request. Haier answers `usn`, its own serial
         *     number, one-to-one with `sn`; the callback carries the same `usn`.
         *
         *     **The callback** (操作应答), sent to `callbackUrl` when the device has answered:
         *     `{"retCode": "00000", "retInfo": "成功!", "usn": …, "deviceId": …, "result": …, "resCode": 0}`.
         *     `result` is the Base64 of `{"extData":{},"args":[{"name":…,"value":…},…]}` (the device's
         *     properties); `resCode` (int) is the device's answer, `0` = executed (the other codes under
         *     `propertyWrite`).
         *
         *     **Access.** Made by the customer's app server on `https://uws.haier.net/udse/…` (or
         *     `https://internal.uws.haier.net/udse/…` from inside Haier's network), authorised by an **IP
         *     allow-list** (ask Haier's IoT support); the `appId` header carries the **systemId** of a cloud app
         *     opened on 海极网 (see `devicesOperate`).
         *
         *     Codes: `G20202` the user does not match the device (not bound, no right to control it), `D00006`
         *     session invalid, `B00001`/`B00004` missing or invalid parameters, `A00001` service unavailable,
         *     `G03002` (listed without a text; not in Haier's error table).
         *
         *     Source: `zh-cn/Device/dev-control.md` (用户设备操作-异步接口-（标准模型-组命令操作）; 重要说明).
         *
         *     **Departures from the page**
         *
         *     * The page's sample has `"sn": "FJIJ2L3-FSFRFGRTWT-HYRH""` (a stray `"`); this spec's example
         *       drops it.
         *     * The page names a second host, `https://internal.uws.haier.net`; this spec keeps the API's
         *       servers and names it here only, because the public host is the API's default.
         *     * The page's header sample sends a 29-character `sequenceId` and `Content-type: application/json`;
         *       this spec sends the common headers of `Parameters.md` (20 digits; `application/json;charset=UTF-8`).
         */
        post: operations["operate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/udse/v1/propertyWrite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Write one property of a standard-model device
         * @description Sets one property of a **standard-model** device of the logged-in user to a value, asynchronously.
         *     The call answers `usn`; the device's answer is sent later to `callbackUrl`. For several properties
         *     at once use `operate` (group command) or `sendbatchCmd`; for non-standard-model devices
         *     `devicesOperate`.
         *
         *     **sn and usn.** The caller makes `sn`, unique per request. Haier answers `usn`, its own serial
         *     number, one-to-one with `sn`; the callback carries the same `usn`.
         *
         *     **The callback** (操作应答), sent to `callbackUrl` when the device has answered:
         *     `{"retCode": "00000", "retInfo": "成功!", "usn": …, "deviceId": …, "result": …, "resCode": 0}`.
         *     `result` is the Base64 of `{"extData":{},"args":[{"name":…,"value":…},…]}` (the device's
         *     properties); `resCode` (int) is the device's answer — `retCode` is the platform's answer to the
         *     request. `resCode` values (控制resCode错误码列表): `0` success, `1` generic error, `2` the device's
         *     internal error, `11` execution timed out, `12` invalid command (e.g. switching off a device that is
         *     off), `13` illegal value (e.g. a temperature out of range), `14` invalid token, `15` the user is
         *     not bound to the device, `16` the device is offline, `17` command not supported (no such
         *     property or operation), `107` invalid command for the device's board (E++ devices), `200` the
         *     cloud's internal error. All but `200` come from the device itself.
         *
         *     **Access.** Made by the customer's app server on `https://uws.haier.net/udse/…` (or
         *     `https://internal.uws.haier.net/udse/…` from inside Haier's network), authorised by an **IP
         *     allow-list** (ask Haier's IoT support); the `appId` header carries the **systemId** of a cloud app
         *     opened on 海极网 (see `devicesOperate`).
         *
         *     Codes: `G20202` the user does not match the device (not bound, no right to control it), `D00006`
         *     session invalid, `B00001`/`B00004` missing or invalid parameters, `A00001` service unavailable,
         *     `G03002` (listed without a text; not in Haier's error table).
         *
         *     Source: `zh-cn/Device/dev-control.md` (用户写属性-异步接口-(标准模型-单命令写操作）; 重要说明).
         *
         *     **Departures from the page**
         *
         *     * The input table describes `value` as "设备写属性的属性名" (the property's name), evidently
         *       copied from `property`; this spec says it is the value to write.
         *     * The page's sample has `"sn": "FJIJ2L3-FSFRFGRTWT-HYRH""` (a stray `"`); this spec's example
         *       drops it.
         *     * The page names a second host, `https://internal.uws.haier.net`; this spec keeps the API's
         *       servers and names it here only, because the public host is the API's default.
         *     * The page's header sample sends a 29-character `sequenceId` and `Content-type: application/json`;
         *       this spec sends the common headers of `Parameters.md` (20 digits; `application/json;charset=UTF-8`).
         */
        post: operations["propertyWrite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ufm/v1/protected/shareDeviceService/person/{devId}/shareDeviceToMe": {
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
         * Give back a device shared with the user
         * @description The logged-in user, as the target of a personal share, gives back device `devId` that its
         *     administrator shared with this user (`shareDevice` with `targetId` = this user): the share is
         *     removed, and the device disappears from this user's `getDevicesSharedToMe` and from the
         *     administrator's `getSharedDevices`. The answer is the envelope only.
         *
         *     Source: `zh-cn/Device/dev-share.md` (用户删除分享给自己的个人设备).
         *
         *     **Departures from the page**
         *
         *     * The page's request sample has a body (a `shareDev` object, the same as `shareDevice`'s) although
         *       its input table has only the url parameter `devId` and the method is DELETE; this spec sends no
         *       body, as the same call's sample in `zh-cn/Family/fam-device.md` does.
         *     * The page's header sample sends a 13-digit `sequenceId`, `appKey` and `Content-Encoding: utf-8`;
         *       this spec sends the common headers of `Parameters.md` (20 digits, no appKey).
         */
        delete: operations["deleteShareDeviceToMe"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ufm/v1/protected/shareDeviceService/person/{targetId}/{devId}/shareDevice": {
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
         * Withdraw a device share from a user
         * @description The logged-in user, as the device's administrator, withdraws the personal share of device
         *     `devId` with user `targetId` (made by `shareDevice` with the same `targetId` and
         *     `shareDev.devInfo.deviceId` = `devId`): Haier removes the share, sends the target a "share
         *     cancelled" message and logs the sending. `targetId` may be a temporary user id, as for
         *     `shareDevice`. No body; the answer is the envelope only. Afterwards the share is gone from the
         *     administrator's `getSharedDevices` and the target's `getDevicesSharedToMe`.
         *
         *     Source: `zh-cn/Device/dev-share.md` (设备管理员取消设备分享).
         *
         *     **Departures from the page**
         *
         *     * The page writes the path with a space, `…/person/ {targetId}/{devId}/shareDevice`; this spec's
         *       path has none.
         *     * The page's input table calls `targetId` "设备分享者" (the device's sharer); this spec describes
         *       it as the user the device was shared with, because the page's own usage note (and `shareDevice`,
         *       where `targetId` is "分享设备的目标用户") says the cancellation is sent to that target user.
         *     * The page's header sample sends a 13-digit `sequenceId`, `appKey` and `Content-Encoding: utf-8`;
         *       this spec sends the common headers of `Parameters.md` (20 digits, no appKey).
         */
        delete: operations["cancelShareDevice"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ufm/v1/protected/shareDeviceService/person/{targetId}/shareDevice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Share a device with another user
         * @description The logged-in user, as the device's administrator, shares a device with another user (the
         *     **target**, `targetId`): Haier records the share, sends the target a "device shared" message and
         *     logs the sending. `targetId` may be a temporary user id (临时的userid: the id, valid for one day,
         *     that Haier's user search `/ufm/v1/protected/familyService/userInfo` answers for a user found by
         *     mobile number or e-mail; `zh-cn/Family/fam-member.md`). The body names the device
         *     (`shareDev.devInfo.deviceId`), the name to show it under (`devName`) and the rights
         *     (`permission`: `authType` `share`, `auth` `view`/`set`/`control`, at least one `true`).
         *
         *     Afterwards the share is listed by the administrator's `getSharedDevices` (with the target as
         *     `devShareUser`) and by the target's `getDevicesSharedToMe`; the administrator withdraws it with
         *     `cancelShareDevice` (`targetId`, `devId`), the target gives it back with
         *     `deleteShareDeviceToMe` (`devId`). Sharing with oneself is answered `F31225` (设备不能分享给自己).
         *
         *     Source: `zh-cn/Device/dev-share.md` (设备管理员分享设备给个人).
         *
         *     **Departures from the page**
         *
         *     * The page's input table says only that `shareDev` (a `ShareDevice`) is required; this spec
         *       requires `devInfo.deviceId`, `devName` and `permission` with `authType` `share`, as the same
         *       call's table in `zh-cn/Family/fam-device.md` does ("authType必须为share"; of `devInfo` only
         *       `deviceId` is read).
         *     * The page's output table lists `retCode` and `retInfo` only, i.e. the envelope.
         *     * The page's header sample sends a 13-digit `sequenceId`, `appKey` and `Content-Encoding: utf-8`;
         *       this spec sends the common headers of `Parameters.md` (20 digits, no appKey).
         */
        post: operations["shareDevice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ufm/v1/protected/shareDeviceService/person/devices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the devices the user administers
         * @description Lists the devices of which the logged-in user is the administrator (the devices the user bound,
         *     自有设备): the devices the user may share with `shareDevice`. Each entry is a
         *     `HaierShareDeviceBriefInfo` (`deviceName`, `deviceId`, `wifiType`, `deviceType`, `online`, and the
         *     further fields Haier fills). No parameters; not paged.
         *
         *     Source: `zh-cn/Device/dev-share.md` (设备管理员查询自有设备列表).
         *
         *     **Departures from the page**
         *
         *     * The page's answer writes the key as `"devices "` (a trailing space); this spec's `reference`
         *       example uses `devices`, the name in the output table.
         *     * The page's header sample sends a 13-digit `sequenceId`, `appKey` and `Content-Encoding: utf-8`;
         *       this spec sends the common headers of `Parameters.md` (20 digits, no appKey).
         */
        get: operations["getOwnDevices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ufm/v1/protected/shareDeviceService/person/shareDevices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the devices the user has shared with other people
         * @description For the logged-in user as a device's administrator (the user who bound it): lists, page by page,
         *     the personal shares the user has made with `shareDevice`. Each entry (`HaierShareDevice`) has the
         *     device (`devInfo`), the name it was shared under (`devName`), the user it is shared with
         *     (`devShareUser`, whose `userId` is the `targetId` of `shareDevice`) and the permission
         *     (`permission`, `authType` `share`, rights `view`/`set`/`control`). Counts are decimal strings.
         *
         *     Source: `zh-cn/Device/dev-share.md` (设备管理员查询设备管理员分享给个人的所有设备).
         *
         *     **Departures from the page**
         *
         *     * The page writes the path with a query string
         *       (`…/person/shareDevices?pageNumber={curpage}&pageSize={pageSize}`); this spec has the path
         *       without it and `pageNumber`, `pageSize` as query parameters.
         *     * The page's answer is not valid JSON: each entry is closed before `permission` (an extra `}`) and
         *       `userSex` is written with curly quotes; the `reference` example puts `permission` inside the
         *       entry and uses straight quotes.
         *     * The page's example gives `devShareUser` the keys `userId`, `userNickName`, `userHeadImg`,
         *       `userAge`, `userAddr`, `userSex`, where `UserBriefInfo` (fam-common.md) lists `name`, `email`,
         *       `userId`, `mobile`, `avatarUrl`, …; this spec allows any string-valued key.
         *     * The page's header sample sends a 13-digit `sequenceId`, `appKey` and `Content-Encoding: utf-8`;
         *       this spec sends the common headers of `Parameters.md` (20 digits, no appKey).
         */
        get: operations["getSharedDevices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ufm/v1/protected/shareDeviceService/person/shareDevices2me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the devices other people have shared with the user
         * @description For the logged-in user as an ordinary user: lists, page by page, the devices other users
         *     (their administrators) have shared with this user personally, i.e. the shares whose `targetId`
         *     was this user's id in `shareDevice`. Each entry (`HaierShareDevice`) has the device
         *     (`devInfo`), the name it was shared under (`devName`), the other user and the permission
         *     (`permission`, `authType` `share`, rights `view`/`set`/`control`). Counts are decimal strings.
         *     The user gives a share back with `deleteShareDeviceToMe`.
         *
         *     Which user an entry names is not consistent in Haier's documents: this page's example has
         *     `devShareUser` (as for `getSharedDevices`), while the same call in `zh-cn/Family/fam-device.md`
         *     lists and shows `devOwner`, the device's administrator; both are in the schema.
         *
         *     Source: `zh-cn/Device/dev-share.md` (普通用户查询分享给我的个人分享设备).
         *
         *     **Departures from the page**
         *
         *     * The page writes the path with a query string
         *       (`…/person/shareDevices2me?pageNumber={curpage}&pageSize={pageSize}`); this spec has the path
         *       without it and `pageNumber`, `pageSize` as query parameters.
         *     * The page's answer is not valid JSON: each entry is closed before `permission` (an extra `}`) and
         *       `userSex` is written with curly quotes; the `reference` example puts `permission` inside the
         *       entry and uses straight quotes.
         *     * The page's example gives `devShareUser` the keys `userId`, `userNickName`, `userHeadImg`,
         *       `userAge`, `userAddr`, `userSex`, where `UserBriefInfo` (fam-common.md) lists `name`, `email`,
         *       `userId`, `mobile`, `avatarUrl`, …; this spec allows any string-valued key.
         *     * The page's header sample sends a 13-digit `sequenceId`, `appKey` and `Content-Encoding: utf-8`;
         *       this spec sends the common headers of `Parameters.md` (20 digits, no appKey).
         */
        get: operations["getDevicesSharedToMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/getTerminals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List the logged-in user's registered terminals
         * @description Lists every active terminal registered (`registerTerminal`) for the logged-in user: its `appId`,
         *     `clientId`, alias and whether it was online in the last 10 minutes. The request has no body.
         *
         *     Service address `https://uws.haier.net/ums/v3` (the operation's server). The page lists no error
         *     codes.
         *
         *     Source: `zh-cn/Message/msg-terminal-mgmt.md` (获取用户终端列表).
         *
         *     **Departures from the page**
         *
         *     * The page's 接入地址 is `/account/getTerminals` under the service address
         *       `https://uws.haier.net/ums/v3` (its sample posts to `https://uws.haier.net/ums/v3/account/getTerminals`).
         *       This spec keeps the path and gives the operation that server, because the pages write every path
         *       without the service prefix; the signed urlPath is the full path `/ums/v3/account/getTerminals`.
         *     * The section does not mention the token, but its header sample sends an `accessToken` and the
         *       answer is the user's; this spec requires it.
         *     * The output table marks `retData` required; this spec leaves it optional, because error answers
         *       carry only `retCode`/`retInfo`.
         *     * The page types `lastOnlineTime` Date without a format; this spec types it a string, because no
         *       example shows one.
         *     * The sample's headers include `appKey` (masked) and `Content-Encoding: utf-8`; this spec sends
         *       neither: the appKey is the signing secret and never sent, and `utf-8` is not a content coding (the
         *       API's departure 9). The sample sends no body (`Content-Length: 0`), and neither does this spec.
         */
        post: operations["getTerminals"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unregister the calling terminal
         * @description Removes the registration of the calling terminal (the `appId` and `clientId` headers plus the
         *     logged-in user, registered with `registerTerminal`): it no longer receives messages. Typically
         *     called when the user closes the account or uninstalls the app. The request has no body; answers
         *     only `retCode`/`retInfo`.
         *
         *     Service address `https://uws.haier.net/ums/v3` (the operation's server). The page lists no error
         *     codes. Not to be confused with the account service's `/uaccount/v1/security/logout`.
         *
         *     Source: `zh-cn/Message/msg-terminal-mgmt.md` (终端注销).
         *
         *     **Departures from the page**
         *
         *     * The page's 接入地址 is `/account/logout` under the service address `https://uws.haier.net/ums/v3`
         *       (its sample posts to `https://uws.haier.net/ums/v3/account/logout`). This spec keeps the path and
         *       gives the operation that server, because the pages write every path without the service prefix;
         *       the signed urlPath is the full path `/ums/v3/account/logout`.
         *     * The section does not mention the token, but its header sample sends an `accessToken`; this spec
         *       requires it.
         *     * The sample's headers include `appKey` (masked) and `Content-Encoding: utf-8`; this spec sends
         *       neither: the appKey is the signing secret and never sent, and `utf-8` is not a content coding (the
         *       API's departure 9). The sample sends no body (`Content-Length: 0`), and neither does this spec.
         */
        post: operations["logoutTerminal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register a terminal to receive messages
         * @description Registers the calling terminal with the message service: links the `appId` and `clientId`
         *     headers, the user of the token and the terminal's push channel (`channel`, `pushId`), and
         *     optionally its phone maker's channel (`mfrsChan`, `mfrsRegId`, `mfrsMsgOpen`). A terminal must be
         *     registered before the message services (UMS, UMSE) push to it or answer for it: the pushes by
         *     user, app, family or terminal, the history and the do-not-disturb rules all refer to registered
         *     terminals. `logoutTerminal` removes the registration, `getTerminals` lists the user's
         *     terminals. Answers only `retCode`/`retInfo`.
         *
         *     Service address `https://uws.haier.net/ums/v3` (the operation's server). The page lists no error
         *     codes.
         *
         *     Source: `zh-cn/Message/msg-terminal-mgmt.md` (终端注册).
         *
         *     **Departures from the page**
         *
         *     * The page's 接入地址 is `/account/register` under the service address `https://uws.haier.net/ums/v3`
         *       (its sample posts to `https://uws.haier.net/ums/v3/account/register`). This spec keeps the path and
         *       gives the operation that server, because the pages write every path without the service prefix;
         *       the signed urlPath is the full path `/ums/v3/account/register`.
         *     * The page sends the `accessToken` only "if the user's userId is to be registered"; this spec
         *       requires it (one security requirement; the page's sample sends it), so a terminal is always
         *       registered for a user.
         *     * The sample's headers include `appKey` (masked) and `Content-Encoding: utf-8`; this spec sends
         *       neither: the appKey is the signing secret and never sent, and `utf-8` is not a content coding (the
         *       API's departure 9).
         */
        post: operations["registerTerminal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bsm/findBSMByUserID": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List a user's business-state records (cloud)
         * @description Lists the business-state (BSM) records of user `userId` in family `familyId`: the business objects
         *     (e.g. new scenes) announced with business-state messages (see `pushByFamilies`) and each one's
         *     latest status for the user (`lastBoStatus` `0` new, `1` read, `2` deleted). Filter by
         *     `boCategory` (`0` scene, `1` family) and `boStatus`; `queryTime` and `queryTag` pick the records
         *     before (`1`) or after (`0`) a time; `startPage` and `pageSize` page the list. By default Haier
         *     answers the latest records of the last three months, newest `updateTime` first.
         *
         *     A cloud function: called by the customer's cloud application (the `appId` header is its systemId)
         *     without a user token, on the UMSE service (the operation's servers). The page lists no error
         *     codes.
         *
         *     Source: `zh-cn/Message/msg-push.md` (云端功能接口, 按用户获取业务状态列表).
         *
         *     **Departures from the page**
         *
         *     * The page's 接入地址 is `/bsm/findBSMByUserID` under the cloud functions' service address
         *       `https://internal.uws.haier.net/umse/v3` (intranet; caller IPs must be whitelisted), while its
         *       sample posts to `https://uws.haier.net/umse/v3/ bsm/findBSMByUserID` (with a stray space). This spec
         *       keeps the path and gives the operation both servers, because the pages write every path without
         *       the service prefix; the signed urlPath is the full path `/umse/v3/bsm/findBSMByUserID`.
         *     * The cloud functions' header table lists only `appId` (the cloud app's systemId, from 海极网 我的云应用),
         *       `appVersion` (optional), `sequenceId` (6–32 characters), `sign`, `timetamp` (sic) and `content-type`
         *       `applicationg/json;charset=UTF-8` (sic); no `clientId`, `language` or `timezone`. This spec requires
         *       the API's eight signed common headers, because the call is signed like every UWS call and the
         *       samples send UWS headers (`appVersion`, `language`); a 20-digit `sequenceId` is within 6–32
         *       characters.
         *     * The input table has two rows named `queryTime`: the required start time (TimeStamp) and an
         *       optional Integer "number per page, 1–1000". This spec names the second `pageSize`, as the cloud
         *       history query (`getMsgHistory` by taskId) names the same parameter, because one body cannot hold
         *       two `queryTime`.
         *     * The page types `queryTime`, `createTime` and `updateTime` `TimeStamp`; its sample writes
         *       `queryTime` as `"2020-07-09 13:53:05"`. This spec types all three strings `yyyy-MM-dd HH:mm:ss`,
         *       as the sample.
         *     * The page's sample body is not JSON (`"queryTime ":,"2020-07-09 13:53:05"`) and writes the keys
         *       `"queryTag "` and `"queryTime "` with a trailing space; this spec's request example is
         *       `{"userId":"12345","familyId":"123","boStatus":0,"boCategory":0,"queryTag":0,"queryTime":"2020-07-09 13:53:05"}`.
         *     * The input table types `userId` `Sting`; this spec says string.
         *     * The page's answer has `"retData":""`, while the output table types it `List<MsgBoUserDto>`; this
         *       spec's `reference` example answers an empty list (`[]`), and leaves `retData` optional, because
         *       error answers carry only `retCode`/`retInfo`.
         *     * The sample's headers include `appKey` (masked) and `Content-Encoding: utf-8`; this spec sends
         *       neither: the appKey is the signing secret and never sent, and `utf-8` is not a content coding (the
         *       API's departure 9).
         */
        post: operations["findBSMByUserID"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/client-request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register or unregister a client with the message centre (MCS)
         * @description Registers a client (a device, a device or mobile app, or a cloud application) with Haier's
         *     message centre MCS, or unregisters it, in the MCSP protocol `v4`. Registration is the
         *     prerequisite of every MCS push (`pushMsg`): it authorises the client to push to other clients
         *     through the message centre. `payload.method` names the operation (`registerClient` in the page's
         *     registration example, `unregisterUser` in its unregistration example); `payload.from.client`
         *     describes the client (`type` `device` with `device.deviceId`, `deviceApp`/`mobileApp` with
         *     `app.appId` and `app.clientId`, `cloudApp` with `system.systemId`), `payload.registration` its
         *     push capabilities. `sn` is the caller's serial number, echoed in the answer. A registration
         *     answers the client's `pushId` (its id in the message centre) in `retData.to.client.pushId`;
         *     `retData.result.code` is `00000` on success.
         *
         *     Service address `https://uws.haier.net/mcs/hermes` (the operation's server). The page lists no
         *     error codes.
         *
         *     Source: `zh-cn/Message/msg-push.md` (新终端功能, 终端注册/注销); also its appendix (大数据业务参考示例).
         *
         *     **Departures from the page**
         *
         *     * The page's 接入地址 is `/client-request` under the service address `https://uws.haier.net/mcs/hermes`
         *       (its sample posts to `https://uws.haier.net/mcs/hermes/client-request`). This spec keeps the path and
         *       gives the operation that server, because the pages write every path without the service prefix;
         *       the signed urlPath is the full path `/mcs/hermes/client-request`.
         *     * The page sends the `accessToken` only "if the user's userId is to be registered"; this spec
         *       requires it (one security requirement; the page's main sample sends it). The appendix registers a
         *       cloud application without a token.
         *     * The page types `payload` and `retData` "JSON String"; its samples send JSON objects. This spec types
         *       them objects.
         *     * The page's sample body is not JSON: it holds two alternatives labelled 注册示例 and 注销示例, with a
         *       trailing comma. This spec's request example is the registration alternative.
         *     * The page's answer is not JSON (`result”: {“code”: “value”, “desc”: “value”}` with typographic quotes
         *       and a missing quote); this spec's `reference` example has `"result": {"code": "value", "desc":
         *       "value"}`. The appendix's answer has no envelope (the `retData` object alone); this spec follows the
         *       main example (the envelope with `retData`).
         *     * The samples send a `Version: v4` header, which the input table does not list; this spec has it as an
         *       optional header parameter.
         *     * The sample's headers include `appKey` (masked) and `Content-Encoding: utf-8`; this spec sends
         *       neither: the appKey is the signing secret and never sent, and `utf-8` is not a content coding (the
         *       API's departure 9).
         */
        post: operations["clientRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/config/cancelNotDisturb": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a do-not-disturb rule
         * @description Deletes the do-not-disturb rule `dndId` (from `setNotDisturb`, `setTagNotDisturb` or
         *     `getNotDisturbs`) of the logged-in user's terminal. Prerequisites: the user is logged in and the
         *     rule exists.
         *
         *     Service address `https://uws.haier.net/ums/v3` (the operation's server). Answers only
         *     `retCode`/`retInfo`; the page lists no error codes.
         *
         *     Source: `zh-cn/Message/msg-notdisturb.md` (取消终端免打扰).
         *
         *     **Departures from the page**
         *
         *     * The page's 接入地址 is `/config/cancelNotDisturb`; its sample posts to
         *       `https://uws.haier.net/ums/v3/config/cancelNotDisturb`. This spec keeps the path and gives the
         *       operation the server `https://uws.haier.net/ums/v3`, because the pages write every path without the
         *       service prefix; the signed urlPath is the full path `/ums/v3/config/cancelNotDisturb`.
         *     * The sample's headers include `appKey` (masked) and `Content-Encoding: utf-8`; this spec sends
         *       neither: the appKey is the signing secret and never sent, and `utf-8` is not a content coding (the
         *       API's departure 9).
         */
        post: operations["cancelNotDisturb"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/config/getNotDisturbs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List the terminal's do-not-disturb rules
         * @description Lists the do-not-disturb rules of the calling terminal (the `appId` and `clientId` headers plus
         *     the logged-in user), set with `setNotDisturb` (by business type, `dndType` `0`) and
         *     `setTagNotDisturb` (by tag, `dndType` `1`). The request has no body.
         *
         *     Service address `https://uws.haier.net/ums/v3` (the operation's server). The page lists no error
         *     codes.
         *
         *     Source: `zh-cn/Message/msg-notdisturb.md` (查询免打扰信息).
         *
         *     **Departures from the page**
         *
         *     * The page's 接入地址 is `/config/getNotDisturbs`; its sample posts to
         *       `https://uws.haier.net/ums/v3/config/getNotDisturbs`. This spec keeps the path and gives the
         *       operation the server `https://uws.haier.net/ums/v3`, because the pages write every path without the
         *       service prefix; the signed urlPath is the full path `/ums/v3/config/getNotDisturbs`.
         *     * The section does not mention the token, but its header sample sends an `accessToken`; this spec
         *       requires it (the rules are those of the user's terminal).
         *     * The output table marks `retData` required; this spec leaves it optional, because error answers
         *       carry only `retCode`/`retInfo`.
         *     * The sample's headers include `appKey` (masked) and `Content-Encoding: utf-8`; this spec sends
         *       neither: the appKey is the signing secret and never sent, and `utf-8` is not a content coding (the
         *       API's departure 9). The sample sends no body (`Content-Length: 0`), and neither does this spec.
         */
        post: operations["getNotDisturbs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/config/setNotDisturb": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a do-not-disturb period for a business type
         * @description Adds a do-not-disturb rule for the calling terminal (the `appId` and `clientId` headers plus the
         *     logged-in user): messages of business type `businessType` and priority `priority` are not pushed
         *     between `beginTime` and `endTime` (`HH:mm`; the period may span midnight, e.g. 21:00–07:00). A
         *     terminal may have several rules; each business type needs its own rule, and the periods of one
         *     terminal's rules must not overlap. Answers the new rule's id in `retData` (`DND…`), for
         *     `cancelNotDisturb`; `getNotDisturbs` lists the rules. `setTagNotDisturb` sets a rule by tag
         *     instead.
         *
         *     Service address `https://uws.haier.net/ums/v3` (the operation's server). The page lists no error
         *     codes.
         *
         *     Source: `zh-cn/Message/msg-notdisturb.md` (按类型设置免打扰).
         *
         *     **Departures from the page**
         *
         *     * The page's 接入地址 is `/config/setNotDisturb`; the section's service address is
         *       `https://uws.haier.net/ums/v3`. This spec keeps the path and gives the operation the server
         *       `https://uws.haier.net/ums/v3`, because the pages write every path without the service prefix; the
         *       signed urlPath is the full path `/ums/v3/config/setNotDisturb`.
         *     * The page's sample is the one of `setTagNotDisturb`: it posts to `…/ums/v3/config/setTagNotDisturb`
         *       with `{"priority":1,"beginTime":"21:00","dndTag":"abcd","endTime":"07:00"}`. This spec's request
         *       example sends `businessType` `1` instead of `dndTag`, because this operation's table requires
         *       `businessType` and has no `dndTag`.
         *     * The page writes the time format `HH:ss`; this spec says `HH:mm`, because the examples are `21:00`
         *       and `07:00` and a quiet period is given in hours and minutes.
         *     * The output table names the output `dndId`; the page's example answers it as `retData`
         *       (`{"retCode":"00000","retInfo":"success","retData":"DND9b8f…"}`). This spec follows the example.
         *     * The page says each rule "supports several priorities" but types `priority` as one Integer; this
         *       spec follows the type (one priority per request).
         *     * The sample's headers include `appKey` (masked) and `Content-Encoding: utf-8`; this spec sends
         *       neither: the appKey is the signing secret and never sent, and `utf-8` is not a content coding (the
         *       API's departure 9).
         */
        post: operations["setNotDisturb"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/config/setTagNotDisturb": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a do-not-disturb period for a tag
         * @description Adds a do-not-disturb rule by tag for the calling terminal (the `appId` and `clientId` headers
         *     plus the logged-in user): messages pushed with tag `dndTag` (the `tag` of the push operations,
         *     e.g. a family or device id) and priority `priority` are not pushed between `beginTime` and
         *     `endTime` (`HH:mm`). A terminal may have several rules; each tag needs its own rule, and the
         *     periods of one tag's rules must not overlap. Answers the new rule's id in `retData`, for
         *     `cancelNotDisturb`.
         *
         *     Service address `https://uws.haier.net/ums/v3` (the operation's server). The page lists no error
         *     codes.
         *
         *     Source: `zh-cn/Message/msg-notdisturb.md` (按标签设置免打扰).
         *
         *     **Departures from the page**
         *
         *     * The page's 接入地址 is `/config/setTagNotDisturb`; its sample posts to
         *       `https://uws.haier.net/ums/v3/config/setTagNotDisturb`. This spec keeps the path and gives the
         *       operation the server `https://uws.haier.net/ums/v3`, because the pages write every path without the
         *       service prefix; the signed urlPath is the full path `/ums/v3/config/setTagNotDisturb`.
         *     * The section does not mention the token, but its header sample sends an `accessToken`; this spec
         *       requires it, as for `setNotDisturb`.
         *     * The page's sample body `{"priority":1,"beginTime":"00:00","tag":"DC330D5EE767 ",endTime":"07:00"}`
         *       is not JSON (a quote is missing before `endTime`) and names the tag `tag`; this spec's request
         *       example is `{"priority":1,"beginTime":"00:00","dndTag":"DC330D5EE767","endTime":"07:00"}`, because
         *       the table names the field `dndTag` (the stray space after the device id is dropped too).
         *     * The page writes the time format `HH:ss`; this spec says `HH:mm`, because the examples are `00:00`
         *       and `07:00` and a quiet period is given in hours and minutes.
         *     * The output table names the output `dndId`; the page's example answers it as `retData`. This spec
         *       follows the example.
         *     * The sample's headers include `appKey` (masked) and `Content-Encoding: utf-8`; this spec sends
         *       neither: the appKey is the signing secret and never sent, and `utf-8` is not a content coding (the
         *       API's departure 9).
         */
        post: operations["setTagNotDisturb"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/msg/delMsgHistory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete messages from the logged-in user's message history
         * @description Deletes one or more messages (`taskIds`, from `getMsgHistory`) from the logged-in user's message
         *     history. Haier marks them deleted (`MSG_STATUS` 5 in its dispatch table) rather than erasing them;
         *     they no longer appear in `getMsgHistory`.
         *
         *     Service address `https://uws.haier.net/ums/v3` (the operation's server). Answers only
         *     `retCode`/`retInfo`; the page lists no error codes.
         *
         *     Source: `zh-cn/Message/msg-mgmt.md` (删除历史消息).
         *
         *     **Departures from the page**
         *
         *     * The page's 接入地址 is `/msg/delMsgHistory`; its sample posts to
         *       `https://uws.haier.net/ums/v3/msg/delMsgHistory`. This spec keeps the path and gives the operation
         *       the server `https://uws.haier.net/ums/v3`, because the pages write every path without the service
         *       prefix; the signed urlPath is the full path `/ums/v3/msg/delMsgHistory`.
         *     * The sample's headers include `appKey` (masked) and `Content-Encoding: utf-8`; this spec sends
         *       neither: the appKey is the signing secret and never sent, and `utf-8` is not a content coding (the
         *       API's departure 9).
         */
        post: operations["delMsgHistory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/msg/getMsgHistory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get the logged-in user's message history
         * @description Lists the messages pushed to the calling terminal of the logged-in user (the message centre),
         *     newest first, one page at a time. The terminal is the `appId` and `clientId` headers plus the
         *     user of the token; history is never shared across apps, and reaches back at most one year (or
         *     the message's `msgExpires`). Filter by `businessType` or by `tag` (the `tag` the message was
         *     pushed with, e.g. a family id), or neither for all of the terminal's messages.
         *
         *     Paging: `msgTime` and `queryTag` pick the messages older (`queryTag` `1`) or newer (`0`) than
         *     `msgTime`; `querySize` caps the page. To page back, send the `pushTime` of the last message
         *     received as `msgTime` with `queryTag` `1`. The answer's `totalRecords` is the number of matching
         *     messages (61 in the page's example, which answers 5), `retData` the page. Each message carries
         *     its `taskId` (for `reportStatus`, `reportStatusByPatch`, `delMsgHistory`), its read status and the
         *     message as it was pushed (`HaierUpMsg`). Messages deleted with `delMsgHistory` are not listed.
         *
         *     Service address `https://uws.haier.net/ums/v3` (the operation's server). The page lists no error
         *     codes.
         *
         *     Source: `zh-cn/Message/msg-mgmt.md` (查询历史消息); also `zh-cn/Message/msg-push.md` (根据taskId查询历史消息).
         *
         *     **Departures from the page**
         *
         *     * The page's 接入地址 is `/msg/getMsgHistory`; its sample posts to
         *       `https://uws.haier.net/ums/v3/msg/getMsgHistory`. This spec keeps the path and gives the operation
         *       the server `https://uws.haier.net/ums/v3`, because the pages write every path without the service
         *       prefix; the signed urlPath is the full path `/ums/v3/msg/getMsgHistory`.
         *     * `msg-push.md` documents the same 接入地址 a second time (根据taskId查询历史消息) for the cloud service
         *       `https://internal.uws.haier.net/umse/v3` (sample `POST /umse/v3/msg/getMsgHistory`, no token):
         *       body `taskId` (required, typed `Sting`), `startPage` (1–10000) and `pageSize` (1–1000), answering
         *       `retData` as a list of `MsgCloudHistoryDto` (`userId`, `appId`, `clientId`, `businessType`,
         *       `message`, `msgStatus`, `readStatus`, `tag`, `pushTime`, `retCode`; its example also has
         *       `msgCode`, `priority`, a `message` that is a plain string and a `pushTime` without milliseconds)
         *       and an optional `totalRecords`. This spec models only the terminal operation of `msg-mgmt.md`,
         *       because one path can hold one operation here and the two are different endpoints
         *       (`/ums/v3/…` and `/umse/v3/…`) with different inputs and answers.
         *     * The page's sample sends `"queryTag":"0"` (a string); this spec's request example sends `0`,
         *       because the table types `queryTag` Integer.
         *     * The page gives `msgTime` the format `yyyy-MM-dd HH:mm:ss.SSS` but its sample sends
         *       `2019-1-8 16:31:10.0`; this spec accepts both (the pattern allows one-digit month, day and time
         *       fields and one to three fraction digits), because Haier evidently parses it leniently.
         *     * The output table names the message type `MsgClientHiustoryDto` (a typo) and marks `retData` and
         *       `totalRecords` required; this spec uses `MsgClientHistoryDto` (`HaierMessage`) and leaves them
         *       optional, because error answers carry only `retCode`/`retInfo`.
         *     * The page's answer has `null` for `notification`, `android`, `ios`, `options.priority` and
         *       `options.jiguangOptions`, while its common structures say null fields are left out; this spec
         *       allows `null` there, because the example shows them.
         *     * The sample's headers include `appKey` (masked) and `Content-Encoding: utf-8`; this spec sends
         *       neither: the appKey is the signing secret and never sent, and `utf-8` is not a content coding (the
         *       API's departure 9).
         */
        post: operations["getMsgHistory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/msg/getMsgSubtotal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Summarise the logged-in user's messages per business type
         * @description Answers one summary per business type (message category) of the logged-in user's messages,
         *     categories with the newest message first: the number of messages (`totalRecords`), the number of
         *     unread messages (`unreadMsgNum`), the newest unread message (`unreadMsg`, only when there is
         *     one), the category's do-not-disturb rules (`doNotDisturbDtos`, only when set, see
         *     `setNotDisturb`) and the time of its newest message (`latestMsgTime`, only when it has messages).
         *     The request has no parameters: this spec sends `{}`.
         *
         *     Service address `https://uws.haier.net/ums/v3` (the operation's server). The page lists no error
         *     codes.
         *
         *     Source: `zh-cn/Message/msg-mgmt.md` (查询消息汇总); the same 接入地址 also heads the section 上报BSM业务消息状态.
         *
         *     **Departures from the page**
         *
         *     * The page's 接入地址 is `/msg/getMsgSubtotal`; the Message pages' service address is
         *       `https://uws.haier.net/ums/v3` (this section has no sample). This spec keeps the path and gives the
         *       operation the server `https://uws.haier.net/ums/v3`, because the pages write every path without the
         *       service prefix; the signed urlPath is the full path `/ums/v3/msg/getMsgSubtotal`.
         *     * The section names no `accessToken` and has no header sample; this spec requires the token, because
         *       the answer is the logged-in user's (unread counts, the terminal's do-not-disturb rules) and the
         *       page's other section under this 接入地址 requires it.
         *     * The section shows no request body ("无输入参数"); this spec sends `{}`, as the page's
         *       `getUnreadNum` sample does.
         *     * The page gives `/msg/getMsgSubtotal` a second time as the 接入地址 of 上报BSM业务消息状态 (report a
         *       business-state message's status: body `boId` String and `boStatus` Integer `0` new / `1` read /
         *       `2` deleted, both required; output `retData` String), whose sample instead posts
         *       `{"taskId", "boId", "userId", "appId", "clientId", "boStatus":"0"}` to
         *       `https://uws.haier.net/ums/v3/ bms/reportBSMStatus`. This spec takes that 接入地址 for a copy error
         *       and does not model the section here, because its input, output and sample URL belong to another
         *       operation (evidently `/bsm/reportBSMStatus`, not part of this API).
         *     * The page types `MsgCategoryDto.businessType` String (unlike `businessType` everywhere else); this
         *       spec keeps String, because there is no example to show otherwise.
         *     * The output table marks `retData` required; this spec leaves it optional, because error answers
         *       carry only `retCode`/`retInfo`.
         */
        post: operations["getMsgSubtotal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/msg/getUnreadNum": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Count the logged-in user's unread messages per business type
         * @description Answers, for each business type that has messages, the number of unread messages of the
         *     logged-in user (`retData`, one entry per business type), e.g. for the badges of the message
         *     centre. The request has no parameters: the body is `{}`. `reportStatus`, `reportStatusByPatch`
         *     and `reportStatusByType` lower the counts; `getMsgSubtotal` gives the same counts with more detail.
         *
         *     Service address `https://uws.haier.net/ums/v3` (the operation's server). The page lists no error
         *     codes.
         *
         *     Source: `zh-cn/Message/msg-mgmt.md` (查询未读消息的数量).
         *
         *     **Departures from the page**
         *
         *     * The page's 接入地址 is `/msg/getUnreadNum`; its sample posts to
         *       `https://uws.haier.net/ums/v3/msg/getUnreadNum`. This spec keeps the path and gives the operation
         *       the server `https://uws.haier.net/ums/v3`, because the pages write every path without the service
         *       prefix; the signed urlPath is the full path `/ums/v3/msg/getUnreadNum`.
         *     * The page types the entries `MsgUnreadNumDto` with `business` (String) and `msgNums` (String); its
         *       example answers `{"businessType":0,"msgNums":46}`. This spec follows the example (`businessType`
         *       and `msgNums`, both integers), because it is what the service sends.
         *     * The output table marks `retData` required; this spec leaves it optional, because error answers
         *       carry only `retCode`/`retInfo`.
         *     * The sample's headers include `appKey` (masked) and `Content-Encoding: utf-8`; this spec sends
         *       neither: the appKey is the signing secret and never sent, and `utf-8` is not a content coding (the
         *       API's departure 9).
         */
        post: operations["getUnreadNum"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/msg/pushByApps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Push a message to all users of given apps (cloud)
         * @description Pushes `message` (the message model `HaierUpMsg`, version `v3`) from the customer's cloud to the
         *     registered terminals of the apps `toApps` (all their users). `isBurn` `1` makes it a
         *     burn-after-reading message; `tag` labels it. Answers the push's task id in `retData`.
         *
         *     A cloud function: called by the customer's cloud application (the `appId` header is its systemId)
         *     without a user token, on the UMSE service (the operation's servers). The page lists no error
         *     codes.
         *
         *     Source: `zh-cn/Message/msg-push.md` (云端功能接口, 按应用推送消息).
         *
         *     **Departures from the page**
         *
         *     * The page's 接入地址 is `/msg/pushByApps` under the cloud functions' service address
         *       `https://internal.uws.haier.net/umse/v3` (intranet; caller IPs must be whitelisted), while its sample posts to
         *       `https://uws.haier.net/umse/v3/msg/pushByApps`. This spec keeps the path and
         *       gives the operation both servers, because the pages write every path without the service prefix;
         *       the signed urlPath is the full path `/umse/v3/msg/pushByApps`.
         *     * The cloud functions' header table lists only `appId` (the cloud app's systemId, from 海极网 我的云应用),
         *       `appVersion` (optional), `sequenceId` (6–32 characters), `sign`, `timetamp` (sic) and `content-type`
         *       `applicationg/json;charset=UTF-8` (sic); no `clientId`, `language` or `timezone`. This spec requires
         *       the API's eight signed common headers, because the call is signed like every UWS call and the
         *       samples send UWS headers (`appVersion`, `language`); a 20-digit `sequenceId` is within 6–32
         *       characters.
         *     * The output table names the task id `taskId`; the page's example answers it as `retData`. This
         *       spec follows the example and leaves it optional, because error answers carry only
         *       `retCode`/`retInfo`.
         *     * The sample's headers include `appKey` (masked) and `Content-Encoding: utf-8`; this spec sends
         *       neither: the appKey is the signing secret and never sent, and `utf-8` is not a content coding (the
         *       API's departure 9).
         */
        post: operations["pushByApps"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/msg/pushByClients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Push a message to some of the logged-in user's terminals
         * @description Pushes `message` (the message model `HaierUpMsg`, version `v3`) from one of the logged-in user's
         *     terminals to other terminals of the same user, possibly in other apps: `toClients` names each
         *     receiving terminal by `clientId` and `appId`. The terminals must be registered
         *     (`registerTerminal`). `tag` labels the message (e.g. a family id) for `getMsgHistory` and
         *     `setTagNotDisturb`. Answers the push's task id in `retData`; each receiving terminal finds the
         *     message in its `getMsgHistory` under that `taskId`.
         *
         *     Service address `https://uws.haier.net/ums/v3` (the operation's server). The page lists no error
         *     codes.
         *
         *     Source: `zh-cn/Message/msg-push.md` (终端功能接口列表, 按设备推送消息); also `zh-cn/Message/msg-push.md` (云端功能接口, 按设备推送消息).
         *
         *     **Departures from the page**
         *
         *     * The page's 接入地址 is `/msg/pushByClients` under the service address `https://uws.haier.net/ums/v3`
         *       (its sample posts to `https://uws.haier.net/ums/v3/msg/pushByClients`). This spec keeps the path and
         *       gives the operation that server, because the pages write every path without the service prefix;
         *       the signed urlPath is the full path `/ums/v3/msg/pushByClients`.
         *     * The page documents `/msg/pushByClients` a second time among the cloud functions (云端功能接口, service
         *       address `https://internal.uws.haier.net/umse/v3`, no token): there `toClients` is a set of
         *       `ClientTargetVo` (`clientId`, `appId`, `userId`) and `retData` a list of `ClientTargetDto`
         *       (`clientId`, `appId`, `taskId`, `userId`); it has no sample. This spec models only the terminal
         *       operation, because one path can hold one operation here and the two are different endpoints
         *       (`/ums/v3/…` and `/umse/v3/…`).
         *     * The page's sample sends `toClients` as a list of strings
         *       (`["1ebc148c322da136b8e8f3439e3fa90e","bbcbdaad3483b3be60cf584cd2aba975"]`); the table types it
         *       `Set<TerminalSimpleDto>` (`clientId`, `appId`). This spec follows the table and its request example
         *       sends those clientIds as objects with the `appId` `MB-****-0000`, because a terminal is known by
         *       appId and clientId and the receivers may be in other apps.
         *     * The page's header sample sends no `accessToken` (nor `clientId` or `timezone`; it is evidently
         *       copied from the cloud section's `pushByUsers`); this spec requires the token, because the call
         *       pushes between the terminals of the logged-in user, whom only the token identifies.
         *     * The output table marks `retData` required; this spec leaves it optional, because error answers
         *       carry only `retCode`/`retInfo`.
         *     * The sample's headers include `appKey` (in clear) and `Content-Encoding: utf-8`; this spec sends
         *       neither: the appKey is the signing secret and never sent, and `utf-8` is not a content coding (the
         *       API's departure 9).
         */
        post: operations["pushByClients"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/msg/pushByFamilies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Push a message to the members of given families (cloud)
         * @description Pushes `message` (the message model `HaierUpMsg`, version `v3`) from the customer's cloud to the
         *     registered terminals of the members of the families `toFamilies`, in the apps `toApps` (the
         *     members must be registered from those apps). The page's sample pushes a business-state message
         *     (BSM): a silent data message (`showType` `-1`, `msgName` `SCENE_BSM`, `businessType` `-1`,
         *     `msgExpires` `0`) whose `extData.api` (`apiType` `UPDATE_BO_STATUS`) carries `params.bsms`, the new
         *     business objects (`boId`, `boStatus` `0` new, `boInfo` with `familyId`, `boName` and `createdTime`),
         *     e.g. a new scene; `findBSMByUserID` lists them. `isBurn` `1` makes it a burn-after-reading message;
         *     `tag` labels it. Answers the push's task id in `retData`.
         *
         *     A cloud function: called by the customer's cloud application (the `appId` header is its systemId)
         *     without a user token, on the UMSE service (the operation's servers). The page lists no error
         *     codes.
         *
         *     Source: `zh-cn/Message/msg-push.md` (云端功能接口, 按家庭推送消息).
         *
         *     **Departures from the page**
         *
         *     * The page's 接入地址 is `/msg/pushByFamilies` under the cloud functions' service address
         *       `https://internal.uws.haier.net/umse/v3` (intranet; caller IPs must be whitelisted), while its sample posts to
         *       `https://uws.haier.net/umse/v3/msg/ pushByFamilies` (with a stray space). This spec keeps the path and
         *       gives the operation both servers, because the pages write every path without the service prefix;
         *       the signed urlPath is the full path `/umse/v3/msg/pushByFamilies`.
         *     * The cloud functions' header table lists only `appId` (the cloud app's systemId, from 海极网 我的云应用),
         *       `appVersion` (optional), `sequenceId` (6–32 characters), `sign`, `timetamp` (sic) and `content-type`
         *       `applicationg/json;charset=UTF-8` (sic); no `clientId`, `language` or `timezone`. This spec requires
         *       the API's eight signed common headers, because the call is signed like every UWS call and the
         *       samples send UWS headers (`appVersion`, `language`); a 20-digit `sequenceId` is within 6–32
         *       characters.
         *     * The output table types `retData` `List<MsgCloudHistoryDto>` while calling it "the push's task id";
         *       the page's example answers a task id string (`"retData":"TKcb2734…"`). This spec follows the
         *       example (a string), and leaves it optional, because error answers carry only `retCode`/`retInfo`.
         *     * The page's sample body is followed by ` [no cookies]` on the same line; this spec's request example
         *       is the JSON alone.
         *     * The sample's headers include `appKey` (masked) and `Content-Encoding: utf-8`; this spec sends
         *       neither: the appKey is the signing secret and never sent, and `utf-8` is not a content coding (the
         *       API's departure 9).
         */
        post: operations["pushByFamilies"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/msg/pushByUsers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Push a message to users of given apps (cloud)
         * @description Pushes `message` (the message model `HaierUpMsg`, version `v3`) from the customer's cloud to the
         *     registered terminals (`registerTerminal`) of the users `toUsers` in the apps `toApps`: the users
         *     must be registered from those apps. `isBurn` `1` makes it a burn-after-reading message; `tag`
         *     labels it (e.g. a family id). Answers the push's task id in `retData`; every receiving terminal
         *     finds the message in its `getMsgHistory`.
         *
         *     A cloud function: called by the customer's cloud application (the `appId` header is its systemId)
         *     without a user token, on the UMSE service (the operation's servers). The page lists no error
         *     codes.
         *
         *     Source: `zh-cn/Message/msg-push.md` (云端功能接口, 按用户推送消息).
         *
         *     **Departures from the page**
         *
         *     * The page's 接入地址 is `/msg/pushByUsers` under the cloud functions' service address
         *       `https://internal.uws.haier.net/umse/v3` (intranet; caller IPs must be whitelisted), while its sample posts to
         *       `https://uws.haier.net/umse/v3/msg/pushByUsers`. This spec keeps the path and
         *       gives the operation both servers, because the pages write every path without the service prefix;
         *       the signed urlPath is the full path `/umse/v3/msg/pushByUsers`.
         *     * The cloud functions' header table lists only `appId` (the cloud app's systemId, from 海极网 我的云应用),
         *       `appVersion` (optional), `sequenceId` (6–32 characters), `sign`, `timetamp` (sic) and `content-type`
         *       `applicationg/json;charset=UTF-8` (sic); no `clientId`, `language` or `timezone`. This spec requires
         *       the API's eight signed common headers, because the call is signed like every UWS call and the
         *       samples send UWS headers (`appVersion`, `language`); a 20-digit `sequenceId` is within 6–32
         *       characters.
         *     * The input table names the message `messages`; the page's sample (and every other push) sends
         *       `message`. This spec follows the sample.
         *     * The output table marks `retData` required; this spec leaves it optional, because error answers
         *       carry only `retCode`/`retInfo`.
         *     * The sample's headers include `appKey` (masked) and `Content-Encoding: utf-8`; this spec sends
         *       neither: the appKey is the signing secret and never sent, and `utf-8` is not a content coding (the
         *       API's departure 9).
         */
        post: operations["pushByUsers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/msg/pushWithTmplByApps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Push a template message to all users of given apps (cloud)
         * @description Pushes a message built from the template `templateId` with the parameters `templateParams` to the
         *     registered terminals of the apps `toApps` (all their users). Of `message` only `options` is read;
         *     the template gives the content. `isBurn` `1` makes it a burn-after-reading message; `tag` labels
         *     it. Answers the push's task id in `retData`.
         *
         *     A cloud function: called by the customer's cloud application (the `appId` header is its systemId)
         *     without a user token, on the UMSE service (the operation's servers). The page gives no sample and
         *     lists no error codes.
         *
         *     Source: `zh-cn/Message/msg-push.md` (云端功能接口, 按应用推送消息（支持模板）).
         *
         *     **Departures from the page**
         *
         *     * The page's 接入地址 is `/msg/pushWithTmplByApps` under the cloud functions' service address
         *       `https://internal.uws.haier.net/umse/v3` (intranet; caller IPs must be whitelisted). This spec keeps the path and
         *       gives the operation both servers, because the pages write every path without the service prefix;
         *       the signed urlPath is the full path `/umse/v3/msg/pushWithTmplByApps`.
         *     * The cloud functions' header table lists only `appId` (the cloud app's systemId, from 海极网 我的云应用),
         *       `appVersion` (optional), `sequenceId` (6–32 characters), `sign`, `timetamp` (sic) and `content-type`
         *       `applicationg/json;charset=UTF-8` (sic); no `clientId`, `language` or `timezone`. This spec requires
         *       the API's eight signed common headers, because the call is signed like every UWS call and the
         *       samples send UWS headers (`appVersion`, `language`); a 20-digit `sequenceId` is within 6–32
         *       characters.
         *     * The page has no request sample; this spec's request example is iotdock's.
         *     * The output table names the task id `ratData` (a typo) and marks it required; this spec names it
         *       `retData`, as every other push answers, and leaves it optional, because error answers carry only
         *       `retCode`/`retInfo`.
         */
        post: operations["pushWithTmplByApps"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/msg/pushWithTmplByClients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Push a template message to the logged-in user's devices
         * @description Pushes a message built from template `templateID` (a template number assigned by UMS, tied to a
         *     business number and version) to one or more devices of the logged-in user (`toDevices`, device
         *     ids): devices bound to the user or shared with the user. `templateParams` fills the template's
         *     placeholders (placeholder name → value); `options` sets the message's name, business type,
         *     lifetime and priority; `version` is `v3`. `tag` labels the message (e.g. a family id). The
         *     page's answer carries an empty `retData`.
         *
         *     Service address `https://uws.haier.net/ums/v3` (the operation's server). The page lists no error
         *     codes.
         *
         *     Source: `zh-cn/Message/msg-push.md` (终端功能接口列表, 按设备推送模板消息).
         *
         *     **Departures from the page**
         *
         *     * The page's 接入地址 is `/msg/pushWithTmplByClients` under the service address
         *       `https://uws.haier.net/ums/v3` (its sample posts to `https://uws.haier.net/ums/v3/msg/pushWithTmplByClients`).
         *       This spec keeps the path and gives the operation that server, because the pages write every path
         *       without the service prefix; the signed urlPath is the full path `/ums/v3/msg/pushWithTmplByClients`.
         *     * The page's sample body is not JSON: it carries `//十进制整数` ("decimal integer") comments, and its
         *       `options` has the keys `"businessType "` and `"priority "` (with a trailing space). This spec's
         *       request example drops the comments and the spaces, because `options.businessType` is required.
         *     * The sample's `toDevices` is the placeholder `["MAC"]`; this spec's request example sends the device
         *       id `DC330D01FBF1`, because a device id is the device's MAC address.
         *     * The output table types `retData` String ("无", none) and marks it required; this spec leaves it
         *       optional, because error answers carry only `retCode`/`retInfo`.
         *     * The sample's headers include `appKey` (masked) and `Content-Encoding: utf-8`; this spec sends
         *       neither: the appKey is the signing secret and never sent, and `utf-8` is not a content coding (the
         *       API's departure 9).
         */
        post: operations["pushWithTmplByClients"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/msg/pushWithTmplByUsers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Push a template message to users of given apps (cloud)
         * @description Pushes a message built from the template `templateId` with the parameters `templateParams` to the
         *     registered terminals of the users `toUsers` in the apps `toApps` (the users must be registered
         *     from those apps). Of `message` only `options` is read (name, business type, lifetimes,
         *     priority); the template gives the content. `isBurn` `1` makes it a burn-after-reading message;
         *     `tag` labels it. Answers the push's task id in `retData`.
         *
         *     A cloud function: called by the customer's cloud application (the `appId` header is its systemId)
         *     without a user token, on the UMSE service (the operation's servers). The page gives no sample and
         *     lists no error codes.
         *
         *     Source: `zh-cn/Message/msg-push.md` (云端功能接口, 按用户推送消息（支持模板）).
         *
         *     **Departures from the page**
         *
         *     * The page's 接入地址 is `/msg/pushWithTmplByUsers` under the cloud functions' service address
         *       `https://internal.uws.haier.net/umse/v3` (intranet; caller IPs must be whitelisted). This spec keeps the path and
         *       gives the operation both servers, because the pages write every path without the service prefix;
         *       the signed urlPath is the full path `/umse/v3/msg/pushWithTmplByUsers`.
         *     * The cloud functions' header table lists only `appId` (the cloud app's systemId, from 海极网 我的云应用),
         *       `appVersion` (optional), `sequenceId` (6–32 characters), `sign`, `timetamp` (sic) and `content-type`
         *       `applicationg/json;charset=UTF-8` (sic); no `clientId`, `language` or `timezone`. This spec requires
         *       the API's eight signed common headers, because the call is signed like every UWS call and the
         *       samples send UWS headers (`appVersion`, `language`); a 20-digit `sequenceId` is within 6–32
         *       characters.
         *     * The page has no request sample; this spec's request example is iotdock's.
         *     * The output table marks `retData` required; this spec leaves it optional, because error answers
         *       carry only `retCode`/`retInfo`.
         */
        post: operations["pushWithTmplByUsers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/msg/reportStatus": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark one message as read
         * @description Marks the message `taskId` (as the terminal received it, or from `getMsgHistory`) read for the
         *     logged-in user. Call it when the terminal shows the message. For a burn-after-reading message
         *     (`isBurn` `1`), once one terminal has marked it read the user's other terminals no longer receive
         *     it. `reportStatusByPatch` marks several messages at once, `reportStatusByType` all messages of a
         *     business type.
         *
         *     Service address `https://uws.haier.net/ums/v3` (the operation's server). Answers only
         *     `retCode`/`retInfo`; the page lists no error codes.
         *
         *     Source: `zh-cn/Message/msg-mgmt.md` (上报消息的读取状态).
         *
         *     **Departures from the page**
         *
         *     * The page's 接入地址 is `/msg/reportStatus`; its sample posts to
         *       `https://uws.haier.net/ums/v3/msg/reportStatus`. This spec keeps the path and gives the operation
         *       the server `https://uws.haier.net/ums/v3`, because the pages write every path without the service
         *       prefix; the signed urlPath is the full path `/ums/v3/msg/reportStatus`.
         *     * The sample's headers include `appKey` (masked) and `Content-Encoding: utf-8`; this spec sends
         *       neither: the appKey is the signing secret and never sent, and `utf-8` is not a content coding (the
         *       API's departure 9).
         */
        post: operations["reportStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/msg/reportStatusByPatch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark several messages as read
         * @description Marks the messages `taskIds` read for the logged-in user, in one call (prerequisites: the user is
         *     logged in and the terminal has received and read the messages). As with `reportStatus`, a
         *     burn-after-reading message marked read on one terminal is no longer delivered to the user's
         *     other terminals.
         *
         *     Service address `https://uws.haier.net/ums/v3` (the operation's server). Answers only
         *     `retCode`/`retInfo`; the page lists no error codes.
         *
         *     Source: `zh-cn/Message/msg-mgmt.md` (批量更新读取状态).
         *
         *     **Departures from the page**
         *
         *     * The page's 接入地址 is `/msg/reportStatusByPatch`; its sample posts to
         *       `https://uws.haier.net/ums/v3/msg/reportStatusByPatch`. This spec keeps the path and gives the
         *       operation the server `https://uws.haier.net/ums/v3`, because the pages write every path without
         *       the service prefix; the signed urlPath is the full path `/ums/v3/msg/reportStatusByPatch`.
         *     * The sample's headers include `appKey` (masked) and `Content-Encoding: utf-8`; this spec sends
         *       neither: the appKey is the signing secret and never sent, and `utf-8` is not a content coding (the
         *       API's departure 9).
         */
        post: operations["reportStatusByPatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/msg/reportStatusByType": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark all messages of a business type as read
         * @description Marks every message of business type `businessType` (e.g. `1` device messages) read for the
         *     logged-in user, e.g. when the user opens that category of the message centre. As with
         *     `reportStatus`, a burn-after-reading message marked read on one terminal is no longer delivered
         *     to the user's other terminals.
         *
         *     Service address `https://uws.haier.net/ums/v3` (the operation's server). Answers only
         *     `retCode`/`retInfo`; the page lists no error codes.
         *
         *     Source: `zh-cn/Message/msg-mgmt.md` (按消息类型更新读取状态).
         *
         *     **Departures from the page**
         *
         *     * The page's 接入地址 is `/msg/reportStatusByType`; its sample posts to
         *       `https://uws.haier.net/ums/v3/msg/reportStatusByType`. This spec keeps the path and gives the
         *       operation the server `https://uws.haier.net/ums/v3`, because the pages write every path without
         *       the service prefix; the signed urlPath is the full path `/ums/v3/msg/reportStatusByType`.
         *     * The sample's headers include `appKey` (masked) and `Content-Encoding: utf-8`; this spec sends
         *       neither: the appKey is the signing secret and never sent, and `utf-8` is not a content coding (the
         *       API's departure 9).
         */
        post: operations["reportStatusByType"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/push-msg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Push a template message between registered clients (MCS)
         * @description Pushes a message built from template `templateId` (e.g. `100001`) through Haier's message centre
         *     MCS, from the registered client `templateArgs.fromPushId` to the receivers named in
         *     `templateArgs` (`toToken`, `toUserId`, `toDeviceId`, `toTypeId`, `toAppId`, `toFamilyId` with
         *     `toFamilyBy` `user` or `device`). MCS first checks that sender and receivers are registered
         *     (`clientRequest`), then pushes over their channels. `templateArgs` fills the template's
         *     placeholders: `msgTitle` and `msgBody` (per language), an audio message (`audioUrl`,
         *     `audioLength`, `audioSize`), files (appendix). Answers the pushed message's id in
         *     `retData.message.msgId`; `retData.result.code` is `00000` on success.
         *
         *     Service address `https://uws.haier.net/mcs/hermes` (the operation's server). The page lists no
         *     error codes.
         *
         *     Source: `zh-cn/Message/msg-push.md` (新终端功能, 按模板向端推送消息); also its appendix (大数据业务参考示例).
         *
         *     **Departures from the page**
         *
         *     * The page's 接入地址 is `/push-msg` under the service address `https://uws.haier.net/mcs/hermes` (its
         *       sample posts to `https://uws.haier.net/mcs/hermes/push-msg`). This spec keeps the path and gives the
         *       operation that server, because the pages write every path without the service prefix; the signed
         *       urlPath is the full path `/mcs/hermes/push-msg`.
         *     * The page types `templateArgs` and `retData` "JSON String"; its samples send JSON objects. This spec
         *       types them objects, and lets `templateArgs` carry further fields (the template decides them; the
         *       appendix sends `files`, added here from its example).
         *     * The page types `toFamilyId`, `toUserId`, `audioLength` and `audioSize` String, while its remarks and
         *       sample write numbers (`"toFamilyId": 123`, `"audioLength": 30`, `"audioSize": 10200`). This spec
         *       keeps String and its request example sends `"123"`, `"30"` and `"10200"`.
         *     * The page's sample names the receiver's token `toUserToken`; the table names it `toToken`. This spec
         *       follows the table.
         *     * The page's answer is not JSON (`result”: {“code”: “value”, “desc”: “value”}` with typographic quotes
         *       and a missing quote); this spec's `reference` example has `"result": {"code": "value", "desc":
         *       "value"}`. The appendix's answer has no envelope (the `retData` object alone); this spec follows the
         *       main example.
         *     * The samples send a `Version: v4` header, which the input table does not list; this spec has it as an
         *       optional header parameter.
         *     * The sample's headers include `appKey` (masked) and `Content-Encoding: utf-8`, and no `clientId` or
         *       `timezone`; this spec sends the eight signed common headers and neither of the former: the appKey
         *       is the signing secret and never sent, and `utf-8` is not a content coding (the API's departure 9).
         */
        post: operations["pushMsg"];
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
         * @description Haier's envelope, on every UWS answer: `retCode` (`00000` = success, anything else an error
         *     code) and `retInfo` (Haier's text). Each operation adds its own fields at the top level; on
         *     error only these two are guaranteed.
         */
        Envelope: {
            /**
             * @description `00000` = success; anything else is an error code.
             * @example 00000
             */
            retCode: string;
            /**
             * @description Haier's text for the code (for debugging, not for display).
             * @example 成功
             */
            retInfo: string;
        };
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
        /**
         * @description The client a user's session is shared with (账号隐式授权, "implicit account authorisation"): an
         *     app (its appId on 海极网) on one client (its clientId). The pair is what `shareCode` issues a code
         *     for, what `shareToken` checks against the `appId`/`clientId` headers of the app that redeems the
         *     code, what `queryShareList` lists and what `cancelShare` revokes.
         */
        HaierShareClient: {
            /**
             * @description The appId of the app the session is shared with (e.g. `MB-HEYJOZB-0001`).
             * @example MB-HEYJOZB-0001
             */
            shareAppId: string;
            /**
             * @description The clientId of that app's client (the `clientId` header it sends).
             * @example sh0326
             */
            shareClientId: string;
        };
        /**
         * @description A U+ session's tokens, at the top level of the answer next to `retCode`/`retInfo` (success
         *     only): the access token to send as the `accessToken` header of later UWS calls, the refresh token
         *     that renews it, the scope and the lifetime.
         */
        HaierSessionTokens: {
            /**
             * @description The session's U+ security token (安全令牌; 30 characters in the page's examples). Send it as the
             *     `accessToken` header of later UWS calls made for the user.
             * @example TGTNS633MLE2OHV2P03YB3Q6E44K00
             */
            accessToken?: string;
            /**
             * @description Refresh token (刷新令牌; 30 characters in the page's examples) for `authToken` (v2) or
             *     `authTokenV3`. Single use; valid until used.
             * @example TGTV5FR3XH20S0B2E7G56V1CMQ4T67
             */
            refreshToken?: string;
            /**
             * @description Scope of the resources the token may access (访问资源的范围). The page's examples show `auth_app`
             *     and `all`; the device-authorisation tables name `auth_default` as the default.
             * @example auth_app
             */
            scope?: string;
            /**
             * @description The access token's lifetime in seconds, as a decimal string (typed String by the page), counted
             *     from the answer. The page's examples answer `"2160000"` (25 days); its prose says share-session
             *     access tokens live 10 days (`"864000"`) by default.
             * @example 2160000
             */
            expire?: string;
        };
        /** @description Body of a token refresh (`authToken`, `authTokenV3`). */
        HaierRefreshTokenRequest: {
            /**
             * @description The refresh token held by the client (from `shareToken`, `deviceAuthToken` or an earlier
             *     refresh). Usable once: the refresh answers a new refresh token and a new access token and the
             *     old refresh token stops working; until used it does not expire (page, 服务说明).
             * @example TGTH5FR2XH20S0C2E7G56V1CMQ4000
             */
            refreshToken: string;
            /**
             * @description Grant type; currently always `refresh_token` ("当前默认为 refresh_token").
             * @example refresh_token
             * @enum {string}
             */
            grantType: "refresh_token";
        };
        /**
         * @description An area of Haier's area catalogue in its v1 structure ("Area" on the page): code and names. The
         *     page marks all but `status` as always present; answers may still leave out a field that has no
         *     value (the page's own examples leave out `district` for a city).
         */
        HaierArea: {
            /**
             * @description Area code (e.g. `110100` Beijing; the v1 catalogue file also has codes such as `101010100`).
             * @example 110100
             */
            areaId?: string;
            /**
             * @description Country, e.g. `中国`.
             * @example 中国
             */
            country?: string;
            /**
             * @description Province or municipality.
             * @example 北京市
             */
            province?: string;
            /**
             * @description City.
             * @example 北京市
             */
            city?: string;
            /**
             * @description District or county.
             * @example 朝阳区
             */
            district?: string;
            /**
             * @description `1` valid, `0` invalid.
             * @example 1
             * @enum {string}
             */
            status?: "0" | "1";
        };
        /**
         * @description A kind of weather data: `current` current conditions (`weatherCondition`), `aqi` air quality
         *     (`airCondition`), `alert` weather alerts (`alerts`), `hourForecast` 24-hour forecast,
         *     `indexForecast` indices, `dayForecast` 15-day forecast (yesterday + today + 14 days),
         *     `aqiForecast` 7-day air-quality forecast.
         * @example current
         * @enum {string}
         */
        HaierWeatherType: "current" | "aqi" | "alert" | "hourForecast" | "indexForecast" | "dayForecast" | "aqiForecast";
        /**
         * @description Where to look up ("LocationDto" on the page). Use **one** of three ways and send only its fields:
         *     `latitude` + `longitude` (the only way outside China), `province` + `city` + `district` (names),
         *     or `areaId` (recommended in China). The name and id fields are not used by the overseas service.
         */
        HaierLocation: {
            /**
             * Format: double
             * @description Latitude in degrees (sent together with `longitude`).
             * @example 39.928353
             */
            latitude?: number;
            /**
             * Format: double
             * @description Longitude in degrees (sent together with `latitude`).
             * @example 116.416357
             */
            longitude?: number;
            /**
             * @description Province (or municipality) name, e.g. `北京市`; short names such as `北京` are accepted.
             * @example 北京市
             */
            province?: string;
            /**
             * @description City name, e.g. `北京市`.
             * @example 北京市
             */
            city?: string;
            /**
             * @description District or county name, e.g. `朝阳区`.
             * @example 朝阳区
             */
            district?: string;
            /**
             * @description Area code, e.g. `110105` (Beijing, Chaoyang district); see the location service.
             * @example 110105
             */
            areaId?: string;
        };
        /**
         * @description Weather at a time ("WeatherCondition" on the page): current conditions, one hour of a forecast, or
         *     the day or night half of a day forecast. All values are strings; times are local Beijing times
         *     written `yyyy-MM-dd HH:mm:ss`. Which fields are filled depends on where it is used (the page's
         *     column "weatherType"): `temp`, `humidity`, `windLevel`, `windDir`, `condition`, `updateTime` in all
         *     three; `precipitation`, `sunRise`, `sunSet`, `pressure` in current conditions and hourly forecasts
         *     (day forecasts give `sunRise` by day and `sunSet` by night); `realFeel`, `iconDay`, `iconNight`,
         *     `snow` in hourly forecasts only. `conditionId`, `icon` and `qpf` appear only in the page's examples.
         */
        HaierWeatherCondition: {
            /**
             * @description Temperature, °C.
             * @example 28
             */
            temp?: string;
            /**
             * @description Relative humidity, %.
             * @example 29
             */
            humidity?: string;
            /**
             * @description Wind force on the Beaufort scale, a number or a range such as `3-4`.
             * @example 3-4
             */
            windLevel?: string;
            /**
             * @description Wind direction in Chinese, e.g. `西北风`.
             * @example 西风
             */
            windDir?: string;
            /**
             * @description The weather in words (Chinese), e.g. `多云` (cloudy), `晴` (clear), `小雨` (light rain).
             * @example 多云
             */
            condition?: string;
            /**
             * @description Not in the page's table; in its examples either a condition number of the former weather
             *     provider (`82`) or the URL of an icon (`http://resource.haier.net/download/weather/W1.png`).
             *     The page's mapping tables (conditionId → icon → condition) apply to the former provider only.
             * @example http://resource.haier.net/download/weather/W1.png
             */
            conditionId?: string;
            /**
             * @description Not in the page's table; in the V2 example the URL of the condition's icon, named after the
             *     condition (e.g. `…/W晴_白天.png`, see the page's icon table).
             * @example http://resource.haier.net/download/weather/W晴_白天.png
             */
            icon?: string;
            /**
             * @description Precipitation in the past hour, mm.
             * @example 0
             */
            precipitation?: string;
            /**
             * @description Not in the page's table; in its hourly example `0.0` (quantitative precipitation forecast, mm).
             * @example 0.0
             */
            qpf?: string;
            /**
             * @description When the data was published, `yyyy-MM-dd HH:mm:ss`.
             * @example 2020-09-03 16:00:08
             */
            updateTime?: string;
            /**
             * @description Sunrise, `yyyy-MM-dd HH:mm:ss`.
             * @example 2020-09-03 05:44:00
             */
            sunRise?: string;
            /**
             * @description Sunset, `yyyy-MM-dd HH:mm:ss`.
             * @example 2020-09-03 18:43:00
             */
            sunSet?: string;
            /**
             * @description Air pressure, hPa.
             * @example 1000
             */
            pressure?: string;
            /**
             * @description Apparent ("feels like") temperature, °C (hourly forecasts).
             * @example 29
             */
            realFeel?: string;
            /**
             * @description URL of the daytime icon (hourly forecasts).
             * @example http://resource.haier.net/download/weather/W1.png
             */
            iconDay?: string;
            /**
             * @description URL of the night icon (hourly forecasts; the page's table writes `IconNight`, its example `iconNight`).
             * @example http://resource.haier.net/download/weather/W31.png
             */
            iconNight?: string;
            /**
             * @description Snowfall, mm (hourly forecasts).
             * @example 0.0
             */
            snow?: string;
        };
        /** @description Air quality ("AirCondition" on the page), all values strings. */
        HaierAirCondition: {
            /**
             * @description PM2.5, µg/m³.
             * @example 13
             */
            pm25?: string;
            /**
             * @description Air quality index. The page's scale: 0–50 优 (excellent), 51–100 良 (good), 101–150 轻度污染
             *     (light), 151–200 中度污染 (moderate), 201–300 重度污染 (heavy), 301–500 严重污染 (severe),
             *     above 500 爆表 (off the scale); negative values 其他 (other).
             * @example 22
             */
            aqi?: string;
            /**
             * @description Time of the latest measurement, `yyyy-MM-dd HH:mm:ss`.
             * @example 2020-09-03 15:00:00
             */
            updateTime?: string;
        };
        /** @description The weather of one day ("DayWeather" on the page). */
        HaierDayWeather: {
            day?: components["schemas"]["HaierWeatherCondition"];
            night?: components["schemas"]["HaierWeatherCondition"];
            /**
             * @description Relative humidity of the day, %.
             * @example 55
             */
            humidity?: string;
        };
        /**
         * @description A file stored by the resource service (`resource.haier.net`), as the upload calls and
         *     `applySecretKey` answer it.
         */
        HaierResourceFile: {
            /**
             * @description Hash of the stored file as the service computed it (algorithm in `alg`), 32 lower-case hex
             *     characters; a downloader compares it with the file to check that it is complete.
             * @example 202cb962ac59075b964b07152d234b70
             */
            fileHash?: string;
            /**
             * Format: int64
             * @description Size of the file in bytes.
             * @example 3
             */
            fileSize?: number;
            /**
             * @description The algorithm of `fileHash`; `md5` (the only value documented).
             * @example md5
             */
            alg?: string;
            /**
             * @description The file's `http://` URL (at most 256 characters):
             *     `http://resource.haier.net/rsservice/v1/download/<systemId or appId>/<uploadClientId>/resources/<file id>`.
             *     Downloading it needs a secret key (`download`).
             * @example http://resource.haier.net/rsservice/v1/download/SV-JSZCCSZY966-0000/test1234/resources/9e256de38af34ebc8009438d71cbc8e9
             */
            httpUrl?: string;
            /**
             * @description The file's `https://` URL (at most 256 characters), otherwise as `httpUrl`.
             * @example https://resource.haier.net/rsservice/v1/download/SV-JSZCCSZY966-0000/test1234/resources/9e256de38af34ebc8009438d71cbc8e9
             */
            httpsUrl?: string;
        };
        /** @description A stored file with a secret key to download it, as `uploadUnion` and `applySecretKey` answer it. */
        HaierResourceFileWithKey: components["schemas"]["HaierResourceFile"] & {
            /**
             * @description A secret key of the file (8 characters); `download` needs it.
             * @example c1aaf6cd
             */
            secretKey?: string;
            /**
             * Format: int64
             * @description Expiry, Unix ms. For `uploadClientId` uploads (`uploadUnion`): when the file and its key
             *     expire, the upload time plus the `expiryTime` hours of `fileInfo`. In the page's
             *     `applySecretKey` example the value is the file's expiry (77 hours after the page's upload),
             *     not the time the new key expires.
             * @example 1626438088000
             */
            expiryTime?: number;
        };
        /**
         * @description One device related to the queried one (`ServiceDeviceTopologicalResultDto`, `dev-topology.md`).
         *     Offline relatives are left out of the list; for a relative the user has no permission on, only
         *     `desc` is returned, with the value `未知设备` ("unknown device"), and no other field.
         */
        HaierTopologyDevice: {
            /**
             * @description The related device's id.
             * @example 0007A8B7014E
             */
            deviceId?: string;
            /**
             * @description Name of the family (home) the related device belongs to.
             * @example 我的家
             */
            familyName?: string;
            /**
             * @description Product (model) code of the related device.
             * @example AU00989UIY
             */
            productCode?: string;
            /**
             * @description The related device's typeId (device type identifier).
             * @example 111c120024000810040100318000614300000001000000000000000000000000
             */
            typeId?: string;
            /**
             * @description URL of the product's picture.
             * @example https://resource.haier.net/product/AU00989UIY.png
             */
            productImg?: string;
            /**
             * @description Only for a relative the user has no permission on, `未知设备` ("unknown device"); then no other field is present.
             * @example 未知设备
             */
            desc?: string;
        };
        /**
         * @description The `{url_type}` segment of the label service's paths (`label.md`, *简介*): `toc` = the consumer
         *     variant, called for a user (signed with appId + appKey like every UWS call, with the user's
         *     `accessToken`); `tob` = the business variant, called by a cloud application (`systemId` header, an
         *     id starting `SV`, signed with systemId + systemKey instead of appId + appKey, no token, `apiVersion`
         *     `1.0`). iotdock's client signs the UWS way, i.e. for `toc`.
         * @example toc
         * @enum {string}
         */
        HaierLabelUrlType: "toc" | "tob";
        /**
         * @description Label type (`label.md`, *标签类型labelType*): `fingerprint`, `face`, `voiceprint`, `password`,
         *     `card`, `role` (used by smart doors) and `scene` (scene mode, used by the security panel "安防70面板").
         * @example fingerprint
         * @enum {string}
         */
        HaierLabelType: "fingerprint" | "face" | "voiceprint" | "password" | "card" | "role" | "scene";
        /**
         * @description A device function label (`label.md`): a user-visible name (`labelName`) given to one value of one
         *     attribute of a device, e.g. the fingerprint number `001` of a smart door lock named "爸爸的指纹"
         *     (dad's fingerprint). Answered by `getLabel` and, as a list, by `findLabelsByProperties`.
         */
        HaierLabel: {
            /**
             * @description The label's id (created by `addLabel`).
             * @example 8574645466
             */
            labelId?: string;
            /**
             * @description Id of the device the label belongs to.
             * @example DC330D01FBF1
             */
            deviceId?: string;
            /**
             * @description The device attribute the label names a value of (from the device's standard model), e.g. `开门指纹序号` (fingerprint number for opening the door).
             * @example 开门指纹序号
             */
            deviceAttribute?: string;
            /**
             * @description The attribute's value the label names (from the device's standard model).
             * @example 001
             */
            deviceAttributeValue?: string;
            /**
             * @description Label type, one of the values of `HaierLabelType` (`fingerprint`, `face`, `voiceprint`, `password`, `card`, `role`, `scene`).
             * @example fingerprint
             */
            labelType?: string;
            /**
             * @description The label's name (alias).
             * @example 爸爸的指纹
             */
            labelName?: string;
            /**
             * @description The label's action (from the device's standard model). The page's table lists `open_door` (open
             *     the door) and `enable_scene` (trigger a scene); its answers show `open`.
             * @example open_door
             */
            labelAction?: string;
            /**
             * @description The U+ account (user id) the label belongs to, if any; may be empty.
             * @example 1001234567
             */
            userId?: string;
        };
        /**
         * @description One command of a reservation's command list (`reservation.md`, *CmdItem*). Give either `name` and
         *     `value` (set one property) or `cmdName` and `cmdArgs` (a group command).
         */
        HaierScheduleCmdItem: {
            /**
             * Format: int32
             * @description Position in the list, from `0` in steps of 1, no repeats and no gaps; the commands are sent in this order (a wrong numbering sends wrong commands).
             * @example 0
             */
            index: number;
            /**
             * @description Setting one property — the property's name (with `value`).
             * @example onOffStatus
             */
            name?: string;
            /**
             * @description Setting one property — the property's value (with `name`).
             * @example true
             */
            value?: string;
            /** @description Group command — the operation's name (with `cmdArgs`). */
            cmdName?: string;
            /** @description Group command — its properties, name → value (with `cmdName`). */
            cmdArgs?: {
                [key: string]: string;
            };
        };
        /** @description The commands a reservation sends to the device when it runs (`reservation.md`, *ArgsInfo*). */
        HaierScheduleArgsInfo: {
            /** @description The commands, in `index` order. */
            cmdMsgList: components["schemas"]["HaierScheduleCmdItem"][];
            /**
             * @description URL the batch command's result is sent to (none: no callback). The page: configured centrally
             *     by the reservation service; a value sent by the caller (e.g. an app) has no effect.
             */
            backUrl?: string;
        };
        /**
         * @description When a reservation runs, as the fields of a Quartz-style cron expression (`reservation.md`, *Cron*),
         *     each a string that may use the special characters listed. The page's examples of whole
         *     expressions: `0 8 * * ? *` = every day at 08:00; `0 8 ? * MON` = every Monday at 08:00.
         */
        HaierScheduleCron: {
            /**
             * @description Seconds, `0`–`59`; special characters `, - * /`.
             * @example 0
             */
            seconds: string;
            /**
             * @description Minutes, `0`–`59`; special characters `, - * /`.
             * @example 30
             */
            minutes: string;
            /**
             * @description Hours, `0`–`23`; special characters `, - * /`.
             * @example 8
             */
            hours: string;
            /**
             * @description Day of the month, `1`–`31`; special characters `, - * ? / L W`.
             * @example *
             */
            day: string;
            /**
             * @description Month, `1`–`12` or `JAN`–`DEC`; special characters `, - * /`.
             * @example *
             */
            month: string;
            /**
             * @description Day of the week, `1`–`7` or `SUN`–`SAT`; special characters `, - * ? / L #`.
             * @example ?
             */
            week: string;
            /**
             * @description Optional. Year, `1970`–`2099`, or empty; special characters `, - * /`.
             * @example
             */
            year?: string;
        };
        /**
         * @description A new reservation for one device (`addSchedule`; `reservation.md`, *预约定时新增*, table
         *     *输入参数TaskInfo对象说明*). Give `cron` or `intervals`.
         */
        HaierScheduleTaskCreate: {
            /**
             * @description Id of the device to control (varchar(50) in this table; elsewhere the page says 1~16 upper-case letters and digits).
             * @example DC330D01FBF1
             */
            deviceId: string;
            /**
             * Format: int32
             * @description Reservation type; `1` = device, the only type of this version.
             * @example 1
             * @enum {integer}
             */
            schedulerType: 1;
            /**
             * @description The device's typeId.
             * @example 111c120024000810040100318000614300000001000000000000000000000000
             */
            typeId: string;
            /**
             * Format: int32
             * @description `0` = enabled, `2` = paused.
             * @example 0
             * @enum {integer}
             */
            status: 0 | 2;
            argsInfo: components["schemas"]["HaierScheduleArgsInfo"];
            /** @description When to run (give `cron` or `intervals`). */
            cron?: components["schemas"]["HaierScheduleCron"][];
            /**
             * Format: int32
             * @description Run once, this many minutes from now (within a day, `0`–`1440`; `0` = at once). Give `cron` or `intervals`.
             * @example 60
             */
            intervals?: number;
            /**
             * @description Until when the task is valid, `yyyy-MM-dd HH:mm:ss`; default `2999-12-31 23:59:59`.
             * @example 2025-12-31 23:59:59
             */
            endTime?: string;
            /**
             * @description The task's name.
             * @example 空调开机
             */
            taskName?: string;
            /**
             * @description The task's description.
             * @example 空调开机
             */
            taskDesc?: string;
            /**
             * Format: int32
             * @description Sub-task number; default `1`.
             * @default 1
             * @example 1
             */
            taskSeq: number;
            /**
             * @description Id of the cloud application (`SV-…`).
             * @example SV-YDDSYY111-0010
             */
            systemId?: string;
        };
        /**
         * @description One reservation of a batch (`addScheduleGroup`; `reservation.md`, *预约定时批量新增*): as for
         *     `addSchedule`, plus a required `taskSeq` that tells the tasks of the batch apart, and `taskId` to add
         *     further tasks to a batch created by an earlier call. Give `cron` or `intervals`.
         */
        HaierScheduleGroupTaskCreate: {
            /**
             * @description Id of the device to control.
             * @example DC330D01FBF1
             */
            deviceId: string;
            /**
             * Format: int32
             * @description Reservation type; `1` = device, the only type of this version.
             * @example 1
             * @enum {integer}
             */
            schedulerType: 1;
            /**
             * @description The device's typeId.
             * @example 111c120024000810040100318000614300000001000000000000000000000000
             */
            typeId: string;
            /**
             * Format: int32
             * @description `0` = enabled, `2` = paused.
             * @example 0
             * @enum {integer}
             */
            status: 0 | 2;
            argsInfo: components["schemas"]["HaierScheduleArgsInfo"];
            /** @description When to run (give `cron` or `intervals`). */
            cron?: components["schemas"]["HaierScheduleCron"][];
            /**
             * Format: int32
             * @description Run once, this many minutes from now (within a day, `0`–`1440`; `0` = at once). Give `cron` or `intervals`.
             * @example 60
             */
            intervals?: number;
            /**
             * @description Until when the task is valid, `yyyy-MM-dd HH:mm:ss`; default `2999-12-31 23:59:59`.
             * @example 2025-12-31 23:59:59
             */
            endTime?: string;
            /**
             * @description The task's name.
             * @example 批量关机
             */
            taskName?: string;
            /**
             * @description The task's description.
             * @example 批量关机
             */
            taskDesc?: string;
            /**
             * @description Only when a batch is added in several calls (more than 50 tasks): in the second and later calls,
             *     the `taskId` the first call answered, so the tasks join that batch.
             * @example 878442f1550c4c189c5307873ca9b1dd
             */
            taskId?: string;
            /**
             * Format: int32
             * @description Sub-task number, a positive integer from 1, unique within the batch.
             * @example 1
             */
            taskSeq: number;
            /**
             * @description Id of the cloud application (`SV-…`).
             * @example SV-YDDSYY111-0010
             */
            systemId?: string;
        };
        /**
         * @description Changes to one reservation (sub-task), identified by `taskId` and `taskSeq` (`modifySchedule`,
         *     `modifyScheduleGroup`; `reservation.md`, tables *输入参数TaskInfo对象说明* of *预约定时修改* and
         *     *预约定时批量修改*). Fields left out keep their value.
         */
        HaierScheduleTaskUpdate: {
            /**
             * @description The reservation's id (from `addSchedule` / `addScheduleGroup`).
             * @example 878442f1550c4c189c5307873ca9b1dd
             */
            taskId: string;
            /**
             * Format: int32
             * @description Sub-task number (`1` for a task created by `addSchedule`); unique within a batch.
             * @example 1
             */
            taskSeq: number;
            /**
             * @description The task's name.
             * @example 空调开机
             */
            taskName?: string;
            /**
             * @description The task's description.
             * @example 空调开机
             */
            taskDesc?: string;
            /**
             * Format: int32
             * @description `0` = enabled, `2` = paused.
             * @example 2
             * @enum {integer}
             */
            status?: 0 | 2;
            /**
             * @description Until when the task is valid, `yyyy-MM-dd HH:mm:ss`; default `2999-12-31 23:59:59`.
             * @example 2025-12-31 23:59:59
             */
            endTime?: string;
            /** @description When to run. */
            cron?: components["schemas"]["HaierScheduleCron"][];
            /**
             * Format: int32
             * @description Run once, this many minutes from now (within a day, `0`–`1440`; `0` = at once).
             * @example 60
             */
            intervals?: number;
            argsInfo?: components["schemas"]["HaierScheduleArgsInfo"];
            /**
             * @description Id of the cloud application (`SV-…`).
             * @example SV-YDDSYY111-0010
             */
            systemId?: string;
            /**
             * @description Not in the page's tables; the batch modification's example sends it with each task (the device of the task).
             * @example DC330D01FBF1
             */
            deviceId?: string;
            /**
             * Format: int32
             * @description Not in the page's tables; the batch modification's example sends it (`1` = device).
             * @example 1
             * @enum {integer}
             */
            schedulerType?: 1;
            /**
             * @description Not in the page's tables; the batch modification's example sends it (the device's typeId).
             * @example 111c120024000810040100318000614300000001000000000000000000000000
             */
            typeId?: string;
        };
        /** @description The app a reservation was created with (`reservation.md`, *AppInfo*). */
        HaierScheduleAppInfo: {
            /**
             * @description The app's appId.
             * @example MB-DEMO-0000
             */
            appId?: string;
            /**
             * @description The app's version (not implemented in this version, empty).
             * @example
             */
            appVersion?: string;
            /**
             * @description The app's name (not implemented in this version, empty).
             * @example
             */
            appName?: string;
            /**
             * @description The app's logo (not implemented in this version, empty).
             * @example
             */
            appLogo?: string;
            /**
             * @description The creator's clientId.
             * @example 110001
             */
            clientId?: string;
        };
        /** @description A user who created or last changed a reservation (`reservation.md`, *UserInfo*). */
        HaierScheduleUserInfo: {
            /**
             * @description The user's U+ id.
             * @example 1001234567
             */
            userId?: string;
            /**
             * @description The user's mobile number, middle four digits masked.
             * @example 139****1234
             */
            phone?: string;
            /**
             * @description Nickname (not implemented in this version, empty).
             * @example
             */
            userName?: string;
            /**
             * @description Avatar (not implemented in this version, empty).
             * @example
             */
            headImg?: string;
        };
        /**
         * @description A reservation (sub-task) as the queries answer it (`reservation.md`, *TaskInfo*): one entry per
         *     `taskId` + `taskSeq`.
         */
        HaierScheduleTaskInfo: {
            /**
             * @description The reservation's id.
             * @example 878442f1550c4c189c5307873ca9b1dd
             */
            taskId?: string;
            /**
             * @description The task's name.
             * @example 空调开机
             */
            taskName?: string;
            /**
             * Format: int32
             * @description Reservation type; `1` = device (the only type of this version).
             * @example 1
             */
            schedulerType?: number;
            /**
             * @description The device's typeId.
             * @example 111c120024000810040100318000614300000001000000000000000000000000
             */
            typeId?: string;
            /**
             * @description The device's id (MAC), upper-case letters and digits.
             * @example DC330D01FBF1
             */
            deviceId?: string;
            /** @description The app the task was created with. */
            appInfo?: components["schemas"]["HaierScheduleAppInfo"][];
            /** @description The user who created the task. */
            createUserInfo?: components["schemas"]["HaierScheduleUserInfo"][];
            /**
             * @description When the task was created, `yyyy-MM-dd HH:mm:ss`.
             * @example 2025-06-01 08:00:00
             */
            createTime?: string;
            /** @description The user who last changed the task. */
            modifyUserInfo?: components["schemas"]["HaierScheduleUserInfo"][];
            /**
             * @description When the task was last changed, `yyyy-MM-dd HH:mm:ss`.
             * @example 2025-06-01 08:00:00
             */
            modifyTime?: string;
            /** @description When the task runs. */
            cron?: components["schemas"]["HaierScheduleCron"][];
            /**
             * @description Until when the task is valid, `yyyy-MM-dd HH:mm:ss`.
             * @example 2025-12-31 23:59:59
             */
            endTime?: string;
            /**
             * Format: int32
             * @description Where `endTime` came from; `0` = the system's default, `1` = set by the user.
             * @example 1
             * @enum {integer}
             */
            endTimeSource?: 0 | 1;
            argsInfo?: components["schemas"]["HaierScheduleArgsInfo"];
            /**
             * Format: int32
             * @description `0` = enabled, `1` = completed, `2` = paused.
             * @example 0
             * @enum {integer}
             */
            status?: 0 | 1 | 2;
            /**
             * @description The task's description.
             * @example 空调开机
             */
            taskDesc?: string;
            /**
             * Format: int32
             * @description Sub-task number (`1` = the system's default).
             * @example 1
             */
            taskSeq?: number;
            /**
             * Format: int32
             * @description Number of sub-tasks of the task.
             * @example 1
             */
            taskAmount?: number;
            /**
             * @description Id of the cloud application.
             * @example SV-YDDSYY111-0010
             */
            systemId?: string;
        };
        /**
         * @description The result of one command of one run of a reservation (`reservation.md`, *BatchResultDto*); all
         *     fields read-only.
         */
        HaierScheduleBatchResult: {
            /**
             * Format: int64
             * @description Primary key of the record.
             * @example 14839
             */
            oid?: number;
            /**
             * @description Serial number of the run's batch command.
             * @example 181206135609768fa163e26700a3593
             */
            cmdSn?: string;
            /**
             * @description Serial number of this command, sent to the device model; made of the batch's `cmdSn`, a separator and the command's number (the page's table says `cmdSn:index`; its example shows `…:_:000`).
             * @example 181206135609768fa163e26700a3593:_:000
             */
            cmdSubSn?: string;
            /**
             * @description The device's id, 1~16 upper-case letters and digits.
             * @example DC330D861BB6
             */
            deviceId?: string;
            /**
             * Format: int32
             * @description The step of this command's execution the record reports.
             * @example 2
             */
            execStep?: number;
            /**
             * @description Whether this step succeeded; `false` for a failure such as a time-out or an exception.
             * @example true
             */
            execResult?: boolean;
            /**
             * @description The step's result code (`00000` = success).
             * @example 00000
             */
            execResultCode?: string;
            /**
             * @description The step's result text.
             * @example 成功
             */
            execResultInfo?: string;
            /**
             * Format: int64
             * @description When the step's result arrived, Unix time in milliseconds.
             * @example 1544075772000
             */
            resultTime?: number;
        };
        /** @description `AuthInfo`: what a user may do with a device; at least one of the three is `true`. */
        HaierAuthInfo: {
            /** @description May view the device. */
            view?: boolean;
            /** @description May configure the device. */
            set?: boolean;
            /** @description May control the device. */
            control?: boolean;
        };
        /**
         * @description `DeviceInfo` (设备软件信息): the device's type and its Haier Wi-Fi module's versions, as reported by
         *     the device. The model query (`getShadowModel`) fills only `typeid`.
         */
        HaierShadowDeviceInfo: {
            /**
             * @description The device's typeid, as reported by the device (Haier's examples use 64 hex characters).
             * @example 111c120024000810330200118999990000000000000000000000000000000000
             */
            typeid?: string;
            /** @description The device's model, stored by a business service through an API (may be absent). */
            deviceType?: string;
            /**
             * @description Software version of the (Haier Wi-Fi) module.
             * @example 2.6.02
             */
            softVersion?: string;
            /**
             * @description Hardware version of the (Haier Wi-Fi) module.
             * @example 1.0.00
             */
            hardVersion?: string;
            /** @description How the device connects (Bluetooth, ZigBee, Wi-Fi, …); Haier gives no exact values. */
            connectType?: string;
            /** @description Time version, `yyyyMMddHH` (e.g. `2018032608`). */
            timeVersion?: string;
        };
        /**
         * @description A device shadow section as a map (Haier's `Map<String,String>`): key = the standard-model name of
         *     a property, operation or event, value = its value **as a string**, also for numbers and booleans
         *     (`"27"`, `"false"`; an empty string when the device reported no value). In `events` the value is
         *     the event's content (Haier's examples repeat the event name, e.g.
         *     `"outdoorModuleErr": "outdoorModuleErr"`); in `desired` it is the expected state's value or an
         *     expected operation as a JSON string.
         * @example {
         *       "onOffStatus": "true",
         *       "targetTemperature": "26"
         *     }
         */
        HaierShadowValues: {
            [key: string]: string;
        };
        /** @description `MetadataItem`: when one shadow entry was last updated. */
        HaierShadowMetadataItem: {
            /**
             * Format: int64
             * @description Time of the entry's last update, Unix milliseconds.
             * @example 1589176665519
             */
            timestamp?: number;
        };
        /**
         * @description The value range of a standard-model property (Haier's `valueRange`, a JSON object described in its
         *     *设备功能逻辑描述文件格式说明*, not published with these pages). The pages show two kinds: `LIST`
         *     (the allowed values in `dataList`) and `STEP` (a numeric range in `dataStep`).
         */
        HaierShadowValueRange: {
            /**
             * @description The kind of range, as in `valueRangeType` (`LIST`, `STEP` in Haier's examples).
             * @example LIST
             */
            type?: string;
            /** @description `LIST`: the allowed values. */
            dataList?: {
                /**
                 * @description An allowed value (as a string).
                 * @example true
                 */
                data?: string;
                /**
                 * @description Its meaning, in Chinese (may be absent).
                 * @example 支持
                 */
                desc?: string;
            }[];
            /** @description `STEP`: a numeric range; all four values are strings. */
            dataStep?: {
                /**
                 * @description Type of the values (`Integer` in Haier's example).
                 * @example Integer
                 */
                dataType?: string;
                /**
                 * @description Step between allowed values.
                 * @example 1
                 */
                step?: string;
                /**
                 * @description Smallest value.
                 * @example 16
                 */
                minValue?: string;
                /**
                 * @description Largest value.
                 * @example 30
                 */
                maxValue?: string;
            };
        };
        /**
         * @description A product model of Haier's catalogue (`ServiceDeviceInfoResultDto`, 设备详细信息, dev-model.md):
         *     the product code, the model name and picture, its typeId, brand and category. Haier leaves out
         *     fields without value (the page's examples omit `productImg1`, `brandName`, `videoFlag`, … in some
         *     entries).
         */
        HaierServiceDeviceInfo: {
            /**
             * @description The product code (成品编码).
             * @example CEABJ5M00
             */
            productCode?: string;
            /**
             * @description The model name (型号名称).
             * @example XQG100-HBD14126L
             */
            modelCode?: string;
            /**
             * @description URL of the model's picture (picture 1).
             * @example https://resource.haigeek.com/download/resource/selfService/hardware/modelimg/xqg100-hbd14126l.png
             */
            productImg1?: string;
            /**
             * @description The model's typeId (U+ type identifier, also called wifiType; usually 64 hex characters, but
             *     the page's test data holds other strings).
             * @example 201c12002400081005010021800067414800bc00000000000000000000000040
             */
            typeId?: string;
            /**
             * @description The brand's name (品牌名称).
             * @example 海尔
             */
            brandName?: string;
            /**
             * @description The brand's code (品牌编码), e.g. `B01`.
             * @example B01
             */
            brandCode?: string;
            /**
             * Format: int32
             * @description Audio/video flag (音视频标识). The page does not list its values; its examples show `1` and `2`.
             * @example 2
             */
            videoFlag?: number;
            /**
             * @description Screen flag (屏幕标识). "Not synchronised yet" (暂无同步); the page's one example has `"0"`.
             * @example 0
             */
            screenFlag?: string;
            /**
             * @description The major category code (大类), 2 digits, e.g. `02`.
             * @example 05
             */
            bigCode?: string;
            /**
             * @description The middle category code (中类), 5 digits starting with the major category, e.g. `02012`.
             * @example 05001
             */
            midCode?: string;
            /**
             * @description The application type's name (应用类型名称).
             * @example 滚筒洗衣机
             */
            appTypeName?: string;
            /**
             * @description The application type's code (应用类型编码).
             * @example DrumWasher
             */
            appTypeCode?: string;
        };
        /**
         * @description A U+ device id: 1~16 upper-case letters and digits, no special characters (设备ID 长度范围：1~16
         *     格式：大写字母和数字). For Wi-Fi appliances it is the module's MAC address in upper-case hex, e.g.
         *     `DC330D01FBF1`.
         * @example DC330D01FBF1
         */
        HaierDeviceId: string;
        /**
         * @description A device's basic model information (`DeviceBaseInfo`, dev-intro.md): its product model code and
         *     name as recorded by U+ and whether it is connected.
         */
        HaierDeviceBaseInfo: {
            /**
             * @description The device id.
             * @example DC330D01FBF1
             */
            deviceId?: string;
            /**
             * @description The machine code (机器编码) of the appliance, the serial code printed on it.
             * @example CEABJ5M00D1Q6J100057
             */
            sern?: string;
            /**
             * @description The product model code (产品型号编码, Haier's 9-character 成品编码, e.g. `AA9Y31E00`).
             * @example CEABJ5M00
             */
            productCodeT?: string;
            /**
             * @description The product model name (产品型号名称).
             * @example XQG100-HBD14126L
             */
            productNameT?: string;
            /**
             * @description `online` connected to U+, `offline` not connected.
             * @example online
             * @enum {string}
             */
            connectionStatus?: "online" | "offline";
        };
        /**
         * @description The result of one step of one command of a batch (`BatchResultDto`, "批量命令执行结果明细";
         *     read-only). A command has a step 1 (sending it to the device) and, once the device answers, a
         *     step 2 (the device's answer); each step that produced a result is one entry.
         */
        HaierBatchResultDto: {
            /**
             * Format: int64
             * @description Primary key of the result record in Haier's data agent (数据代理主键).
             * @example 3959165
             */
            oid?: number;
            /**
             * @description The batch's total sn (the `{sn}` of `sendbatchCmd`).
             * @example lpz4130527016
             */
            cmdSn?: string;
            /**
             * @description The command's sn, made of the total sn and the command's index. The page describes it as
             *     total sn + `:` + index; its examples show `<sn>:_:<index, 3 digits>` (`lpz4130527016:_:000` for
             *     index 0).
             * @example lpz4130527016:_:000
             */
            cmdSubSn?: string;
            /**
             * @description The device the command was for.
             * @example 0007A8B7014E
             */
            deviceId?: string;
            /**
             * Format: int32
             * @description The step this result is for: `1` = sending the command (下发), `2` = the device's answer.
             * @example 2
             */
            execStep?: number;
            /**
             * @description Result of this step: `true` success, `false` failure (time-out, error, …).
             * @example false
             */
            execResult?: boolean;
            /**
             * @description Result code of this step (queryResult's error table):
             *
             *     * `A00000` 成功 — step 1: sent, or the request equals the device's current state; step 2: the
             *       device answered `0`. (The page's examples of a success show `00000`.)
             *     * `S00001` 未知异常 — step 1: sending failed; step 2: the device answered a code other than 0,
             *       1, 2, 11, 12, 13, 107.
             *     * `S00002` 设备未响应 — the device did not answer.
             *     * `S00003` 设备执行超时 — the device answered `11` (execution timed out).
             *     * `S00004` 设备执行命令错误 — the device answered `12` or `13` (invalid command, illegal value).
             *     * `S00005` 设备执行不支持该命令 — the device answered `17` (command not supported).
             *     * `S00006` 设备未知错误 — the device answered `1` or `2` (generic or internal error).
             *     * `S00007` 当前设备繁忙请稍后再试 — the device's command queue is full.
             *     * `S03002` 设备离线 — sending failed, the device is offline.
             * @example S00004
             */
            execResultCode?: string;
            /**
             * @description Text of `execResultCode` (e.g. `成功`, `设备执行命令错误`).
             * @example 设备执行命令错误
             */
            execResultInfo?: string;
            /**
             * @description The invalid-command code of the device's answer or of the sending, a decimal integer as a
             *     string. May come with `S00004` (设备执行命令错误) or `S00001` (未知异常), but not always (e.g. not
             *     when the device answered 12 or 13).
             * @example 1
             */
            invalidCode?: string;
            /**
             * @description The device's product model code (产品型号编码).
             * @example ABCDEFG123
             */
            productCodeT?: string;
            /**
             * Format: int64
             * @description When this step's result arrived, Unix time in milliseconds.
             * @example 1588070070000
             */
            resultTime?: number;
        };
        /**
         * @description The result of a batch of commands: what `queryResult` answers (next to `retCode`/`retInfo`) and
         *     what Haier sends to the batch's `backUrl` when the batch is finished (the page's 操作应答, without
         *     `retCode`/`retInfo`).
         */
        HaierBatchResult: {
            /**
             * @description The batch's total sn (the `{sn}` of `sendbatchCmd`).
             * @example lpz4130527016
             */
            cmdSn?: string;
            /**
             * @description Result of the whole batch (`false` when a command failed). Not in the page's tables; in its examples.
             * @example false
             */
            batchResult?: boolean;
            /**
             * @description Text about the batch's result (empty in the page's example). Not in the page's tables.
             * @example
             */
            batchResultInfo?: string;
            /** @description The results of the batch's commands, one entry per command and step. */
            detailInfo?: components["schemas"]["HaierBatchResultDto"][];
        };
        /**
         * @description One command of a batch (`CmdItem`, dev-control.md 公共结构). Give **either** `name` + `value` (set
         *     one property) **or** `cmdName` + `cmdArgs` (a group command): the page makes one of the two pairs
         *     mandatory ("必填其一"). Haier sends the commands one after the other in the order of `index`.
         */
        HaierCmdItem: {
            /**
             * @description The batch's total sn (批量指令的总sn), the same value as the path's `{sn}`. Set by the caller.
             * @example lpz4130527016
             */
            sn: string;
            /**
             * Format: int32
             * @description Position of the command in the batch: 0, 1, 2, … (step 1, no duplicates, no gaps). Haier sends
             *     the commands in this order; a wrong numbering makes the batch send the wrong commands. Set by
             *     the caller.
             * @example 0
             */
            index: number;
            /**
             * Format: int32
             * @deprecated
             * @description Seconds to wait before this command. No longer effective (该参数已失效); Haier ignores it.
             * @example 0
             */
            delaySeconds?: number;
            /**
             * @description This command's own sn, sent to the domain model: total sn + `:` + index (e.g.
             *     `lpz4130527016:0`). Filled in by Haier's batch sequencer before the command is sent, so the
             *     caller may leave it out. The results (`HaierBatchResultDto.cmdSubSn`) show it as
             *     `<sn>:_:<index, 3 digits>`, e.g. `lpz4130527016:_:000`.
             * @example lpz4130527016:0
             */
            subSn?: string;
            /**
             * @description The device the command is for. Set by the caller.
             * @example 0007A8B7014E
             */
            deviceId: string;
            /**
             * @description Single property set (with `value`): the property's name in the device's standard model.
             * @example onOffLight
             */
            name?: string;
            /**
             * @description Single property set (with `name`): the value, as a string (`"true"`, `"16.00"`).
             * @example true
             */
            value?: string;
            /**
             * @description Group command (with `cmdArgs`): the operation's name in the device's standard model.
             * @example grSetDAC
             */
            cmdName?: string;
            /**
             * @description Group command (with `cmdName`): the properties to set, name → value (Map<String,String>).
             * @example {
             *       "onOffStatus": "true",
             *       "operationMode": "4"
             *     }
             */
            cmdArgs?: {
                [key: string]: string;
            };
        };
        /**
         * @description A device's brand and model as recorded by `saveDeviceBrand` (`BrandInfo`, 品牌/型号信息). Free
         *     text; Haier does not check them against its product catalogue.
         */
        HaierBrandInfo: {
            /**
             * @description The brand (品牌).
             * @example 海尔
             */
            brand?: string;
            /**
             * @description The model (型号).
             * @example XQG100-HBD14126L
             */
            model?: string;
            deviceId?: components["schemas"]["HaierDeviceId"];
        };
        /**
         * @description Where a device is (`Location`, dev-intro.md; the page of `getDeviceLocation` spells it
         *     `Lociation`): coordinates and the city code. Haier leaves out fields without value.
         */
        HaierDeviceLocation: {
            /**
             * Format: double
             * @description Longitude in degrees (Double; `0` in the page's examples when unknown).
             * @example 116.322712
             */
            longitude?: number;
            /**
             * Format: double
             * @description Latitude in degrees (Double; `0` in the page's examples when unknown).
             * @example 39.975675
             */
            latitude?: number;
            /**
             * @description City code, 9 digits in the page's examples (`101010200`, `101031900`): an `areaId` of Haier's
             *     area list (`zh-cn/Data/weather-location.md`: `101010200` = 海淀区, Beijing).
             * @example 101010200
             */
            cityCode?: string;
        };
        /**
         * @description Rights on a device (`AuthInfo`, dev-intro.md); at least one is `true`. (The sharing operations
         *     describe the same structure as `HaierShareAuthInfo` in device-control.yaml.)
         */
        HaierDeviceAuthInfo: {
            /**
             * @description May view the device (查看权限).
             * @example true
             */
            view?: boolean;
            /**
             * @description May configure the device (配置权限), e.g. rename it or set its location.
             * @example true
             */
            set?: boolean;
            /**
             * @description May control the device (控制权限).
             * @example true
             */
            control?: boolean;
        };
        /**
         * @description One way a user holds a device (`Permission`, dev-intro.md): the kind in `authType` and the rights
         *     in `auth`. (The sharing operations describe the same structure as `HaierSharePermission` in
         *     device-control.yaml.)
         */
        HaierDevicePermission: {
            auth?: components["schemas"]["HaierDeviceAuthInfo"];
            /**
             * @description `owner` the device's owner (bound it), `share` shared with the user personally, `home` shared
             *     with a family of the user, `server` granted to an app server. (dev-intro.md spells the owner's
             *     value `owener`; the page's answers say `owner`.)
             * @example owner
             * @enum {string}
             */
            authType?: "home" | "share" | "owner" | "server";
        };
        /** @description A property and its value (`OpPropertyValue`, dev-intro.md), both strings. */
        HaierOpPropertyValue: {
            /**
             * @description The property's name in the device's standard model.
             * @example targetTemperature
             */
            name?: string;
            /**
             * @description The value, as a string.
             * @example 26
             */
            value?: string;
        };
        /** @description The rights granted (`AuthInfo`); at least one is `true`. */
        HaierShareAuthInfo: {
            /**
             * @description May view the device (查看权).
             * @example true
             */
            view?: boolean;
            /**
             * @description May configure the device (配置权).
             * @example false
             */
            set?: boolean;
            /**
             * @description May control the device (控制权).
             * @example false
             */
            control?: boolean;
        };
        /**
         * @description Short information about a device (`DeviceBriefInfo`): the five fields of dev-intro.md, and the
         *     further fields fam-common.md lists (Haier leaves out those without value).
         */
        HaierShareDeviceBriefInfo: {
            /**
             * @description The device's name (its alias).
             * @example 洗衣机
             */
            deviceName?: string;
            /**
             * @description The device id (1~16 upper-case letters and digits).
             * @example DC330D01FBF1
             */
            deviceId?: string;
            /**
             * @description When the device was bound, `yyyy-MM-dd HH:mm:ss`.
             * @example 2024-03-01 10:15:00
             */
            bindTime?: string;
            /**
             * @description The device's wifiType (type identifier).
             * @example 0000000000000000000000000
             */
            wifiType?: string;
            /**
             * @description The device's category.
             * @example 00000
             */
            deviceType?: string;
            /**
             * @description Whether the device is online.
             * @example true
             */
            online?: boolean;
            /** @description Product model name. */
            productNameT?: string;
            /** @description Product model code. */
            productCodeT?: string;
            /** @description Ids of the sub-devices; absent when there are none. */
            slaveDeviceIds?: string[];
            /** @description Id of the parent device; absent when there is none. */
            parentsDeviceId?: string;
            /**
             * @description Role: `1` ordinary device, `2` gateway, `3` accessory, `4` sub-device; absent when unknown.
             * @enum {string}
             */
            deviceRole?: "1" | "2" | "3" | "4";
            /** @description Role type (`1` accessory; not used yet). */
            deviceRoleType?: string;
            /** @description Whether it is a mesh device. */
            IsMeshDevice?: boolean;
            /** @description Id of the device group; absent when not a group device. */
            meshGroupId?: string;
            /**
             * @description `groupInner` a device inside a group, `group` a group device.
             * @enum {string}
             */
            meshGroupType?: "groupInner" | "group";
            /**
             * @description `device` a networked appliance, `nonNetDevice` a non-networked one.
             * @enum {string}
             */
            deviceNetType?: "device" | "nonNetDevice";
        };
        /**
         * @description Short information about a user (`UserBriefInfo`): a map of string values. fam-common.md lists the
         *     keys below (other keys are to be ignored); the dev-share.md examples show `userId`,
         *     `userNickName`, `userHeadImg`, `userAge`, `userAddr` and `userSex` instead.
         */
        HaierShareUserBriefInfo: {
            /**
             * @description The user's U+ user id (never empty).
             * @example 1001234567
             */
            userId?: string;
            /** @description Nickname. */
            name?: string;
            /** @description E-mail address. */
            email?: string;
            /** @description Mobile number. */
            mobile?: string;
            /** @description Avatar URL (from the user centre). */
            avatarUrl?: string;
            /**
             * @description `true` a virtual user, `false` a real one.
             * @enum {string}
             */
            isVirtualUser?: "true" | "false";
            /** @description The IoT-platform user id of the host user (virtual users). */
            hostUserId?: string;
            /** @description The user-centre user id. */
            ucUserId?: string;
        } & {
            [key: string]: string;
        };
        /**
         * @description A permission on a device (`Permission`): the kind of relation in `authType` and the rights in
         *     `auth`.
         */
        HaierSharePermission: {
            /**
             * @description `home` shared with a family, `share` shared with a person, `owner` the device's owner
             *     (administrator), `server` granted to an app server. (dev-intro.md spells `owener`;
             *     fam-common.md `owner`.)
             * @example share
             * @enum {string}
             */
            authType?: "home" | "share" | "owner" | "server";
            auth?: components["schemas"]["HaierShareAuthInfo"];
        };
        /**
         * @description A share of a device (`ShareDevice`, fam-common.md): the device, the name it was shared under, the
         *     users involved and the permission. The personal-share lists fill `devInfo`, `devName`,
         *     `permission` and `devShareUser` (the user the device is shared with) or `devOwner` (the device's
         *     administrator); the family fields belong to family shares.
         */
        HaierShareDevice: {
            devInfo?: components["schemas"]["HaierShareDeviceBriefInfo"];
            /**
             * @description The name the device is shared under.
             * @example 洗衣机
             */
            devName?: string;
            devShareUser?: components["schemas"]["HaierShareUserBriefInfo"];
            devOwner?: components["schemas"]["HaierShareUserBriefInfo"];
            /** @description Family shares only. The family the device is shared with. */
            devFamilyId?: string;
            /** @description Family shares only. The room's id. */
            devRoomId?: string;
            /** @description Family shares only. The room's name. */
            devRoomName?: string;
            permission?: components["schemas"]["HaierSharePermission"];
        };
        /** @description One page of device shares (personal shares). */
        HaierShareDeviceList: {
            /** @description The shares on this page. */
            shareDevs?: components["schemas"]["HaierShareDevice"][];
            /**
             * @description Total number of shares, as a decimal string.
             * @example 20
             */
            totalCount?: string;
            /**
             * @description Number of shares on this page (at most the system's maximum), as a decimal string.
             * @example 3
             */
            pageSize?: string;
            /**
             * @description This page's number, from 1, as a decimal string.
             * @example 1
             */
            pageNumber?: string;
        };
        /**
         * @description The `retData` of the message-centre (MCS, `/mcs/hermes`) operations: the answer in Haier's MCSP
         *     protocol, version `v4`.
         */
        HaierMcsRetData: {
            /**
             * @description MCSP protocol version, `v4`.
             * @example v4
             */
            version?: string;
            /**
             * @description The answer's operation, e.g. `registerClientResp`, `pushMsgResp`.
             * @example registerClientResp
             */
            method?: string;
            /**
             * @description The channel that carried the operation (`mc`, `mcs`).
             * @example mc
             */
            channel?: string;
            /**
             * @description The caller's `sn` (operation serial number), echoed.
             * @example sn1
             */
            sn?: string;
            /** @description The receiver; for a registration `to.client.pushId` is the pushId the message centre assigned. */
            to?: {
                client?: {
                    /**
                     * @description The client's pushId (its unique id in the message centre).
                     * @example pushId1
                     */
                    pushId?: string;
                } & {
                    [key: string]: unknown;
                };
            } & {
                [key: string]: unknown;
            };
            /** @description For a push, the message's id. */
            message?: {
                /**
                 * @description The id of the pushed message.
                 * @example msgId1
                 */
                msgId?: string;
            } & {
                [key: string]: unknown;
            };
            /** @description The operation's result. */
            result?: {
                /**
                 * @description `00000` success; anything else an error.
                 * @example 00000
                 */
                code?: string;
                /**
                 * @description The result's text.
                 * @example successful
                 */
                desc?: string;
            } & {
                [key: string]: unknown;
            };
            /**
             * @description When the operation was handled (`yyyy-MM-dd_HH:mm:ss` per the page, e.g. `2020-02-10_11:30:40`).
             * @example 2020-02-10_11:30:40
             */
            timestamp?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * Format: int32
         * @description A message's business type (消息业务类型): `-1` no type (as a message option; as a do-not-disturb
         *     value the 公共属性 table reads "do-not-disturb setting no longer in force"), `0` system (upgrades,
         *     hot fixes), `1` device (washing machines, security, recipe sharing), `2` operations (ads,
         *     campaigns), `3` scene, `4` family, `5` activity, `6` service reminder, `7` trade and logistics,
         *     `8` membership, `9` online customer service, `10` feedback, `11` broadcast (众播). Haier: "values
         *     not defined here must not be used".
         * @example 1
         * @enum {integer}
         */
        HaierMsgBusinessType: -1 | 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11;
        /**
         * Format: int32
         * @description Message priority (default `1`): `0` urgent (wake the screen, play a sound), `1` normal (sound while
         *     the screen is off, no wake-up), `2` medium-low (no sound), `3` low (the app may handle it when idle
         *     or on Wi-Fi). For a notification, `0` maps to high priority and `1`–`3` to normal priority.
         * @example 1
         * @enum {integer}
         */
        HaierMsgPriority: 0 | 1 | 2 | 3;
        /**
         * @description One do-not-disturb rule of a terminal (DoNotDisturbDto). `dndType` `0`: by business type
         *     (`businessType` set, no `dndTag`); `1`: by tag (`dndTag` set, no `businessType`).
         */
        HaierDoNotDisturb: {
            /**
             * @description The rule's id (`DND` + 32 hex digits), for `cancelNotDisturb`.
             * @example DND96e921b990764adfa913e6da1887e955
             */
            dndId?: string;
            /**
             * @description Start of the quiet period, `HH:mm` (the page writes `HH:ss`).
             * @example 21:00
             */
            beginTime?: string;
            /**
             * @description End of the quiet period, `HH:mm`; may be earlier than `beginTime` (over midnight).
             * @example 07:00
             */
            endTime?: string;
            businessType?: components["schemas"]["HaierMsgBusinessType"];
            /**
             * @description The tag of a by-tag rule (the `tag` of the push operations).
             * @example abcd
             */
            dndTag?: string;
            /**
             * Format: int32
             * @description `0` by business type, `1` by tag.
             * @example 1
             * @enum {integer}
             */
            dndType?: 0 | 1;
            priority?: components["schemas"]["HaierMsgPriority"];
        };
        /**
         * @description The business data of a real-time message (ExtData). Haier's examples also send `isMsgCenter`
         *     (not in the page's table) and refer to a `device` object (Device table) for automatic device
         *     controls.
         */
        HaierMsgExtData: {
            /**
             * Format: int32
             * @description How long the message is valid on the device; outside it the app ignores the message. Not checked when absent.
             */
            expireTime?: number;
            /** @description An app API the message calls (API). */
            api?: {
                /**
                 * Format: int32
                 * @description The calling button's `callId`; absent = called automatically.
                 */
                callId?: number;
                /** @description The API's input parameters (for a business-state message, `bsms`, see `pushByFamilies`). */
                params?: {
                    [key: string]: unknown;
                };
                /**
                 * @description `UPDATE_BO_STATUS` for business-state (BSM) messages.
                 * @example UPDATE_BO_STATUS
                 */
                apiType?: string;
            } & {
                [key: string]: unknown;
            };
            /** @description The page the app opens when the message arrives. */
            targetPage?: string;
            /** @description The page the message centre opens to show the message (defined by the business). */
            reviewPage?: string;
            /** @description Page jumps, matched to buttons by `callId`. */
            pages?: ({
                /**
                 * Format: int32
                 * @description The button's `callId`; absent = automatic.
                 */
                callId?: number;
                /** @description The page's unique address (for a native page, as in the app's VDN table). */
                url: string;
                /**
                 * @description The page's parameters, key → value (the page types it `int[]` but calls it "a collection of
                 *     key-value pairs"; typed an object here).
                 */
                params?: {
                    [key: string]: unknown;
                };
            } & {
                [key: string]: unknown;
            })[];
            /** @description Device controls, matched to buttons by `callId`. */
            devControls?: ({
                /**
                 * Format: int32
                 * @description The button's `callId`; absent = executed automatically (then `device` must be given).
                 */
                callId?: number;
                /**
                 * @description The device's id (its MAC address).
                 * @example DC330D01FBF1
                 */
                deviceId: string;
                /** @description The name of a group command. */
                groupName?: string;
                /** @description The standard model's command key-value pairs. */
                cmdList: {
                    [key: string]: unknown;
                };
            } & {
                [key: string]: unknown;
            })[];
            /** @description The device the message is about (Device). */
            device?: {
                /** @description The device's typeId. */
                typeId?: string;
                /**
                 * @description The device's id (its MAC address).
                 * @example DC330D01FBF1
                 */
                deviceId: string;
                /** @description The device's name. */
                deviceName?: string;
            } & {
                [key: string]: unknown;
            };
            /**
             * Format: int32
             * @description Sent as `1` in all of Haier's examples (apparently "show in the message centre"); not in the page's table.
             * @example 1
             */
            isMsgCenter?: number;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description The real-time (data) part of a message (Data), delivered to the app while it is awake or in the
         *     foreground and handled by the app itself. Its content is agreed between the cloud and the app;
         *     for Haier's U+ app the `body` below is required. The receiving app gets it base64-encoded, with
         *     `msgId`, `msgName`, `businessType` and `priority` filled in by the push service.
         */
        HaierMsgData: ({
            /** @description How the app shows and handles the message (Body). */
            body: {
                /** @description How the real-time message is shown (View). */
                view?: {
                    /**
                     * Format: int32
                     * @description Display style: `-1` not shown (handled without UI), `0` toast, `2` dialog with the buttons of
                     *     `btns`. Haier's own examples also send `21` (undocumented).
                     * @example 0
                     */
                    showType?: number;
                    /** @description The dialog's title. */
                    title?: string;
                    /** @description The dialog's text. */
                    content?: string;
                    /** @description The dialog's buttons. */
                    btns?: ({
                        /** @description The button's label. */
                        text?: string;
                        /**
                         * Format: int32
                         * @description Links the button to the `pages`, `devControls` or `api` entry with the same `callId`.
                         */
                        callId?: number;
                    } & {
                        [key: string]: unknown;
                    })[];
                } & {
                    [key: string]: unknown;
                };
                extData?: components["schemas"]["HaierMsgExtData"];
                /** @description Custom business data (ExtParam), freely extensible. */
                extParam?: {
                    /**
                     * @description For a message attached to a notification: `true` handle the attached content as soon as the
                     *     notification arrives; `false` when the user taps the notification.
                     */
                    actWithNotify?: boolean;
                } & {
                    [key: string]: unknown;
                };
            } & {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        }) | null;
        /**
         * @description Per-channel settings for one operating system (the `android` or `ios` object of a message),
         *     passed through to the push channel as they are: `jpush` (JPush `notification.android` /
         *     `notification.ios`), `fcm` (FCM `message.android` / `message.apns`), `m2m` (not supported yet). A
         *     `title`/`body` given here overrides the message's `notification` on that system. May be `null`
         *     (Haier's examples send `"ios": null`). The page also allows an array of such objects
         *     (`Android[]`, `IOS[]`); this spec types one object.
         */
        HaierMsgPushChannels: ({
            /** @description JPush settings, passed through. */
            jpush?: {
                [key: string]: unknown;
            };
            /** @description FCM settings, passed through. */
            fcm?: {
                [key: string]: unknown;
            };
            /** @description m2m channel settings (not supported yet). */
            m2m?: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        }) | null;
        /**
         * @description The message's options (Options): its name, business type, lifetimes and priority. `businessType`
         *     is the only required field; the app groups messages by it.
         */
        HaierMsgOptions: {
            /**
             * @description The message's name, e.g. `SCENE_BSM` (a business-state message); often empty.
             * @example SCENE_BSM
             */
            msgName?: string;
            businessType: components["schemas"]["HaierMsgBusinessType"];
            /**
             * Format: int32
             * @description How long the third-party push platform keeps the message for an offline client, in seconds; at
             *     most 86400 (the default).
             * @example 60
             */
            expires?: number;
            /**
             * Format: int32
             * @description Message priority (default `1`): `0` urgent (wake the screen, play a sound), `1` normal (sound
             *     while the screen is off), `2` medium-low (no sound), `3` low (the app may handle it when idle or
             *     on Wi-Fi). Stored messages may answer `null`.
             * @example 1
             * @enum {integer|null}
             */
            priority?: 0 | 1 | 2 | 3 | null;
            /**
             * Format: int32
             * @description How long the message stays in the message history (message centre), in **hours**: `-1` the
             *     system default (deleted after one year), `0` expires at once (not kept in the history), `1`–`8760`
             *     hours (at most one year).
             * @example -1
             */
            msgExpires?: number;
            /**
             * @description JPush (极光) options, passed through (see JPush's REST API v3 `options`). To push to iOS in
             *     JPush's production environment it must contain `"apnsProduction": true`. Stored messages may
             *     answer `null`.
             */
            jiguangOptions?: ({
                /**
                 * @description `true` to push through APNs production (required for iOS production pushes via JPush).
                 * @example true
                 */
                apnsProduction?: boolean;
            } & {
                [key: string]: unknown;
            }) | null;
        };
        /**
         * @description A message as the cloud sends it (UpMsg, the "message push data model", version `v3`). At least one
         *     of `notification` and `data` must be given; `options` and `version` are required. Haier refuses to
         *     push a message that breaks the model. `notification`, `android`, `ios` and `data` may be `null`
         *     (Haier's own request and answer examples send `null`).
         */
        HaierUpMsg: {
            /**
             * @description The system notification (Notification), shown by the operating system or the push channel with
             *     the app's icon.
             */
            notification?: {
                /**
                 * @description The notification's title (default the app's name).
                 * @example 洗衣机
                 */
                title?: string;
                /**
                 * @description The notification's text.
                 * @example 洗衣程序已完成，请及时取出衣物
                 */
                body: string;
            } | null;
            data?: components["schemas"]["HaierMsgData"];
            android?: components["schemas"]["HaierMsgPushChannels"];
            ios?: components["schemas"]["HaierMsgPushChannels"];
            options: components["schemas"]["HaierMsgOptions"];
            /**
             * @description The message model's version, `v3`.
             * @example v3
             */
            version: string;
        };
        /**
         * @description One message of a user's message history as a terminal sees it (MsgClientHistoryDto): the pushed
         *     message, its business type, its delivery status and its read status. `taskId` identifies it in
         *     `reportStatus`, `reportStatusByPatch` and `delMsgHistory`.
         */
        HaierMessage: {
            /**
             * @description The message's task id (the `msgId` a terminal receives is UMS's `taskId`), e.g. `TK` + 32 hex digits.
             * @example TK56f786c40384472b944125a71f87ae8a
             */
            taskId?: string;
            businessType?: components["schemas"]["HaierMsgBusinessType"];
            message?: components["schemas"]["HaierUpMsg"];
            /**
             * Format: int32
             * @description Delivery status on the push channel: `1` waiting, `2` sending, `3` delivered, `4` failed.
             * @example 3
             * @enum {integer}
             */
            msgStatus?: 1 | 2 | 3 | 4;
            /**
             * Format: int32
             * @description `1` unread, `2` read.
             * @example 1
             * @enum {integer}
             */
            readStatus?: 1 | 2;
            /**
             * @description When UMS pushed the message, `yyyy-MM-dd HH:mm:ss.SSS` (Haier names no time zone).
             * @example 2019-04-13 13:20:00.000
             */
            pushTime?: string;
        };
        /**
         * @description The `message` of a template push: only `options` is read, every other field is ignored (the
         *     template gives the content).
         */
        HaierMsgTemplateMessage: {
            options: components["schemas"]["HaierMsgOptions"];
        } & {
            [key: string]: unknown;
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
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. The
             *     answer is the envelope only (标准输出参数).
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & Record<string, never>;
                };
            };
        };
    };
    cancelShare: {
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
                 *       "shareAppId": "MB-HEYJOZB-0001",
                 *       "shareClientId": "123456789"
                 *     }
                 */
                "application/json": components["schemas"]["HaierShareClient"];
            };
        };
        responses: {
            /**
             * @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. The
             *     answer is the envelope only (标准输出参数).
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & Record<string, never>;
                };
            };
        };
    };
    queryShareList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. On
             *     success `shareTokenInfoList` sits next to `retCode`/`retInfo`.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The clients the user's session is shared with (客户端列表信息). */
                        shareTokenInfoList?: {
                            /** @description The appId of the app the session is shared with. */
                            shareAppId?: string;
                            /** @description The clientId of that app's client. */
                            shareClientId?: string;
                            /**
                             * @description `0` authorised (授权: a share code was issued and has not expired; no token
                             *     yet), `1` logged in (登录: the code was redeemed with `shareToken`).
                             * @enum {string}
                             */
                            state?: "0" | "1";
                        }[];
                    };
                };
            };
        };
    };
    shareCode: {
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
                 *       "shareAppId": "MB-T**2-0000",
                 *       "shareClientId": "456FEW334DD"
                 *     }
                 */
                "application/json": components["schemas"]["HaierShareClient"];
            };
        };
        responses: {
            /**
             * @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. On
             *     success the answer carries the share `code` next to `retCode`/`retInfo`.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /**
                         * @description The share code (会话分享验证码; 64 hex characters in the page's example), valid 10
                         *     minutes, only for `shareAppId`/`shareClientId` and this user. Redeem it with
                         *     `shareToken`.
                         * @example 72f7b235dd3afee2c77907d160c66539850b3224da60cb6e6638809005f48ec5
                         */
                        code?: string;
                    };
                };
            };
        };
    };
    shareToken: {
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
                 *       "code": "da48b7de0a9bd0639b43fc40948176821784d3c01276870cceccf0b6564624e7"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The share code (会话分享验证码) that `shareCode` answered (64 hex characters in the page's
                     *     examples). Valid 10 minutes, only for the app and client it was issued for. Missing →
                     *     `B00001`.
                     * @example da48b7de0a9bd0639b43fc40948176821784d3c01276870cceccf0b6564624e7
                     */
                    code: string;
                };
            };
        };
        responses: {
            /**
             * @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. On
             *     success the tokens sit next to `retCode`/`retInfo`.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & components["schemas"]["HaierSessionTokens"];
                };
            };
        };
    };
    authToken: {
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
                 *       "refreshToken": "TGTH5FR2XH20S0C2E7G56V1CMQ4000",
                 *       "grantType": "refresh_token"
                 *     }
                 */
                "application/json": components["schemas"]["HaierRefreshTokenRequest"];
            };
        };
        responses: {
            /**
             * @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. On
             *     success the new tokens sit next to `retCode`/`retInfo`.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & components["schemas"]["HaierSessionTokens"];
                };
            };
        };
    };
    deviceAuthToken: {
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
                 *       "code": "783uy5758345353595tyttwtyh934753753"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The authorisation code that Haier's user system sent to the application's callback
                     *     (the page's table calls it 会话分享验证码, "session share code", copied from the
                     *     share calls). Missing → `B00001`.
                     * @example 783uy5758345353595tyttwtyh934753753
                     */
                    code: string;
                };
            };
        };
        responses: {
            /**
             * @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. On
             *     success the tokens sit next to `retCode`/`retInfo`.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & components["schemas"]["HaierSessionTokens"];
                };
            };
        };
    };
    authTokenV3: {
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
                 *       "refreshToken": "TGTH5FR2XH20S0C2E7G56V1CMQ4000",
                 *       "grantType": "refresh_token"
                 *     }
                 */
                "application/json": components["schemas"]["HaierRefreshTokenRequest"];
            };
        };
        responses: {
            /**
             * @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. On
             *     success the new tokens sit next to `retCode`/`retInfo`.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & components["schemas"]["HaierSessionTokens"];
                };
            };
        };
    };
    getArea: {
        parameters: {
            query: {
                /**
                 * @description The area's code, e.g. `110100` (Beijing).
                 * @example 110100
                 */
                areaId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. On
             *     success `payload` holds the area.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        payload?: {
                            area?: components["schemas"]["HaierArea"];
                            /** @description Language of the names, e.g. `zh_cn`. */
                            language?: string;
                        };
                    };
                };
            };
        };
    };
    getAreaJson: {
        parameters: {
            query?: {
                /**
                 * @description Structure of the catalogue: `v2`, or `v1` (the default when absent).
                 * @example v2
                 */
                schemaVersion?: "v1" | "v2";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. On
             *     success `payload` lists the catalogue files.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The catalogue files ("AreaUrl" on the page). */
                        payload?: {
                            /** @description MD5 of the file (32 characters, the page says). */
                            md5?: string;
                            /** @description URL of the JSON file (UTF-8). */
                            url?: string;
                            /** @description Version of the file, e.g. `2.0`. */
                            version?: string;
                            /**
                             * Format: int32
                             * @description v2 only: the deepest level in the file: `2` provinces, `3` cities, `4` districts, `5` towns.
                             * @enum {integer}
                             */
                            level?: 2 | 3 | 4 | 5;
                        }[];
                    };
                };
            };
        };
    };
    findChildAreas: {
        parameters: {
            query?: {
                /**
                 * @description With `areaId` only: the level of `areaId` itself; then only the next level below is answered.
                 *     Ignored with names.
                 */
                areaLevel?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Code of the area (v2 codes only). Send it alone. */
                    areaId?: string;
                    /** @description Country name; default `中国`. */
                    country?: string;
                    /** @description Province name (with names). */
                    province?: string;
                    /** @description City name (with names; needs `province`). */
                    city?: string;
                    /** @description District name (with names; needs `city` and `province`). */
                    district?: string;
                };
            };
        };
        responses: {
            /**
             * @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. On
             *     success `payload` lists the areas below.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        payload?: {
                            /** @description The valid areas one level below ("NewArea" on the page). */
                            newAreas?: {
                                /** @description Code of the area. */
                                areaId?: string;
                                /** @description Name of the area. */
                                areaName?: string;
                                /**
                                 * Format: int32
                                 * @description Level of the area (in the v2 catalogue `1` country, `2` province, `3` city, `4` district, `5` town).
                                 */
                                level?: number;
                                /**
                                 * Format: int32
                                 * @description `1` valid, `0` invalid (only valid areas are answered).
                                 * @enum {integer}
                                 */
                                status?: 0 | 1;
                                /**
                                 * Format: double
                                 * @description Latitude of the area, degrees.
                                 */
                                latitude?: number;
                                /**
                                 * Format: double
                                 * @description Longitude of the area, degrees.
                                 */
                                longitude?: number;
                                /** @description Name in pinyin, e.g. `dong cheng qu`. */
                                pinyinName?: string;
                            }[];
                            /** @description Language of the names, e.g. `zh-cn`. */
                            language?: string;
                            /** @description Structure of `newAreas`, `v2`. */
                            version?: string;
                        };
                    };
                };
            };
        };
    };
    getPlace: {
        parameters: {
            query: {
                /**
                 * @description Latitude in degrees.
                 * @example 39.92999
                 */
                latitude: number;
                /**
                 * @description Longitude in degrees.
                 * @example 123.78906
                 */
                longitude: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. On
             *     success `payload` holds the address.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        payload?: {
                            /** @description Language of the address, `zh-cn` (only Chinese is supported). */
                            language?: string;
                            /** @description The detailed address ("Place" on the page). */
                            place?: {
                                /** @description Code of the area, e.g. `101010200`; may be `null`. */
                                areaId?: string | null;
                                /** @description Country, e.g. `中国`. */
                                country?: string;
                                /** @description Province, municipality or special administrative region, e.g. `北京`. */
                                province?: string;
                                /** @description City, e.g. `北京市`. */
                                city?: string;
                                /** @description District or county, e.g. `海淀区`. */
                                district?: string;
                                /** @description Street, e.g. `长春桥路`. */
                                street?: string;
                                /** @description Door number in the street, e.g. `17号`. */
                                doorplate?: string;
                            };
                        };
                    };
                };
            };
        };
    };
    getCurrentForecast: {
        parameters: {
            query?: {
                /** @description V1 only. The kinds of weather to answer, repeated (`types=current&types=aqi`); all when absent. */
                types?: components["schemas"]["HaierWeatherType"][];
                /** @description V1 only. Whether the day forecast includes yesterday (default `true`). */
                yesterday?: boolean;
                /** @description V1 only. How many days of the 15-day forecast to answer (all by default, at most 15). */
                days?: string;
            };
            header?: {
                /**
                 * @description `v2` for the V2 call (inputs in the body); leave out for V1 (inputs in the query).
                 * @example v2
                 */
                apiVersion?: "v2";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HaierLocation"] & {
                    /** @description V2 only. The kinds of weather to answer; all when absent. */
                    types?: components["schemas"]["HaierWeatherType"][];
                    /** @description V2 only. `true` also answers yesterday's weather, `false` does not. */
                    yesterday?: boolean;
                    /**
                     * Format: int32
                     * @description V2 only. How many days of forecast to answer (at most the allowed maximum, currently 15).
                     */
                    days?: number;
                };
            };
        };
        responses: {
            /**
             * @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. On
             *     success `payload` holds the parts asked for.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        payload?: {
                            area?: components["schemas"]["HaierArea"];
                            /** @description Language of the texts, e.g. `zh-cn`. */
                            language?: string;
                            weatherCondition?: components["schemas"]["HaierWeatherCondition"];
                            /** @description Current air quality (`aqi`); may be `null`, some areas have none. */
                            airCondition?: components["schemas"]["HaierAirCondition"] | null;
                            /** @description Weather alerts in force (`alert`); may be `null` when there is none. */
                            alerts?: {
                                /** @description Kind of alert, e.g. `大风蓝色` (gale, blue). */
                                type?: string;
                                /** @description Alert level (colour), e.g. `蓝色`. */
                                level?: string;
                                /** @description Text of the alert. */
                                content?: string;
                                /** @description When it was published, `yyyy-MM-dd HH:mm:ss`. */
                                pubtime?: string;
                            }[] | null;
                            /** @description Hourly forecast (`hourForecast`); key the hour, `yyyy-MM-dd HH:00:00`. */
                            hourForecast?: {
                                [key: string]: components["schemas"]["HaierWeatherCondition"];
                            };
                            /** @description Indices (`indexForecast`); key the date, `yyyy-MM-dd` (currently 3 days). */
                            indexForecast?: {
                                [key: string]: {
                                    /** @description Name of the index, e.g. `空调开启指数` (air-conditioner use). */
                                    name?: string;
                                    /** @description Level of the index, e.g. `较少开启`. */
                                    level?: string;
                                    /** @description Advice text. */
                                    desc?: string;
                                    /** @description Short name (not supported yet, the page says). */
                                    shortName?: string;
                                    /** @description Alias (not supported yet, the page says). */
                                    aliasName?: string;
                                }[];
                            };
                            /** @description Daily forecast (`dayForecast`); key the date, `yyyy-MM-dd` (yesterday, today and 14 days). */
                            dayForecast?: {
                                [key: string]: components["schemas"]["HaierDayWeather"];
                            };
                            /** @description Air-quality forecast (`aqiForecast`); key the date, `yyyy-MM-dd` (7 days). */
                            aqiForecast?: {
                                [key: string]: components["schemas"]["HaierAirCondition"];
                            };
                        };
                    };
                };
            };
        };
    };
    getWeatherHistory: {
        parameters: {
            query?: {
                /**
                 * @description First day, `yyyy-MM-dd`, within the last 3 days (default 3 days ago).
                 * @example 2020-02-18
                 */
                beginDate?: string;
                /**
                 * @description Last day, `yyyy-MM-dd`, within the last 3 days (default yesterday).
                 * @example 2020-02-19
                 */
                endDate?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "province": "北京",
                 *       "city": "北京",
                 *       "district": "朝阳"
                 *     }
                 */
                "application/json": components["schemas"]["HaierLocation"];
            };
        };
        responses: {
            /**
             * @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. On
             *     success `payload` holds the area and the weather by date.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        payload?: {
                            area?: components["schemas"]["HaierArea"];
                            /** @description The weather by date; key the date, `yyyy-MM-dd`. */
                            historyMap?: {
                                [key: string]: {
                                    dayWeathers?: components["schemas"]["HaierDayWeather"];
                                    /** @description The day's weather hour by hour; key the hour, `yyyy-MM-dd HH:00:00`. */
                                    hourWeather?: {
                                        [key: string]: {
                                            weather?: components["schemas"]["HaierWeatherCondition"];
                                            airCondition?: components["schemas"]["HaierAirCondition"];
                                        };
                                    };
                                };
                            };
                        };
                    };
                };
            };
        };
    };
    applySecretKey: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The business system's id (at most 40 characters, unique on the U+ platform), issued by Haier
                 *     with its `systemKey`. It enters the signature in the place of `appId`. The `systemKey` is
                 *     never sent.
                 * @example SV-JSZCCSZY966-0000
                 */
                systemId: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "fileUrl": "http://resource.haier.net/rsservice/v1/download/systemId/resoureces/85d1e38c753d4109847b036dbb258ce8",
                 *       "expiryTime": 60
                 *     }
                 */
                "application/json": {
                    /** @description The file's URL, `httpUrl` or `httpsUrl` as the upload answered it (`B00007` if wrong, `B00002` if no such file). */
                    fileUrl: string;
                    /**
                     * Format: int32
                     * @description How long the key stays valid, in **minutes**; at most 1440 (24 hours), else `B00011`.
                     */
                    expiryTime: number;
                };
            };
        };
        responses: {
            /**
             * @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. On
             *     success `payload` holds the new key and the file's details.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        payload?: components["schemas"]["HaierResourceFileWithKey"];
                    };
                };
            };
        };
    };
    uploadUnion: {
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
                 *       "fileInfo": "{\"expiryTime\":77,\"fileHash\":\"202cb962ac59075b964b07152d234b70\",\"fileCreator\":\"test123\",\"uploadClientId\":\"test1234\"}",
                 *       "file": "123"
                 *     }
                 */
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The file, as a file part with its file name (`filename` of the part; at most 512
                     *     characters, else `B00008`). At most 10 MB, else `B00012`.
                     */
                    file: string;
                    /**
                     * @description JSON text describing the file: `fileHash` (string, required): the MD5 of the file, 32
                     *     lower-case hex characters (`B00003` if the file does not match); `fileCreator` (string,
                     *     optional): at most 32 characters, no special characters (`B00009`); `uploadClientId`
                     *     (string, required): the device id or user id the file belongs to; `expiryTime`
                     *     (integer, required): validity of the file and of its key in hours, at most 168
                     *     (`B00011`).
                     */
                    fileInfo: string;
                };
            };
        };
        responses: {
            /**
             * @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. On
             *     success `payload` describes the stored file and its key.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        payload?: components["schemas"]["HaierResourceFileWithKey"];
                    };
                };
            };
        };
    };
    upload: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The business system's id (at most 40 characters, unique on the U+ platform), issued by Haier
                 *     with its `systemKey`. It enters the signature in the place of `appId`; the download URLs name
                 *     it. The `systemKey` is never sent.
                 * @example SV-JSZCCSZY966-0000
                 */
                systemId: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "fileInfo": "{\"expiryTime\":77,\"fileHash\":\"202cb962ac59075b964b07152d234b70\",\"fileCreator\":\"test123\",\"uploadClientId\":\"test1234\"}",
                 *       "file": "123"
                 *     }
                 */
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The file, as a file part with its file name (`filename` of the part; at most 512
                     *     characters, else `B00008`). At most 10 MB, else `B00012`.
                     */
                    file: string;
                    /**
                     * @description JSON text describing the file: `fileHash` (string, required): the MD5 of the file, 32
                     *     lower-case hex characters (`B00003` if the file does not match); `fileCreator` (string,
                     *     optional): who created the file, at most 32 characters, no special characters
                     *     (`B00009`). The page's sample also sends `uploadClientId` and `expiryTime` (see the
                     *     description).
                     */
                    fileInfo: string;
                };
            };
        };
        responses: {
            /**
             * @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. On
             *     success `payload` describes the stored file.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        payload?: components["schemas"]["HaierResourceFile"];
                    };
                };
            };
        };
    };
    getNetInfo2B: {
        parameters: {
            query?: never;
            header?: {
                /** @description Version of the interface, `x.y.z` (e.g. `2.0.0`); absent → the latest version. */
                apiVersion?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "productCode": "String"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The product code (成品编码) of the model to look up.
                     * @example AB8Y7400Y
                     */
                    productCode: string;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. On success `payload` describes the model. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The model and its network-configuration guide (`DeviceInfomation`). All fields are strings. */
                        payload?: {
                            /** @description Product code (成品编码). */
                            productCode?: string;
                            /** @description Model name. */
                            modelCode?: string;
                            /** @description The model's typeId. */
                            typeId?: string;
                            /** @description Picture 1 of the model (URL). */
                            productImg1?: string;
                            /** @description Picture 2 of the model (URL). */
                            productImg2?: string;
                            /** @description Network-configuration mode. */
                            configMode?: string;
                            /** @description Guide text, step 1. */
                            step1?: string;
                            /** @description Guide picture, step 1. */
                            step1Img?: string;
                            /** @description Guide text, step 2. */
                            step2?: string;
                            /** @description Guide picture, step 2. */
                            step2Img?: string;
                            /** @description Guide text, step 3. */
                            step3?: string;
                            /** @description Guide picture, step 3. */
                            step3Img?: string;
                            /** @description Guide text, step 4. */
                            step4?: string;
                            /** @description Guide picture, step 4. */
                            step4Img?: string;
                            /** @description Guide text, step 5. */
                            step5?: string;
                            /** @description Guide picture, step 5. */
                            step5Img?: string;
                            /** @description Text shown when binding succeeded. */
                            bindSuccess?: string;
                            /** @description Picture shown when binding succeeded. */
                            bindSuccessImg?: string;
                            /** @description Text shown when binding failed. */
                            bindFailed?: string;
                            /** @description Picture shown when binding failed. */
                            bindFailedImg?: string;
                            /** @description Product description. */
                            productDesc?: string;
                            /** @description Hotspot name of the app type (the Wi-Fi hotspot the device opens during configuration). */
                            hotspotName?: string;
                            /** @description Brand code. */
                            brandCode?: string;
                            /** @description App-type code. */
                            apptypeCode?: string;
                            /** @description Device role. */
                            deviceRole?: string;
                            /** @description `0` = not yet available in the app (not launched), `1` = available in the app (launched). */
                            state?: string;
                            /** @description Self-discovery code (1–14 characters of self-discovery information). */
                            customHotspotCode?: string;
                            /** @description Self-discovery name (a note on the self-discovery information). */
                            customHotspotName?: string;
                            /** @description App-type name. */
                            apptypeName?: string;
                        };
                    };
                };
            };
        };
    };
    setNonNetworkDeviceLocation: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Version of the interface; `v1` for this version.
                 * @example v1
                 */
                apiVersion: "v1";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "deviceId": "deviceId",
                 *       "longitude": 120.38,
                 *       "latitude": 36.07,
                 *       "cityCode": "cityCode"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The device's identity, its machine code (机编).
                     * @example BA0CE6E0000EX7A90028
                     */
                    deviceId: string;
                    /**
                     * Format: double
                     * @description Longitude, in degrees.
                     * @example 120.38
                     */
                    longitude: number;
                    /**
                     * Format: double
                     * @description Latitude, in degrees.
                     * @example 36.07
                     */
                    latitude: number;
                    /**
                     * @description City code (e.g. `101120201`, Qingdao).
                     * @example 101120201
                     */
                    cityCode: string;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. On success `payload` says whether the location was saved. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description `true` = saved; `false` = saving failed. */
                        payload?: boolean;
                    };
                };
            };
        };
    };
    bindNonNetworkDevice: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Version of the interface; `v1` for this version.
                 * @example v1
                 */
                apiVersion: "v1";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "deviceId": "deviceId",
                 *       "deviceName": "deviceName",
                 *       "productCode": "productCode"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The device's identity, its machine code (机编).
                     * @example BA0CE6E0000EX7A90028
                     */
                    deviceId: string;
                    /**
                     * @description Name the user gives the device.
                     * @example 厨房净水器
                     */
                    deviceName?: string;
                    /**
                     * @description Product (model) code of the device.
                     * @example AU00989UIY
                     */
                    productCode: string;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. On success `payload` says whether the device was bound. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description `true` = bound; `false` = binding failed. */
                        payload?: boolean;
                    };
                };
            };
        };
    };
    getTopologicalRelation: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Version of the interface; `v1` for this version.
                 * @example v1
                 */
                apiVersion: "v1";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "deviceId": "DC330D861B7C"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description Id of the device whose relatives are wanted.
                     * @example DC330D861B7C
                     */
                    deviceId: string;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. On success `payload` holds the parent and child devices. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The device's relatives, by relation. */
                        payload?: {
                            /** @description The device's parent devices. */
                            father?: components["schemas"]["HaierTopologyDevice"][];
                            /** @description The device's child devices. */
                            child?: components["schemas"]["HaierTopologyDevice"][];
                        };
                    };
                };
            };
        };
    };
    getNonNetworkDeviceLocation: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Version of the interface; `v1` for this version.
                 * @example v1
                 */
                apiVersion: "v1";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "deviceId": "deviceId"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The device's identity, its machine code (机编).
                     * @example BA0CE6E0000EX7A90028
                     */
                    deviceId: string;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. On success `payload` holds the location. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The device's location (`ServiceDeviceLocationResultDto`). */
                        payload?: {
                            /**
                             * Format: double
                             * @description Longitude, in degrees.
                             */
                            longitude?: number;
                            /**
                             * Format: double
                             * @description Latitude, in degrees.
                             */
                            latitude?: number;
                            /** @description City code. */
                            cityCode?: string;
                        };
                    };
                };
            };
        };
    };
    getNonNetworkDeviceMaterial: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Version of the interface; `v1` for this version.
                 * @example v1
                 */
                apiVersion: "v1";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "productCode": "AU00989UIY"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description Product (model) code of the non-network device.
                     * @example AU00989UIY
                     */
                    productCode: string;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. On success `payload` lists the model's supplies. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The model's supplies (`ServiceOrdinaryDeviceMaterialDto`). */
                        payload?: {
                            /** @description Name of the supply. */
                            name?: string;
                            /** @description Code of the supply. */
                            code?: string;
                            /** @description Properties of the supply, at most 20 (`ServiceOrdinaryDeviceMaterialPropDto`). */
                            propDesc?: {
                                /** @description The property's name. */
                                name?: string;
                                /** @description The property's value. */
                                value?: string;
                            }[];
                            /** @description URL where the supply can be bought. */
                            saleUrl?: string;
                        }[];
                    };
                };
            };
        };
    };
    unbindNonNetworkDevice: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Version of the interface; `v1` for this version.
                 * @example v1
                 */
                apiVersion: "v1";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "deviceId": "deviceId"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The device's identity, its machine code (机编), as bound by `bindNonNetworkDevice`.
                     * @example BA0CE6E0000EX7A90028
                     */
                    deviceId: string;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. On success `payload` says whether the device was unbound. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description `true` = unbound; `false` = unbinding failed. */
                        payload?: boolean;
                    };
                };
            };
        };
    };
    addLabel: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Version of the interface; `v1` for `toc` (the page's `tob` table says `1.0`, its `tob` samples send `v1`).
                 * @example v1
                 */
                apiVersion: string;
            };
            path: {
                /**
                 * @description The service variant: `toc` (for a user: UWS signing with appId + appKey, the user's
                 *     `accessToken`) or `tob` (for a cloud application: `systemId` header, signed with systemId +
                 *     systemKey, no token). iotdock's client signs for `toc`.
                 * @example toc
                 */
                url_type: components["schemas"]["HaierLabelUrlType"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "deviceId": "A10010",
                 *       "deviceAttribute": "开门指纹序号",
                 *       "deviceAttributeValue": "001",
                 *       "labelType": "fingerprint",
                 *       "labelName": "爸爸的指纹",
                 *       "labelAction": "open_door",
                 *       "userId": "234569"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description Id of the device the label belongs to.
                     * @example 0007A8B7014E
                     */
                    deviceId: string;
                    /**
                     * @description The device attribute whose value is labelled (from the device's standard model), e.g. `开门指纹序号` (fingerprint number for opening the door).
                     * @example 开门指纹序号
                     */
                    deviceAttribute: string;
                    /**
                     * @description The attribute's value that is labelled (from the device's standard model).
                     * @example 001
                     */
                    deviceAttributeValue: string;
                    labelType: components["schemas"]["HaierLabelType"];
                    /**
                     * @description The label's name (alias).
                     * @example 爸爸的指纹
                     */
                    labelName: string;
                    /**
                     * @description The label's action (from the device's standard model); the page's table lists `open_door` (open
                     *     the door) and `enable_scene` (trigger a scene).
                     * @example open_door
                     */
                    labelAction: string;
                    /**
                     * @description For a family, the family member's user id; otherwise the U+ user's id; left out when no user is concerned.
                     * @example 1001234567
                     */
                    userId?: string;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. On success `payload.labelId` is the new label's id. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The new label. */
                        payload?: {
                            /** @description Id of the new label. */
                            labelId?: string;
                        };
                    };
                };
            };
        };
    };
    deleteLabel: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Version of the interface; `v1` for `toc` (the page's `tob` table says `1.0`, its `tob` samples send `v1`).
                 * @example v1
                 */
                apiVersion: string;
            };
            path: {
                /**
                 * @description The service variant: `toc` (for a user: UWS signing with appId + appKey, the user's
                 *     `accessToken`) or `tob` (for a cloud application: `systemId` header, signed with systemId +
                 *     systemKey, no token). iotdock's client signs for `toc`.
                 * @example toc
                 */
                url_type: components["schemas"]["HaierLabelUrlType"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "labelId": "8574645466"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description Id of the label.
                     * @example 8574645466
                     */
                    labelId: string;
                    /**
                     * @description Needed when deleting a role label; whether to delete in cascade, `1` = true, `0` = false.
                     * @example 1
                     * @enum {string}
                     */
                    isCascade?: "1" | "0";
                };
            };
        };
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. The answer carries only `retCode` and `retInfo` (标准输出). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & Record<string, never>;
                };
            };
        };
    };
    deleteLabels: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Version of the interface; `v1` for `toc` (the page's `tob` table says `1.0`, its `tob` samples send `v1`).
                 * @example v1
                 */
                apiVersion: string;
            };
            path: {
                /**
                 * @description The service variant: `toc` (for a user: UWS signing with appId + appKey, the user's
                 *     `accessToken`) or `tob` (for a cloud application: `systemId` header, signed with systemId +
                 *     systemKey, no token). iotdock's client signs for `toc`.
                 * @example toc
                 */
                url_type: components["schemas"]["HaierLabelUrlType"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "labelIds": [
                 *         "8574645466",
                 *         "8574645465"
                 *       ]
                 *     }
                 */
                "application/json": {
                    /**
                     * @description Ids of the labels to delete (at most 30).
                     * @example [
                     *       "8574645466",
                     *       "8574645465"
                     *     ]
                     */
                    labelIds: string[];
                };
            };
        };
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. The answer carries only `retCode` and `retInfo` (标准输出). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & Record<string, never>;
                };
            };
        };
    };
    deleteLabelsByDeviceId: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Version of the interface; `v1` for `toc` (the page's `tob` table says `1.0`, its `tob` samples send `v1`).
                 * @example v1
                 */
                apiVersion: string;
            };
            path: {
                /**
                 * @description The service variant: `toc` (for a user: UWS signing with appId + appKey, the user's
                 *     `accessToken`) or `tob` (for a cloud application: `systemId` header, signed with systemId +
                 *     systemKey, no token). iotdock's client signs for `toc`.
                 * @example toc
                 */
                url_type: components["schemas"]["HaierLabelUrlType"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "deviceId": "123423424"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description Id of the device whose labels are deleted.
                     * @example 0007A8B7014E
                     */
                    deviceId: string;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. The answer carries only `retCode` and `retInfo` (标准输出). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & Record<string, never>;
                };
            };
        };
    };
    findLabelsByProperties: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Version of the interface; `v1` for `toc` (the page's `tob` table says `1.0`, its `tob` samples send `v1`).
                 * @example v1
                 */
                apiVersion: string;
            };
            path: {
                /**
                 * @description The service variant: `toc` (for a user: UWS signing with appId + appKey, the user's
                 *     `accessToken`) or `tob` (for a cloud application: `systemId` header, signed with systemId +
                 *     systemKey, no token). iotdock's client signs for `toc`.
                 * @example toc
                 */
                url_type: components["schemas"]["HaierLabelUrlType"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "deviceId": "A10010"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description Id of the device whose labels are wanted.
                     * @example 0007A8B7014E
                     */
                    deviceId: string;
                    /**
                     * @description Only labels of these types (at most 20).
                     * @example [
                     *       "fingerprint",
                     *       "role"
                     *     ]
                     */
                    labelTypes?: components["schemas"]["HaierLabelType"][];
                    /**
                     * @description Only labels of these device attributes (from the device's standard model; at most 20).
                     * @example [
                     *       "开门指纹序号",
                     *       "开门角色序号"
                     *     ]
                     */
                    deviceAttributes?: string[];
                    /**
                     * @description Only labels of this user; for a family, the family member's user id; otherwise the U+ user's id; left out when no user is concerned.
                     * @example 1001234567
                     */
                    userId?: string;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. On success `payload` lists the labels. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The labels found. */
                        payload?: components["schemas"]["HaierLabel"][];
                    };
                };
            };
        };
    };
    getLabel: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Version of the interface; `v1` for `toc` (the page's `tob` table says `1.0`, its `tob` samples send `v1`).
                 * @example v1
                 */
                apiVersion: string;
            };
            path: {
                /**
                 * @description The service variant: `toc` (for a user: UWS signing with appId + appKey, the user's
                 *     `accessToken`) or `tob` (for a cloud application: `systemId` header, signed with systemId +
                 *     systemKey, no token). iotdock's client signs for `toc`.
                 * @example toc
                 */
                url_type: components["schemas"]["HaierLabelUrlType"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "labelId": "8574645466"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description Id of the label.
                     * @example 8574645466
                     */
                    labelId: string;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. On success `payload` is the label. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        payload?: components["schemas"]["HaierLabel"];
                    };
                };
            };
        };
    };
    updateLabel: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Version of the interface; `v1` for `toc` (the page's `tob` table says `1.0`, its `tob` samples send `v1`).
                 * @example v1
                 */
                apiVersion: string;
            };
            path: {
                /**
                 * @description The service variant: `toc` (for a user: UWS signing with appId + appKey, the user's
                 *     `accessToken`) or `tob` (for a cloud application: `systemId` header, signed with systemId +
                 *     systemKey, no token). iotdock's client signs for `toc`.
                 * @example toc
                 */
                url_type: components["schemas"]["HaierLabelUrlType"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "labelId": "8574645466",
                 *       "labelName": "妈妈的指纹"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description Id of the label.
                     * @example 8574645466
                     */
                    labelId: string;
                    /**
                     * @description The label's new name.
                     * @example 妈妈的指纹
                     */
                    labelName: string;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. The answer carries only `retCode` and `retInfo` (标准输出). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & Record<string, never>;
                };
            };
        };
    };
    addSchedule: {
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
                 *       "status": 0,
                 *       "deviceId": "DC330D000023",
                 *       "schedulerType": 1,
                 *       "typeId": "edd032ff-7113-4970-a780-392d44c423b3",
                 *       "cron": [
                 *         {
                 *           "seconds": "30",
                 *           "minutes": "5",
                 *           "hours": "*",
                 *           "day": "*",
                 *           "month": "*",
                 *           "week": "?",
                 *           "year": ""
                 *         }
                 *       ],
                 *       "endTime": "2018-05-21 12:00:00",
                 *       "argsInfo": {
                 *         "cmdMsgList": [
                 *           {
                 *             "index": 0,
                 *             "name": "onOffStatus",
                 *             "value": "true"
                 *           }
                 *         ]
                 *       },
                 *       "taskName": "空调开机",
                 *       "taskDesc": "空调开机",
                 *       "taskSeq": 1,
                 *       "systemId": "SV-YDDSYY111-0010"
                 *     }
                 */
                "application/json": components["schemas"]["HaierScheduleTaskCreate"];
            };
        };
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. On success `detailInfo.taskId` is the new task's id. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The created task. */
                        detailInfo?: {
                            /** @description Id of the created task; the other reservation calls take it. */
                            taskId?: string;
                        };
                    };
                };
            };
        };
    };
    deleteSchedule: {
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
                 *       "taskId": "878442f1550c4c189c5307873ca9b1dd",
                 *       "taskSeq": 1
                 *     }
                 */
                "application/json": {
                    /**
                     * @description Id of the task.
                     * @example 878442f1550c4c189c5307873ca9b1dd
                     */
                    taskId: string;
                    /**
                     * Format: int32
                     * @description Sub-task number, to delete only this sub-task.
                     * @example 1
                     */
                    taskSeq?: number;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. The answer carries only `retCode` and `retInfo`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & Record<string, never>;
                };
            };
        };
    };
    addScheduleGroup: {
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
                 *       "taskInfos": [
                 *         {
                 *           "status": 0,
                 *           "deviceId": "DC330D003121",
                 *           "schedulerType": 1,
                 *           "typeId": "101c120024000810e20105400000440000000000000000000000000000000000",
                 *           "intervals": 60,
                 *           "endTime": "2019-07-31 16:00:00",
                 *           "argsInfo": {
                 *             "cmdMsgList": [
                 *               {
                 *                 "index": 0,
                 *                 "name": "onOffStatus",
                 *                 "value": "true"
                 *               },
                 *               {
                 *                 "index": 1,
                 *                 "name": "onOffStatus",
                 *                 "value": "true"
                 *               }
                 *             ]
                 *           },
                 *           "taskName": "批量关机",
                 *           "taskDesc": "批量关机",
                 *           "taskSeq": 1,
                 *           "systemId": "SV-YDDSYY111-0010"
                 *         },
                 *         {
                 *           "status": 0,
                 *           "deviceId": "DC330D003121",
                 *           "schedulerType": 1,
                 *           "typeId": "101c120024000810e20105400000440000000000000000000000000000000000",
                 *           "intervals": 60,
                 *           "endTime": "2019-07-31 13:00:00",
                 *           "argsInfo": {
                 *             "cmdMsgList": [
                 *               {
                 *                 "index": 0,
                 *                 "name": "onOffStatus",
                 *                 "value": "true"
                 *               },
                 *               {
                 *                 "index": 1,
                 *                 "name": "onOffStatus",
                 *                 "value": "true"
                 *               }
                 *             ]
                 *           },
                 *           "taskName": "批量关机2",
                 *           "taskDesc": "批量关机2",
                 *           "taskSeq": 2,
                 *           "systemId": "SV-YDDSYY111-0010"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description The tasks, at most 50 (more in further calls, with the first call's `taskId`). */
                    taskInfos: components["schemas"]["HaierScheduleGroupTaskCreate"][];
                };
            };
        };
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. On success `detailInfo.taskId` is the new batch's id. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The created batch. */
                        detailInfo?: {
                            /** @description Id of the created batch (its entries are `taskId` + `taskSeq`); the other reservation calls take it. */
                            taskId?: string;
                        };
                    };
                };
            };
        };
    };
    modifyScheduleGroup: {
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
                 *       "taskInfos": [
                 *         {
                 *           "status": 2,
                 *           "deviceId": "DC330D003121",
                 *           "schedulerType": 1,
                 *           "typeId": "101c120024000810e20105400000440000000000000000000000000000000000",
                 *           "intervals": 60,
                 *           "endTime": "2019-07-30 14:00:00",
                 *           "argsInfo": {
                 *             "cmdMsgList": [
                 *               {
                 *                 "index": 0,
                 *                 "name": "onOffStatus",
                 *                 "value": "true"
                 *               },
                 *               {
                 *                 "index": 1,
                 *                 "name": "onOffStatus",
                 *                 "value": "true"
                 *               }
                 *             ]
                 *           },
                 *           "taskName": "批量关机a111",
                 *           "taskDesc": "批量关机a111",
                 *           "taskId": "bad2adb0d756469b8ae0e292c81240ab",
                 *           "taskSeq": 1,
                 *           "systemId": "SV-YDDSYY111-0010"
                 *         },
                 *         {
                 *           "status": 2,
                 *           "deviceId": "DC330D003121",
                 *           "schedulerType": 1,
                 *           "typeId": "101c120024000810e20105400000440000000000000000000000000000000000",
                 *           "intervals": 60,
                 *           "endTime": "2019-07-30 15:00:00",
                 *           "argsInfo": {
                 *             "cmdMsgList": [
                 *               {
                 *                 "index": 0,
                 *                 "name": "onOffStatus",
                 *                 "value": "true"
                 *               },
                 *               {
                 *                 "index": 1,
                 *                 "name": "onOffStatus",
                 *                 "value": "true"
                 *               }
                 *             ]
                 *           },
                 *           "taskName": "批量关机a112",
                 *           "taskDesc": "批量关机a112",
                 *           "taskId": "bad2adb0d756469b8ae0e292c81240ab",
                 *           "taskSeq": 2,
                 *           "systemId": "SV-YDDSYY111-0010"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description The changes, one per sub-task, at most 50 (more in further calls). */
                    taskInfos: components["schemas"]["HaierScheduleTaskUpdate"][];
                };
            };
        };
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. The answer carries only `retCode` and `retInfo`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & Record<string, never>;
                };
            };
        };
    };
    modifySchedule: {
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
                 *       "taskId": "a2edc5e0b9ba485f9e63abae35e49983",
                 *       "taskSeq": 1,
                 *       "status": 0,
                 *       "intervals": 60,
                 *       "endTime": "2019-07-31 13:00:00",
                 *       "argsInfo": {
                 *         "cmdMsgList": [
                 *           {
                 *             "index": 0,
                 *             "name": "onOffStatus",
                 *             "value": "true"
                 *           },
                 *           {
                 *             "index": 1,
                 *             "name": "onOffStatus",
                 *             "value": "true"
                 *           }
                 *         ]
                 *       },
                 *       "taskName": "空调关机-修改",
                 *       "taskDesc": "空调开机-修改",
                 *       "systemId": "SV-YDDSYY111-0010"
                 *     }
                 */
                "application/json": components["schemas"]["HaierScheduleTaskUpdate"];
            };
        };
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. The answer carries only `retCode` and `retInfo`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & Record<string, never>;
                };
            };
        };
    };
    previewSchedule: {
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
                 *       "taskId": "bad2adb0d756469b8ae0e292c81240ab",
                 *       "taskSeq": 1
                 *     }
                 */
                "application/json": {
                    /**
                     * @description Id of the task.
                     * @example 5f8a2c7e91d04b3a8e6f2d1c0b9a7e43
                     */
                    taskId: string;
                    /**
                     * Format: int32
                     * @description Sub-task number.
                     * @example 1
                     */
                    taskSeq: number;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. The answer carries only `retCode` and `retInfo`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & Record<string, never>;
                };
            };
        };
    };
    queryScheduleByDeviceId: {
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
                 *       "deviceId": "DC330D32C193",
                 *       "startNumber": 1,
                 *       "length": 10
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The device's id, 1~16 upper-case letters and digits.
                     * @example DC330D01FBF1
                     */
                    deviceId: string;
                    /**
                     * Format: int32
                     * @description Paging, index of the first entry; default `0`.
                     * @default 0
                     * @example 1
                     */
                    startNumber?: number;
                    /**
                     * Format: int32
                     * @description Paging, number of entries; default `100`.
                     * @default 100
                     * @example 10
                     */
                    length?: number;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. On success `detailInfo` lists the tasks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The tasks found, one entry per sub-task (`taskId` + `taskSeq`). */
                        detailInfo?: components["schemas"]["HaierScheduleTaskInfo"][];
                    };
                };
            };
        };
    };
    queryScheduleExecLog: {
        parameters: {
            query?: {
                /** @description Id of the task (the page's table puts it in the URL; its example sends it in the body instead). */
                taskId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "taskId": "bad2adb0d756469b8ae0e292c81240ab",
                 *       "taskSeq": 1
                 *     }
                 */
                "application/json": {
                    /**
                     * @description Id of the task (as the page's example sends it; its table puts it in the URL).
                     * @example 5f8a2c7e91d04b3a8e6f2d1c0b9a7e43
                     */
                    taskId?: string;
                    /**
                     * Format: int32
                     * @description Sub-task number.
                     * @example 1
                     */
                    taskSeq: number;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. On success `detailInfo` lists the execution records. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description Whether the run's batch command succeeded (not in the page's table; its example has it). */
                        batchResult?: boolean;
                        /** @description Serial number of the run's batch command (not in the page's table; its example has it). */
                        cmdSn?: string;
                        /** @description One record per command and execution step (`BatchResultDto`). */
                        detailInfo?: components["schemas"]["HaierScheduleBatchResult"][];
                    };
                };
            };
        };
    };
    queryScheduleByTaskId: {
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
                 *       "taskId": "bad2adb0d756469b8ae0e292c81240ab"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description Id of the task.
                     * @example 5f8a2c7e91d04b3a8e6f2d1c0b9a7e43
                     */
                    taskId: string;
                    /**
                     * Format: int32
                     * @description Only this sub-task.
                     * @example 1
                     */
                    taskSeq?: number;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. On success `detailInfo` lists the tasks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The tasks found, one entry per sub-task (`taskId` + `taskSeq`). */
                        detailInfo?: components["schemas"]["HaierScheduleTaskInfo"][];
                    };
                };
            };
        };
    };
    queryScheduleByUserId: {
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
                 *       "deviceId": "DC330D01FBF1",
                 *       "startNumber": 1,
                 *       "length": 10
                 *     }
                 */
                "application/json": {
                    /**
                     * @description Only the reservations of this device (1~16 upper-case letters and digits); absent → all of the user's.
                     * @example DC330D01FBF1
                     */
                    deviceId?: string;
                    /**
                     * Format: int32
                     * @description Paging, index of the first entry; default `0`.
                     * @default 0
                     * @example 1
                     */
                    startNumber?: number;
                    /**
                     * Format: int32
                     * @description Paging, number of entries; default `100`.
                     * @default 100
                     * @example 10
                     */
                    length?: number;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. On success `detailInfo` lists the tasks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The tasks found, one entry per sub-task (`taskId` + `taskSeq`). */
                        detailInfo?: components["schemas"]["HaierScheduleTaskInfo"][];
                    };
                };
            };
        };
    };
    unbindDevice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Id of the device to unbind (a device bound to the user, e.g. by `bindDevice`).
                 * @example DC330D01FBF1
                 */
                deviceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. The answer carries only `retCode` and `retInfo`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & Record<string, never>;
                };
            };
        };
    };
    bindDevice: {
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
                 *       "deviceId": "DC330D01FBF1",
                 *       "name": "test002",
                 *       "data": "5f10bf4f5af08db934c8165c32140227"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description Id of the device to bind (its MAC, e.g. `DC330D01FBF1`).
                     * @example DC330D01FBF1
                     */
                    deviceId: string;
                    /**
                     * @description Name the user gives the device; the device list answers it as `deviceName`.
                     * @example test002
                     */
                    name: string;
                    /**
                     * @description The encrypted binding data (produced during network configuration, see the uSDK's bind method).
                     * @example 5f10bf4f5af08db934c8165c32140227
                     */
                    data: string;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. The answer carries only `retCode` and `retInfo`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & Record<string, never>;
                };
            };
        };
    };
    getDeviceNetQualityInfo: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The interface version; `v1` (the page).
                 * @example v1
                 */
                apiVersion: "v1";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "deviceId": "DC330D861B7C"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The device's id (设备身份标识).
                     * @example DC330D861B7C
                     */
                    deviceId: string;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. On success `payload` holds the network quality. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description `DevNetQuality` (设备网络质量详细信息): the device's network quality. */
                        payload?: {
                            /**
                             * @description The device's id.
                             * @example DC330D861B7C
                             */
                            machineId?: string;
                            /** @description `true` = online, `false` = offline. */
                            isOnLine?: boolean;
                            /**
                             * Format: int64
                             * @description When the device's online state last changed (Unix milliseconds, presumably); `-1` = no valid time.
                             */
                            statusLastChangeTime?: number;
                            /**
                             * @description Network the device is connected through, e.g. `Wifi`; empty string if unknown.
                             * @example Wifi
                             */
                            netType?: string;
                            /** @description Name of the network the device is connected to; empty string if unknown. */
                            ssid?: string;
                            /**
                             * Format: int32
                             * @description Signal strength; normal values from -96 to 4, `-100` = no valid value.
                             * @example -38
                             */
                            rssi?: number;
                            /**
                             * Format: int32
                             * @description Signal strength as a percentage; `-1` = no valid value.
                             * @example 72
                             */
                            prssi?: number;
                            /**
                             * Format: int32
                             * @description Signal quality level: `0` = unknown, `1` = excellent (优), `2` = good (良), `3` = fair (合格), `4` = poor (差).
                             * @example 2
                             * @enum {integer}
                             */
                            signalLevel?: 0 | 1 | 2 | 3 | 4;
                            /**
                             * Format: int32
                             * @description WAN packet loss rate; `-1` = no valid value (then not used for the signal level).
                             * @example 20
                             */
                            ilostRatio?: number;
                            /**
                             * Format: int32
                             * @description WAN latency in ms; `-1` = no valid value (then not used for the signal level).
                             * @example 8
                             */
                            its?: number;
                            /** @description The device's IP address in the local network; empty string if unknown. */
                            lanIP?: string;
                            /**
                             * @description Module version as `software version/software type/hardware version/hardware type`; empty string if unknown.
                             * @example 2.3.30/eSDK_WIFI_AC/3.0.00/R
                             */
                            moduleVersion?: string;
                        };
                    };
                };
            };
        };
    };
    getDeviceConsumables: {
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
                 *       "productCode": "1233333333"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The product code (产品编码) whose consumables to list. Missing → `B00001`.
                     * @example 1233333333
                     */
                    productCode: string;
                    /**
                     * Format: int32
                     * @description Page number (optional; Haier documents neither the first page's number nor a default).
                     * @example 1
                     */
                    pageNum?: number;
                    /**
                     * Format: int32
                     * @description Number of consumables per page (optional; no default documented).
                     * @example 10
                     */
                    pageSize?: number;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. On success `payload` lists the consumables. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The product's consumables (`List<Consumable>`). */
                        payload?: {
                            /**
                             * @description Name of the consumable.
                             * @example 滤芯325
                             */
                            name?: string;
                            /**
                             * @description Identifier (code) of the consumable.
                             * @example 1GE20D992SBAU
                             */
                            code?: string;
                            /** @description Descriptive properties of the consumable (`List<PropDesc>`). */
                            propDesc?: {
                                /** @description Property name. */
                                name?: string;
                                /** @description Property value, as a string. */
                                value?: string;
                            }[];
                            /** @description Link where the consumable can be bought. */
                            saleUrl?: string;
                        }[];
                    };
                };
            };
        };
    };
    refreshThirdPartyDevices: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The id of the customer's cloud application on 海极网 (`SV-…-0000`), the identity these
                 *     third-party-cloud calls use instead of `appId` (see the departures). Send the same value as the
                 *     `appId` header, and sign with its systemKey.
                 * @example SV-EXAMPLE00001-0000
                 */
                systemId: string;
                /**
                 * @description The API version; `v1` (the page).
                 * @example v1
                 */
                apiVersion: "v1";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. On success `payload` lists the devices. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The user's devices available to the third-party cloud (`List<DeviceInfoVO>`). */
                        payload?: {
                            /**
                             * @description The device's id.
                             * @example DC330D861B7C
                             */
                            deviceId?: string;
                            /**
                             * @description The device's name (its alias).
                             * @example 我的设备1B7C
                             */
                            deviceName?: string;
                            /** @description URL of the device's picture (in the page's example, not in its table). */
                            deviceImg?: string;
                            /**
                             * @description The device's wifiType (typeid).
                             * @example 200861080082032421059278f9beccb244ad62bd7dd223670db151b71678bc40
                             */
                            wifiType?: string;
                            /**
                             * @description The device's category code (e.g. `03001001`).
                             * @example 03001001
                             */
                            deviceType?: string;
                            /** @description The union of the user's permissions on the device. */
                            totalPermission?: components["schemas"]["HaierAuthInfo"];
                            /** @description The user's permissions on the device, one per source (`Permission[]`). */
                            permissions?: {
                                auth?: components["schemas"]["HaierAuthInfo"];
                                /**
                                 * @description Source: `home` = shared with a family, `share` = shared with the user personally, `owner` = the user owns the device, `server` = granted to an app server.
                                 * @example owner
                                 * @enum {string}
                                 */
                                authType?: "home" | "share" | "owner" | "server";
                            }[];
                            /** @description Whether the device is online. */
                            online?: boolean;
                            /**
                             * @description Name of the product model.
                             * @example 除湿
                             */
                            productNameT?: string;
                            /**
                             * @description Code of the product model.
                             * @example AJ0261M07
                             */
                            productCodeT?: string;
                            /**
                             * @description The device's role, as a digit only: `1` = ordinary device, `2` = gateway, `3` = accessory, `4` = sub-device.
                             * @enum {string}
                             */
                            deviceRole?: "1" | "2" | "3" | "4";
                            /** @description For a sub-device (从设备), the id of its main device; `null` (or absent) for a main device. */
                            parentDeviceId?: string | null;
                            /** @description Kind of device: main device (主设备), sub-device (从设备) or none (无); Haier does not give the values' spelling. */
                            deviceRoleType?: string;
                            /** @description Ids of the device's sub-devices; empty if it has none. */
                            slaveDeviceIds?: string[];
                            /** @description The device's brand. */
                            brand?: string;
                            /** @description Code of the brand. */
                            brandCode?: string;
                        }[];
                    };
                };
            };
        };
    };
    deleteThirdPartyDevice: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The id of the customer's cloud application on 海极网 (`SV-…-0000`), the identity these
                 *     third-party-cloud calls use instead of `appId` (see the departures). Send the same value as the
                 *     `appId` header, and sign with its systemKey.
                 * @example SV-EXAMPLE00001-0000
                 */
                systemId: string;
                /**
                 * @description The API version; `v1` (the page).
                 * @example v1
                 */
                apiVersion: "v1";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "deviceId": "DC330D23CC5E1"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The device's id (from `refreshThirdPartyDevices`).
                     * @example DC330D23CC5E
                     */
                    deviceId: string;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. On success `payload` is `true`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description `true` when the authorisation was withdrawn. */
                        payload?: boolean;
                    };
                };
            };
        };
    };
    getThirdPartyDeviceDetail: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The id of the customer's cloud application on 海极网 (`SV-…-0000`), the identity these
                 *     third-party-cloud calls use instead of `appId` (see the departures). Send the same value as the
                 *     `appId` header, and sign with its systemKey.
                 * @example SV-EXAMPLE00001-0000
                 */
                systemId: string;
                /**
                 * @description The API version; `v1` (the page).
                 * @example v1
                 */
                apiVersion: "v1";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "deviceId": "DC330D861B7C"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The device's id (from `refreshThirdPartyDevices`).
                     * @example DC330D861B7C
                     */
                    deviceId: string;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. On success `payload` holds the device's details. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description `DeviceVersion` (设备详细信息): the device's details. */
                        payload?: {
                            /**
                             * @description The device's id.
                             * @example DC330D861B7C
                             */
                            deviceId?: string;
                            /**
                             * @description The device's category code.
                             * @example 03001001
                             */
                            deviceType?: string;
                            /**
                             * @description The device's wifiType (typeid).
                             * @example 200861080082032421059278f9beccb244ad62bd7dd223670db151b71678bc40
                             */
                            wifiType?: string;
                            /** @description `BaseProperty`: brand and model (in the page's example, not in its table). */
                            baseProperty?: {
                                /**
                                 * @description The device's brand.
                                 * @example 紫水晶
                                 */
                                brand?: string;
                                /**
                                 * @description The device's model.
                                 * @example 三厢对开门
                                 */
                                model?: string;
                                /** @description Other properties. */
                                others?: {
                                    [key: string]: string;
                                };
                            };
                            /** @description The device's modules (the table's `modules`, a `Set<Module>`). */
                            module?: {
                                /** @description The module's id (the device id for the Wi-Fi module; empty for the base module). */
                                moduleId?: string;
                                /**
                                 * @description The module's type (`basemodule`, `wifimodule` in the page's example).
                                 * @example wifimodule
                                 */
                                moduleType?: string;
                                /** @description Further information on the module (e.g. versions). */
                                moduleInfos?: {
                                    [key: string]: string;
                                };
                            }[];
                        };
                    };
                };
            };
        };
    };
    getThirdPartyDeviceStatus: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The id of the customer's cloud application on 海极网 (`SV-…-0000`), the identity these
                 *     third-party-cloud calls use instead of `appId` (see the departures). Send the same value as the
                 *     `appId` header, and sign with its systemKey.
                 * @example SV-EXAMPLE00001-0000
                 */
                systemId: string;
                /**
                 * @description The API version; `v1` (the page).
                 * @example v1
                 */
                apiVersion: "v1";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "deviceId": "DC330D23CC5E",
                 *       "part": "0"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The device's id (from `refreshThirdPartyDevices`).
                     * @example DC330D23CC5E
                     */
                    deviceId: string;
                    /**
                     * @description Which parts to answer besides `shadowInfo` (always answered): `0` = all (the default), `1` = only `reported`, `2` = only `desired`.
                     * @default 0
                     * @example 0
                     * @enum {string}
                     */
                    part: "0" | "1" | "2";
                };
            };
        };
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. On success `payload` holds the device's shadow. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description `ShadowBeanVO` (设备影子信息): the device's shadow; every part but `shadowInfo` may be absent. */
                        payload?: {
                            /** @description `ShadowInfo` (设备影子基础内容信息): the shadow's basic information. */
                            shadowInfo?: {
                                /**
                                 * @description Version of the shadow model.
                                 * @example 101
                                 */
                                shadowVersion?: string;
                                /**
                                 * Format: int64
                                 * @description Last update of the shadow, Unix milliseconds; changes only when the device's state changes or a new event arrives (not when a command is sent).
                                 */
                                reportedTimestamp?: number;
                                /**
                                 * Format: int64
                                 * @description Last alarm, Unix milliseconds; changes only when the device reports an alarm.
                                 */
                                eventTimestamp?: number;
                                /**
                                 * Format: int64
                                 * @description Last time the device went online or offline, Unix milliseconds.
                                 */
                                onoffTimestamp?: number;
                                /** @description Whether the device is online (the table's `isOnline`). */
                                online?: boolean;
                                /** @description `NetQualityInfo` (设备联网的网络质量信息): the device's network quality; every field may be absent. */
                                netQuality?: {
                                    /** @description Signal strength. */
                                    netQuality?: string;
                                    /**
                                     * Format: double
                                     * @description Average latency of 4 pings to the access point, ms; `-1` if all 4 timed out (100 % loss).
                                     */
                                    timeDelayOfAP?: number;
                                    /**
                                     * Format: double
                                     * @description Packets lost among 4 pings to the access point.
                                     */
                                    packetLossOfAP?: number;
                                    /**
                                     * Format: double
                                     * @description Latency of the ping to the gateway / heartbeat, ms; `-1` on timeout.
                                     */
                                    timeDelayOfGateway?: number;
                                    /**
                                     * Format: int32
                                     * @description Whether the ping to the gateway / heartbeat was lost: `1` = lost, `0` = not lost.
                                     * @enum {integer}
                                     */
                                    packetLossOfGateway?: 0 | 1;
                                    /**
                                     * Format: int64
                                     * @description When the platform received these network-quality data, Unix milliseconds.
                                     */
                                    timestamp?: number;
                                };
                                /** @description SSID of the router a Wi-Fi device is connected to. */
                                ssid?: string;
                                /**
                                 * Format: int32
                                 * @description Not documented (`1` in the page's example).
                                 */
                                flag?: number;
                            };
                            deviceInfo?: components["schemas"]["HaierShadowDeviceInfo"];
                            /** @description The values the changed properties had before their last change. */
                            preChangeReported?: components["schemas"]["HaierShadowValues"];
                            /** @description The state the device last reported; key = property name. */
                            reported?: components["schemas"]["HaierShadowValues"];
                            /** @description Expected operations (value = the operation as a JSON string) and expected states (value = the property's value). */
                            desired?: components["schemas"]["HaierShadowValues"];
                            /** @description Events (alarms) the device reported; key = event name, value = its content. */
                            events?: components["schemas"]["HaierShadowValues"];
                            /** @description `Metadata`: when each entry of the other parts was last updated; same keys as those parts. */
                            metadata?: {
                                /** @description One timestamp per entry of `preChangeReported`. */
                                preChangeReported?: {
                                    [key: string]: components["schemas"]["HaierShadowMetadataItem"];
                                };
                                /** @description One timestamp per entry of `reported`. */
                                reported?: {
                                    [key: string]: components["schemas"]["HaierShadowMetadataItem"];
                                };
                                /** @description One timestamp per entry of `desired`. */
                                desired?: {
                                    [key: string]: components["schemas"]["HaierShadowMetadataItem"];
                                };
                                /** @description One timestamp per entry of `events`. */
                                events?: {
                                    [key: string]: components["schemas"]["HaierShadowMetadataItem"];
                                };
                            };
                        };
                    };
                };
            };
        };
    };
    getThirdPartyDeviceModels: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The id of the customer's cloud application on 海极网 (`SV-…-0000`), the identity these
                 *     third-party-cloud calls use instead of `appId` (see the departures). Send the same value as the
                 *     `appId` header, and sign with its systemKey.
                 * @example SV-EXAMPLE00001-0000
                 */
                systemId: string;
                /**
                 * @description The API version; `v1` (the page).
                 * @example v1
                 */
                apiVersion: "v1";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. On success `payload` lists the models. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The pre-authorised models (`List<DeviceModel>`). */
                        payload?: {
                            /**
                             * @description Model name (型号名称).
                             * @example DE12A除湿机
                             */
                            modelCode?: string;
                            /**
                             * @description Product type (产品类型), e.g. `除湿机`.
                             * @example 除湿机
                             */
                            appTypeName?: string;
                            /**
                             * @description Code of the product type, e.g. `A006`.
                             * @example A006
                             */
                            appTypeCode?: string;
                            /**
                             * @description Code of the major category (大类).
                             * @example 21
                             */
                            bigTypeCode?: string;
                            /**
                             * @description Code of the middle category (中类).
                             * @example 21005
                             */
                            midTypeCode?: string;
                            /**
                             * @description The model's typeId.
                             * @example 200861080082032421059278f9beccb244ad62bd7dd223670db151b71678bc40
                             */
                            typeId?: string;
                            /**
                             * @description Product code (成品编码).
                             * @example AJ0261M07
                             */
                            productCode?: string;
                            /** @description URL of the model's first picture (实物图片1). */
                            productImg1?: string;
                        }[];
                    };
                };
            };
        };
    };
    controlThirdPartyDevice: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The id of the customer's cloud application on 海极网 (`SV-…-0000`), the identity these
                 *     third-party-cloud calls use instead of `appId` (see the departures). Send the same value as the
                 *     `appId` header, and sign with its systemKey.
                 * @example SV-EXAMPLE00001-0000
                 */
                systemId: string;
                /**
                 * @description The API version; `v1` (the page).
                 * @example v1
                 */
                apiVersion: "v1";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "callbackUrl": "string",
                 *       "cmdArgs": {
                 *         "onOffStatus": "false"
                 *       },
                 *       "cmdName": "",
                 *       "deviceId": "DC330D23CC5E"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The device's id (from `refreshThirdPartyDevices`).
                     * @example DC330D23CC5E
                     */
                    deviceId: string;
                    /**
                     * @description Id of the group command; required for a group command, not sent for a single command.
                     * @example grSetResn1
                     */
                    cmdName?: string;
                    /**
                     * @description The command's properties, name → value (strings); exactly one pair for a single command.
                     * @example {
                     *       "onOffStatus": "false"
                     *     }
                     */
                    cmdArgs: {
                        [key: string]: string;
                    };
                    /** @description URL to which the device's answer to the operation is reported; only the HTTP protocol is supported. */
                    callbackUrl?: string;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. On success `payload` is the request's serial number. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /**
                         * @description The serial number (sn) of this request (32 hex characters in the page's example).
                         * @example a0d86bcca034440690c393d19f4161a8
                         */
                        payload?: string;
                    };
                };
            };
        };
    };
    createVideoStorage: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The API version; `v1` (the page's default).
                 * @example v1
                 */
                apiVersion: "v1";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "deviceId": "1221211121",
                 *       "orderSn": "ssdw23233"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The device's id (Haier's unique device identifier).
                     * @example 1221211121
                     */
                    deviceId: string;
                    /**
                     * @description Number of the order in Haier's online shop (海尔商城订单号) that paid for the storage.
                     * @example ssdw23233
                     */
                    orderSn: string;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. On success `payload` describes the activated storage. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description `CreateStorageResultDto`: the activated storage (typed from the page's example; see the departures). */
                        payload?: {
                            /**
                             * Format: int32
                             * @description State of the storage service (`1` in the page's example; values not documented).
                             * @example 1
                             */
                            status?: number;
                            /**
                             * Format: int64
                             * @description Start of the storage's validity, Unix seconds.
                             * @example 1602664844
                             */
                            startTime?: number;
                            /**
                             * Format: int64
                             * @description End of the storage's validity, Unix seconds.
                             * @example 1607935244
                             */
                            endTime?: number;
                        };
                    };
                };
            };
        };
    };
    findVideoStorageState: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The API version; `v1` (the page's default).
                 * @example v1
                 */
                apiVersion: "v1";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "deviceId": "1221211121"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The device's id (Haier's unique device identifier).
                     * @example 1221211121
                     */
                    deviceId: string;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. On success `payload` describes the active plan. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description `StorageStateResultDto`: the cloud video storage plan in force. */
                        payload?: {
                            /**
                             * Format: int32
                             * @description The plan in force (当前生效的视频云存规格), one of `0`, `7`, `30` (Haier gives no meanings; presumably no plan, recordings kept 7 days, recordings kept 30 days).
                             * @example 30
                             * @enum {integer}
                             */
                            activatedStorage?: 0 | 7 | 30;
                            /**
                             * Format: int64
                             * @description Days the plan in force still runs.
                             * @example 20
                             */
                            remainderDays?: number;
                            /**
                             * Format: int64
                             * @description When the plan in force expires, Unix seconds (UTC).
                             * @example 1607935244
                             */
                            expireTime?: number;
                        };
                    };
                };
            };
        };
    };
    getShadowInfo: {
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
                 *       "deviceId": "123"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The device's id, 1~16 upper-case letters and digits. Missing → `B00001`.
                     * @example DC330D01FBF1
                     */
                    deviceId: string;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. On success `detailInfo` holds the shadow. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description `ShadowBeanVO` (设备影子信息): the device's shadow. Either map may be absent. */
                        detailInfo?: {
                            /** @description The state the device last reported; key = property name, value = its value as a string. */
                            reported?: components["schemas"]["HaierShadowValues"];
                            /** @description The device's alarms of the last 24 hours; key = event (alarm) name, value = its content. */
                            events?: components["schemas"]["HaierShadowValues"];
                        };
                    };
                };
            };
        };
    };
    getShadowModel: {
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
                 *       "typeid": "123"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The device type's typeid (as the device reports it; Haier's device typeids are 64 hex characters). Missing → `B00001`.
                     * @example 111c120024000810040100318000614300000001000000000000000000000000
                     */
                    typeid: string;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. On success `shadowModel` holds the model. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description `ShadowModel` (设备影子的模型信息): the device type's standard model. */
                        shadowModel?: {
                            /** @description The device type; only `typeid` is filled. */
                            deviceInfo?: components["schemas"]["HaierShadowDeviceInfo"];
                            /** @description What a device of this type reports (`ReportedModel`, one entry per property or command). */
                            reported?: {
                                /**
                                 * @description Name of the property (the key in the shadow's `reported`).
                                 * @example targetTemperature
                                 */
                                name?: string;
                                /**
                                 * @description Its description, in Chinese.
                                 * @example 目标温度
                                 */
                                desc?: string;
                                /**
                                 * @description Kind of its value range (`LIST`, `STEP`).
                                 * @example STEP
                                 */
                                valueRangeType?: string;
                                valueRange?: components["schemas"]["HaierShadowValueRange"];
                                /** @description Operation type of a command (`I` in the page's example; absent for plain properties). Not documented. */
                                operationType?: string;
                            }[];
                            /** @description What may be set on a device of this type (`DesiredModel`, one entry per expected state or operation). */
                            desired?: {
                                /**
                                 * @description Name of the expected operation (`type` `1`) or of the property (`type` `2`).
                                 * @example grSetResn1
                                 */
                                name?: string;
                                /**
                                 * @description Its description, in Chinese.
                                 * @example 设置预约1
                                 */
                                desc?: string;
                                /** @description Kind of the property's value range; present for `type` `2`. */
                                valueRangeType?: string;
                                valueRange?: components["schemas"]["HaierShadowValueRange"];
                                /** @description The properties the operation sets; present for `type` `1`. */
                                attrNameList?: string[];
                                /**
                                 * @description Operation type (`groupCommand` for a group command, `I` in the page's example for single commands).
                                 * @example groupCommand
                                 */
                                operationType?: string;
                                /**
                                 * Format: int32
                                 * @description `1` = expected operation (e.g. a group command), `2` = expected state (a property).
                                 * @example 1
                                 * @enum {integer}
                                 */
                                type?: 1 | 2;
                            }[];
                            /** @description The device type's alarms (`AlarmsModel`). */
                            events?: {
                                /**
                                 * @description Event name (by default the device's alarm code; the key in the shadow's `events`).
                                 * @example dryHeatingAlarm
                                 */
                                name?: string;
                                /**
                                 * @description Event description, in Chinese (by default the alarm's description).
                                 * @example 干烧超温报警
                                 */
                                desc?: string;
                                /** @description `true` for the event that clears the alarms (e.g. `alarmCancel`). */
                                clear?: boolean;
                                /**
                                 * @description Event type (`alarms` in the page's example).
                                 * @example alarms
                                 */
                                type?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getDeviceNetQuality: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The device's id, 1~16 upper-case letters and digits. A device the user may not see → `G20202`.
                 * @example DC330D01FBF1
                 */
                deviceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. On success `deviceNetQualityDto` holds the signal strength. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description `DeviceNetQualityDto` (设备信号强度): the device's signal strength and network module. */
                        deviceNetQualityDto?: {
                            /**
                             * @description Hardware type of the network module (`R` in the page's example).
                             * @example R
                             */
                            hardwareType?: string;
                            /**
                             * @description Hardware version of the network module.
                             * @example 1.0.00
                             */
                            hardwareVers?: string;
                            /**
                             * @description Software type of the network module, i.e. its platform (e.g. `UDISCOVERY_UWT`, `eSDK_WIFI_AC`).
                             * @example UDISCOVERY_UWT
                             */
                            softwareType?: string;
                            /**
                             * @description Software version of the network module.
                             * @example 2.3.12
                             */
                            softwareVers?: string;
                            /**
                             * @description Network type: `Wifi` = Wi-Fi; `unknown` = unknown network, or the device does not report its network quality.
                             * @example Wifi
                             * @enum {string}
                             */
                            netType?: "unknown" | "Wifi";
                            /**
                             * @description Signal strength, as a decimal string (the page's example `"100"`; Haier gives no unit or range).
                             * @example 100
                             */
                            strength?: string;
                        };
                    };
                };
            };
        };
    };
    getDeviceBindingStatus: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The interface version; the page's request sample sends `v1`.
                 * @example v1
                 */
                apiVersion?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "deviceId": "DC330D861B7C"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The device id (设备身份标识).
                     * @example DC330D861B7C
                     */
                    deviceId: string;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. On success the body also holds `payload`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The binding (`ServiceDeviceBindStatusResultDto`); only when the user is bound to the device. */
                        payload?: {
                            /**
                             * @description Binding state: `true` bound, `false` not bound (an unbound device is answered `1900001`).
                             * @example true
                             */
                            status?: boolean;
                            /**
                             * Format: int64
                             * @description When the device was bound to the user, Unix time in milliseconds (generated by the cloud).
                             * @example 1732867200000
                             */
                            bts?: number;
                        };
                    };
                };
            };
        };
    };
    getNetDeviceInfoByProductCode: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The interface version (接口版本); `v1` for this version.
                 * @example v1
                 */
                apiVersion: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "productCodes": [
                 *         "21389***1231"
                 *       ]
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The product codes (成品编码) to look up.
                     * @example [
                     *       "CEABJ5M00"
                     *     ]
                     */
                    productCodes: string[];
                };
            };
        };
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. On success the body also holds `payload`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The models found. */
                        payload?: {
                            /** @description One entry per product code found (`ServiceDeviceInfoResultDto`). */
                            deviceInfos?: components["schemas"]["HaierServiceDeviceInfo"][];
                        };
                    };
                };
            };
        };
    };
    getNetDeviceInfosPage: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The interface version (接口版本); `v1` for this version.
                 * @example v1
                 */
                apiVersion: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "pager": {
                 *         "pageSize": 10,
                 *         "pageIndex": 1
                 *       },
                 *       "entity": {
                 *         "bigCode": "02"
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @description Which page (`RequestPager`, 分页信息). */
                    pager: {
                        /**
                         * Format: int64
                         * @description The page number, from 1 (default 1; not 0).
                         * @default 1
                         * @example 1
                         */
                        pageIndex?: number;
                        /**
                         * Format: int64
                         * @description Models per page (default 50; not 0).
                         * @default 50
                         * @example 10
                         */
                        pageSize?: number;
                    };
                    /** @description The filter (`ServiceDeviceInfosRequestDto`, 分页请求主体); all fields optional. */
                    entity: {
                        /**
                         * @description Application type code (the page says 成品编码; see `getProductCodes`).
                         * @example DrumWasher
                         */
                        appTypeCode?: string;
                        /**
                         * @description Middle category code (中类编码, 5 digits).
                         * @example 05001
                         */
                        midCode?: string;
                        /**
                         * @description Major category code (大类编码, 2 digits).
                         * @example 05
                         */
                        bigCode?: string;
                        /**
                         * @description A typeId.
                         * @example 201c12002400081005010021800067414800bc00000000000000000000000040
                         */
                        typeId?: string;
                    };
                };
            };
        };
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. On success the body also holds `payload`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description One page of models (`ServiceDeviceInfosResult`, 分页详情). */
                        payload?: {
                            /** @description The models on this page (`ServiceDeviceInfoResultDto`). */
                            content?: components["schemas"]["HaierServiceDeviceInfo"][];
                            /**
                             * Format: int64
                             * @description The page number, as requested.
                             * @example 1
                             */
                            pageIndex?: number;
                            /**
                             * Format: int64
                             * @description The page size, as requested.
                             * @example 10
                             */
                            pageSize?: number;
                            /**
                             * Format: int64
                             * @description Number of matching models in all.
                             * @example 2592
                             */
                            total?: number;
                            /**
                             * Format: int64
                             * @description Number of pages.
                             * @example 260
                             */
                            totalPages?: number;
                            /**
                             * Format: int64
                             * @description Number of models on this page.
                             * @example 10
                             */
                            numberOfElements?: number;
                            /**
                             * @description Whether this is the first page (the page's example answers `false` for page 1).
                             * @example false
                             */
                            first?: boolean;
                            /**
                             * @description Whether this is the last page.
                             * @example false
                             */
                            last?: boolean;
                        };
                    };
                };
            };
        };
    };
    getProductCodes: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The interface version (接口版本); `v1` for this version.
                 * @example v1
                 */
                apiVersion: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "midCode": [
                 *         "02012"
                 *       ]
                 *     }
                 */
                "application/json": {
                    /**
                     * @description Application type codes (应用类型编码) to match.
                     * @example [
                     *       "DrumWasher"
                     *     ]
                     */
                    appTypeCode?: string[];
                    /**
                     * @description Middle category codes (中类编码, 5 digits) to match.
                     * @example [
                     *       "05001"
                     *     ]
                     */
                    midCode?: string[];
                    /**
                     * @description Major category codes (大类编码, 2 digits) to match.
                     * @example [
                     *       "05"
                     *     ]
                     */
                    bigCode?: string[];
                    /**
                     * @description TypeIds to match.
                     * @example [
                     *       "201c12002400081005010021800067414800bc00000000000000000000000040"
                     *     ]
                     */
                    typeId?: string[];
                };
            };
        };
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. On success the body also holds `payload`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The matching product codes (成品编码), all of them (not paged). */
                        payload?: string[];
                    };
                };
            };
        };
    };
    getNetInfo2C: {
        parameters: {
            query?: never;
            header?: {
                /** @description The interface version, `x.y.z` (e.g. `2.0.0`); the latest version when absent (authorization.md). */
                apiVersion?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "mac": "string",
                 *       "selfDiscoveryInformationCode": "string",
                 *       "productCode": "String"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The product code (产品编码, 成品编码). Has priority over the two others.
                     * @example CEABJ5M00
                     */
                    productCode?: string;
                    /**
                     * @description The self-discovery code that 海极网 configures per model for the device's hotspot: 1~14
                     *     characters, only the `NNN` part of the hotspot's name, not the whole name.
                     * @example U-WM
                     */
                    selfDiscoveryInformationCode?: string;
                    /**
                     * @description The device's MAC address (not a deviceId: the device is not registered yet).
                     * @example DC330D01FBF1
                     */
                    mac?: string;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. On success the body also holds `payload`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The model and its network-setup guide (`DeviceInfomation`, authorization.md). All strings; Haier leaves out fields without value. */
                        payload?: {
                            /**
                             * @description The product code (成品编码).
                             * @example CEABJ5M00
                             */
                            productCode?: string;
                            /**
                             * @description The model name (型号名称).
                             * @example XQG100-HBD14126L
                             */
                            modelCode?: string;
                            /**
                             * @description The model's typeId.
                             * @example 201c12002400081005010021800067414800bc00000000000000000000000040
                             */
                            typeId?: string;
                            /** @description URL of the model's picture 1. */
                            productImg1?: string;
                            /** @description URL of the model's picture 2. */
                            productImg2?: string;
                            /** @description How the device is put on the network (配置方式); Haier does not list the values. */
                            configMode?: string;
                            /** @description Guide text, step 1. */
                            step1?: string;
                            /** @description Picture of step 1. */
                            step1Img?: string;
                            /** @description Guide text, step 2. */
                            step2?: string;
                            /** @description Picture of step 2. */
                            step2Img?: string;
                            /** @description Guide text, step 3. */
                            step3?: string;
                            /** @description Picture of step 3. */
                            step3Img?: string;
                            /** @description Guide text, step 4. */
                            step4?: string;
                            /** @description Picture of step 4. */
                            step4Img?: string;
                            /** @description Guide text, step 5. */
                            step5?: string;
                            /** @description Picture of step 5. */
                            step5Img?: string;
                            /** @description Text shown when binding succeeded. */
                            bindSuccess?: string;
                            /** @description Picture shown when binding succeeded. */
                            bindSuccessImg?: string;
                            /** @description Text shown when binding failed. */
                            bindFailed?: string;
                            /** @description Picture shown when binding failed. */
                            bindFailedImg?: string;
                            /** @description Description of the product. */
                            productDesc?: string;
                            /** @description Hotspot name of the application type (应用类型热点名称). */
                            hotspotName?: string;
                            /** @description The brand's code. */
                            brandCode?: string;
                            /** @description The application type's code. */
                            apptypeCode?: string;
                            /** @description The application type's name. */
                            apptypeName?: string;
                            /** @description The device's role (设备角色; `1` ordinary device, `2` gateway, `3` accessory, `4` sub-device in the device structures of dev-intro.md). */
                            deviceRole?: string;
                            /** @description `0` the model is not in the app yet (未上线), `1` it is (已上线). */
                            state?: string;
                            /** @description The self-discovery code (1~14 characters). */
                            customHotspotCode?: string;
                            /** @description The self-discovery entry's name (a remark). */
                            customHotspotName?: string;
                        };
                    };
                };
            };
        };
    };
    operateStandardModel: {
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
                 *       "deviceId": "0007A893C119",
                 *       "cmdName": "grSetDAC",
                 *       "cmdArgs": {
                 *         "pmvStatus": "true",
                 *         "cleaningTimeStatus": "false",
                 *         "cloudFilterChangeFlag": "false",
                 *         "electricHeatingStatus": "true",
                 *         "onOffStatus": "true",
                 *         "operationMode": "4"
                 *       },
                 *       "callbackUrl": "http://www.uhome.haier.net/callback.html"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The device id, 1~16 upper-case letters and digits, no special characters.
                     * @example 0007A893C119
                     */
                    deviceId: string;
                    /**
                     * @description The group command's id. Required for a group command; left out for a single command.
                     * @example grSetDAC
                     */
                    cmdName?: string;
                    /**
                     * @description The properties to set, name → value (Map<String,String>). For a single command exactly
                     *     one pair.
                     * @example {
                     *       "onOffStatus": "true"
                     *     }
                     */
                    cmdArgs: {
                        [key: string]: string;
                    };
                    /**
                     * @description Where Haier sends the device's answer (see above); optional. "Only http" (只支持http协议).
                     * @example http://www.uhome.haier.net/callback.html
                     */
                    callbackUrl?: string;
                };
            };
        };
        responses: {
            /**
             * @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. On
             *     success `usn` identifies the request; the device's answer comes later to `callbackUrl`.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /**
                         * @description Haier's serial number for this request (序列号); the callback carries the same `usn`.
                         * @example 600ce95da3e14fc7a68f483dd14db864
                         */
                        usn?: string;
                    };
                };
            };
        };
    };
    getBaseInfo: {
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
                 *       "deviceId": "DC330DC4B6EE"
                 *     }
                 */
                "application/json": {
                    deviceId: components["schemas"]["HaierDeviceId"];
                };
            };
        };
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. On success the body also holds `deviceBaseInfo`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        deviceBaseInfo?: components["schemas"]["HaierDeviceBaseInfo"];
                    };
                };
            };
        };
    };
    modifyModelInfo: {
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
                 *       "deviceId": "DC330DC4B6EE",
                 *       "codeType": 1,
                 *       "code": "AURGH4JIOJAVU"
                 *     }
                 */
                "application/json": {
                    deviceId: components["schemas"]["HaierDeviceId"];
                    /**
                     * Format: int32
                     * @description What `code` is: `1` the machine code (机器编码), `2` the product model code (产品型号编码).
                     * @example 1
                     * @enum {integer}
                     */
                    codeType: 1 | 2;
                    /**
                     * @description The code itself (具体编码), of the kind `codeType` says; registered at 海极网.
                     * @example AURGH4JIOJAVU
                     */
                    code: string;
                    /**
                     * @description How to change: `1` by rule (规则修改), `2` directly (直接修改); empty or absent = directly.
                     * @example 2
                     * @enum {string}
                     */
                    modifyType?: "" | "1" | "2";
                };
            };
        };
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. On success the body also holds `deviceBaseInfo` and, possibly, `possibleList`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        deviceBaseInfo?: components["schemas"]["HaierDeviceBaseInfo"];
                        /** @description Other models the device may be (设备可能的其他型号); may be empty or absent. */
                        possibleList?: {
                            /**
                             * @description The product model code (产品型号编码).
                             * @example CEABJ5M01
                             */
                            productCodeT?: string;
                            /**
                             * @description The product model name (产品型号名称).
                             * @example XQG100-HBD14126LU1
                             */
                            productNameT?: string;
                        }[];
                    };
                };
            };
        };
    };
    queryResult: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The batch's total sn (批量命令总sn), the `{sn}` it was sent with by `sendbatchCmd`.
                 * @example 181206135609768fa163e26700a3593
                 */
                sn: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & components["schemas"]["HaierBatchResult"];
                };
            };
        };
    };
    sendbatchCmd: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The batch's total sn (批量命令总sn), chosen by the caller; the same value as every command's
                 *     `sn`. `queryResult/{sn}` and the results' `cmdSn` use it.
                 * @example lpz4130527016
                 */
                sn: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "sn": "lpz4130527016",
                 *       "backUrl": "https://uws.haier.net/scheduler/v2/device/callback",
                 *       "cmdMsgList": [
                 *         {
                 *           "delaySeconds": 0,
                 *           "deviceId": "0007A8B7014E",
                 *           "index": 0,
                 *           "name": "onOffLight",
                 *           "sn": "lpz4130527016",
                 *           "subSn": "lpz4130527016:0",
                 *           "value": "true"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /**
                     * @description Not in the page's input table but in its sample: the batch's total sn, the same as the
                     *     path's `{sn}` (departure).
                     * @example lpz4130527016
                     */
                    sn?: string;
                    /** @description The commands of the batch, with `index` 0, 1, 2, … (`CmdItem`). */
                    cmdMsgList: components["schemas"]["HaierCmdItem"][];
                    /**
                     * @description Where Haier sends the batch's result (`HaierBatchResult`, see above) when the batch is
                     *     finished; optional (no result is sent without it). The page says "only http" but its
                     *     sample is `https` (departure).
                     * @example https://uws.haier.net/scheduler/v2/device/callback
                     */
                    backUrl?: string;
                };
            };
        };
        responses: {
            /**
             * @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. Only
             *     the envelope (标准输出参数): `00000` = the batch was accepted. The commands' results come
             *     later (`backUrl`, `queryResult`).
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & Record<string, never>;
                };
            };
        };
    };
    getAliasName: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The device id (1~16 upper-case letters and digits).
                 * @example DC330D01FBF1
                 */
                deviceId: components["schemas"]["HaierDeviceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. On success the body also holds `aliasName` and `deviceId`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /**
                         * @description The device's alias (设备别名).
                         * @example 阳台洗衣机
                         */
                        aliasName?: string;
                        /**
                         * @description The device id, as requested.
                         * @example DC330D01FBF1
                         */
                        deviceId?: string;
                    };
                };
            };
        };
    };
    updateAliasName: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The device id (1~16 upper-case letters and digits).
                 * @example DC330D01FBF1
                 */
                deviceId: components["schemas"]["HaierDeviceId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "aliasName": "拨测的设备"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The device's new alias (设备新别名).
                     * @example 拨测的设备
                     */
                    aliasName: string;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. Only the envelope (标准应答参数). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & Record<string, never>;
                };
            };
        };
    };
    getDeviceBrand: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The device id (1~16 upper-case letters and digits).
                 * @example 0007A8947C62
                 */
                deviceId: components["schemas"]["HaierDeviceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. On success the body also holds `brandInfo`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        brandInfo?: components["schemas"]["HaierBrandInfo"];
                    };
                };
            };
        };
    };
    getDeviceInfo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The device id (1~16 upper-case letters and digits).
                 * @example DC330D01FBF1
                 */
                deviceId: components["schemas"]["HaierDeviceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. On success the body also holds `deviceVersion`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The device's details (`DeviceVersion`, dev-intro.md). Haier leaves out fields without value. */
                        deviceVersion?: {
                            /**
                             * @description The device id.
                             * @example DC330D01FBF1
                             */
                            deviceId?: string;
                            /**
                             * @description The device's category (设备类型), 8 characters. In the page's examples the first
                             *     two match the uSDK device class in hex and the class byte of `wifiType`
                             *     (`03` cabinet air conditioner, `05` drum washing machine, `21` air purifier).
                             * @example 05001001
                             */
                            deviceType?: string;
                            /**
                             * @description The device's typeId (U+ type identifier, called wifiType here), which selects its
                             *     model (properties, commands); 64 hex characters for current devices (32 in the
                             *     page's example).
                             * @example 201c12002400081005010021800067414800bc00000000000000000000000040
                             */
                            wifiType?: string;
                            /** @description Brand and model (`BaseProperty`, 品牌信息). */
                            baseProperty?: {
                                /**
                                 * @description The device's brand.
                                 * @example 海尔
                                 */
                                brand?: string;
                                /**
                                 * @description The device's model.
                                 * @example XQG100-HBD14126L
                                 */
                                model?: string;
                                /** @description Other properties, name → value (Map<String,String>). */
                                others?: {
                                    [key: string]: string;
                                };
                            };
                            location?: components["schemas"]["HaierDeviceLocation"];
                            /**
                             * @description The device's modules (`Set<Module>`): typically the appliance's base board
                             *     (`basemodule`) and its Wi-Fi module (`wifimodule`, whose id is the device id).
                             */
                            modules?: {
                                /**
                                 * @description The module's id (empty for the base board in the page's example).
                                 * @example DC330D01FBF1
                                 */
                                moduleId?: string;
                                /**
                                 * @description The module's type, e.g. `basemodule`, `wifimodule`.
                                 * @example wifimodule
                                 */
                                moduleType?: string;
                                /**
                                 * @description Further module information, name → value (Map<String,String>): e.g.
                                 *     `hardwareVers`, `softwareVers`, `hardwareType`, `softwareType`,
                                 *     `supportUpgrade` (`"1"` = can be upgraded) for the base board; `platform`,
                                 *     `protocolVers`, `configVers`, `ip` for the Wi-Fi module.
                                 */
                                moduleInfos?: {
                                    [key: string]: string;
                                };
                            }[];
                            /**
                             * @description The product model name (产品型号名称).
                             * @example XQG100-HBD14126L
                             */
                            productNameT?: string;
                            /**
                             * @description The product model code (产品型号编码).
                             * @example CEABJ5M00
                             */
                            productCodeT?: string;
                            /**
                             * @description The device's role, as a digit only: `1` ordinary device, `2` gateway, `3` accessory, `4` sub-device.
                             * @example 1
                             * @enum {string}
                             */
                            deviceRole?: "1" | "2" | "3" | "4";
                            /** @description For a sub-device (从设备), the id of its main device; absent for a main device. */
                            parentDeviceId?: string;
                            /** @description The device class in a main/sub relation (设备类别), one of three (主设备 main device, 从设备 sub-device, 无 none); Haier does not give the values sent. */
                            deviceRoleType?: string;
                            /** @description For a main device, the ids of its sub-devices; absent or empty when there are none. */
                            slaveDeviceIds?: string[];
                        };
                    };
                };
            };
        };
    };
    getDeviceIsOnline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The device id (1~16 upper-case letters and digits).
                 * @example DC330D01FBF1
                 */
                deviceId: components["schemas"]["HaierDeviceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. On success the body also holds `isonline`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /**
                         * @description `"true"` the device is online, `"false"` it is offline (a string, 状态信息).
                         * @example true
                         * @enum {string}
                         */
                        isonline?: "true" | "false";
                    };
                };
            };
        };
    };
    getLastReportStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The device id (1~16 upper-case letters and digits).
                 * @example DC330D01FBF1
                 */
                deviceId: components["schemas"]["HaierDeviceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. On success the body also holds `devicestatus`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The device's last reported status (`DeviceStatus`). */
                        devicestatus?: {
                            /**
                             * @description When the device reported this status, Unix time in milliseconds, as a decimal string.
                             * @example 1732953600000
                             */
                            timestamp?: string;
                            /**
                             * @description The device id.
                             * @example DC330D01FBF1
                             */
                            deviceId?: string;
                            /** @description The reported properties, one `{name, value}` pair each. */
                            statuses?: {
                                /**
                                 * @description The property's name (standard-model name, or a 6-character code for older devices).
                                 * @example onOffStatus
                                 */
                                name?: string;
                                /**
                                 * @description The property's value as a string (`"true"`, `"1200"`; `""` when empty).
                                 * @example true
                                 */
                                value?: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getDeviceLocation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The device id (1~16 upper-case letters and digits).
                 * @example DC330D01FBF1
                 */
                deviceId: components["schemas"]["HaierDeviceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. On success the body also holds `loc`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        loc?: components["schemas"]["HaierDeviceLocation"];
                    };
                };
            };
        };
    };
    updateDeviceLocation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The device id (1~16 upper-case letters and digits).
                 * @example DC330D01FBF1
                 */
                deviceId: components["schemas"]["HaierDeviceId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "loc": {
                 *         "cityCode": "101010200",
                 *         "latitude": 39.975675,
                 *         "longitude": 116.322712
                 *       }
                 *     }
                 */
                "application/json": {
                    loc: components["schemas"]["HaierDeviceLocation"];
                };
            };
        };
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. Only the envelope (标准应答参数). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & Record<string, never>;
                };
            };
        };
    };
    getDeviceInfos: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. On success the body also holds `deviceinfos`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The user's devices (own, shared personally, shared with a family); empty when there are none. */
                        deviceinfos?: {
                            /**
                             * @description The device id (1~16 upper-case letters and digits).
                             * @example DC330D01FBF1
                             */
                            deviceId?: string;
                            /**
                             * @description The device's name, the same as its alias (`getAliasName`, `updateAliasName`).
                             * @example 阳台洗衣机
                             */
                            deviceName?: string;
                            /**
                             * @description The device's category (设备类型), 8 characters (see `getDeviceInfo`).
                             * @example 05001001
                             */
                            deviceType?: string;
                            /**
                             * @description The device's typeId (U+ type identifier), usually 64 hex characters.
                             * @example 201c12002400081005010021800067414800bc00000000000000000000000040
                             */
                            wifiType?: string;
                            /**
                             * @description Whether the device is online (connected to U+).
                             * @example true
                             */
                            online?: boolean;
                            /** @description The user's permissions on the device, one per way the user has it (owner, personal share, family share, app server). */
                            permissions?: components["schemas"]["HaierDevicePermission"][];
                            totalPermission?: components["schemas"]["HaierDeviceAuthInfo"];
                            /**
                             * @description The product model name (产品型号名称).
                             * @example XQG100-HBD14126L
                             */
                            productNameT?: string;
                            /**
                             * @description The product model code (产品型号编码).
                             * @example CEABJ5M00
                             */
                            productCodeT?: string;
                            /**
                             * @description The device's role, as a digit only: `1` ordinary device, `2` gateway, `3` accessory, `4` sub-device.
                             * @example 1
                             * @enum {string}
                             */
                            deviceRole?: "1" | "2" | "3" | "4";
                            /** @description For a sub-device (从设备), the id of its main device; absent for a main device. */
                            parentDeviceId?: string;
                            /** @description The device class in a main/sub relation, one of three (主设备 main device, 从设备 sub-device, 无 none); Haier does not give the values sent. */
                            deviceRoleType?: string;
                            /** @description For a main device, the ids of its sub-devices; absent or empty when there are none. */
                            slaveDeviceIds?: string[];
                        }[];
                    };
                };
            };
        };
    };
    checkDevFMVersion: {
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
                 *       "deviceId": "0007A8947C62"
                 *     }
                 */
                "application/json": {
                    deviceId: components["schemas"]["HaierDeviceId"];
                };
            };
        };
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. On success the body also holds `devFWVersionDto`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The device's firmware versions (`DevFWVersion`, 设备整机固件版本信息). */
                        devFWVersionDto?: {
                            /**
                             * @description The U+ whole-appliance model code (U+产品整机型号编码).
                             * @example CEABJ5M00
                             */
                            model?: string;
                            /**
                             * @description The device's current firmware version; free format (not checked).
                             * @example 1.0.00
                             */
                            vers?: string;
                            /**
                             * @description The newer firmware the device can install (`Firmware`). Absent when the device
                             *     does not support upgrades or no newer firmware exists.
                             */
                            firmware?: {
                                /**
                                 * @description The new firmware's version; free format (not checked).
                                 * @example 1.2.00
                                 */
                                vers?: string;
                                /**
                                 * @description Description of the new firmware.
                                 * @example 优化脱水程序
                                 */
                                desc?: string;
                                /**
                                 * Format: int32
                                 * @description Upgrade time-out in seconds, 10~604800 (7 days). Haier only records it and
                                 *     returns it with the upgrade's progress; the app decides when an upgrade has
                                 *     timed out.
                                 * @example 600
                                 */
                                timeout?: number;
                                /**
                                 * @description Digest algorithm of the firmware file; `sha256` (the only value documented; the page's example has `""`).
                                 * @example sha256
                                 */
                                digestAlg?: string;
                                /**
                                 * @description Digest of the firmware file, lower-case hex.
                                 * @example ba9c346559f8ad0eff73bb9fc352c577818d9511c73ab5c78ea14dd43566954e
                                 */
                                digest?: string;
                                /**
                                 * @description URL of the firmware file.
                                 * @example https://resource.haier.net/download/resource/fota/CEABJ5M00-1.2.00.bin
                                 */
                                url?: string;
                                /**
                                 * @description Encryption algorithm of the firmware file, `aes256`; empty string when the file is not encrypted.
                                 * @example
                                 */
                                keyAlg?: string;
                                /**
                                 * @description Encryption key of the firmware file, lower-case hex; empty string when the file is not encrypted.
                                 * @example
                                 */
                                key?: string;
                                /**
                                 * Format: int32
                                 * @description Size of the original upgrade package (原始升级包大小; bytes, presumably).
                                 * @example 1048576
                                 */
                                size?: number;
                            };
                        };
                    };
                };
            };
        };
    };
    saveDeviceBrand: {
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
                 *       "brandInfo": {
                 *         "brand": "品牌",
                 *         "model": "型号",
                 *         "deviceId": "0007A8947C62"
                 *       }
                 *     }
                 */
                "application/json": {
                    brandInfo: components["schemas"]["HaierBrandInfo"];
                };
            };
        };
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. Only the envelope (标准应答参数). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & Record<string, never>;
                };
            };
        };
    };
    devicesOperate: {
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
                 *       "deviceId": "0007A893C119",
                 *       "sn": "FJIJ2L3-FSFRFGRTWT-HYRH",
                 *       "category": "AttrOp",
                 *       "name": "221001",
                 *       "operateCodes": "eyJ2YWx1ZSI6IjIyMTAwMSJ9",
                 *       "callbackUrl": "https://www.uhome.haier.net/callback.html"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The device id, 1~16 upper-case letters and digits, no special characters.
                     * @example 0007A893C119
                     */
                    deviceId: string;
                    /**
                     * @description The request's serial number (操作流水号), made by the caller; must be unique. Answered by `usn`.
                     * @example FJIJ2L3-FSFRFGRTWT-HYRH
                     */
                    sn: string;
                    /**
                     * @description `AttrOp` a single command, `GroupOp` a group command.
                     * @example AttrOp
                     * @enum {string}
                     */
                    category: "AttrOp" | "GroupOp";
                    /**
                     * @description The command's (or group command's) code from the device's ID document, e.g. `20g10o`;
                     *     a group written `0x0001` there is sent as `000001`.
                     * @example 221001
                     */
                    name: string;
                    /**
                     * Format: byte
                     * @description Base64 of the command's JSON: `{"value":"<code>"}` (single), `{"value":[{"name":…,
                     *     "value":…},…]}` (group) or `{"data":"<Base64 of the raw bytes>"}` (pass-through).
                     * @example eyJ2YWx1ZSI6IjIyMTAwMSJ9
                     */
                    operateCodes: string;
                    /**
                     * @description Where Haier sends the device's answer (see above); optional. "Only http" (只支持http协议).
                     * @example https://www.uhome.haier.net/callback.html
                     */
                    callbackUrl?: string;
                };
            };
        };
        responses: {
            /**
             * @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. On
             *     success `usn` identifies the request; the device's answer comes later to `callbackUrl`.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /**
                         * @description Haier's serial number for this request (操作序列号), one-to-one with `sn`; the callback carries it.
                         * @example 600ce95da3e14fc7a68f483dd14db864
                         */
                        usn?: string;
                    };
                };
            };
        };
    };
    operate: {
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
                 *       "deviceId": "0007A893C119",
                 *       "operationName": "operationName",
                 *       "operationValue": [
                 *         {
                 *           "name": "name1",
                 *           "value": "value1"
                 *         },
                 *         {
                 *           "name": "name2",
                 *           "value": "value2"
                 *         }
                 *       ],
                 *       "sn": "FJIJ2L3-FSFRFGRTWT-HYRH",
                 *       "callbackUrl": "https://www.uhome.haier.net/callback.html"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The device id, 1~16 upper-case letters and digits, no special characters.
                     * @example 0007A893C119
                     */
                    deviceId: string;
                    /**
                     * @description The request's serial number (设备操作请求序列号), made by the caller; must be unique. Answered by `usn`.
                     * @example FJIJ2L3-FSFRFGRTWT-HYRH
                     */
                    sn: string;
                    /**
                     * @description The operation's name in the device's standard model (e.g. `grSetDAC`).
                     * @example operationName
                     */
                    operationName: string;
                    /**
                     * @description The operation's properties (`OpPropertyValue`, name/value); the device's model document
                     *     says which are needed and how to fill them.
                     */
                    operationValue: components["schemas"]["HaierOpPropertyValue"][];
                    /**
                     * @description Where Haier sends the device's answer (see above); optional. "Only http" (只支持http协议).
                     * @example https://www.uhome.haier.net/callback.html
                     */
                    callbackUrl?: string;
                };
            };
        };
        responses: {
            /**
             * @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. On
             *     success `usn` identifies the request; the device's answer comes later to `callbackUrl`.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /**
                         * @description Haier's serial number for this request (操作序列号), one-to-one with `sn`; the callback carries it.
                         * @example 600ce95da3e14fc7a68f483dd14db864
                         */
                        usn?: string;
                    };
                };
            };
        };
    };
    propertyWrite: {
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
                 *       "deviceId": "0007A893C119",
                 *       "property": "propertyName",
                 *       "value": "value",
                 *       "sn": "FJIJ2L3-FSFRFGRTWT-HYRH",
                 *       "callbackUrl": "https://www.uhome.haier.net/callback.html"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The device id, 1~16 upper-case letters and digits, no special characters.
                     * @example 0007A893C119
                     */
                    deviceId: string;
                    /**
                     * @description The request's serial number (操作流水号), made by the caller; must be unique. Answered by `usn`.
                     * @example FJIJ2L3-FSFRFGRTWT-HYRH
                     */
                    sn: string;
                    /**
                     * @description The name of the property to write, from the device's standard model (e.g. `targetTemperature`).
                     * @example propertyName
                     */
                    property: string;
                    /**
                     * @description The value to write, as a string (e.g. `"26"`, `"true"`).
                     * @example value
                     */
                    value: string;
                    /**
                     * @description Where Haier sends the device's answer (see above); optional. "Only http" (只支持http协议).
                     * @example https://www.uhome.haier.net/callback.html
                     */
                    callbackUrl?: string;
                };
            };
        };
        responses: {
            /**
             * @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. On
             *     success `usn` identifies the request; the device's answer comes later to `callbackUrl`.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /**
                         * @description Haier's serial number for this request (操作序列号), one-to-one with `sn`; the callback carries it.
                         * @example 600ce95da3e14fc7a68f483dd14db864
                         */
                        usn?: string;
                    };
                };
            };
        };
    };
    deleteShareDeviceToMe: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the device shared with the user.
                 * @example DC330D01FBF1
                 */
                devId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode` (envelope only). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & Record<string, never>;
                };
            };
        };
    };
    cancelShareDevice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user id of the user the device was shared with (the `targetId` of `shareDevice`); may be
                 *     a temporary user id.
                 * @example 1001234568
                 */
                targetId: string;
                /**
                 * @description The id of the shared device.
                 * @example DC330D01FBF1
                 */
                devId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode` (envelope only). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & Record<string, never>;
                };
            };
        };
    };
    shareDevice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user id of the user to share the device with (分享设备的目标用户); may be a temporary user
                 *     id. The caller's own id → `F31225`.
                 * @example 1001234568
                 */
                targetId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "shareDev": {
                 *         "devInfo": {
                 *           "deviceId": "100823"
                 *         },
                 *         "devName": "test",
                 *         "permission": {
                 *           "authType": "share",
                 *           "auth": {
                 *             "view": true,
                 *             "set": false,
                 *             "control": false
                 *           }
                 *         }
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @description The share (`ShareDevice`). */
                    shareDev: {
                        /** @description The device (`DeviceBriefInfo`); only `deviceId` is read. */
                        devInfo: {
                            /**
                             * @description The id of the device to share, one the caller administers.
                             * @example DC330D01FBF1
                             */
                            deviceId: string;
                        };
                        /**
                         * @description The name the target sees the device under.
                         * @example 洗衣机
                         */
                        devName: string;
                        /** @description The rights granted (`Permission`). */
                        permission: {
                            /**
                             * @description `share` (a personal share); the only value allowed here.
                             * @example share
                             * @enum {string}
                             */
                            authType: "share";
                            auth: components["schemas"]["HaierShareAuthInfo"];
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode` (envelope only). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & Record<string, never>;
                };
            };
        };
    };
    getOwnDevices: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The user's own devices (`DeviceBriefInfo`). */
                        devices?: components["schemas"]["HaierShareDeviceBriefInfo"][];
                    };
                };
            };
        };
    };
    getSharedDevices: {
        parameters: {
            query?: {
                /**
                 * @description The page to answer, from 1 (a decimal string).
                 * @example 1
                 */
                pageNumber?: string;
                /**
                 * @description Entries per page (a decimal string). A last page holds what is left; a value above the
                 *     system's maximum is treated as the maximum.
                 * @example 10
                 */
                pageSize?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & components["schemas"]["HaierShareDeviceList"];
                };
            };
        };
    };
    getDevicesSharedToMe: {
        parameters: {
            query?: {
                /**
                 * @description The page to answer, from 1 (a decimal string).
                 * @example 1
                 */
                pageNumber?: string;
                /**
                 * @description Entries per page (a decimal string). A last page holds what is left; a value above the
                 *     system's maximum is treated as the maximum.
                 * @example 10
                 */
                pageSize?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & components["schemas"]["HaierShareDeviceList"];
                };
            };
        };
    };
    getTerminals: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The user's active terminals (TerminalDto). */
                        retData?: {
                            /**
                             * @description The user's id.
                             * @example 4340515081329747
                             */
                            userId?: string;
                            /**
                             * @description The terminal's clientId (from uSDK where available, else e.g. the device's MAC address).
                             * @example 1234
                             */
                            clientId?: string;
                            /**
                             * @description The terminal's alias (`devAlias` of `registerTerminal`).
                             * @example BLA-AL00-YY
                             */
                            devAlias?: string;
                            /**
                             * @description The app's id (at most 40 characters).
                             * @example MB-****-0000
                             */
                            appId?: string;
                            /**
                             * Format: int32
                             * @description `1` online within the last 10 minutes, `2` not.
                             * @example 1
                             * @enum {integer}
                             */
                            isOnline?: 1 | 2;
                            /**
                             * @description When the terminal was last online; absent while `isOnline` is `1`. Absent with `isOnline`
                             *     `2`: last online more than two days ago.
                             */
                            lastOnlineTime?: string;
                        }[];
                    };
                };
            };
        };
    };
    logoutTerminal: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & Record<string, never>;
                };
            };
        };
    };
    registerTerminal: {
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
                 *       "channel": 2,
                 *       "pushId": "fbIyFJWV_M4:APA91bFYu308MAM5PyJxvUMiJKHT6yJl_O4z3HTyjr",
                 *       "devAlias": "ios of yy",
                 *       "msgVersion": "v3"
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: int32
                     * @description The terminal's push channel: `0` JPush (极光), `1` m2m, `2` FCM, `3` e-mail, `4` none.
                     * @example 2
                     * @enum {integer}
                     */
                    channel: 0 | 1 | 2 | 3 | 4;
                    /**
                     * @description The terminal's id on the push channel (e.g. its JPush registration id or FCM token). May be left
                     *     out only with `channel` `4`; an FCM token should be 152 characters.
                     * @example fbIyFJWV_M4:APA91bFYu308MAM5PyJxvUMiJKHT6yJl_O4z3HTyjr
                     */
                    pushId?: string;
                    /**
                     * @description The terminal's alias (shown by `getTerminals`).
                     * @example ios of yy
                     */
                    devAlias?: string;
                    /**
                     * @description The message model version the terminal understands (`version` of the message): `v3`, or `v2` for versions before v3.
                     * @example v3
                     * @enum {string}
                     */
                    msgVersion: "v2" | "v3";
                    /**
                     * Format: int32
                     * @description The phone maker's push channel: `0` Huawei phone, `1` Huawei FA, `2` Xiaomi, `3` OPPO, `4` vivo, `5` Apple, `6` FCM.
                     * @enum {integer}
                     */
                    mfrsChan?: 0 | 1 | 2 | 3 | 4 | 5 | 6;
                    /** @description The push token the terminal got when it registered with the maker's channel. */
                    mfrsRegId?: string;
                    /**
                     * Format: int32
                     * @description Whether the maker's channel may show messages (notification permission): `0` no, `1` yes.
                     * @enum {integer}
                     */
                    mfrsMsgOpen?: 0 | 1;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & Record<string, never>;
                };
            };
        };
    };
    findBSMByUserID: {
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
                 *       "userId": "12345",
                 *       "familyId": "123",
                 *       "boStatus": 0,
                 *       "boCategory": 0,
                 *       "queryTag": 0,
                 *       "queryTime": "2020-07-09 13:53:05"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The user whose business-state records are listed.
                     * @example 12345
                     */
                    userId: string;
                    /**
                     * @description The family of the records.
                     * @example 123
                     */
                    familyId: string;
                    /**
                     * Format: int32
                     * @description The business object's category: `0` scene, `1` family.
                     * @example 0
                     * @enum {integer}
                     */
                    boCategory: 0 | 1;
                    /**
                     * Format: int32
                     * @description The status to list: `0` new (the default), `1` read.
                     * @example 0
                     * @enum {integer}
                     */
                    boStatus: 0 | 1;
                    /**
                     * Format: int32
                     * @description `1` records before `queryTime`, `0` records after it.
                     * @example 0
                     * @enum {integer}
                     */
                    queryTag: 0 | 1;
                    /**
                     * @description The reference time, `yyyy-MM-dd HH:mm:ss` (typed TimeStamp by the page).
                     * @example 2020-07-09 13:53:05
                     */
                    queryTime: string;
                    /**
                     * Format: int32
                     * @description The page to answer, 1–10000.
                     * @example 1
                     */
                    startPage?: number;
                    /**
                     * Format: int32
                     * @description Records per page, 1–1000 (the page's second `queryTime` row).
                     * @example 20
                     */
                    pageSize?: number;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The matching business-state records (MsgBoUserDto). */
                        retData?: {
                            /**
                             * @description The user's id.
                             * @example 12345
                             */
                            userId?: string;
                            /**
                             * @description The family's id.
                             * @example 123
                             */
                            familyId?: string;
                            /**
                             * @description The business object's id (e.g. a scene's id; `boId` of the BSM message).
                             * @example 123
                             */
                            boId?: string;
                            /**
                             * Format: int32
                             * @description The object's latest status for the user: `0` new, `1` read, `2` deleted.
                             * @example 0
                             * @enum {integer}
                             */
                            lastBoStatus?: 0 | 1 | 2;
                            /**
                             * @description When the record was created, `yyyy-MM-dd HH:mm:ss` (typed timeStamp by the page).
                             * @example 2020-07-09 13:53:05
                             */
                            createTime?: string;
                            /**
                             * @description When the record last changed, `yyyy-MM-dd HH:mm:ss` (typed timeStamp by the page).
                             * @example 2020-07-09 13:53:05
                             */
                            updateTime?: string;
                        }[];
                    };
                };
            };
        };
    };
    clientRequest: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The MCSP protocol version, `v4` (sent by the page's samples, not in its input table).
                 * @example v4
                 */
                Version?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "payload": {
                 *         "version": "v4",
                 *         "method": "registerClient",
                 *         "channel": "mc",
                 *         "sn": "sn1",
                 *         "from": {
                 *           "client": {
                 *             "type": "device",
                 *             "device": {
                 *               "deviceId": "value"
                 *             }
                 *           }
                 *         },
                 *         "registration": {
                 *           "acceptChannel": "mc",
                 *           "acceptUiStyle": [
                 *             "dialog",
                 *             "voice"
                 *           ],
                 *           "timezone": "value",
                 *           "language": "value"
                 *         },
                 *         "timestamp": "value"
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @description The MCSP request. */
                    payload: {
                        /**
                         * @description MCSP protocol version, `v4`.
                         * @example v4
                         */
                        version?: string;
                        /**
                         * @description The operation, e.g. `registerClient` (register) or `unregisterUser` (unregister).
                         * @example registerClient
                         */
                        method?: string;
                        /**
                         * @description The channel that carries the operation (`mc` the message centre's HTTPS interface; the appendix sends `mcs`).
                         * @example mc
                         */
                        channel?: string;
                        /**
                         * @description The caller's serial number of the operation, echoed in the answer.
                         * @example sn1
                         */
                        sn?: string;
                        /** @description Who performs the operation. */
                        from?: {
                            /** @description The MCS client. */
                            client?: {
                                /** @description The client's id in the message centre (answered by the registration; not sent when registering). */
                                pushId?: string;
                                /**
                                 * @description Registration only: the client's type, `device`, `deviceApp`, `mobileApp` or `cloudApp`.
                                 * @example device
                                 */
                                type?: string;
                                device?: {
                                    /** @description Registration of a device: its id. */
                                    deviceId?: string;
                                    /** @description The device's nickname (only in pushes from the server). */
                                    nickName?: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                app?: {
                                    /** @description Registration of an app: its appId (from 海极网). */
                                    appId?: string;
                                    /** @description Registration of an app: its clientId (the app's instance on the device or phone). */
                                    clientId?: string;
                                    /** @description The app's name (only in pushes from the server). */
                                    name?: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                system?: {
                                    /** @description Registration of a cloud application: its id. */
                                    systemId?: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description The user of the client. */
                            user?: {
                                /** @description The user's id, when the client has it. */
                                userId?: string;
                                /** @description The user's token, when the client has no userId. */
                                token?: string;
                                /** @description The user's avatar URL (only in pushes from the server). */
                                avatar?: string;
                                /** @description The user's nickname (only in pushes from the server). */
                                nickName?: string;
                                /** @description The user's mobile number (only in pushes from the server). */
                                mobile?: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } & {
                            [key: string]: unknown;
                        };
                        /** @description Registration only: the client's capabilities. */
                        registration?: {
                            /** @description With a third-party push channel, the push id the third party generated for the client. */
                            "3rdId"?: string;
                            /**
                             * @description The push channel the client accepts (values as `channel`).
                             * @example mc
                             */
                            acceptChannel?: string;
                            /**
                             * @description The ways the client can present a message (e.g. `dialog`, `voice`).
                             * @example [
                             *       "dialog",
                             *       "voice"
                             *     ]
                             */
                            acceptUiStyle?: string[];
                            /** @description The client's time zone. */
                            timezone?: string;
                            /** @description The client's language. */
                            language?: string;
                        } & {
                            [key: string]: unknown;
                        };
                        /** @description When the operation was made (`yyyy-MM-dd_HH:mm:ss` per the page). */
                        timestamp?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`, the MCS result in `retData.result`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        retData?: components["schemas"]["HaierMcsRetData"];
                    };
                };
            };
        };
    };
    cancelNotDisturb: {
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
                 *       "dndId": "DNDd64c4dc8b7e441b8a0558ec92818e534"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The rule's id (`retData` of `setNotDisturb`/`setTagNotDisturb`, `dndId` of `getNotDisturbs`).
                     * @example DNDd64c4dc8b7e441b8a0558ec92818e534
                     */
                    dndId: string;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & Record<string, never>;
                };
            };
        };
    };
    getNotDisturbs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The terminal's do-not-disturb rules (DoNotDisturbDto). */
                        retData?: components["schemas"]["HaierDoNotDisturb"][];
                    };
                };
            };
        };
    };
    setNotDisturb: {
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
                 *       "businessType": 1,
                 *       "priority": 1,
                 *       "beginTime": "21:00",
                 *       "endTime": "07:00"
                 *     }
                 */
                "application/json": {
                    businessType: components["schemas"]["HaierMsgBusinessType"];
                    priority: components["schemas"]["HaierMsgPriority"];
                    /**
                     * @description Start of the quiet period, `HH:mm` (the page writes `HH:ss`).
                     * @example 21:00
                     */
                    beginTime: string;
                    /**
                     * @description End of the quiet period, `HH:mm`; earlier than `beginTime` for a period over midnight.
                     * @example 07:00
                     */
                    endTime: string;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /**
                         * @description The new rule's id (`dndId`, `DND` + 32 hex digits).
                         * @example DND9b8f5d01de9e4ef6a5a69323e68dd5a8
                         */
                        retData?: string;
                    };
                };
            };
        };
    };
    setTagNotDisturb: {
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
                 *       "priority": 1,
                 *       "beginTime": "00:00",
                 *       "dndTag": "DC330D5EE767",
                 *       "endTime": "07:00"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The tag to hold (the `tag` messages are pushed with).
                     * @example DC330D5EE767
                     */
                    dndTag: string;
                    priority: components["schemas"]["HaierMsgPriority"];
                    /**
                     * @description Start of the quiet period, `HH:mm` (the page writes `HH:ss`).
                     * @example 00:00
                     */
                    beginTime: string;
                    /**
                     * @description End of the quiet period, `HH:mm`; earlier than `beginTime` for a period over midnight.
                     * @example 07:00
                     */
                    endTime: string;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /**
                         * @description The new rule's id (`dndId`, `DND` + 32 hex digits).
                         * @example DND9b8f5d01de9e4ef6a5a69323e68dd5a8
                         */
                        retData?: string;
                    };
                };
            };
        };
    };
    delMsgHistory: {
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
                 *       "taskIds": [
                 *         "TKb21a34992ead4246a9adf61a61b9c338"
                 *       ]
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The task ids of the messages to delete (a set; `taskId` in `getMsgHistory`).
                     * @example [
                     *       "TKb21a34992ead4246a9adf61a61b9c338"
                     *     ]
                     */
                    taskIds: string[];
                };
            };
        };
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & Record<string, never>;
                };
            };
        };
    };
    getMsgHistory: {
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
                 *       "businessType": 1,
                 *       "queryTag": 0,
                 *       "msgTime": "2019-1-8 16:31:10.0",
                 *       "querySize": 5
                 *     }
                 */
                "application/json": {
                    businessType?: components["schemas"]["HaierMsgBusinessType"];
                    /**
                     * @description Only messages pushed with this tag (a custom label, e.g. a family id).
                     * @example 1001234567
                     */
                    tag?: string;
                    /**
                     * @description The reference time, `yyyy-MM-dd HH:mm:ss.SSS` (the page's sample writes `2019-1-8 16:31:10.0`).
                     *     Use the current time for the newest messages, the `pushTime` of the last message received to
                     *     page back.
                     * @example 2019-1-8 16:31:10.0
                     */
                    msgTime: string;
                    /**
                     * Format: int32
                     * @description `1` messages before `msgTime` (older), `0` messages after it (newer).
                     * @example 0
                     * @enum {integer}
                     */
                    queryTag: 0 | 1;
                    /**
                     * Format: int32
                     * @description The number of messages to answer at most (the page's sample asks for 5).
                     * @example 5
                     */
                    querySize: number;
                };
            };
        };
        responses: {
            /**
             * @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. On
             *     success `totalRecords` (matching messages) and `retData` (the page, newest first).
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /**
                         * Format: int32
                         * @description The number of messages that match the query (not only this page).
                         * @example 61
                         */
                        totalRecords?: number;
                        /** @description The page of messages, newest first. */
                        retData?: components["schemas"]["HaierMessage"][];
                    };
                };
            };
        };
    };
    getMsgSubtotal: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description No parameters; an empty JSON object. */
        requestBody: {
            content: {
                /** @example {} */
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description One summary per message category, the category with the newest message first (MsgCategoryDto). */
                        retData?: {
                            /**
                             * @description The category, a business type (`HaierMsgBusinessType`) written as a string (typed String by the page).
                             * @example 1
                             */
                            businessType?: string;
                            /**
                             * Format: int64
                             * @description The number of messages of the category.
                             * @example 12
                             */
                            totalRecords?: number;
                            unreadMsg?: components["schemas"]["HaierMessage"];
                            /**
                             * Format: int64
                             * @description The number of unread messages of the category.
                             * @example 1
                             */
                            unreadMsgNum?: number;
                            /** @description The category's do-not-disturb rules; absent when none is set. */
                            doNotDisturbDtos?: components["schemas"]["HaierDoNotDisturb"][];
                            /**
                             * @description The time of the category's newest message, `yyyy-MM-dd HH:mm:ss.SSS`; absent when it has none.
                             * @example 2024-05-20 18:42:07.315
                             */
                            latestMsgTime?: string;
                        }[];
                    };
                };
            };
        };
    };
    getUnreadNum: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description No parameters; the page's sample sends `{}`. */
        requestBody: {
            content: {
                /** @example {} */
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The number of unread messages per business type. */
                        retData?: {
                            businessType?: components["schemas"]["HaierMsgBusinessType"];
                            /**
                             * Format: int32
                             * @description The number of unread messages of this business type.
                             * @example 46
                             */
                            msgNums?: number;
                        }[];
                    };
                };
            };
        };
    };
    pushByApps: {
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
                 *       "toApps": [
                 *         "MB-****-0000",
                 *         "MB-****-0001"
                 *       ],
                 *       "message": {
                 *         "notification": {
                 *           "title": "test message",
                 *           "body": "ums : hello world "
                 *         },
                 *         "options": {
                 *           "msgName": "",
                 *           "businessType": 0,
                 *           "expires": 60,
                 *           "priority": 1,
                 *           "jiguangOptions": {
                 *             "apnsProduction": true
                 *           }
                 *         },
                 *         "android": {
                 *           "jpush": {
                 *             "collapseKey": "test message",
                 *             "priority": 0,
                 *             "ttl": 86400,
                 *             "restrictedPackageName": "0"
                 *           },
                 *           "fcm": {
                 *             "title": "test message",
                 *             "body": "This is a test message ",
                 *             "notification ": {
                 *               "sound": "default"
                 *             }
                 *           }
                 *         },
                 *         "ios": null,
                 *         "data": {
                 *           "body": {
                 *             "view": {
                 *               "showType": 21,
                 *               "title": "test message",
                 *               "content": "ums : hello world"
                 *             },
                 *             "extData": {
                 *               "isMsgCenter": 1
                 *             }
                 *           }
                 *         },
                 *         "version": "v3"
                 *       }
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The appIds of the receiving apps.
                     * @example [
                     *       "MB-****-0000",
                     *       "MB-****-0001"
                     *     ]
                     */
                    toApps: string[];
                    message: components["schemas"]["HaierUpMsg"];
                    /**
                     * @description A label for the message, e.g. a family id for a family's messages (see `setTagNotDisturb`).
                     * @example 1001234567
                     */
                    tag?: string;
                    /**
                     * Format: int32
                     * @description `1` burn after reading (once read on one terminal, withdrawn from the others), `0` (default) a normal message.
                     * @example 0
                     * @enum {integer}
                     */
                    isBurn?: 0 | 1;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /**
                         * @description The push's task id (`TK` + 32 hex digits).
                         * @example TKcb27343560914c76a3d21ce3bac187a8
                         */
                        retData?: string;
                    };
                };
            };
        };
    };
    pushByClients: {
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
                 *       "toClients": [
                 *         {
                 *           "clientId": "1ebc148c322da136b8e8f3439e3fa90e",
                 *           "appId": "MB-****-0000"
                 *         },
                 *         {
                 *           "clientId": "bbcbdaad3483b3be60cf584cd2aba975",
                 *           "appId": "MB-****-0000"
                 *         }
                 *       ],
                 *       "message": {
                 *         "notification": {
                 *           "title": "test message",
                 *           "body": "ums : hello world "
                 *         },
                 *         "options": {
                 *           "msgName": "",
                 *           "businessType": 0,
                 *           "expires": 60,
                 *           "priority": 1,
                 *           "jiguangOptions": {
                 *             "apnsProduction": true
                 *           }
                 *         },
                 *         "android": {
                 *           "jpush": {
                 *             "collapseKey": "test message",
                 *             "priority": 0,
                 *             "ttl": 86400,
                 *             "restrictedPackageName": "0"
                 *           },
                 *           "fcm": {
                 *             "title": "test message",
                 *             "body": "This is a test message ",
                 *             "notification ": {
                 *               "sound": "default"
                 *             }
                 *           }
                 *         },
                 *         "ios": null,
                 *         "data": {
                 *           "body": {
                 *             "view": {
                 *               "showType": 21,
                 *               "title": "test message",
                 *               "content": "ums : hello world"
                 *             },
                 *             "extData": {
                 *               "isMsgCenter": 1
                 *             }
                 *           }
                 *         },
                 *         "version": "v3"
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @description The receiving terminals (a set of TerminalSimpleDto), all of the logged-in user. */
                    toClients: {
                        /**
                         * @description The terminal's clientId.
                         * @example 1ebc148c322da136b8e8f3439e3fa90e
                         */
                        clientId?: string;
                        /**
                         * @description The terminal's app (at most 40 characters).
                         * @example MB-****-0000
                         */
                        appId?: string;
                    }[];
                    message: components["schemas"]["HaierUpMsg"];
                    /**
                     * @description A label for the message, e.g. a family id for a family's messages.
                     * @example 1001234567
                     */
                    tag?: string;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /**
                         * @description The push's task id (`TK` + 32 hex digits), the `taskId` of the message in `getMsgHistory`.
                         * @example TKcb27343560914c76a3d21ce3bac187a8
                         */
                        retData?: string;
                    };
                };
            };
        };
    };
    pushByFamilies: {
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
                 *       "toApps": [
                 *         "MB-****-0000",
                 *         "MB-****-0001"
                 *       ],
                 *       "toFamilies": [
                 *         "1111",
                 *         "2222"
                 *       ],
                 *       "message": {
                 *         "data": {
                 *           "body": {
                 *             "view": {
                 *               "showType": -1
                 *             },
                 *             "extData": {
                 *               "api": {
                 *                 "apiType": "UPDATE_BO_STATUS",
                 *                 "params": {
                 *                   "bsms": [
                 *                     {
                 *                       "boId": "123",
                 *                       "boStatus": 0,
                 *                       "boInfo": {
                 *                         "familyId": "11111",
                 *                         "boName": "场景名称",
                 *                         "createdTime": "2020-07-09 13:53:05"
                 *                       }
                 *                     }
                 *                   ]
                 *                 }
                 *               }
                 *             }
                 *           }
                 *         },
                 *         "options": {
                 *           "businessType": -1,
                 *           "priority": 1,
                 *           "msgExpires": 0,
                 *           "expires": 0,
                 *           "msgName": "SCENE_BSM",
                 *           "jiguangOptions": {
                 *             "apnsProduction": true
                 *           }
                 *         },
                 *         "version": "v3"
                 *       }
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The appIds of the receiving apps.
                     * @example [
                     *       "MB-****-0000",
                     *       "MB-****-0001"
                     *     ]
                     */
                    toApps: string[];
                    /**
                     * @description The ids of the receiving families.
                     * @example [
                     *       "1111",
                     *       "2222"
                     *     ]
                     */
                    toFamilies: string[];
                    message: components["schemas"]["HaierUpMsg"];
                    /**
                     * @description A label for the message, e.g. a family id for a family's messages (see `setTagNotDisturb`).
                     * @example 1001234567
                     */
                    tag?: string;
                    /**
                     * Format: int32
                     * @description `1` burn after reading (once read on one terminal, withdrawn from the others), `0` (default) a normal message.
                     * @example 0
                     * @enum {integer}
                     */
                    isBurn?: 0 | 1;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /**
                         * @description The push's task id (`TK` + 32 hex digits).
                         * @example TKcb27343560914c76a3d21ce3bac187a8
                         */
                        retData?: string;
                    };
                };
            };
        };
    };
    pushByUsers: {
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
                 *       "toApps": [
                 *         "MB-****-0000",
                 *         "MB-****-0001"
                 *       ],
                 *       "toUsers": [
                 *         "100013957366168858",
                 *         "100013957366169184"
                 *       ],
                 *       "message": {
                 *         "notification": {
                 *           "title": "test message",
                 *           "body": "ums : hello world "
                 *         },
                 *         "options": {
                 *           "msgName": "",
                 *           "businessType": 0,
                 *           "expires": 60,
                 *           "priority": 1,
                 *           "jiguangOptions": {
                 *             "apnsProduction": true
                 *           }
                 *         },
                 *         "android": {
                 *           "jpush": {
                 *             "collapseKey": "test message",
                 *             "priority": 0,
                 *             "ttl": 86400,
                 *             "restrictedPackageName": "0"
                 *           },
                 *           "fcm": {
                 *             "title": "test message",
                 *             "body": "This is a test message ",
                 *             "notification ": {
                 *               "sound": "default"
                 *             }
                 *           }
                 *         },
                 *         "ios": null,
                 *         "data": {
                 *           "body": {
                 *             "view": {
                 *               "showType": 21,
                 *               "title": "test message",
                 *               "content": "ums : hello world"
                 *             },
                 *             "extData": {
                 *               "isMsgCenter": 1
                 *             }
                 *           }
                 *         },
                 *         "version": "v3"
                 *       }
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The ids of the receiving users (at most 200), registered from the apps of `toApps`.
                     * @example [
                     *       "100013957366168858",
                     *       "100013957366169184"
                     *     ]
                     */
                    toUsers: string[];
                    /**
                     * @description The appIds of the receiving apps (at most 200).
                     * @example [
                     *       "MB-****-0000",
                     *       "MB-****-0001"
                     *     ]
                     */
                    toApps: string[];
                    message: components["schemas"]["HaierUpMsg"];
                    /**
                     * @description A label for the message, e.g. a family id for a family's messages (see `setTagNotDisturb`).
                     * @example 1001234567
                     */
                    tag?: string;
                    /**
                     * Format: int32
                     * @description `1` burn after reading (once read on one terminal, withdrawn from the others), `0` (default) a normal message.
                     * @example 0
                     * @enum {integer}
                     */
                    isBurn?: 0 | 1;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /**
                         * @description The push's task id (`TK` + 32 hex digits).
                         * @example TKcb27343560914c76a3d21ce3bac187a8
                         */
                        retData?: string;
                    };
                };
            };
        };
    };
    pushWithTmplByApps: {
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
                 *       "toApps": [
                 *         "MB-DEMO-0000"
                 *       ],
                 *       "tag": "",
                 *       "message": {
                 *         "options": {
                 *           "msgName": "",
                 *           "businessType": 2,
                 *           "priority": 2,
                 *           "expires": 86400,
                 *           "msgExpires": -1
                 *         }
                 *       },
                 *       "isBurn": 0,
                 *       "templateId": "100002",
                 *       "templateParams": {
                 *         "activityName": "以旧换新"
                 *       }
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The appIds of the receiving apps.
                     * @example [
                     *       "MB-****-0000",
                     *       "MB-****-0001"
                     *     ]
                     */
                    toApps: string[];
                    /**
                     * @description A label for the message, e.g. a family id for a family's messages (see `setTagNotDisturb`).
                     * @example 1001234567
                     */
                    tag?: string;
                    message: components["schemas"]["HaierMsgTemplateMessage"];
                    /**
                     * Format: int32
                     * @description `1` burn after reading (once read on one terminal, withdrawn from the others), `0` (default) a normal message.
                     * @example 0
                     * @enum {integer}
                     */
                    isBurn?: 0 | 1;
                    /**
                     * @description The template's id.
                     * @example 100001
                     */
                    templateId: string;
                    /**
                     * @description The template's parameters, name → value (strings; each name once).
                     * @example {
                     *       "deviceName": "洗衣机"
                     *     }
                     */
                    templateParams: {
                        [key: string]: string;
                    };
                };
            };
        };
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /**
                         * @description The push's task id (`TK` + 32 hex digits).
                         * @example TKcb27343560914c76a3d21ce3bac187a8
                         */
                        retData?: string;
                    };
                };
            };
        };
    };
    pushWithTmplByClients: {
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
                 *       "toDevices": [
                 *         "DC330D01FBF1"
                 *       ],
                 *       "options": {
                 *         "msgName": "",
                 *         "businessType": 1,
                 *         "priority": 1,
                 *         "expires": 60
                 *       },
                 *       "tag": "标签",
                 *       "templateID": 1,
                 *       "templateParams": {
                 *         "STUFF_ID": 2,
                 *         "ALERT_SWITCH": 193,
                 *         "ALERT_YEAR": 19,
                 *         "ALERT_MONTH": 11,
                 *         "ALERT_DAY": 13,
                 *         "ALERT_1_HOUR": 21,
                 *         "ALERT_1_MINUTE": 59,
                 *         "ALERT_1_FREQ": 2,
                 *         "ALERT_2_HOUR": 11,
                 *         "ALERT_2_MINUTE": 19,
                 *         "ALERT_2_FREQ": 2,
                 *         "ALERT_3_HOUR": 1,
                 *         "ALERT_3_MINUTE": 9,
                 *         "ALERT_3_FREQ": 2,
                 *         "ALERT_4_HOUR": 0,
                 *         "ALERT_4_MINUTE": 0,
                 *         "ALERT_4_FREQ": 0
                 *       },
                 *       "version": "v3"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The ids of the receiving devices, bound to or shared with the logged-in user.
                     * @example [
                     *       "DC330D01FBF1"
                     *     ]
                     */
                    toDevices: string[];
                    options: components["schemas"]["HaierMsgOptions"];
                    /**
                     * @description A label for the message, e.g. a family id for a family's messages.
                     * @example 标签
                     */
                    tag?: string;
                    /**
                     * Format: int32
                     * @description The template's number, assigned by UMS (tied to UMS's table of business numbers and versions).
                     * @example 1
                     */
                    templateID: number;
                    /**
                     * @description The template's parameters, placeholder name → actual value (the page's sample sends decimal integers).
                     * @example {
                     *       "STUFF_ID": 2,
                     *       "ALERT_SWITCH": 193
                     *     }
                     */
                    templateParams: {
                        [key: string]: unknown;
                    };
                    /**
                     * @description The message model's version, `v3`.
                     * @example v3
                     */
                    version: string;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /**
                         * @description Empty (the page: "无", none).
                         * @example
                         */
                        retData?: string;
                    };
                };
            };
        };
    };
    pushWithTmplByUsers: {
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
                 *       "toUsers": [
                 *         "1001234567"
                 *       ],
                 *       "toApps": [
                 *         "MB-DEMO-0000"
                 *       ],
                 *       "message": {
                 *         "options": {
                 *           "msgName": "",
                 *           "businessType": 1,
                 *           "priority": 1,
                 *           "expires": 86400,
                 *           "msgExpires": -1
                 *         }
                 *       },
                 *       "tag": "DC330D01FBF1",
                 *       "isBurn": 0,
                 *       "templateId": "100001",
                 *       "templateParams": {
                 *         "deviceName": "洗衣机"
                 *       }
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The ids of the receiving users, registered from the apps of `toApps`.
                     * @example [
                     *       "100013957366168858",
                     *       "100013957366169184"
                     *     ]
                     */
                    toUsers: string[];
                    /**
                     * @description The appIds of the receiving apps.
                     * @example [
                     *       "MB-****-0000",
                     *       "MB-****-0001"
                     *     ]
                     */
                    toApps: string[];
                    message: components["schemas"]["HaierMsgTemplateMessage"];
                    /**
                     * @description A label for the message, e.g. a family id for a family's messages (see `setTagNotDisturb`).
                     * @example 1001234567
                     */
                    tag?: string;
                    /**
                     * Format: int32
                     * @description `1` burn after reading (once read on one terminal, withdrawn from the others), `0` (default) a normal message.
                     * @example 0
                     * @enum {integer}
                     */
                    isBurn?: 0 | 1;
                    /**
                     * @description The template's id.
                     * @example 100001
                     */
                    templateId: string;
                    /**
                     * @description The template's parameters, name → value (strings; each name once).
                     * @example {
                     *       "deviceName": "洗衣机"
                     *     }
                     */
                    templateParams: {
                        [key: string]: string;
                    };
                };
            };
        };
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /**
                         * @description The push's task id (`TK` + 32 hex digits).
                         * @example TKcb27343560914c76a3d21ce3bac187a8
                         */
                        retData?: string;
                    };
                };
            };
        };
    };
    reportStatus: {
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
                 *       "taskId": "TK123456789123456789"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The task id of the message the terminal received (its `msgId`; `taskId` in `getMsgHistory`).
                     * @example TK123456789123456789
                     */
                    taskId: string;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & Record<string, never>;
                };
            };
        };
    };
    reportStatusByPatch: {
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
                 *       "taskIds": [
                 *         "TK348b8e2b23184067a6d1dc3b94a138b8"
                 *       ]
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The task ids of the messages read (a set; `taskId` in `getMsgHistory`).
                     * @example [
                     *       "TK348b8e2b23184067a6d1dc3b94a138b8"
                     *     ]
                     */
                    taskIds: string[];
                };
            };
        };
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & Record<string, never>;
                };
            };
        };
    };
    reportStatusByType: {
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
                 *       "businessType": 1
                 *     }
                 */
                "application/json": {
                    businessType: components["schemas"]["HaierMsgBusinessType"];
                };
            };
        };
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & Record<string, never>;
                };
            };
        };
    };
    pushMsg: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The MCSP protocol version, `v4` (sent by the page's samples, not in its input table).
                 * @example v4
                 */
                Version?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "templateId": "100001",
                 *       "templateArgs": {
                 *         "sn": "sn3",
                 *         "fromPushId": "pushId0",
                 *         "toToken": "token1",
                 *         "toDeviceId": "deviceId1",
                 *         "toTypeId": "typeId1",
                 *         "toAppId": "appId1",
                 *         "toFamilyId": "123",
                 *         "msgTitle": [
                 *           {
                 *             "value": "title1"
                 *           }
                 *         ],
                 *         "msgBody": [
                 *           {
                 *             "value": "body1"
                 *           }
                 *         ],
                 *         "audioUrl": "url1",
                 *         "audioLength": "30",
                 *         "audioSize": "10200"
                 *       }
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The number of a predefined message template, e.g. `100002`.
                     * @example 100001
                     */
                    templateId: string;
                    /** @description The values of the template's placeholders, which make up the message pushed. */
                    templateArgs: {
                        /**
                         * @description The caller's serial number of the operation (at most 32 characters), echoed in the answer.
                         * @example sn3
                         */
                        sn: string;
                        /**
                         * @description The sender's pushId (from its registration, `clientRequest`).
                         * @example pushId0
                         */
                        fromPushId: string;
                        /** @description The receiving user's token. */
                        toToken?: string;
                        /**
                         * @description The receiving device's id.
                         * @example DC330D01FBF1
                         */
                        toDeviceId?: string;
                        /** @description The receiving device's typeId. */
                        toTypeId?: string;
                        /** @description The receiving app's appId. */
                        toAppId?: string;
                        /** @description The receiving family's id. */
                        toFamilyId?: string;
                        /**
                         * @description For a family: push to its members' terminals (`user`) or to its devices (`device`).
                         * @enum {string}
                         */
                        toFamilyBy?: "user" | "device";
                        /** @description The receiving user's id. */
                        toUserId?: string;
                        /** @description The message's title, per language. */
                        msgTitle?: {
                            /** @description The title. */
                            value?: string;
                            /** @description Its language, e.g. `zh-cn`. */
                            lang?: string;
                        }[];
                        /** @description The message's text, per language. */
                        msgBody?: {
                            /** @description The text. */
                            value?: string;
                            /** @description Its language, e.g. `zh-cn`. */
                            lang?: string;
                        }[];
                        /** @description The URL of a voice message. */
                        audioUrl?: string;
                        /** @description The voice message's length (the page's example `30`). */
                        audioLength?: string;
                        /** @description The voice message's size (the page's example `10200`). */
                        audioSize?: string;
                        /** @description Files of the message (the appendix's example; not in the table). */
                        files?: ({
                            /**
                             * Format: int64
                             * @description The file's size.
                             */
                            fileSize?: number;
                            /** @description The file's URL. */
                            fileUrl?: string;
                            /** @description The file's hash. */
                            fileHash?: string;
                            /** @description The file's access token. */
                            fileToken?: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Always HTTP 200 (assumed, see the API's *Envelope*); success or error is in `retCode`, the MCS result in `retData.result`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        retData?: components["schemas"]["HaierMcsRetData"];
                    };
                };
            };
        };
    };
}
