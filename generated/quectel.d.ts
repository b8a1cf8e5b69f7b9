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
    "/v2/enduser/enduserapi/alipayAuthLogin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in with an Alipay authorisation
         * @description Logs an end user in with Alipay: after the user authorises the customer's Alipay app (`appId`), the
         *     Alipay SDK returns an `authCode`; the platform exchanges it with Alipay for the user's Alipay user
         *     id (OpenID), using the RSA2 key pair the enterprise configured for that Alipay app in the Developer Center
         *     (`5376` if none), and returns an access/refresh token pair like `phonePwdLogin`. The account is
         *     found by its Alipay user id (`alipayUserId` in `userInfo`); the page does not say whether a first
         *     login registers a new account.
         *
         *     Signed: `signature = hex(SHA-256(appId + authCode + userDomainSecret))`, lower-case hex. `userDomain` and
         *     `signature` are query parameters on the wire but are modelled as the security schemes
         *     `QuectelUserDomain` and `QuectelSignature` (departure 1 of the API); the client middleware adds them.
         *     The page lists no code for a wrong or missing signature (compare `qqAuthLogin`: `5420`, `5550`).
         *
         *     Errors: `5218` `appId` missing; `5368` the user's id could not be obtained from Alipay. User-domain errors: missing `5023`, malformed `5013`, unknown `5015`, disabled `5104`.
         *
         *     Source: `APIList/alipayAuthLogin.md`.
         *
         *     **Departures from the page**
         *
         *     - The page gives the request type `application/json`; this spec sends no request body, because every
         *       parameter of the page is `in: query` (as departure 15 of the API for the phone login).
         */
        post: operations["alipayAuthLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/enduser/enduserapi/appleAuthLogin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in with Sign in with Apple
         * @description Logs an end user in with Sign in with Apple: the app passes the `identityToken` (a JWT signed by
         *     Apple) that it received after the user authorised it; the platform checks it (presumably against
         *     Apple's public key, see `5566`) and returns an access/refresh token pair like `phonePwdLogin`. The account is found by its Apple
         *     user id (`appleUserId` in `userInfo`); the page does not say whether a first login registers a new
         *     account.
         *
         *     Signed: `signature = hex(SHA-256(identityToken + userDomainSecret))`, lower-case hex. `userDomain` and
         *     `signature` are query parameters on the wire but are modelled as the security schemes
         *     `QuectelUserDomain` and `QuectelSignature` (departure 1 of the API); the client middleware adds them.
         *     The page lists no code for a wrong or missing signature (compare `qqAuthLogin`: `5420`, `5550`).
         *
         *     Errors: `5568` `identityToken` missing; `5567` `identityToken` malformed; `5566` the public key is
         *     empty (the page says no more; presumably Apple's public key could not be obtained). User-domain errors: missing `5023`, malformed `5013`, unknown `5015`, disabled `5104`.
         *
         *     Source: `APIList/appleAuthLogin.md`.
         *
         *     **Departures from the page**
         *
         *     - The page gives the request type `application/json`; this spec sends no request body, because every
         *       parameter of the page is `in: query` (as departure 15 of the API for the phone login).
         */
        post: operations["appleAuthLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/enduser/enduserapi/deleteEmailRelation": {
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
         * Unlink the e-mail address from the user's account
         * @description Removes the e-mail address from the logged-in user's account, confirmed by the code sent to that
         *     address by `sendEmail` with `emailType=4` (unlink an e-mail). Refused with `5396` when the e-mail
         *     address is the account's only way to log in, and with `5385` when no e-mail address is linked.
         *
         *     Errors: `5064` `code` missing, `5046` e-mail code check failed; `5385` no e-mail linked; `5396` the
         *     only login method, cannot be removed.
         *
         *     Source: `APIList/deleteEmailRelation.md`.
         *
         *     **Departures from the page**
         *
         *     - The page lists neither an `Authorization` header nor the token codes `5032`/`5106`; this spec
         *       requires the access token (`QuectelAccessToken`), because the call changes the logged-in user's
         *       account and names no user otherwise. An invalid token presumably answers `5032` as elsewhere (the
         *       `tokenFailed` example); that code is not in this operation's list because the page does not list it.
         */
        delete: operations["deleteEmailRelation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/enduser/enduserapi/deletePhoneRelation": {
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
         * Unlink the phone number from the user's account
         * @description Removes the phone number from the logged-in user's account, confirmed by an SMS code sent to that
         *     number with `sendPhoneSmsCode` (the page does not say which `codeType`). Refused with `5396` when the
         *     phone number is the account's only way to log in (link an e-mail with `relationEmail` first), and with
         *     `5384` when no phone number is linked.
         *
         *     Errors: `5064` `code` missing, `5037` SMS code check failed; `5384` no phone number linked; `5396`
         *     the only login method, cannot be removed.
         *
         *     Source: `APIList/deletePhoneRelation.md`.
         *
         *     **Departures from the page**
         *
         *     - The page lists neither an `Authorization` header nor the token codes `5032`/`5106`; this spec
         *       requires the access token (`QuectelAccessToken`), because the call changes the logged-in user's
         *       account and names no user otherwise. An invalid token presumably answers `5032` as elsewhere (the
         *       `tokenFailed` example); that code is not in this operation's list because the page does not list it.
         */
        delete: operations["deletePhoneRelation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/enduser/enduserapi/emailPwdLogin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in with e-mail address and password
         * @description Exchanges an e-mail address and its AES-encrypted password (see the API's *Password encryption*)
         *     for an access token (valid 7,200 s) and a refresh token (about 30 days), like `phonePwdLogin` does
         *     for phone numbers. The account is created by `emailPwdRegister` (or linked with `relationEmail`).
         *     All inputs are query parameters.
         *
         *     Signed: `signature = hex(SHA-256(email + pwd + random + userDomainSecret))`, lower-case hex, with
         *     `pwd` the encrypted Base64 string before percent-encoding and an absent `random` contributing `""`.
         *     `userDomain` and `signature` are query parameters on the wire but are modelled as the security
         *     schemes `QuectelUserDomain` and `QuectelSignature` (departure 1 of the API). A wrong signature
         *     answers `5420`, a missing one `5550`.
         *
         *     Errors: `5026` `email` missing, `5040` malformed, `5031` not registered; `5022` `pwd` missing, `5056`
         *     not 6–20 letters, digits or special characters. Wrong passwords count down with `5586`…`5583` (4…1
         *     attempts left), then `5147` freezes the account for 20 minutes; risk control (`5325`) blocks a
         *     caller for 24 hours. User-domain errors: missing `5023`, malformed `5013`, unknown `5015`, disabled `5104`.
         *
         *     Source: `APIList/emailPwdLogin.md`.
         *
         *     **Departures from the page**
         *
         *     - The page gives the request type `application/json`; this spec sends no request body, because every
         *       parameter of the page is `in: query` (as departure 15 of the API for the phone login).
         *     - The page says `random` is optional; this spec keeps it optional but describes it as required in
         *       practice, because the AES key of `pwd` is derived from it (as departure 11 of the API).
         */
        post: operations["emailPwdLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/enduser/enduserapi/emailPwdRegister": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register an end user with e-mail address and password
         * @description Creates an end user in `userDomain` from an e-mail address, the e-mail verification code sent by
         *     `sendEmail` with `emailType=1` (registration) and an AES-encrypted password (see the API's *Password
         *     encryption*). On success `data` is the new user id (a string, e.g. `C131401`); log in afterwards with
         *     `emailPwdLogin`. `lang`, `nationality` and `timezone` set the new user's profile (see `userInfo`);
         *     `mcc` selects the data centre.
         *
         *     Not signed and not authenticated (only the user domain, `QuectelUserDomain`): the e-mail code and the password encryption are
         *     the only protection. `userDomain` goes in the query as the `QuectelUserDomain` security scheme, which the iotdock client fills in (departure 1 of the API); nothing is signed.
         *
         *     Errors: `5026` `email` missing, `5040` malformed, `5039` already registered; `5064` `code` missing,
         *     `5046` wrong code; `5022` `pwd` missing, `5056` not 6–20 letters, digits or special characters;
         *     `5171`/`5172`/`5173` invalid `timezone`/`nationality`/`lang`. User-domain errors: missing `5023`,
         *     malformed `5013`, unknown `5015`, disabled `5104`.
         *
         *     Source: `APIList/emailPwdRegister.md`.
         *
         *     **Departures from the page**
         *
         *     - The API list (`APIList.md`) gives the path `/v2/enduser/enduserapi/v2/emailPwdRegister`; the page
         *       (and this spec) say `/v2/enduser/enduserapi/emailPwdRegister` with every input in the query string,
         *       because the page is the only source of this operation's parameters. The `v2` path is probably a
         *       newer variant with a JSON body, as for `phonePwdRegister` (departure 14 of the API), but no source
         *       documents it, so it is not modelled.
         *     - The page gives the request type `application/json`; this spec sends no request body, because every
         *       parameter of the page is `in: query` (as departure 15 of the API for the phone login).
         *     - The page says `random` is optional; this spec keeps it optional but describes it as required in
         *       practice, because the AES key of `pwd` is derived from it (as departure 11 of the API).
         */
        post: operations["emailPwdRegister"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/enduser/enduserapi/facebookAuthLogin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in with a Facebook authorisation
         * @description Logs an end user in with Facebook: the app passes the `code` that Facebook Login returned to its
         *     callback; the platform exchanges it with Facebook for the user's id and returns an access/refresh
         *     token pair like `phonePwdLogin`. The account is found by its Facebook user id (`facebookUserId` in
         *     `userInfo`); the page does not say whether a first login registers a new account.
         *
         *     Signed: `signature = hex(SHA-256(appId + code + userDomainSecret))`, lower-case hex. `userDomain` and
         *     `signature` are query parameters on the wire but are modelled as the security schemes
         *     `QuectelUserDomain` and `QuectelSignature` (departure 1 of the API); the client middleware adds them.
         *     The page lists no code for a wrong or missing signature (compare `qqAuthLogin`: `5420`, `5550`).
         *
         *     Errors: `5218` `appId` missing; `5374` `code` missing. User-domain errors: missing `5023`, malformed `5013`, unknown `5015`, disabled `5104`.
         *
         *     Source: `APIList/facebookAuthLogin.md`.
         *
         *     **Departures from the page**
         *
         *     - The page gives the request type `application/json`; this spec sends no request body, because every
         *       parameter of the page is `in: query` (as departure 15 of the API for the phone login).
         */
        post: operations["facebookAuthLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/enduser/enduserapi/phoneAuthLogin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in with the phone's own number (China Mobile one-tap login)
         * @description One-tap login with the number of the SIM card in the phone ("本机号码一键登录"): the app obtains a
         *     `token` from China Mobile's one-tap login SDK, and this call passes it, with the other parameters of
         *     China Mobile's token check (`appid`, `msgid`, `systemtime`, `strictcheck`, `version`, `sign`, …), to the
         *     platform, which asks China Mobile for the phone number. If the number is not registered in the user
         *     domain, the account is **registered automatically** and then logged in. Returns an access/refresh
         *     token pair like `phonePwdLogin`.
         *
         *     Not signed with the user domain secret, and no token (only the user domain, `QuectelUserDomain`): the only signature is China
         *     Mobile's `sign`, `MD5(appId + version + msgId + systemtime + strictcheck + token + appsecret)` with
         *     the China Mobile application's `appsecret`, which the caller computes (the page does not say whether
         *     the MD5 is upper- or lower-case hex). `userDomain` goes in the query as the `QuectelUserDomain` security scheme, which the iotdock client fills in (departure 1 of the API).
         *
         *     Errors: `5220` China Mobile's service answered abnormally; `5221` China Mobile rejected the request
         *     parameters; `5000` service error. User-domain errors: missing `5023`, malformed `5013`, unknown
         *     `5015`, disabled `5104`.
         *
         *     Source: `APIList/phoneAuthLogin.md`.
         *
         *     **Departures from the page**
         *
         *     - The page gives the request type `application/json`; this spec sends no request body, because every
         *       parameter of the page is `in: query` (as departure 15 of the API for the phone login).
         */
        post: operations["phoneAuthLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/enduser/enduserapi/qqAuthLogin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in with a QQ authorisation
         * @description Logs an end user in with QQ: the app passes the `access_token` that QQ Connect returned after the
         *     user authorised it; the platform asks QQ for the user's OpenID and returns an access/refresh token
         *     pair like `phonePwdLogin`. The account is found by its QQ user id (`qqUserId` in `userInfo`); the
         *     page does not say whether a first login registers a new account.
         *
         *     Signed: `signature = hex(SHA-256(accessToken + userDomainSecret))`, lower-case hex. `userDomain` and
         *     `signature` are query parameters on the wire but are modelled as the security schemes
         *     `QuectelUserDomain` and `QuectelSignature` (departure 1 of the API); the client middleware adds them.
         *     A wrong signature answers `5420`, a missing one `5550`.
         *
         *     Errors: `5366` `accessToken` missing; `5367` the OpenID request to QQ failed; `5368` no OpenID was
         *     obtained; `5369` QQ's answer could not be parsed. User-domain errors: missing `5023`, malformed `5013`, unknown `5015`, disabled `5104`.
         *
         *     Source: `APIList/qqAuthLogin.md`.
         *
         *     **Departures from the page**
         *
         *     - The page gives the request type `application/json`; this spec sends no request body, because every
         *       parameter of the page is `in: query` (as departure 15 of the API for the phone login).
         */
        post: operations["qqAuthLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/enduser/enduserapi/relationEmail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Link an e-mail address to the user's account
         * @description Links an e-mail address to the logged-in user's account (for example an account registered by phone),
         *     so that the user can also log in with it (`emailPwdLogin`). The address is verified with the code sent
         *     by `sendEmail` with `emailType=3` (link an e-mail). Undo with `deleteEmailRelation`.
         *
         *     Errors: `5026` `email` missing, `5040` malformed, `5039` already registered; `5064`
         *     `code` missing, `5046` e-mail code check failed.
         *
         *     Source: `APIList/relationEmail.md`.
         *
         *     **Departures from the page**
         *
         *     - The page lists neither an `Authorization` header nor the token codes `5032`/`5106`; this spec
         *       requires the access token (`QuectelAccessToken`), because the call changes the logged-in user's
         *       account and names no user otherwise. An invalid token presumably answers `5032` as elsewhere (the
         *       `tokenFailed` example); that code is not in this operation's list because the page does not list it.
         *     - The page gives the request type `application/json`; this spec sends no request body, because every
         *       parameter of the page is `in: query` (as departure 15 of the API for the phone login).
         */
        post: operations["relationEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/enduser/enduserapi/relationPhone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Link a phone number to the user's account
         * @description Links a phone number to the logged-in user's account (for example an account registered by e-mail or
         *     through a third party), so that the user can also log in with it (`phonePwdLogin`). The number is
         *     verified with an SMS code sent by `sendPhoneSmsCode` to `internationalCode` + `phone`; the page does not
         *     say which `codeType` the code must have. Undo with `deletePhoneRelation`.
         *
         *     Errors: `5021` `phone` missing, `5019` malformed, `5002` already registered; `5064`
         *     `code` missing, `5037` SMS code check failed.
         *
         *     Source: `APIList/relationPhone.md`.
         *
         *     **Departures from the page**
         *
         *     - The page lists neither an `Authorization` header nor the token codes `5032`/`5106`; this spec
         *       requires the access token (`QuectelAccessToken`), because the call changes the logged-in user's
         *       account and names no user otherwise. An invalid token presumably answers `5032` as elsewhere (the
         *       `tokenFailed` example); that code is not in this operation's list because the page does not list it.
         *     - The page gives the request type `application/json`; this spec sends no request body, because every
         *       parameter of the page is `in: query` (as departure 15 of the API for the phone login).
         */
        post: operations["relationPhone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/enduser/enduserapi/setPhone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change the user's phone number
         * @description Replaces the logged-in user's phone number with a new one. Both numbers are verified: the old one
         *     with an SMS code sent to it (`oldPhoneCode`), the new one with an SMS code sent to it (`newPhoneCode`),
         *     both sent with `sendPhoneSmsCode` (the page does not say which `codeType`). Afterwards the user logs
         *     in with the new number.
         *
         *     Errors: `5162`/`5163`/`5164` the old number's international code, number or SMS code missing,
         *     `5165`/`5166`/`5167` the same for the new number; `5174` the old number is not the account's;
         *     `5168`/`5169` the old/new number's SMS code check failed; `5176` the new number is already
         *     registered; `5175` the new number belongs to an account in its 7-day deletion period (see
         *     `userDelete`); `5033` user does not exist; `5170` the change failed; `5032` token invalid.
         *
         *     Source: `APIList/setPhone.md`.
         *
         *     **Departures from the page**
         *
         *     - The page gives the request type `application/json`; this spec sends no request body, because every
         *       parameter of the page is `in: query` (as departure 15 of the API for the phone login).
         */
        put: operations["setPhone"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/enduser/enduserapi/setUserInfo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change the user's profile
         * @description Updates the logged-in user's profile; only the parameters given are changed (all are optional). Read
         *     the profile with `userInfo`, which returns the avatar as `headimg` and `lang`, `nationality`,
         *     `timezone` and `sex` as strings.
         *
         *     Errors: `5060` nickname longer than 50 characters; `5076` address longer than 254 characters;
         *     `5473`/`5474`/`5475`/`5476` province/city/signature/remark too long (the page gives no limits); `5061`
         *     invalid `sex`; `5034` profile validation failed; `5042` the update failed; `5032` token invalid.
         *
         *     Source: `APIList/setUserInfo.md`.
         *
         *     **Departures from the page**
         *
         *     - The page gives the request type `application/json`; this spec sends no request body, because every
         *       parameter of the page is `in: query` (as departure 15 of the API for the phone login).
         */
        put: operations["setUserInfo"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/enduser/enduserapi/setUserPwd": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change the user's password
         * @description Changes the logged-in user's password: `oldPwd` must match the current password, `newPwd` must differ
         *     from it and be 6–20 letters, digits or special characters.
         *
         *     **Two encrypted passwords.** Both `oldPwd` and `newPwd` are AES-128-CBC encrypted and Base64-encoded
         *     with the key derived from the same `random` (see the API's *Password encryption*; the page documents
         *     one `random`, and `5506`/`5508` are the decryption failures of each). `x-iotdock-password` describes a
         *     single field, so this operation carries none: the caller encrypts both values itself (and
         *     percent-encodes `+`, `/` and `=` in the query string).
         *
         *     Errors: `5505`/`5507` `oldPwd`/`newPwd` missing; `5506`/`5508` `oldPwd`/`newPwd` could not be
         *     decrypted; `5509`/`5510` `oldPwd`/`newPwd` not 6–20 letters, digits or special characters; `5008`
         *     wrong current password; `5063` the new password equals the old one; `5043` the change failed; `5032`
         *     token invalid.
         *
         *     Source: `APIList/setUserPwd.md`.
         *
         *     **Departures from the page**
         *
         *     - The page gives the request type `application/json`; this spec sends no request body, because every
         *       parameter of the page is `in: query` (as departure 15 of the API for the phone login).
         *     - The page says `random` is optional; this spec keeps it optional but describes it as required in
         *       practice, because the AES key of both passwords is derived from it (as departure 11 of the API).
         */
        put: operations["setUserPwd"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/enduser/enduserapi/twitterAuthLogin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in with a Twitter authorisation
         * @description Logs an end user in with Twitter (OAuth 1.0a): the app passes the `oauthToken` and
         *     `oauthTokenSecret` obtained after the user authorised it; the platform looks the user up at Twitter
         *     with the enterprise's third-party configuration `appId` and returns an access/refresh token pair like
         *     `phonePwdLogin`. The account is found by its Twitter user id (`twitterUserId` in `userInfo`); the page
         *     does not say whether a first login registers a new account.
         *
         *     Signed: `signature = hex(SHA-256(appId + oauthToken + oauthTokenSecret + userDomainSecret))`, lower-case hex. `userDomain` and
         *     `signature` are query parameters on the wire but are modelled as the security schemes
         *     `QuectelUserDomain` and `QuectelSignature` (departure 1 of the API); the client middleware adds them.
         *     The page lists no code for a wrong or missing signature (compare `qqAuthLogin`: `5420`, `5550`).
         *
         *     Errors: `5569` `oauthToken` missing; `5570` `oauthTokenSecret` missing (the page lists no code for a
         *     missing `appId`). User-domain errors: missing `5023`, malformed `5013`, unknown `5015`, disabled `5104`.
         *
         *     Source: `APIList/twitterAuthLogin.md`.
         *
         *     **Departures from the page**
         *
         *     - The page gives the request type `application/json`; this spec sends no request body, because every
         *       parameter of the page is `in: query` (as departure 15 of the API for the phone login).
         */
        post: operations["twitterAuthLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/enduser/enduserapi/userDelete": {
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
         * Delete the user's account
         * @description Deletes the logged-in user's account, either at once (`type=1`) or after a 7-day period (`type=2`, the
         *     default). During the 7-day period the account's phone number cannot be taken by another account
         *     (`setPhone` answers `5175`); the page does not say whether logging in again cancels the deletion. The
         *     page takes no verification code, although `sendPhoneSmsCode` (`codeType=4`) and `sendEmail`
         *     (`emailType=5`) offer account-deletion codes; a customer cloud should confirm the deletion itself
         *     before calling this. (The page's success text, 用户退出登录成功 "logged out", seems copied from
         *     `userLogout`.)
         *
         *     Errors: `5152` invalid `type` (allowed values 1 and 2); `5129` the deletion failed; `5032` token
         *     invalid.
         *
         *     Source: `APIList/userDelete.md`.
         */
        delete: operations["userDelete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/enduser/enduserapi/userInfo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the user's profile
         * @description Returns the logged-in user's profile: user id, phone and e-mail, nickname, avatar, address, language,
         *     country and time zone, the ids of the linked third-party accounts (Alipay, Apple, Facebook, QQ,
         *     Twitter, WeChat), account status and registration/last-login times. Change it with `setUserInfo`
         *     (profile), `setPhone`, `relationPhone`/`relationEmail` (links) and `setUserPwd`. Takes no parameter.
         *
         *     Errors: `5106` token missing; `5032` token invalid; `5065` user id missing (presumably a token
         *     without a user); `5033` user does not exist.
         *
         *     Source: `APIList/userInfo.md`.
         *
         *     **Departures from the page**
         *
         *     - The page types the profile's text fields as plain strings; this spec makes all of them except
         *       `uid` nullable, because an account has no value for the fields it never set (no e-mail, no linked
         *       third party) and Quectel answers absent values as `null` elsewhere (the seed document's device
         *       list).
         */
        get: operations["userInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/enduser/enduserapi/userPwdReset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Reset a forgotten password by phone or e-mail
         * @description Resets the password of an account that the caller cannot log in to, identified by `phone` (with
         *     `internationalCode`) or by `email`, and confirmed by a verification code sent to it: by
         *     `sendPhoneSmsCode` with `codeType=1` (password reset) or by `sendEmail` with `emailType=2` (password
         *     reset). `pwd` is the new password, AES-encrypted (see the API's *Password encryption*); **without
         *     `pwd` the password is reset to `12345678`**.
         *
         *     Not signed and not authenticated (only the user domain, `QuectelUserDomain`): the verification code is the only protection.
         *     `userDomain` goes in the query as the `QuectelUserDomain` security scheme, which the iotdock client fills in (departure 1 of the API); nothing is signed.
         *
         *     Errors: `5044` neither `phone` nor `email`; `5019` phone malformed; `5004` phone not registered;
         *     `5031` e-mail not registered; `5064` `code` missing; `5037` SMS code check failed (the page lists no
         *     code for a wrong e-mail code; `emailPwdRegister` uses `5046`); `5056` new password not 6–20 letters,
         *     digits or special characters. User-domain errors: missing `5023`, malformed `5013`, unknown `5015`,
         *     disabled `5104`.
         *
         *     Source: `APIList/userPwdReset.md`.
         *
         *     **Departures from the page**
         *
         *     - The page gives the request type `application/json`; this spec sends no request body, because every
         *       parameter of the page is `in: query` (as departure 15 of the API for the phone login).
         *     - The page says `random` is optional; this spec keeps it optional but describes it as required in
         *       practice whenever `pwd` is sent, because the AES key of `pwd` is derived from it (as departure 11 of
         *       the API).
         */
        put: operations["userPwdReset"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/enduser/enduserapi/wechatMiniprogramAuthLogin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in from a WeChat mini program
         * @description Logs an end user in from a WeChat mini program: the mini program calls `wx.login()` and passes the
         *     returned `code` as `jsCode`; the platform exchanges it with WeChat for the user's OpenID, using the
         *     mini program's AppSecret that the enterprise configured in the Developer Center (`5373` if none), and
         *     returns an access/refresh token pair like `phonePwdLogin`. The account is found by its mini-program
         *     user id (`wechatMiniprogramUserId` in `userInfo`); the page does not say whether a first login
         *     registers a new account.
         *
         *     Signed: `signature = hex(SHA-256(appId + jsCode + userDomainSecret))`, lower-case hex. `userDomain` and
         *     `signature` are query parameters on the wire but are modelled as the security schemes
         *     `QuectelUserDomain` and `QuectelSignature` (departure 1 of the API); the client middleware adds them.
         *     The page lists no code for a wrong or missing signature (compare `qqAuthLogin`: `5420`, `5550`).
         *
         *     Errors: `5218` `appId` missing; `5372` `jsCode` missing; `5367` the OpenID request to WeChat failed;
         *     `5368` no OpenID was obtained; `5369` WeChat's answer could not be parsed. User-domain errors: missing `5023`, malformed `5013`, unknown `5015`, disabled `5104`.
         *
         *     Source: `APIList/wechatMiniprogramAuthLogin.md`.
         *
         *     **Departures from the page**
         *
         *     - The page gives the request type `application/json`; this spec sends no request body, because every
         *       parameter of the page is `in: query` (as departure 15 of the API for the phone login).
         */
        post: operations["wechatMiniprogramAuthLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/enduser/enduserapi/wechatOffiaccountAuthLogin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in with a WeChat official account authorisation
         * @description Logs an end user in through a WeChat official account (web page authorisation): after the user
         *     authorises the official account `appId`, WeChat redirects with a `code`; the platform exchanges it
         *     with WeChat for the user's OpenID and returns an access/refresh token pair like `phonePwdLogin`. The
         *     account is found by its official-account user id (`wechatOffiaccountUserId` in `userInfo`); the page
         *     does not say whether a first login registers a new account.
         *
         *     Signed: `signature = hex(SHA-256(appId + code + userDomainSecret))`, lower-case hex. `userDomain` and
         *     `signature` are query parameters on the wire but are modelled as the security schemes
         *     `QuectelUserDomain` and `QuectelSignature` (departure 1 of the API); the client middleware adds them.
         *     The page lists no code for a wrong or missing signature (compare `qqAuthLogin`: `5420`, `5550`).
         *
         *     Errors: `5218` `appId` missing; `5372` `code` missing (msg 请输入code on this page; the same code
         *     reads 请输入jsCode on the mini-program page); `5367` the OpenID request to WeChat failed;
         *     `5368` no OpenID was obtained; `5369` WeChat's answer could not be parsed. User-domain errors: missing `5023`, malformed `5013`, unknown `5015`, disabled `5104`.
         *
         *     Source: `APIList/wechatOffiaccountAuthLogin.md`.
         *
         *     **Departures from the page**
         *
         *     - The page gives the request type `application/json`; this spec sends no request body, because every
         *       parameter of the page is `in: query` (as departure 15 of the API for the phone login).
         */
        post: operations["wechatOffiaccountAuthLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/mail/enduserapi/v2/sendEmail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send an e-mail verification code
         * @description Sends a verification code to `email` for the purpose `emailType`: registration (1, then
         *     `emailPwdRegister`), password reset (2, `userPwdReset`), linking the e-mail to the account (3,
         *     `relationEmail`), removing that link (4, `deleteEmailRelation`) or deleting the account (5). Those
         *     calls take the code as `code` and answer `5046` when it is wrong. The e-mail counterpart of
         *     `sendPhoneSmsCode`, but neither signed nor authenticated: the page documents no signature, `ts` or
         *     `random`. The user domain travels in the query as the `QuectelUserDomain` security scheme, which the
         *     iotdock client fills in (departure 1 of the API).
         *
         *     `5026` `email` missing, `5040` `email` malformed. The page documents no rate limit and no code for
         *     an unknown user domain.
         *
         *     Source: `APIList/sendEmail.md`.
         *
         *     **Departures from the page**
         *     - The page gives the request type `application/json`; this spec has no request body, because every
         *       parameter of the page is in the query (as departure 15 of the API says of the SMS and login calls).
         */
        post: operations["sendEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/mobilepush/enduserapi/batchDeleteMsg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete several messages
         * @description Deletes the messages of `msgIdList` (ids from `userMsgList`) from the user's message centre and
         *     answers which ids were deleted and which were not (with the reason). `deleteMsg` deletes a single
         *     message.
         *
         *     Needs the access token (`5106` missing, `5032` invalid); `5041` no permission.
         *
         *     Source: `APIList/batchDeleteMsg.md`.
         *
         *     **Departures from the page**
         *     - The page gives the request type `application/json`; this spec has no request body, because the
         *       page's only parameter is in the query (as departure 15 of the API says of the SMS and login calls).
         */
        post: operations["batchDeleteMsg"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/mobilepush/enduserapi/deleteDeviceInfo": {
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
         * Unregister a phone's push identity
         * @description Removes a push device id registered with `setDeviceInfo`, so that the phone no longer receives the
         *     user's push notifications (e.g. when the user turns notifications off; `userLogout` with
         *     `deviceId` does the same at logout).
         *
         *     Needs the access token; the page lists only `5106` (token missing).
         *
         *     Source: `APIList/deleteDeviceInfo.md`.
         */
        delete: operations["deleteDeviceInfo"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/mobilepush/enduserapi/deleteMsg": {
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
         * Delete a message
         * @description Deletes one message (an `id` from `userMsgList`) from the user's message centre. `batchDeleteMsg`
         *     deletes several.
         *
         *     Needs the access token (`5106` missing, `5032` invalid). `5515` `msgId` missing, `5538` no such
         *     message, `5041` no permission.
         *
         *     Source: `APIList/deleteMsg.md`.
         */
        delete: operations["deleteMsg"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/mobilepush/enduserapi/getMsgPushSetting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the user's message push settings
         * @description Returns which message categories (device, smart, system) the user receives and on which channels
         *     (app push, SMS, voice call), as saved by `setMsgPushSetting`. `msgPushSetting` is that call's JSON
         *     body, as text.
         *
         *     Needs the access token (`5106` missing, `5032` invalid). The page also lists `5515` (message id
         *     missing), though the call takes no message id.
         *
         *     Source: `APIList/getMsgPushSetting.md`.
         *
         *     **Departures from the page**
         *     - The page's description says "set the message types the user receives"; this spec says "get",
         *       because the page's title, method and answer are those of a read.
         */
        get: operations["getMsgPushSetting"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/mobilepush/enduserapi/v2/getMsgStats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Count the user's read and unread messages per category
         * @description Counts the user's messages of `userMsgList`, read and unread, per first-level label (system,
         *     smart, device) and per kind within it. An app shows its unread badges with it. No parameters.
         *
         *     Kinds (the page describes none; read from the names): `device` — `inform` (device notifications, `msgType` 1), `warning` (alerts, 2), `fault`
         *     (faults, 3); `smart` — `automation`, `scene`; `system` — `privacyPolicyRevision`,
         *     `serviceAgreementRevision`, `smsWarning`, `voiceWarning`. Each category also has its own totals
         *     `read`/`unRead`.
         *
         *     Needs the access token; the page lists only `5106` (token missing).
         *
         *     Source: `APIList/getMsgStats.md`.
         */
        get: operations["getMsgStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/mobilepush/enduserapi/readMsg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark messages as read
         * @description Marks messages of `userMsgList` as read: those of `msgIdList`, or, without it, **all** the user's
         *     messages, narrowed by `msgType` and the label lists. Answers which ids were marked and which were
         *     not (with the reason). `getMsgStats` then counts them as read.
         *
         *     Needs the access token (`5106` missing, `5032` invalid); `5041` no permission.
         *
         *     Source: `APIList/readMsg.md`.
         *
         *     **Departures from the page**
         *     - The page gives the request type `application/json`; this spec has no request body, because every
         *       parameter of the page is in the query (as departure 15 of the API says of the SMS and login calls).
         */
        post: operations["readMsg"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/mobilepush/enduserapi/setDeviceInfo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register the phone's push identity and language
         * @description Registers the phone (or WeChat mini program) that should receive the user's push notifications:
         *     its push device id (Aliyun push `deviceId`, or Google `fcmRegistToken`) and its current language
         *     (presumably the language of the pushed messages). Called after login; `deleteDeviceInfo` (or `userLogout` with
         *     `deviceId`) unregisters it.
         *
         *     Needs the access token; the page lists only `5106` (token missing).
         *
         *     Source: `APIList/setDeviceInfo.md`.
         *
         *     **Departures from the page**
         *     - The page's request example has empty strings; this spec's example fills them, because `type`
         *       `""` is neither `APP` nor `MINI` and `deviceLanguage` is required.
         */
        post: operations["setDeviceInfo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/mobilepush/enduserapi/setMsgPushSetting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set the user's message push settings
         * @description Saves which message categories the user receives (`deviceNotify`, `smartNotify`, `systemNotify`)
         *     and on which channels each is pushed (`device`, `smart`, `system`: app push, SMS, voice call).
         *     `getMsgPushSetting` returns the saved body as text in `msgPushSetting`.
         *
         *     Needs the access token (`5106` missing, `5032` invalid). The page also lists `5515` (message id
         *     missing), though the call takes no message id.
         *
         *     Source: `APIList/setMsgPushSetting.md`.
         *
         *     **Departures from the page**
         *     - The page has a single body parameter `msgPushSetting` of type `string` whose description is a
         *       JSON object; this spec's body is that JSON object (the sender does not wrap it in a string or a
         *       `msgPushSetting` key), because a body parameter of type string is the raw request body and
         *       `getMsgPushSetting` returns the same JSON as text. The page has no request example; this spec's
         *       is the page's described object.
         */
        post: operations["setMsgPushSetting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/mobilepush/enduserapi/userMsgList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the user's messages
         * @description Pages through the user's message centre: device notifications, alerts and faults, automation and
         *     scene results, share invitations and system notices (privacy policy or service agreement
         *     revisions). Filters: read state, message type, first- and second-level labels, product and device.
         *     The message `id`s are what `readMsg`, `deleteMsg` and `batchDeleteMsg` take; `getMsgStats` counts
         *     the same messages.
         *
         *     Labels: first level `1` system, `2` smart (automations and scenes), `3` device; second level `1`
         *     privacy, `2` service (agreement), `3` automation, `4` scene, `5` device notification, `6` device
         *     alert, `7` device fault, `8` OTA.
         *
         *     The page lists only `5036` (secret key verification failed) and `5055` (secret key missing), and
         *     documents no key parameter.
         *
         *     Source: `APIList/userMsgList.md`.
         *
         *     **Departures from the page**
         *     - The page lists neither `5032`/`5106` nor an `Authorization` header; this spec requires the access
         *       token, because the call lists the messages of the logged-in user (its sibling calls `readMsg`,
         *       `deleteMsg` and `batchDeleteMsg` list the token codes) and its `5036`/`5055` ("secret key") are
         *       read as the token's codes.
         */
        get: operations["userMsgList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/binding/enduserapi/batchGetPureBtResetCredentials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get the reset credentials of several pure Bluetooth devices
         * @description Fetches, for a list of pure Bluetooth devices (`pk` + `dk` pairs), their reset credentials. The
         *     answer splits the devices into `successList` (with `resetCredentials`) and `failedList` (with a
         *     `msg` saying why). The page says nothing more; by the name, these are the credentials that
         *     `unbundlingDeviceDk` takes as `pureBtResetCredentials` when a pure Bluetooth device is unbound
         *     (that page's formula: `Base64(AES-128-CBC("<PK>,<DK>,<bindingSecret>", key = PS, iv = random))`).
         *     Marked idempotent: fetching credentials changes nothing, as far as the page tells.
         *
         *     Source: `APIList/batchGetPureBtResetCredentials.md`.
         */
        post: operations["batchGetPureBtResetCredentials"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/binding/enduserapi/bindDeviceDk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bind a device by its product key and device key
         * @description Binds the device identified by product key `pk` and device key `dk` to the logged-in user, who
         *     becomes its owner (`deviceType` `1` in `userDeviceList`).
         *     Returns the device's `authKey`. In home mode, `fid` / `frid` place the device in a family and
         *     room, and `isCommonDevice` adds it to the family's frequently used devices. The device name
         *     parameter is called `name` here (`deviceName` in the other binding calls).
         *
         *     Notable codes: unknown device → `5314` (device lookup in the cloud failed); malformed `dk` →
         *     `5361`; already bound → `5049`; bound by another user while the product's binding mode is unique
         *     → `5412`; the user already has the device as an accepted share → `6040`; the device belongs to
         *     the other data centre → `6083`; the user domain is not authorised for the product → `5229`
         *     (`5327` / `5358`: no permission for the product). Home mode: `5624` (home mode not enabled),
         *     `5636` (`fid` missing), `5669` (ordinary family members may not bind devices), `5893` (adding to
         *     frequently used devices failed). Missing `pk` → `5066`, missing `dk` → `5067`; a too long `name`
         *     → `5333`.
         *
         *     Source: `APIList/bindDeviceDk.md`.
         *
         *     **Departures from the page**
         *
         *     * The page gives the request type `application/json`; this spec has no request body, because every
         *       parameter of the page is `in: query` (as for departure 15 of the API).
         */
        post: operations["bindDeviceDk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/binding/enduserapi/bindDeviceSn": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bind a device by its SN
         * @description Binds the device identified by product key `pk` and serial number `sn` (typically printed on the
         *     device or in its QR code) to the logged-in user, who becomes its owner (`deviceType` `1` in
         *     `userDeviceList`). The platform resolves the SN to the device key, which the answer returns with
         *     the device's `authKey` and module type. In home mode, `fid` / `frid` place the device in a family
         *     and room, and `isCommonDevice` adds it to the family's frequently used devices.
         *
         *     Notable codes: unknown device → `5553` (product or device does not exist) or `5090` (invalid SN),
         *     `5089` (SN lookup failed), `5314` (device lookup in the cloud failed); already bound → `5049`;
         *     bound by another user while the product's binding mode is unique → `5412`; the user already has
         *     the device as an accepted share → `6040`; the device belongs to the other data centre → `6083`;
         *     the user domain is not authorised for the product → `5229` (`5327`: no permission for the
         *     product). Home mode: `5624` (home mode not enabled), `5636` (`fid` missing), `5669` (ordinary
         *     family members may not bind devices), `5893` (adding to frequently used devices failed).
         *     Missing `pk` → `5066`, missing `sn` → `5088`; a too long `deviceName` → `5333`.
         *
         *     Source: `APIList/bindDeviceSn.md`.
         *
         *     **Departures from the page**
         *
         *     * The page gives the request type `application/json`; this spec has no request body, because every
         *       parameter of the page is `in: query` (as for departure 15 of the API).
         */
        post: operations["bindDeviceSn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/binding/enduserapi/changeShareDeviceName": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Rename a device shared with the user
         * @description Called by the person a device is shared with (the sharee): sets the sharee's own name for the
         *     device shared under `shareCode` (the `deviceName` in the sharee's `userDeviceList`); the owner's
         *     name is unchanged. The owner renames a device with `dmSetDeviceInfo`.
         *
         *     Codes: not the sharee of this share → `5041`; missing `deviceName` → `5068`; missing share code
         *     → `5136`; the share is no longer valid → `5142`; name too long → `5333`.
         *
         *     Source: `APIList/changeShareDeviceName.md`.
         *
         *     **Departures from the page**
         *
         *     * The page gives the request type `application/json`; this spec has no request body, because every
         *       parameter of the page is `in: query` (as for departure 15 of the API).
         */
        put: operations["changeShareDeviceName"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/binding/enduserapi/deviceBindingByPureBt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bind a pure Bluetooth device
         * @description Binds a Bluetooth-only device (one that never reaches the cloud itself) to the logged-in user, who
         *     becomes its owner (`deviceType` `1` in `userDeviceList`). The app talks to the device over
         *     Bluetooth and sends here the device's `pk` and `dk`, its binding code (plain `bindingCode` or
         *     `encryptedBindingCode`, one of the two), the new binding secret (`encryptedNewBindingSecret`,
         *     required), the previous one if any (`encryptedOldBindingSecret`), `pwd` (the page does not say
         *     which password; presumably the device's Bluetooth password, `btPwd` in `userDeviceList`) and the
         *     `random` used as AES IV. The answer says whether
         *     the binding is verified.
         *
         *     Encryption (not the user-password scheme of the API): with `PS` (by its name the product secret;
         *     the page does not expand it) as AES-128-CBC key and `random` as IV, PKCS#5 padding, Base64 output:
         *     `encryptedBindingCode = Base64(AES(bindingCode))`,
         *     `encrypted…BindingSecret = Base64(AES("<PK>,<DK>,<bindingSecret>"))` (the plaintext includes the
         *     ASCII commas).
         *
         *     Signed in the body as well as carrying the user token:
         *     `signature = hex(SHA-256(pk + dk + bindingCode + pwd + userDomainSecret))`, where `bindingCode`
         *     is the `encryptedBindingCode` when the request carries one, and an absent `pwd` contributes `""`.
         *     The client computes it (`x-iotdock-signing`).
         *
         *     Notable codes: binding code missing → `5179`, malformed → `5213`; malformed `pwd` → `5357`;
         *     unknown device → `5314` (device lookup in the cloud failed); malformed `dk` → `5361`; already
         *     bound → `5049`; bound by another user while the product's binding mode is unique → `5412`; the
         *     user already has the device as an accepted share → `6040`; the device belongs to the other data
         *     centre → `6083`; the user domain is not authorised for the product → `5229` (`5327` / `5358`:
         *     no permission for the product). Home mode: `5624` (home mode not enabled), `5636` (`fid`
         *     missing), `5669` (ordinary family members may not bind devices), `5893` (adding to frequently
         *     used devices failed). Missing `pk` → `5066`, missing `dk` → `5067`; a too long `deviceName` →
         *     `5333`. The page lists no code for a wrong signature.
         *
         *     Source: `APIList/deviceBindingByPureBt.md`.
         *
         *     **Departures from the page**
         *
         *     * The page marks `signature` required; this spec keeps it in the body schema but not in
         *       `required`, because the client computes and adds it (`x-iotdock-signing`, like the security
         *       schemes of departure 1 of the API). On the wire it is always sent.
         *     * The page's request example has `capabilitiesBitmask: 0`; this spec's example has `4` (BLE),
         *       because `0` is none of the page's values 1–15 (kept as an `enum`).
         *     * The page types `verified` as `string(byte)`; this spec accepts an integer or a string, because
         *       the same field is `1` (integer) in the real device list (departure 16 of the API).
         */
        post: operations["deviceBindingByPureBt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/binding/enduserapi/v2/deviceBindingByWifi": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bind a Wi-Fi device with its binding code
         * @description Binds a Wi-Fi device after network provisioning: the device reports a `bindingCode` to the
         *     cloud, and the app, which obtained the same code from the device while provisioning it, sends
         *     `productKey`, `deviceKey` and `bindingCode` here. The logged-in user becomes the owner (`deviceType` `1` in `userDeviceList`). The answer
         *     carries the device's `authKey`, the product's binding mode and its name and logo. Matter devices
         *     add `isMatter: true` and `matterInfo`. In home mode, `fid` / `frid` place the device in a family
         *     and room, and `isCommonDevice` adds it to the family's frequently used devices.
         *
         *     Notable codes: binding code missing → `5179`, malformed → `5213`, not (yet) reported by the
         *     device → `5460`, expired → `5461`, wrong → `5462`; binding secret not reported → `5465`; unknown
         *     device → `5314` (device lookup in the cloud failed), device verification failed → `5009`;
         *     already bound → `5049`; bound by another user while the product's binding mode is unique →
         *     `5412`; binding failed → `5048`; the device belongs to the other data centre → `6083`; the user
         *     domain is not authorised for the product → `5229`. Matter fields missing → `5879`
         *     (discriminator), `5880` (product id), `5881` (version), `5882` (vendor), `5883` (fabric id),
         *     `5885` (node id). Missing `productKey` → `5066`, missing `deviceKey` → `5067`, malformed
         *     `deviceKey` → `5361`; a too long `deviceName` → `5333`.
         *
         *     Source: `APIList/deviceBindingByWifi.md`.
         *
         *     **Departures from the page**
         *
         *     * The page's request example has `capabilitiesBitmask: 0`; this spec's example has `2` (LAN
         *       (Wi-Fi)), because `0` is none of the page's values 1–15 (kept as an `enum`).
         *     * The page types the Matter integers as plain `integer`; this spec says `int64` for `cat`,
         *       `fabricId` and `nodeId` (as `userDeviceList`'s `MatterInfo`: fabric and node ids are 64-bit)
         *       and `int32` for `discriminator`, `matterProductId` and `matterVendorId` (12- and 16-bit values).
         */
        post: operations["deviceBindingByWifi"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/binding/enduserapi/deviceInfo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a device's details
         * @description Returns one device with the same fields as an entry of `userDeviceList` (`UserDevice`). Identify
         *     the device either by `pk` + `dk` (a device the user has bound, or has accepted as a share) or by
         *     `shareCode` alone: a prospective sharee uses the share code received from the owner (created by
         *     `shareInfo` or `shareByUid`) to preview the device before accepting it with `shareDevice`.
         *
         *     Neither `pk` + `dk` nor `shareCode` → `5140`; a device the user may not see → `5141` (or `5041`);
         *     a device that is not bound → `5052`.
         *
         *     Source: `APIList/deviceInfo.md`.
         *
         *     **Departures from the page**
         *
         *     * The page types `activeTime`, `deviceBindTime`, `deviceCreateTime`, `invaildTime`,
         *       `lastConnTime`, `lastOfflineTime` and `sharingExpireAt` as `string(date-time)`; this spec says
         *       plain `string` (the shared `UserDevice` schema), because the real answers use
         *       `yyyy-MM-dd HH:mm:ss` (see `userDeviceList`), not RFC 3339, and the page's own example has `""`.
         *     * The page types `verified` as `string(byte)`; this spec accepts an integer or a string, because
         *       the real device list sends `1` (departure 16 of the API).
         */
        get: operations["deviceInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/binding/enduserapi/deviceShareUserList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the users a device is shared with
         * @description Called by the owner of the device `pk` + `dk`: lists its shares, each with the share's details
         *     (`shareInfo`: share code, sharee uid, status, acceptance, use period) and the sharee's profile
         *     (`userInfo`). The `shareCode` of an entry is what `setShareTime` and `ownerUserUnshareDevice`
         *     take.
         *
         *     Codes: the user may not query this device (e.g. not its owner) → `5141`; missing `pk` → `5066`,
         *     `dk` → `5067`.
         *
         *     Source: `APIList/deviceShareUserList.md`.
         *
         *     **Departures from the page**
         *
         *     * The page describes `shareInfo.deleteTime` as 接受分享时间 (accept time), the text of
         *       `acceptTime`; this spec describes it as the cancellation time, because of its name and of
         *       `deleteTimeTs` (取消时间戳, cancellation timestamp).
         *     * The page does not say which fields may be `null`; this spec makes every field of `shareInfo` and
         *       `userInfo` nullable, because the vendor's serializer sends `null` for unset values (see the
         *       real `userDeviceList` answer) and a profile rarely has all its third-party ids.
         */
        get: operations["deviceShareUserList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/binding/enduserapi/setDeviceInfo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Rename a bound device
         * @description Sets the name of the device `pk` + `dk` that the logged-in user has bound (shown as `deviceName`
         *     in `userDeviceList`). A user who has the device as a share renames it with
         *     `changeShareDeviceName` instead. The family area has its own `setDeviceInfo`
         *     (`/v2/family/enduserapi/setDeviceInfo`); this is the binding service's one, hence the operation
         *     id `dmSetDeviceInfo`.
         *
         *     Codes: no permission on the device → `5041`; update failed → `5054`; missing `pk` → `5066`,
         *     `dk` → `5067`, `deviceName` → `5068`; name too long → `5333`.
         *
         *     Source: `APIList/dmSetDeviceInfo.md`.
         *
         *     **Departures from the page**
         *
         *     * The page gives the request type `application/json`; this spec has no request body, because every
         *       parameter of the page is `in: query` (as for departure 15 of the API).
         */
        put: operations["dmSetDeviceInfo"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/binding/enduserapi/getDeviceInfoByBinding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check whether the user can bind a device
         * @description Checks, before binding, whether the logged-in user may bind a device of product `pk` (and, with
         *     `dk`, that very device), and returns the product's binding mode, name and logo and whether
         *     Bluetooth-first activation is enabled. It is meant to be called before `bindDeviceSn`,
         *     `bindDeviceDk`, `deviceBindingByWifi` or `deviceBindingByPureBt`.
         *     `checkExistInCloud=false` skips the check that the device exists in the cloud.
         *
         *     Codes: the device is already bound → `5049`; the user may not bind it → `5913`; the user already
         *     has it as an accepted share → `6040`; malformed `dk` → `5361`; missing `pk` → `5066`; missing
         *     family id → `5618` (home mode).
         *
         *     Source: `APIList/getDeviceInfoByBinding.md`.
         */
        get: operations["getDeviceInfoByBinding"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/binding/enduserapi/getDeviceTimeZone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a device's time zone
         * @description Returns the time zone of the device `pk` + `dk`, as set with `setDeviceTimeZone`: a UTC offset
         *     (`±HH:mm` or `±HH`) and a time zone id.
         *
         *     Codes: no permission on the device → `5041`; missing `pk` → `5066`, missing `dk` → `5067`.
         *
         *     Source: `APIList/getDeviceTimeZone.md`.
         *
         *     **Departures from the page**
         *
         *     * The page lists neither an `Authorization` header nor the token codes 5032/5106; this spec
         *       requires the user token, because the call reads a device of the logged-in user (it answers
         *       `5041`, no permission) and its service (`/v2/binding/enduserapi/`) is token-protected
         *       everywhere else.
         */
        get: operations["getDeviceTimeZone"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/binding/enduserapi/getGatewayDeviceChildList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a gateway's sub-devices
         * @description Pages through the sub-devices connected to the gateway `pk` + `dk` (a device with `accessType`
         *     `1` in `userDeviceList`), optionally filtered by how they use the gateway (`gatewayType`).
         *
         *     Codes: device verification failed → `5009`; no permission on the gateway → `5041`; missing `pk`
         *     → `5066`, `dk` → `5067`.
         *
         *     Source: `APIList/getGatewayDeviceChildList.md`.
         *
         *     **Departures from the page**
         *
         *     * The page types the sub-device fields as plain `integer`; this spec says `int64` for ids and
         *       `…Ts` timestamps (Unix milliseconds) and `int32` for the flags and small numbers.
         *     * The page does not say which sub-device fields may be `null`; this spec makes them nullable,
         *       because the vendor's serializer sends `null` for unset values (see the real `userDeviceList`
         *       answer).
         */
        get: operations["getGatewayDeviceChildList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/binding/enduserapi/getProductManual": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a product's user manual
         * @description Returns the address of the user manual (product manual) of product `pk`, for the app to show
         *     with the device.
         *
         *     Source: `APIList/getProductManual.md`.
         */
        get: operations["getProductManual"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/binding/enduserapi/ownerUserUnshareDevice": {
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
         * Cancel a device share (as the owner)
         * @description Called by the owner (sharer): cancels the share identified by `shareCode` (from `shareInfo`,
         *     `shareByUid` or `deviceShareUserList`). Whether or not the sharee had accepted it, the share
         *     becomes invalid and the device leaves the sharee's `userDeviceList`. The sharee leaves a share
         *     with `shareUserUnshareDevice` instead.
         *
         *     Codes: not the owner of the share → `5041`; missing share code → `5136`; the share is already
         *     invalid (cancelled, expired or replaced) → `5142`.
         *
         *     Source: `APIList/ownerUserUnshareDevice.md`.
         */
        delete: operations["ownerUserUnshareDevice"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/binding/enduserapi/setBtLastUseTime": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Record when a device was last used over Bluetooth
         * @description Stores the time (Unix milliseconds) at which the app last used the device `pk` + `dk` over
         *     Bluetooth; it is returned as `btLastUseTime` by `userDeviceList` and `deviceInfo`.
         *
         *     Source: `APIList/setBtLastUseTime.md`.
         *
         *     **Departures from the page**
         *
         *     * The page gives the request type `application/json`; this spec has no request body, because every
         *       parameter of the page is `in: query` (as for departure 15 of the API).
         */
        put: operations["setBtLastUseTime"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/binding/enduserapi/v2/setDeviceTimeZone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set a device's time zone
         * @description Sets the time zone of the device `pk` + `dk` (read back with `getDeviceTimeZone`): `timeZone` as
         *     a UTC offset `±HH:mm` or `±HH`, optionally with a `timeZoneId` (e.g. `Asia/Shanghai`).
         *
         *     Codes: no permission on the device → `5041`; missing `pk` → `5066`, missing `dk` → `5067`.
         *
         *     Source: `APIList/setDeviceTimeZone.md`.
         *
         *     **Departures from the page**
         *
         *     * The page lists neither an `Authorization` header nor the token codes 5032/5106; this spec
         *       requires the user token, because the call acts on a device of the logged-in user (it answers
         *       `5041`, no permission) and its service (`/v2/binding/enduserapi/`) is token-protected
         *       everywhere else.
         *     * The page's request example has `""` for every field; this spec's example has real values
         *       (`+08:00`, `Asia/Shanghai`, a product and device key), because `timeZone` must match the format
         *       the page states (`±HH:mm` or `±HH`, kept as a `pattern`).
         */
        put: operations["setDeviceTimeZone"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/binding/enduserapi/setShareTime": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change the use period of a device share
         * @description Called by the owner (sharer): sets until when the sharee may use the device shared under
         *     `shareCode` (Unix milliseconds). It becomes the sharee's `sharingExpireAt` /
         *     `sharingExpireTimeTs` in `userDeviceList` and the share's `sharingExpireAt` in
         *     `deviceShareUserList`; after it the share expires.
         *
         *     Codes: not the owner of the share → `5041`; missing share code → `5136`.
         *
         *     Source: `APIList/setShareTime.md`.
         *
         *     **Departures from the page**
         *
         *     * The page gives the request type `application/json`; this spec has no request body, because every
         *       parameter of the page is `in: query` (as for departure 15 of the API).
         */
        put: operations["setShareTime"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/binding/enduserapi/shareByUid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Share a device with a given user
         * @description Called by the owner of the device `pk` + `dk`: shares it with a user named by `shareUid`, `email`
         *     or `phone` (at least one; none → `5891`) instead of handing out a share code. `sharingExpireAt`
         *     and `coverMark` work as in `shareInfo`. `data` is a string, by the page's type the same kind of
         *     answer as `shareInfo`'s, i.e. the share code (the page does not say). The page does not say
         *     either whether the invited user must still accept with `shareDevice` or gets the device at once;
         *     the message list (`userMsgList`) carries a `shareCode` field, which suggests an invitation
         *     message that the invitee accepts with `shareDevice`.
         *
         *     Codes: none of `shareUid`, `email`, `phone` → `5891`; the invitee is a member of the family the
         *     device belongs to → `5864`; `coverMark` out of range → `5133`; creating the share failed →
         *     `5134`; bad timestamp → `5145`; the device's binding is not verified → `5360`; missing `pk` →
         *     `5066`, `dk` → `5067`.
         *
         *     Source: `APIList/shareByUid.md`.
         *
         *     **Departures from the page**
         *
         *     * The page gives the request type `application/json`; this spec has no request body, because every
         *       parameter of the page is `in: query` (as for departure 15 of the API).
         */
        post: operations["shareByUid"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/binding/enduserapi/shareDevice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept a device share
         * @description Called by the person a device is shared with (the sharee): accepts the share identified by
         *     `shareCode`, the code the owner obtained from `shareInfo` (and passed on, e.g. as a QR code) or,
         *     presumably, from `shareByUid`. From then on the device appears in the sharee's `userDeviceList` with
         *     `deviceType` `2` (shared with the user), `ownerUid` = the owner's uid, `shareCode` = this code
         *     and `sharingExpireAt` / `sharingExpireTimeTs` = the end of the use period (none: unlimited).
         *     `deviceName` names the device for the sharee only (later changed with `changeShareDeviceName`).
         *     The sharee can preview the device first with `deviceInfo?shareCode=…`.
         *
         *     Codes: missing share code → `5136`; unknown, expired or cancelled share code → `5137`; the
         *     sharee has bound the device already → `5049`; accepting failed → `5138`; with cover mark `3` the
         *     new share's use period may not end before that of the share in use → `5151`; name too long →
         *     `5333`.
         *
         *     Source: `APIList/shareDevice.md`.
         *
         *     **Departures from the page**
         *
         *     * The page gives the request type `application/json`; this spec has no request body, because every
         *       parameter of the page is `in: query` (as for departure 15 of the API).
         */
        post: operations["shareDevice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/binding/enduserapi/shareInfo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a share code for a device
         * @description Called by the owner of the device `pk` + `dk`: creates a share and returns its **share code**
         *     (`data`, a string; the page does not name it, but every later share call takes a `shareCode`).
         *     The owner passes the code to the person to share with (the app shows it as a QR code: the page
         *     calls `acceptingExpireAt` the expiry of the "share QR code seed"); that person accepts it with
         *     `shareDevice` before `acceptingExpireAt`, after which an unused code is void. `sharingExpireAt`
         *     limits how long the sharee may use the device (absent: for ever, until the owner cancels the
         *     share). `coverMark` decides what happens to the device's earlier valid share: `1` (default)
         *     replaces it (the old share code stops working), `2` adds this one beside it, `3` replaces it
         *     only if the new use period is longer. To share with a known user directly, see `shareByUid`.
         *
         *     Codes: missing `acceptingExpireAt` → `5132`; `coverMark` out of range → `5133`; creating the
         *     share failed → `5134`; the user may not share this device (e.g. not its owner) → `5135`; bad
         *     timestamp → `5145`; `sharingExpireAt` not after `acceptingExpireAt` → `5153`; the device's
         *     binding is not verified (`verified` `0`) → `5360`; missing `pk` → `5066`, `dk` → `5067`.
         *
         *     Source: `APIList/shareInfo.md`.
         *
         *     **Departures from the page**
         *
         *     * The page gives the request type `application/json`; this spec has no request body, because every
         *       parameter of the page is `in: query` (as for departure 15 of the API).
         */
        post: operations["shareInfo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/binding/enduserapi/shareUserUnshareDevice": {
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
         * Leave a device share (as the sharee)
         * @description Called by the person a device is shared with (the sharee): gives up the share identified by
         *     `shareCode` (the `shareCode` of the device in the sharee's `userDeviceList`). The device leaves
         *     the sharee's device list; the owner's binding is unchanged. The owner cancels a share with
         *     `ownerUserUnshareDevice` instead.
         *
         *     Codes: not the sharee of this share → `5041`; missing share code → `5136`; the share is already
         *     invalid (cancelled, expired or replaced) → `5142`.
         *
         *     Source: `APIList/shareUserUnshareDevice.md`.
         */
        delete: operations["shareUserUnshareDevice"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/binding/enduserapi/unbundlingDeviceDk": {
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
         * Unbind a device by its product key and device key
         * @description Removes the logged-in user's binding of the device `pk` + `dk` (however it was bound: SN, device
         *     key, Wi-Fi or Bluetooth). `isInit=true` asks for the device to be initialised as
         *     well (the page says no more). For a pure
         *     Bluetooth device, the app may pass reset credentials (`pureBtResetCredentials` with the `random`
         *     used to encrypt them). The answer says how many users are still bound to the device in the cloud
         *     (`bindingSum`, pseudo-bindings included). A user who has the device as a share leaves it with
         *     `shareUserUnshareDevice`.
         *
         *     Codes: device not bound (to this user) → `5052`; unbinding failed → `5050`; missing `pk` →
         *     `5066`, missing `dk` → `5067`.
         *
         *     `pureBtResetCredentials` is not the user-password encryption of the API: it is
         *     `Base64(AES-128-CBC(PKCS5Padding("<PK>,<DK>,<bindingSecret>"), key = PS, iv = random))`, the
         *     plaintext being product key, device key and binding secret joined by ASCII commas; `PS` is, by
         *     its name, the product secret (the page does not expand it).
         *
         *     Source: `APIList/unbundlingDeviceDk.md`.
         */
        delete: operations["unbundlingDeviceDk"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/binding/enduserapi/batchControlDevice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a command to one or more devices
         * @description Sends the same downlink command to every device of `deviceList`: raw data (`type` 1,
         *     pass-through), a property write (`type` 2) or a service call (`type` 3). Used by an app (or a
         *     customer cloud acting for the user) to control devices over HTTP without a WebSocket channel. The
         *     answer lists, per device, whether the command was accepted (`successList`, with a `ticket`) or not
         *     (`failureList`, with a reason); acceptance means queued for the device, not executed.
         *
         *     `data` by `type` (the page only says "the command"; the formats are Quectel's TSL downlink format,
         *     documented for its SaaS API in `saas/OpenAPI/APIList/deviceWriteData.md`):
         *     - `1` pass-through: the raw payload, hex (`dataFormat` 1) or text (`dataFormat` 2), at most 4,096
         *       characters.
         *     - `2` property: JSON text of an array of one-key objects, one per property, keyed by the TSL
         *       property `code` (`productTSL`, `subType` `W` or `RW`): `[{"lock":true},{"ride_mode":2}]`. A
         *       `STRUCT` value is a list of one-key objects per field, `[{"alarm_config":[{"enabled":true},{"sensitivity":3}]}]`;
         *       an `ARRAY` value is a list of `{"0": element}` objects, `[{"levels":[{"0":1},{"0":2}]}]`. Quectel's
         *       SaaS page writes every value as a string (`"true"`, `"2"`); public App-API clients send JSON
         *       booleans and numbers.
         *     - `3` service: `[{"<service code>":[{"<input code>":value}, …]}]`.
         *
         *     Caching (`isCache` 1) keeps the command up to `cacheTime` seconds for a device that is offline;
         *     `isCover` 1 then replaces an identical cached command. Needs the access token (`5106` missing,
         *     `5032` invalid); `5041` when the user may not control a device. Parameter errors: `5070`/`5071`
         *     `type`, `5072`/`5073` `dataFormat`, `5074`/`5075` `data`, `5311`/`5312` `deviceList` (the page
         *     gives no maximum), `5328`/`5329` `cacheTime`, `5330` `isCache`, `5331` `isCover`; `5340` the whole
         *     call failed.
         *
         *     Source: `APIList/batchControlDevice.md`.
         *
         *     **Departures from the page**
         *     - The page's request example has `type` 0, `dataFormat` 0, `isCache` 0, `isCover` 0, `cacheTime` 0
         *       and empty keys; this spec's example is a property write with valid values, because those zeros are
         *       outside the page's own ranges (`type` 1–3, `dataFormat` 1–2, `isCache`/`isCover` 1–2,
         *       `cacheTime` 1–7776000).
         *     - The page says the 4,096-character limit of `data` holds for pass-through; this spec sets
         *       `maxLength: 4096` for every type, because the page's error `5075` states the limit without a
         *       condition.
         */
        post: operations["batchControlDevice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/quecdatastorage/enduserapi/v2/deviceEventList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List the events a device reported
         * @description Pages through the TSL events (information, alerts, faults) a device reported between two
         *     millisecond time stamps, filtered by event codes (`codeList`: the `code`s of `productTSL`'s
         *     `events`). A read, although sent as a POST with a JSON body. Each row carries the event's `abId`
         *     (its `id` in the model), `eventCode`, `eventName`, `eventType` and its output parameters as JSON
         *     text in `outputData` (the page gives no format).
         *
         *     Needs the access token (`5106` missing, `5032` invalid).
         *
         *     Source: `APIList/deviceEventList.md`.
         */
        post: operations["deviceEventList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/binding/enduserapi/getDeviceBusinessAttributes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a device's latest property values, module status and location
         * @description Returns what the platform last recorded for a device: the latest value of each TSL property
         *     (`customizeTslInfo`), the module's status data (`deviceData`: signal, SIM, versions, …) and the
         *     latest location (`deviceLocateInfo`). `type` selects which of the three to return (comma-separated;
         *     the page does not say what an absent `type` returns) and `codeList` narrows the TSL properties.
         *     An app polls it to show a device's state; the values are those last reported by the device, so a
         *     write with `batchControlDevice` shows here only once the device has reported the new value.
         *
         *     Each `customizeTslInfo` row is one TSL property of `productTSL`: `abId` = property `id`,
         *     `resourceCode` = property `code`, `name`, `dataType`, `subType` and `type` copied from the model,
         *     and the value in `resourceValce` (sic) **as text**: `BOOL` `"true"`/`"false"`, numbers in decimal
         *     (`"76"`, `"1523.47"`), `ENUM` the value (`"2"`), `TEXT` as is, `DATE` a millisecond time stamp,
         *     `STRUCT` a JSON object of field code → value text (`{"enabled":"true","sensitivity":"3"}`). The
         *     page does not say how an `ARRAY` is written. Properties the device never reported are absent.
         *
         *     Needs the access token (`5106` missing, `5032` invalid, `5047` token of another user); `5041` no
         *     permission, `5052` the device is not bound to the user, `5471` `codeList` without `type`, `5114` the
         *     platform's query failed.
         *
         *     Source: `APIList/getDeviceBusinessAttributes.md`.
         *
         *     **Departures from the page**
         *     - The page lists no `createTime` in `customizeTslInfo`; this spec adds it (optional, a millisecond
         *       time stamp as text), because answers captured by public clients of this API carry it.
         *     - The page does not say which parts are empty when `type` leaves them out, nor which fields a device
         *       may not report; this spec makes `customizeTslInfo`, `deviceData`, `deviceLocateInfo` and their
         *       status/location fields nullable, because a part that was not asked for or a value never reported
         *       has nothing to show.
         */
        get: operations["getDeviceBusinessAttributes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/quecdatastorage/enduserapi/getLocationHistory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a device's location track
         * @description Returns the locations a device reported between two millisecond time stamps, optionally only of
         *     some positioning types (`locateTypes`), each in three coordinate systems: WGS84 (GPS), GCJ02
         *     (Chinese maps) and BD09 (Baidu maps). An app draws a device's track with it; the newest point
         *     matches `deviceLocateInfo` of `getDeviceBusinessAttributes`. Not paged.
         *
         *     Positioning types: `GP` GPS, `GL` GLONASS, `GA` Galileo, `GN` multi-GNSS, `BD` BeiDou, `PQ` QZSS
         *     (NMEA talker ids) and `LBS` cell-based.
         *
         *     Needs the access token (`5106` missing, `5032` invalid).
         *
         *     Source: `APIList/getLocationHistory.md`.
         *
         *     **Departures from the page**
         *     - The page types `locateTime` as `string(date-time)` and its example gives `""`; this spec types it
         *       as a plain string, because an empty string is no date-time and the API's other times are
         *       `yyyy-MM-dd HH:mm:ss` text, not RFC 3339 (the exact format is not documented).
         */
        get: operations["getLocationHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/quecdatastorage/enduserapi/getPropertyChartList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get chart series of device properties
         * @description Aggregates the values of up to 10 TSL properties (`attributeCode`, comma-separated property
         *     `code`s of `productTSL`) between two millisecond time stamps into one series per property: one
         *     point per month, day or hour (`timeGranularity`), each the maximum, minimum, average, difference
         *     or total (`countType`) of the values recorded in that interval (those of `getPropertyDataList`).
         *     An app draws charts with it; `xaxisData`/`xaxisDataTs` are the interval labels, `yaxisData` the
         *     aggregated values, in the same order.
         *
         *     Needs the access token (`5106` missing, `5032` invalid).
         *
         *     Source: `APIList/getPropertyChartList.md`.
         *
         *     **Departures from the page**
         *     - The page types `yaxisData` items as `object`; this spec allows any JSON value as a point,
         *       because the generator writes Java's `Object` as `object` and an aggregate is a number (or text),
         *       not necessarily a JSON object.
         */
        get: operations["getPropertyChartList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/quecdatastorage/enduserapi/getPropertyDataList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the recorded values of a device property
         * @description Pages through the values a device reported for one TSL property (`attributeCode` = the property's
         *     `code` in `productTSL`, `resourceCode` in `getDeviceBusinessAttributes`) between two millisecond
         *     time stamps. An app uses it for a property's history; `getPropertyChartList` aggregates the same
         *     data and `getPropertyStatistics` summarises it. Each row's `propertyValue` is a value the device
         *     reported, so the newest row matches the `resourceValce` of `getDeviceBusinessAttributes`.
         *
         *     Needs the access token (`5106` missing, `5032` invalid).
         *
         *     Source: `APIList/getPropertyDataList.md`.
         *
         *     **Departures from the page**
         *     - The page types `propertyValue` as `object`; this spec allows any JSON value, because the
         *       generator writes Java's `Object` so and a property value is a number, boolean, text or struct, not
         *       necessarily a JSON object.
         */
        get: operations["getPropertyDataList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/quecdatastorage/enduserapi/getPropertyStatistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get period statistics of a device property
         * @description Aggregates the values of one TSL property (`attributeCode`, a property `code` of `productTSL`) over
         *     the current day, week, month and/or year (`timeGranularities`), counted from `currentTimestamp`,
         *     with the aggregation `countType` (maximum, minimum, average, difference, total). An app shows
         *     "today / this week" summaries with it (e.g. the distance ridden, the difference of a mileage
         *     counter). One answer item per requested granularity.
         *
         *     Needs the access token (`5106` missing, `5032` invalid).
         *
         *     Source: `APIList/getPropertyStatistics.md`.
         *
         *     **Departures from the page**
         *     - The page types `statValue` as `object`; this spec allows any JSON value, because the generator
         *       writes Java's `Object` as `object` and the statistic is a number (or text), not necessarily a JSON
         *       object.
         */
        get: operations["getPropertyStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/binding/enduserapi/productTSL": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a product's TSL model
         * @description Returns the TSL model (物模型) of a product: its properties (with data type, access mode and value
         *     rules), events and services. An app calls it once per product key of `userDeviceList` to know which
         *     properties a device has, which of them it may write with `batchControlDevice` (`subType` `W` or
         *     `RW`) and how to read the values of `getDeviceBusinessAttributes` (`resourceCode` = property `code`,
         *     `abId` = property `id`). For a sub-device, pass its gateway's product key as `gatewayPk`.
         *
         *     Needs the access token (`5106` missing, `5032` invalid). `5066` when `pk` is missing, `5041` when
         *     the user may not see the product, `5193` when the model cannot be read.
         *
         *     Source: `APIList/productTSL.md`.
         *
         *     **Departures from the page**
         *     - The page types `data` as a bare `object` (example `{}`); this spec models it as the TSL document
         *       (`profile`, `properties`, `events`, `services`; see `ProductTslModel`), because that is the
         *       structure Quectel documents for the same model in its SaaS API
         *       (`saas/OpenAPI/APIList/productTSL.md`) and the one public App-API clients read from this `data`.
         *       No key is required, so the page's `{}` stays valid.
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
    "/v2/family/enduserapi/addCommonUsedDevice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add devices to the frequently used devices of a family
         * @description Adds devices (product key + device key) of a family to its frequently used devices
         *     (`getCommonUsedDeviceList`) and reports, per device, success or failure. Errors: `fid` missing
         *     `5618`, a `pk` missing `5066`, a `dk` missing `5067`, product service failure `5676`.
         *
         *     Quectel's SDK documentation adds an optional `type` per device (`1` family device, `2` shared device,
         *     `3` multi-bound device) that the page does not list; it is not modelled.
         *
         *     Source: `APIList/addCommonUsedDevice.md`.
         *
         *     **Departures from the page**
         *
         *     - The page lists no `Authorization` header and no token code (5032/5106); this spec requires the
         *       user's access token (`QuectelAccessToken`), because the call acts for the logged-in user, whose
         *       families, rooms and members it reads or changes.
         *     - The page types the entries of `successList` and `failureList` as bare objects; this spec describes
         *       them with `FamilyBatchEntry` (all fields optional: `fid`, `oldFrid`, `nFrid`, `pk`, `dk`,
         *       `deviceName`, `shareCode`, `isCommonUsed`, `msg` from Quectel's SDK documentation,
         *       `QuecOperateDeviceRespItem`), because clients and the sandbox need a shape.
         */
        post: operations["addCommonUsedDevice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/family/enduserapi/addDeviceInFamilyRoom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move devices into a room
         * @description Moves devices into a room: each entry names a device (`pk`, `dk`), the room to put it in
         *     (`newFrid`) and the room it leaves (`oldFrid`; leave it out when the device is in no room yet, e.g.
         *     when it comes from the family's frequently used list). The body is a JSON array. Returns which
         *     entries succeeded and which failed. Errors: room id missing `5637`; `oldFrid` equal to `newFrid`
         *     `5663`.
         *
         *     A device enters a family when it is bound: the binding calls (`bindDeviceSn`, `bindDeviceDk`,
         *     `deviceBindingByWifi`, `deviceBindingByPureBt`) take an optional `fid` and `frid`. This call then
         *     moves a device between the rooms of its family; `newFrid` is required, so it cannot take a device
         *     out of every room. The page does not say what happens when the rooms belong to different families.
         *
         *     Source: `APIList/addDeviceInFamilyRoom.md`.
         *
         *     **Departures from the page**
         *
         *     - The page lists no `Authorization` header and no token code (5032/5106); this spec requires the
         *       user's access token (`QuectelAccessToken`), because the call acts for the logged-in user, whose
         *       families, rooms and members it reads or changes.
         *     - The page types the entries of `successList` and `failureList` as bare objects; this spec describes
         *       them with `FamilyBatchEntry` (all fields optional: `fid`, `oldFrid`, `nFrid`, `pk`, `dk`,
         *       `deviceName`, `shareCode`, `isCommonUsed`, `msg` from Quectel's SDK documentation,
         *       `QuecOperateDeviceRespItem`), because clients and the sandbox need a shape.
         */
        post: operations["addDeviceInFamilyRoom"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/family/enduserapi/addFamily": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a family
         * @description Creates a family (home) owned by the user, who becomes its creator (`memberRole` 1), and returns it
         *     with its new **`fid`**, the id every other family, room, member and family-device call takes.
         *     `familyRoomList` creates rooms along with the family (names only; their `frid`s come from
         *     `getFamilyRoomList`). Home mode must be on (`enabledFamilyMode`), else `5635`.
         *
         *     Errors: name missing `5613`, already used by one of the user's families `5616`, longer than 256
         *     characters `5659`; address longer than 256 characters `5660`; malformed coordinates `5633`; a room
         *     name longer than 30 characters `5641` or repeated `5673`; creating the family `5619`, its rooms
         *     `5620` or its frequently-used device list `5632` failed; product service failure `5676`.
         *
         *     Source: `APIList/addFamily.md`.
         *
         *     **Departures from the page**
         *
         *     - The page lists no `Authorization` header and no token code (5032/5106); this spec requires the
         *       user's access token (`QuectelAccessToken`), because the call acts for the logged-in user, whose
         *       families, rooms and members it reads or changes.
         */
        post: operations["addFamily"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/family/enduserapi/addFamilyRoom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a room in a family
         * @description Creates a room in a family and returns its new **`frid`** (room id). Creator and administrators
         *     only: an ordinary member gets `6049` (or `5041`). Home mode must be on (`enabledFamilyMode`), else `5635`.
         *
         *     Errors: `fid` missing `5618`; `roomName` missing `5640`, longer than 30 characters `5641`, already
         *     used in the family `5642`; creation failed `5620`.
         *
         *     Source: `APIList/addFamilyRoom.md`.
         *
         *     **Departures from the page**
         *
         *     - The page lists no `Authorization` header and no token code (5032/5106); this spec requires the
         *       user's access token (`QuectelAccessToken`), because the call acts for the logged-in user, whose
         *       families, rooms and members it reads or changes.
         *     - The page gives the request type `application/json`; this spec has no request body, because every
         *       parameter of the page is in the query (as departure 15 of the API).
         */
        post: operations["addFamilyRoom"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/family/enduserapi/deleteCommonUsedDevice": {
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
         * Remove devices from the frequently used devices of a family
         * @description Removes devices from a family's frequently used devices (they stay in the family and their rooms)
         *     and reports, per device, success or failure. The devices travel as a JSON body of a DELETE.
         *     Errors: `fid` missing `5618`, a `pk` missing `5066`, a `dk` missing `5067`.
         *
         *     Source: `APIList/deleteCommonUsedDevice.md`.
         *
         *     **Departures from the page**
         *
         *     - The page lists no `Authorization` header and no token code (5032/5106); this spec requires the
         *       user's access token (`QuectelAccessToken`), because the call acts for the logged-in user, whose
         *       families, rooms and members it reads or changes.
         *     - The page types the entries of `successList` and `failureList` as bare objects; this spec describes
         *       them with `FamilyBatchEntry` (all fields optional: `fid`, `oldFrid`, `nFrid`, `pk`, `dk`,
         *       `deviceName`, `shareCode`, `isCommonUsed`, `msg` from Quectel's SDK documentation,
         *       `QuecOperateDeviceRespItem`), because clients and the sandbox need a shape.
         */
        delete: operations["deleteCommonUsedDevice"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/family/enduserapi/deleteFamily": {
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
         * Delete a family
         * @description Deletes a family with its rooms and memberships. Not for ordinary members (`6049`, or `5041`).
         *     The user must keep at least one family: deleting the last one answers `5629`. Home mode must be on (`enabledFamilyMode`), else `5635`.
         *     `fid` missing `5618`; deletion failed `5622`.
         *
         *     Source: `APIList/deleteFamily.md`.
         *
         *     **Departures from the page**
         *
         *     - The page lists no `Authorization` header and no token code (5032/5106); this spec requires the
         *       user's access token (`QuectelAccessToken`), because the call acts for the logged-in user, whose
         *       families, rooms and members it reads or changes.
         */
        delete: operations["deleteFamily"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/family/enduserapi/deleteFamilyMember": {
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
         * Remove a member from a family
         * @description Removes another member from a family. Ordinary members may not (`5638`); users cannot remove
         *     themselves (`5679`; they use `leaveFamily`). Errors: home mode off (`enabledFamilyMode`) `5635`;
         *     `fid` missing `5636`; `memberUid` missing `5656`; invalid member role `5658`; the caller has no
         *     rights in this family `5671`; the member is not in this family `6054`.
         *
         *     Source: `APIList/deleteFamilyMember.md`.
         *
         *     **Departures from the page**
         *
         *     - The page lists no `Authorization` header and no token code (5032/5106); this spec requires the
         *       user's access token (`QuectelAccessToken`), because the call acts for the logged-in user, whose
         *       families, rooms and members it reads or changes.
         */
        delete: operations["deleteFamilyMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/family/enduserapi/deleteFamilyRoom": {
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
         * Delete rooms
         * @description Deletes one or more rooms, given by their `frid`s as a JSON array in the body (a DELETE with a
         *     body). Returns which rooms were deleted and which were not. No room ids → `5637`. The page does
         *     not say what becomes of the rooms' devices; presumably they stay in the family, outside any room.
         *
         *     Source: `APIList/deleteFamilyRoom.md`.
         *
         *     **Departures from the page**
         *
         *     - The page lists no `Authorization` header and no token code (5032/5106); this spec requires the
         *       user's access token (`QuectelAccessToken`), because the call acts for the logged-in user, whose
         *       families, rooms and members it reads or changes.
         *     - The page types the entries of `successList` and `failureList` as bare objects; this spec describes
         *       them with `FamilyBatchEntry`, whose room fields (`frid`, `roomSort`) are iotdock's assumption (the
         *       SDK documents device entries only), because clients and the sandbox need a shape.
         */
        delete: operations["deleteFamilyRoom"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/family/enduserapi/enabledAutoSwitch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Turn automatic family switching on or off
         * @description Turns **automatic family switching** on or off for the user. With it on, the app's current family
         *     follows the phone's location (the app passes its coordinates to `getCurrentFamily`, which picks the
         *     family by its `familyCoordinates`; Quectel's SDK documentation describes the behaviour, the page
         *     does not). Only settable with home mode on: otherwise `5635`. `enabled` missing → `5623`.
         *     `getFamilyModeConfig` reads the switch back.
         *
         *     Source: `APIList/enabledAutoSwitch.md`.
         *
         *     **Departures from the page**
         *
         *     - The page lists no `Authorization` header and no token code (5032/5106); this spec requires the
         *       user's access token (`QuectelAccessToken`), because the call acts for the logged-in user, whose
         *       families, rooms and members it reads or changes.
         *     - The page gives the request type `application/json`; this spec has no request body, because every
         *       parameter of the page is in the query (as departure 15 of the API).
         */
        put: operations["enabledAutoSwitch"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/family/enduserapi/enabledFamilyMode": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Turn home mode on or off
         * @description Turns the user's **home mode** (家居模式) on or off. Home mode is the switch behind every other
         *     Families call: while it is off they answer `5635` (home mode not enabled). A customer cloud calls it
         *     once per user before creating families, rooms or invitations; `getFamilyModeConfig` reads the switch
         *     back. `enabled` missing → `5623`.
         *
         *     Source: `APIList/enabledFamilyMode.md`.
         *
         *     **Departures from the page**
         *
         *     - The page lists no `Authorization` header and no token code (5032/5106); this spec requires the
         *       user's access token (`QuectelAccessToken`), because the call acts for the logged-in user, whose
         *       families, rooms and members it reads or changes.
         *     - The page gives the request type `application/json`; this spec has no request body, because every
         *       parameter of the page is in the query (as departure 15 of the API).
         */
        put: operations["enabledFamilyMode"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/family/enduserapi/familyMemberInviteHandle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept or decline a family invitation
         * @description The invited user (logged in as themselves) answers an invitation from `getFamilyInviteList`:
         *     `decide=1` accepts it, and the user becomes a member of family `fid` with the name and role given
         *     in `inviteFamilyMember` (the family then appears in their `getFamilyList` and they in the family's
         *     `getFamilyMemberList`); `decide=0` declines it. Errors: `fid` missing `5636`; `decide` missing
         *     `5654` or not 0/1 `5655`.
         *
         *     Source: `APIList/familyMemberInviteHandle.md`.
         *
         *     **Departures from the page**
         *
         *     - The page lists no `Authorization` header and no token code (5032/5106); this spec requires the
         *       user's access token (`QuectelAccessToken`), because the call acts for the logged-in user, whose
         *       families, rooms and members it reads or changes.
         *     - The page gives the request type `application/json`; this spec has no request body, because every
         *       parameter of the page is in the query (as departure 15 of the API).
         */
        post: operations["familyMemberInviteHandle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/family/enduserapi/setDeviceInfo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Rename, move or mark devices of a family in one call
         * @description Edits devices in a batch (a JSON array): per device (`pk`, `dk`) it can rename it (`deviceName`),
         *     move it between rooms (`oldFrid` → `newFrid`, like `addDeviceInFamilyRoom`) and add it to or remove
         *     it from the frequently used devices (`isCommonUsed`, which needs `fid`). Renaming a device shared
         *     with the user needs its `shareCode`. Returns which entries succeeded and which failed.
         *     Errors: no permission `5041`; home mode off (`enabledFamilyMode`) `5635`.
         *
         *     The operation id is `familySetDeviceInfo` (the page's file name); the path is `/setDeviceInfo`.
         *
         *     Source: `APIList/familySetDeviceInfo.md`.
         *
         *     **Departures from the page**
         *
         *     - The page lists no `Authorization` header and no token code (5032/5106); this spec requires the
         *       user's access token (`QuectelAccessToken`), because the call acts for the logged-in user, whose
         *       families, rooms and members it reads or changes.
         *     - The page types the entries of `successList` and `failureList` as bare objects; this spec describes
         *       them with `FamilyBatchEntry` (all fields optional: `fid`, `oldFrid`, `nFrid`, `pk`, `dk`,
         *       `deviceName`, `shareCode`, `isCommonUsed`, `msg` from Quectel's SDK documentation,
         *       `QuecOperateDeviceRespItem`), because clients and the sandbox need a shape.
         */
        put: operations["familySetDeviceInfo"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/family/enduserapi/getCommonUsedDeviceList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the frequently used devices of a family
         * @description Pages through a family's **frequently used devices** (常用设备, the app's home-screen shortcuts),
         *     maintained with `addCommonUsedDevice`, `deleteCommonUsedDevice` and `setDeviceInfo`
         *     (`isCommonUsed`).
         *     Each device is a `UserDevice` (the device of `userDeviceList`) with its place in the family
         *     (`fid`, `frid`, `roomName`) and the frequently-used flag (`isCommonUsed`).
         *
         *     Errors: `fid` missing `5618`; product service failure `5676`.
         *
         *     Source: `APIList/getCommonUsedDeviceList.md`.
         *
         *     **Departures from the page**
         *
         *     - The page lists no `Authorization` header and no token code (5032/5106); this spec requires the
         *       user's access token (`QuectelAccessToken`), because the call acts for the logged-in user, whose
         *       families, rooms and members it reads or changes.
         */
        get: operations["getCommonUsedDeviceList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/family/enduserapi/getCurrentFamily": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the current family
         * @description Returns the user's **current family**: the family the app shows and acts in (its devices, rooms and
         *     scenes). The page does not define how it is chosen; the app passes the family it last showed
         *     (`fid`) and, when automatic switching is on (`enabledAutoSwitch`), the phone's coordinates
         *     (`currentCoordinates`), and the server answers the family to show: by Quectel's SDK documentation,
         *     with automatic switching the family whose `familyCoordinates` match the location. Neither parameter
         *     is required, so the server must also answer with neither (presumably the given or a default family
         *     of the user). The answer carries the caller's `memberRole` in it.
         *
         *     Errors: home mode off (`enabledFamilyMode`) `5635`; malformed coordinates `5633`; no permission (e.g. a `fid` of a family the
         *     user does not belong to) `5041`.
         *
         *     Source: `APIList/getCurrentFamily.md`.
         *
         *     **Departures from the page**
         *
         *     - The page lists no `Authorization` header and no token code (5032/5106); this spec requires the
         *       user's access token (`QuectelAccessToken`), because the call acts for the logged-in user, whose
         *       families, rooms and members it reads or changes.
         */
        get: operations["getCurrentFamily"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/family/enduserapi/getFamilyDeviceList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the devices of a family
         * @description Pages through the devices of a family (bound with its `fid`, in a room or not), optionally together with all of
         *     the user's own devices (`isAddOwnerDevice`), filtered by name, product keys or category.
         *     Each device is a `UserDevice` (the device of `userDeviceList`) with its place in the family
         *     (`fid`, `frid`, `roomName`) and the frequently-used flag (`isCommonUsed`).
         *
         *     Errors: `fid` missing `5618`; a family the user may not see `5041`; home mode off (`enabledFamilyMode`) `5635`;
         *     product service failure `5676`.
         *
         *     Source: `APIList/getFamilyDeviceList.md`.
         *
         *     **Departures from the page**
         *
         *     - The page lists no `Authorization` header and no token code (5032/5106); this spec requires the
         *       user's access token (`QuectelAccessToken`), because the call acts for the logged-in user, whose
         *       families, rooms and members it reads or changes.
         */
        get: operations["getFamilyDeviceList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/family/enduserapi/getFamilyInviteList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the invitations the user has received
         * @description Pages through the pending invitations of the logged-in user into other users' families (sent with
         *     `inviteFamilyMember`). Each gives the family's `fid`, which the user passes to
         *     `familyMemberInviteHandle` to accept or decline. The page lists no error code and documents `data`
         *     only as an object.
         *
         *     Source: `APIList/getFamilyInviteList.md`.
         *
         *     **Departures from the page**
         *
         *     - The page lists no `Authorization` header and no token code (5032/5106); this spec requires the
         *       user's access token (`QuectelAccessToken`), because the call acts for the logged-in user, whose
         *       families, rooms and members it reads or changes.
         *     - The page types `data` as a bare `object`; this spec says it is a page of invitations
         *       (`FamilyInvitePage`, items `FamilyInvite` with `fid`, `familyName`, `familyLocation`,
         *       `familyCoordinates`, `addTime`, `addTimeTs`, `invalidTime`), all fields optional, because
         *       Quectel's app SDK returns `QuecPageResponse<QuecInviteItemModel>` from this call and documents
         *       those fields; the page's `{}` still validates.
         */
        get: operations["getFamilyInviteList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/family/enduserapi/getFamilyList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the user's families
         * @description Pages through the families the user belongs to (created, or joined by accepting an invitation),
         *     each with the user's `memberRole` in it. `role` filters by that role. Home mode must be on (`enabledFamilyMode`), else `5635`. No permission `5041`.
         *
         *     Source: `APIList/getFamilyList.md`.
         *
         *     **Departures from the page**
         *
         *     - The page lists no `Authorization` header and no token code (5032/5106); this spec requires the
         *       user's access token (`QuectelAccessToken`), because the call acts for the logged-in user, whose
         *       families, rooms and members it reads or changes.
         */
        get: operations["getFamilyList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/family/enduserapi/getFamilyMemberList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the members of a family
         * @description Pages through the members of a family: the creator and every user who accepted an invitation, each
         *     with their user account fields, their `memberName` and `memberRole` in the family (`1` creator, `2`
         *     administrator, `3` ordinary member) and the invitation's `acceptTime`/`invalidTime`. The page does
         *     not say whether invitations not yet accepted are listed. Errors: `fid` missing `5636`; home mode off (`enabledFamilyMode`) `5635`;
         *     user information not found `5628`; invalid member role `5658`.
         *
         *     Source: `APIList/getFamilyMemberList.md`.
         *
         *     **Departures from the page**
         *
         *     - The page lists no `Authorization` header and no token code (5032/5106); this spec requires the
         *       user's access token (`QuectelAccessToken`), because the call acts for the logged-in user, whose
         *       families, rooms and members it reads or changes.
         */
        get: operations["getFamilyMemberList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/family/enduserapi/getFamilyModeConfig": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the user's home-mode settings
         * @description Returns the user's two home-mode switches: `enabledFamilyMode` (set with `enabledFamilyMode`; while
         *     it is `false` the other Families calls answer `5635`) and `enabledAutoSwitch` (set with
         *     `enabledAutoSwitch`). No parameters. The page lists no error code.
         *
         *     Source: `APIList/getFamilyModeConfig.md`.
         *
         *     **Departures from the page**
         *
         *     - The page lists no `Authorization` header and no token code (5032/5106); this spec requires the
         *       user's access token (`QuectelAccessToken`), because the call acts for the logged-in user, whose
         *       families, rooms and members it reads or changes.
         */
        get: operations["getFamilyModeConfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/family/enduserapi/getFamilyRoomDeviceList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the devices in a room
         * @description Pages through the devices in one room (`frid`), i.e. those moved there with
         *     `addDeviceInFamilyRoom` (or `setDeviceInfo`).
         *     Each device is a `UserDevice` (the device of `userDeviceList`) with its place in the family
         *     (`fid`, `frid`, `roomName`) and the frequently-used flag (`isCommonUsed`).
         *
         *     Errors: `frid` missing `5637`; the room cannot be read (e.g. unknown `frid`) `6052`; product
         *     service failure `5676`.
         *
         *     Source: `APIList/getFamilyRoomDeviceList.md`.
         *
         *     **Departures from the page**
         *
         *     - The page lists no `Authorization` header and no token code (5032/5106); this spec requires the
         *       user's access token (`QuectelAccessToken`), because the call acts for the logged-in user, whose
         *       families, rooms and members it reads or changes.
         */
        get: operations["getFamilyRoomDeviceList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/family/enduserapi/getFamilyRoomList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the rooms of a family
         * @description Pages through the rooms of a family, each with its **`frid`** (room id, the key of the room calls
         *     and of `addDeviceInFamilyRoom`) and `roomSort` (its position, set with `setFamilyRoomSort`).
         *     `fid` missing `5618`; a family the user may not see `5041`.
         *
         *     Source: `APIList/getFamilyRoomList.md`.
         *
         *     **Departures from the page**
         *
         *     - The page lists no `Authorization` header and no token code (5032/5106); this spec requires the
         *       user's access token (`QuectelAccessToken`), because the call acts for the logged-in user, whose
         *       families, rooms and members it reads or changes.
         */
        get: operations["getFamilyRoomList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/family/enduserapi/inviteFamilyMember": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invite a user into a family
         * @description Invites another user (presumably of the same user domain) into a family, with the name and role they will have
         *     there and an expiry (`invalidTime`, Unix milliseconds). The invitee is named by `uid`, `phone` or
         *     `email` (one of them, else `5651`). Nothing changes in the family until the invitee, logged in as
         *     themselves, finds the invitation with `getFamilyInviteList` and accepts it with
         *     `familyMemberInviteHandle` (`decide=1`); they then appear in `getFamilyMemberList` with the role
         *     given here. Creator and administrators only: an ordinary member gets `5638`.
         *
         *     Errors: `fid` missing `5636`; `memberRole` missing `5645`; `invalidTime` missing `5646`, in the
         *     past `5647`, not a millisecond timestamp `5145`; `memberName` missing `5648`, longer than 256
         *     characters `5649`, already used in the family `5650`; malformed `phone` `5019`; invitee already
         *     invited `5653`.
         *
         *     Source: `APIList/inviteFamilyMember.md`.
         *
         *     **Departures from the page**
         *
         *     - The page lists no `Authorization` header and no token code (5032/5106); this spec requires the
         *       user's access token (`QuectelAccessToken`), because the call acts for the logged-in user, whose
         *       families, rooms and members it reads or changes.
         *     - The page gives the request type `application/json`; this spec has no request body, because every
         *       parameter of the page is in the query (as departure 15 of the API).
         */
        post: operations["inviteFamilyMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/family/enduserapi/leaveFamily": {
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
         * Leave a family
         * @description The user leaves a family they joined by invitation. The creator cannot leave their own family
         *     (`5661`; they delete it with `deleteFamily`). Errors: home mode off (`enabledFamilyMode`) `5635`;
         *     `fid` missing `5636`; the user is not in this family `5671`.
         *
         *     Source: `APIList/leaveFamily.md`.
         *
         *     **Departures from the page**
         *
         *     - The page lists no `Authorization` header and no token code (5032/5106); this spec requires the
         *       user's access token (`QuectelAccessToken`), because the call acts for the logged-in user, whose
         *       families, rooms and members it reads or changes.
         */
        delete: operations["leaveFamily"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/family/enduserapi/setFamily": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change a family's name, address or coordinates
         * @description Changes the name, address or coordinates of a family; absent parameters stay unchanged. Creator and
         *     administrators only: an ordinary member gets `6049` (or `5041`). Home mode must be on (`enabledFamilyMode`), else `5635`.
         *
         *     Errors: `fid` missing `5618`; name already used `5616`, longer than 256 characters `5659`; address
         *     longer than 256 characters `5660`; malformed coordinates `5633`; update failed `5621`.
         *
         *     Source: `APIList/setFamily.md`.
         *
         *     **Departures from the page**
         *
         *     - The page lists no `Authorization` header and no token code (5032/5106); this spec requires the
         *       user's access token (`QuectelAccessToken`), because the call acts for the logged-in user, whose
         *       families, rooms and members it reads or changes.
         *     - The page gives the request type `application/json`; this spec has no request body, because every
         *       parameter of the page is in the query (as departure 15 of the API).
         */
        put: operations["setFamily"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/family/enduserapi/setFamilyMemberName": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Rename a family member
         * @description Changes a member's name in a family (`memberName`, as set by `inviteFamilyMember`). Ordinary
         *     members may not (`5638` or `6049`). Errors: `fid` missing `5636`; `memberName` missing `5648`;
         *     `memberUid` missing `5656`; member not found `5628`; member not in this family `6053`.
         *
         *     Source: `APIList/setFamilyMemberName.md`.
         *
         *     **Departures from the page**
         *
         *     - The page lists no `Authorization` header and no token code (5032/5106); this spec requires the
         *       user's access token (`QuectelAccessToken`), because the call acts for the logged-in user, whose
         *       families, rooms and members it reads or changes.
         *     - The page gives the request type `application/json`; this spec has no request body, because every
         *       parameter of the page is in the query (as departure 15 of the API).
         */
        put: operations["setFamilyMemberName"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/family/enduserapi/setFamilyMemberRole": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change a family member's role
         * @description Changes the role of another member of a family (`2` administrator or `3` ordinary member; `1`
         *     belongs to the creator alone). Creator and administrators only: an ordinary member gets `5638` or
         *     `6049`. Users cannot change their own role (`5657`).
         *
         *     Errors: `fid` missing `5636`; `memberUid` missing `5656`; `memberRole` missing `5645`, invalid
         *     `5658`; member not found `5628`. The page also lists `5648` (member name missing), which this call
         *     has no parameter for.
         *
         *     Source: `APIList/setFamilyMemberRole.md`.
         *
         *     **Departures from the page**
         *
         *     - The page lists no `Authorization` header and no token code (5032/5106); this spec requires the
         *       user's access token (`QuectelAccessToken`), because the call acts for the logged-in user, whose
         *       families, rooms and members it reads or changes.
         *     - The page gives the request type `application/json`; this spec has no request body, because every
         *       parameter of the page is in the query (as departure 15 of the API).
         */
        put: operations["setFamilyMemberRole"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/family/enduserapi/setFamilyRoom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Rename a room
         * @description Renames a room (`frid`). Creator and administrators only: an ordinary member gets `6049` (or
         *     `5041`). `frid` missing `5637`; `roomName` missing `5640`, longer than 30 characters `5641`,
         *     already used in the family `5642`; update failed `5620` (whose catalogue text says "room creation
         *     failed"; this page words it "修改房间失败", update failed). The page's one-line description says
         *     "创建房间" (create a room), copied from `addFamilyRoom`; its title and path say update.
         *
         *     Source: `APIList/setFamilyRoom.md`.
         *
         *     **Departures from the page**
         *
         *     - The page lists no `Authorization` header and no token code (5032/5106); this spec requires the
         *       user's access token (`QuectelAccessToken`), because the call acts for the logged-in user, whose
         *       families, rooms and members it reads or changes.
         *     - The page gives the request type `application/json`; this spec has no request body, because every
         *       parameter of the page is in the query (as departure 15 of the API).
         */
        put: operations["setFamilyRoom"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/family/enduserapi/setFamilyRoomSort": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the order of the rooms of a family
         * @description Sets the display order of rooms: each entry gives a room (`frid`) its `roomSort`, counted from 0,
         *     smaller first; gaps are allowed, equal values are not (`5007`). Returns which entries succeeded and
         *     which failed. Errors: no entries `5002`, sorting failed `5003`, repeated positions `5007`, no
         *     permission `5041`.
         *
         *     Note: `5002` means "room order missing" here (`请输入房间排序信息`), while the API's catalogue gives
         *     5002 as "phone number already registered" (registration); the code is reused by the vendor.
         *
         *     Source: `APIList/setFamilyRoomSort.md`.
         *
         *     **Departures from the page**
         *
         *     - The page lists no `Authorization` header and no token code (5032/5106); this spec requires the
         *       user's access token (`QuectelAccessToken`), because the call acts for the logged-in user, whose
         *       families, rooms and members it reads or changes.
         *     - The page types the entries of `successList` and `failureList` as bare objects; this spec describes
         *       them with `FamilyBatchEntry`, whose room fields (`frid`, `roomSort`) are iotdock's assumption (the
         *       SDK documents device entries only), because clients and the sandbox need a shape.
         */
        put: operations["setFamilyRoomSort"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/cep/enduserapi/batchAddCommonScene": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add scenes to the frequently used scenes
         * @description Marks saved scenes (by `sceneId`) as frequently used, so that `selectCommonSceneList` lists them
         *     and their `isCommon` becomes `true` (the same as creating or editing a scene with
         *     `isCommon: true`). `fid` is required when the user has home mode enabled. The answer splits the
         *     scenes into `successList` and `failureList`; the page does not describe their items (presumably
         *     the scene ids).
         *
         *     The page lists no error code; an invalid or expired token presumably answers `5032` like the other
         *     token operations.
         *
         *     Source: `APIList/batchAddCommonScene.md`.
         *
         *     **Departures from the page**
         *     - The page lists an optional `Authorization` header; this spec requires the access token
         *       (`QuectelAccessToken`), because the call acts for a logged-in user.
         *     - The page types the items of `successList` and `failureList` only as `object` (a Java
         *       `Object`); this spec leaves them untyped (any JSON value), because the page does not describe
         *       them. The illustrative example assumes they are the scene ids.
         *     - The page's request example has an empty `sceneIdList`; this spec's example names a scene,
         *       because an empty list changes nothing.
         */
        post: operations["batchAddCommonScene"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/cep/enduserapi/batchDeleteCommonScene": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove scenes from the frequently used scenes
         * @description Removes saved scenes (by `sceneId`) from the frequently used scenes; the scenes themselves stay
         *     (delete one with `sceneDelete`). `fid` is required when the user has home mode enabled. The
         *     answer splits the scenes into `successList` and `failureList`; the page does not describe their
         *     items (presumably the scene ids).
         *
         *     The page lists no error code; an invalid or expired token presumably answers `5032` like the other
         *     token operations.
         *
         *     Source: `APIList/batchDeleteCommonScene.md`.
         *
         *     **Departures from the page**
         *     - The page lists an optional `Authorization` header; this spec requires the access token
         *       (`QuectelAccessToken`), because the call acts for a logged-in user.
         *     - The page types the items of `successList` and `failureList` only as `object` (a Java
         *       `Object`); this spec leaves them untyped (any JSON value), because the page does not describe
         *       them. The illustrative example assumes they are the scene ids.
         *     - The page's request example has an empty `sceneIdList`; this spec's example names a scene,
         *       because an empty list changes nothing.
         */
        post: operations["batchDeleteCommonScene"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/cep/enduserapi/deleteSceneLog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Clear the scene execution log
         * @description Deletes the user's scene execution log (the records of `selectSceneLogList`); in home mode, with
         *     `fid`, presumably the log of that family. The page names no record: the only parameter is `fid`,
         *     so every record goes (the Android SDK calls this "clear scene log"). No payload on success.
         *
         *     The page lists no error code; an invalid or expired token presumably answers `5032` like the other
         *     token operations.
         *
         *     Source: `APIList/deleteSceneLog.md`.
         *
         *     **Departures from the page**
         *     - The page lists `fid` as a `body` parameter; this spec sends it as the property of a JSON object
         *       (`{}` without home mode), because the request type is `application/json` and the page's body
         *       parameters are named fields.
         *     - The page lists an optional `Authorization` header; this spec requires the access token
         *       (`QuectelAccessToken`), because the call acts for a logged-in user.
         */
        post: operations["deleteSceneLog"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/cep/enduserapi/sceneCreate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a manual scene
         * @description Saves a new manual scene for the logged-in user: a name, an icon and, per device (or device group),
         *     the TSL actions to run when the scene is executed. An action "set property X of device D to V" is a
         *     `sceneInfo.metaDataList` entry with D's `productKey`/`deviceKey` and `deviceType: 1`, whose
         *     `actionList` holds `{type: PROPERTY, code: X, id: <TSL id of X>, name, dataType, value: V}` (take
         *     `id`, `name` and `dataType` from the product's TSL model, `productTSL`). Leave `sceneInfo.id`,
         *     `sceneInfo.sceneId`, `sceneInfo.uid` and `actionId` out: the platform assigns them. `isCommon: true`
         *     also adds the scene to the frequently used scenes; `fid` is required when the user has home mode
         *     enabled. Try the actions first with `sceneTest`, run the saved scene with `sceneExecute`.
         *
         *     `data` is a string the page does not describe; presumably the new scene's `sceneId` (list the
         *     scenes with `selectSceneList` to be sure). The page lists no error code; an invalid or expired
         *     token presumably answers `5032` like the other token operations.
         *
         *     Source: `APIList/sceneCreate.md`.
         *
         *     **Departures from the page**
         *     - The page lists an optional `Authorization` header; this spec requires the access token
         *       (`QuectelAccessToken`), because the call acts for a logged-in user.
         *     - The page types the action's `value` as `object`; this spec accepts any JSON value, because
         *       `object` is how the page's generator renders a Java `Object` and a property value is a boolean,
         *       number or string (the Android SDK's example sends `true`).
         *     - The page's request example is an all-empty placeholder with `deviceType: 0` (outside `1`/`2`);
         *       this spec's example is a realistic request (a lamp switched on at 80 % brightness).
         */
        post: operations["sceneCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/cep/enduserapi/sceneDelete": {
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
         * Delete a manual scene
         * @description Deletes one of the user's scenes, given its `sceneId` (from `selectSceneList` or `sceneCreate`).
         *     `fid` is required when the user has home mode enabled. No payload on success.
         *
         *     The page lists no error code; an invalid or expired token presumably answers `5032` like the other
         *     token operations. The page does not say whether the scene's execution logs or its place among the
         *     frequently used scenes go with it.
         *
         *     Source: `APIList/sceneDelete.md`.
         *
         *     **Departures from the page**
         *     - The page lists `sceneId` and `fid` as `body` parameters of a DELETE whose request type is
         *       `application/x-www-form-urlencoded`; this spec sends them in the query string, because that page
         *       layout is how its generator renders plain request parameters of a method without a JSON body
         *       (which the server reads from the query string alike), and many HTTP stacks drop the body of a
         *       DELETE.
         *     - The page lists an optional `Authorization` header; this spec requires the access token
         *       (`QuectelAccessToken`), because the call acts for a logged-in user.
         */
        delete: operations["sceneDelete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/cep/enduserapi/sceneEdit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Edit a manual scene
         * @description Replaces a saved scene's name, icon and actions. Send the whole scene as `selectSceneDetail`
         *     returned it, changed: `sceneInfo.sceneId` says which scene to change (optional in the page's table,
         *     but without it the platform cannot know the scene), `sceneInfo.metaDataList` the complete new list
         *     of devices and actions (same structure as in `sceneCreate`). `isCommon` adds the scene to or keeps
         *     it in the frequently used scenes; `fid` is required when the user has home mode enabled. No payload
         *     on success.
         *
         *     The page lists no error code; an invalid or expired token presumably answers `5032` like the other
         *     token operations.
         *
         *     Source: `APIList/sceneEdit.md`.
         *
         *     **Departures from the page**
         *     - The page lists an optional `Authorization` header; this spec requires the access token
         *       (`QuectelAccessToken`), because the call acts for a logged-in user.
         *     - The page types the action's `value` as `object`; this spec accepts any JSON value, because
         *       `object` is how the page's generator renders a Java `Object` and a property value is a boolean,
         *       number or string (the Android SDK's example sends `true`).
         *     - The page's request example is an all-empty placeholder with `deviceType: 0` (outside `1`/`2`);
         *       this spec's example is a realistic request (the scene of `sceneCreate`'s example, renamed, the
         *       brightness lowered).
         */
        post: operations["sceneEdit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/cep/enduserapi/sceneExecute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a saved scene
         * @description Runs a saved scene now: the platform sends every action of the scene's `metaDataList` to its
         *     device (or device group) and answers with the outcome: `executeResult` (`true` when the run
         *     succeeded), `successCount`/`failCount` (numbers of actions), `failActionList` (the devices whose
         *     actions failed, with a `reason`) and `executionId`, the id of the execution-log record
         *     (`selectSceneLogList`, `selectSceneLogDetail`). `fid` is required when the user has home mode
         *     enabled. Not retried: running a scene twice controls the devices twice.
         *
         *     The page lists no error code; an invalid or expired token presumably answers `5032` like the other
         *     token operations.
         *
         *     Source: `APIList/sceneExecute.md`.
         *
         *     **Departures from the page**
         *     - The page lists `sceneId` and `fid` as separate `body` parameters; this spec sends them as the
         *       properties of one JSON object, because the request type is `application/json` and a JSON body is
         *       a single value.
         *     - The page lists an optional `Authorization` header; this spec requires the access token
         *       (`QuectelAccessToken`), because the call acts for a logged-in user.
         *     - The page types `failCount` and `successCount` as `AtomicInteger` objects
         *       `{andDecrement, andIncrement}`; this spec types them as integers, because a serialised Java
         *       `AtomicInteger` is a plain number (the object is its getters, as the page's generator renders
         *       them) and the Android SDK reads them as `int`. The reference example is corrected accordingly
         *       (`0` for both).
         */
        post: operations["sceneExecute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/cep/enduserapi/sceneTest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Test-run a scene without saving it
         * @description Runs the actions of a scene that need not be saved (the Android SDK: "also works before the scene
         *     is saved to the cloud"), so the user can check them while creating or editing it. The body is the
         *     same scene structure as `sceneCreate`'s; `sceneInfo.sceneId` may be left out. The answer has the
         *     same shape as `sceneExecute`'s: `executeResult`, `successCount`/`failCount`, `failActionList`
         *     (devices whose actions failed, with a `reason`) and an `executionId`; the page does not say whether
         *     a test run is recorded in the execution log. `fid` is required when the user has home mode enabled.
         *     Not retried: it controls the devices.
         *
         *     The page lists no error code; an invalid or expired token presumably answers `5032` like the other
         *     token operations.
         *
         *     Source: `APIList/sceneTest.md`.
         *
         *     **Departures from the page**
         *     - The page lists an optional `Authorization` header; this spec requires the access token
         *       (`QuectelAccessToken`), because the call acts for a logged-in user.
         *     - The page types the action's `value` as `object`; this spec accepts any JSON value, because
         *       `object` is how the page's generator renders a Java `Object` and a property value is a boolean,
         *       number or string (the Android SDK's example sends `true`).
         *     - The page's request example is an all-empty placeholder with `deviceType: 0` (outside `1`/`2`);
         *       this spec's example is a realistic request (a lamp switched on).
         *     - The page types `failCount` and `successCount` as `AtomicInteger` objects
         *       `{andDecrement, andIncrement}`; this spec types them as integers, because a serialised Java
         *       `AtomicInteger` is a plain number (the object is its getters, as the page's generator renders
         *       them) and the Android SDK reads them as `int`. The reference example is corrected accordingly
         *       (`0` for both).
         */
        post: operations["sceneTest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/cep/enduserapi/selectCommonSceneList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the user's frequently used scenes
         * @description Pages through the user's frequently used scenes (those created or edited with `isCommon: true` or
         *     added with `batchAddCommonScene`; in home mode: those of family `fid`). Each entry is the whole
         *     scene, as in `selectSceneList`.
         *
         *     The page lists no error code; an invalid or expired token presumably answers `5032` like the other
         *     token operations.
         *
         *     Source: `APIList/selectCommonSceneList.md`.
         *
         *     **Departures from the page**
         *     - The page lists an optional `Authorization` header; this spec requires the access token
         *       (`QuectelAccessToken`), because the call acts for a logged-in user.
         *     - The page's response table has no "required" column; this spec reuses the request structure of
         *       `sceneCreate`, so the fields required there (`sceneInfo`, `metaDataList`, an action's `code`,
         *       `dataType`, `id`, `name`, `type`, `value`, a device's `productKey`, `deviceKey`, `deviceType`,
         *       `actionList`) and the page fields `total` and `list` are required in answers too, because a stored
         *       scene was created with them.
         *     - The page types the action's `value` as `object`; this spec accepts any JSON value, because
         *       `object` is how the page's generator renders a Java `Object`.
         *     - The page's response example has `deviceType: 0`, outside the documented `1`/`2`; the reference
         *       example is corrected to `1`.
         */
        get: operations["selectCommonSceneList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/cep/enduserapi/selectSceneDetail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a scene's details
         * @description Returns one of the user's scenes by `sceneId`: whether it is a frequently used scene and its
         *     `sceneInfo` with every device and action, the structure `sceneCreate` takes and `sceneEdit` sends
         *     back. `fid` is required when the user has home mode enabled.
         *
         *     The page lists no error code; an invalid or expired token presumably answers `5032` like the other
         *     token operations. Nor does it say what an unknown `sceneId` answers.
         *
         *     Source: `APIList/selectSceneDetail.md`.
         *
         *     **Departures from the page**
         *     - The page lists an optional `Authorization` header; this spec requires the access token
         *       (`QuectelAccessToken`), because the call acts for a logged-in user.
         *     - The page's response table has no "required" column; this spec reuses the request structure of
         *       `sceneCreate`, so the fields required there (`sceneInfo`, `metaDataList`, an action's `code`,
         *       `dataType`, `id`, `name`, `type`, `value`, a device's `productKey`, `deviceKey`, `deviceType`,
         *       `actionList`) are required in the answer too, because a stored scene was created with them.
         *     - The page types the action's `value` as `object`; this spec accepts any JSON value, because
         *       `object` is how the page's generator renders a Java `Object`.
         *     - The page's response example has `deviceType: 0`, outside the documented `1`/`2`; the reference
         *       example is corrected to `1`.
         */
        get: operations["selectSceneDetail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/cep/enduserapi/selectSceneList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the user's scenes
         * @description Pages through the logged-in user's manual scenes (in home mode: the scenes of family `fid`),
         *     optionally filtered by `sceneName`. Each entry is the whole scene (`isCommon`, `sceneInfo` with its
         *     `sceneId` and every device action), the same structure `sceneCreate` takes; `sceneId` is the key
         *     of the other scene calls.
         *
         *     The page lists no error code; an invalid or expired token presumably answers `5032` like the other
         *     token operations.
         *
         *     Source: `APIList/selectSceneList.md`.
         *
         *     **Departures from the page**
         *     - The page lists an optional `Authorization` header; this spec requires the access token
         *       (`QuectelAccessToken`), because the call acts for a logged-in user.
         *     - The page's response table has no "required" column; this spec reuses the request structure of
         *       `sceneCreate`, so the fields required there (`sceneInfo`, `metaDataList`, an action's `code`,
         *       `dataType`, `id`, `name`, `type`, `value`, a device's `productKey`, `deviceKey`, `deviceType`,
         *       `actionList`) and the page fields `total` and `list` are required in answers too, because a stored
         *       scene was created with them.
         *     - The page types the action's `value` as `object`; this spec accepts any JSON value, because
         *       `object` is how the page's generator renders a Java `Object`.
         *     - The page's response example has `deviceType: 0`, outside the documented `1`/`2`; the reference
         *       example is corrected to `1`.
         */
        get: operations["selectSceneList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/cep/enduserapi/selectSceneLogDetail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get one scene execution log record
         * @description Returns one record of the scene execution log by its `executionId` (from `sceneExecute` or
         *     `selectSceneLogList`): the scene's id, name and icon, the time of the run, the overall result
         *     (`1` success, `2` failure, `3` partial success) and, per device, the result of every action
         *     (the action itself, its time, `result` and failure `reason`). Read-only, although a POST.
         *
         *     The page lists no error code; an invalid or expired token presumably answers `5032` like the other
         *     token operations. Nor does it say what an unknown `executionId` answers.
         *
         *     Source: `APIList/selectSceneLogDetail.md`.
         *
         *     **Departures from the page**
         *     - The page lists `executionId` as a `body` parameter of type integer; this spec sends it as the
         *       property of a JSON object (`{"executionId": …}`), because the request type is
         *       `application/json` and the page's body parameters are named fields.
         *     - The page lists an optional `Authorization` header; this spec requires the access token
         *       (`QuectelAccessToken`), because the call acts for a logged-in user.
         *     - The page types the action's `value` as `object`; this spec accepts any JSON value, because
         *       `object` is how the page's generator renders a Java `Object`.
         *     - The page's response example has `deviceType: 0` and `executionResult: 0` (twice), outside the
         *       documented values; the reference example is corrected to `1`.
         */
        post: operations["selectSceneLogDetail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/cep/enduserapi/selectSceneLogList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List scene execution logs
         * @description Returns the user's scene execution log (in home mode: family `fid`'s), `limit` records at a time,
         *     paged by cursor: `lastExecutionId` is the `executionId` of the last record of the previous page
         *     (the records presumably come newest first, each page continuing below that id; the page does not
         *     say what to send for the first page, and the Android SDK documents the parameter as optional).
         *     Each record is one run of a scene (`sceneExecute`, whose answer carries the same
         *     `executionId`): scene id, name and icon, time, overall result (`1` success, `2` failure, `3`
         *     partial success) and, per device, the result of every action with a failure `reason`.
         *     Read-only, although a POST.
         *
         *     The page lists no error code; an invalid or expired token presumably answers `5032` like the other
         *     token operations.
         *
         *     Source: `APIList/selectSceneLogList.md`.
         *
         *     **Departures from the page**
         *     - The page lists `lastExecutionId`, `limit` and `fid` as separate `body` parameters; this spec
         *       sends them as the properties of one JSON object, because the request type is
         *       `application/json` and a JSON body is a single value.
         *     - The page lists an optional `Authorization` header; this spec requires the access token
         *       (`QuectelAccessToken`), because the call acts for a logged-in user.
         *     - The page types the action's `value` as `object`; this spec accepts any JSON value, because
         *       `object` is how the page's generator renders a Java `Object`.
         *     - The page's response example has `deviceType: 0` and `executionResult: 0` (twice), outside the
         *       documented values; the reference example is corrected to `1`.
         */
        post: operations["selectSceneLogList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/cep/enduserapi/automation/del": {
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
         * Delete an automation
         * @description Deletes the automation `automationId` (query parameter); in home mode the family id `fid` is the
         *     request body. The page does not say whether the automation's execution logs are deleted too (see
         *     `automationLogClear`). The page documents no error code.
         *
         *     Source: `APIList/automationDelete.md`.
         *
         *     **Departures from the page**
         *
         *     - The page lists an optional `Authorization` header; this spec requires the user token
         *       (`QuectelAccessToken`), because the call acts for a logged-in user.
         */
        delete: operations["automationDelete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/cep/enduserapi/automation/detail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an automation
         * @description Returns the automation `automationId` (from `automationSave` or `automationList`) with all its
         *     conditions, actions and effective time, e.g. to fill an edit form before `automationEdit`. In home
         *     mode pass the family id `fid`. The answer has no enabled/disabled flag: that is in
         *     `automationList` (`status`). The page documents no error code.
         *
         *     Source: `APIList/automationDetail.md`.
         *
         *     **Departures from the page**
         *
         *     - The page lists an optional `Authorization` header; this spec requires the user token
         *       (`QuectelAccessToken`), because the call acts for a logged-in user.
         *     - The page's response example has `conditionType`, `nameType` and the action `type` `0` and the
         *       property `dataType` `""`, outside their documented values; the reference example here has
         *       `conditionType` `1`, `nameType` `1`, action `type` `2` and `dataType` `BOOL`, because it must
         *       validate against the documented enumerations.
         *     - The page's `compare` row is cut off after `<` (the operators' `|` broke the table); this spec
         *       says a string without `enum` (`>`, `>=`, `<`, `<=`, `==` from the request pages), because the list
         *       of operators may be incomplete.
         *     - The page types the property `value` as `object`; this spec allows any JSON value, because the
         *       generator renders Java's `Object` so and a property value is a boolean, number or string.
         */
        get: operations["automationDetail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/cep/enduserapi/automation/edit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Edit an automation
         * @description Replaces the name, conditions, actions and effective time of the automation `automationId` (from
         *     `automationSave` or `automationList`) with the body, which has the same shape as the body of
         *     `automationSave`. Send the whole automation, as read with `automationDetail`, not only the changed
         *     fields (the page does not say that fields left out are kept). In home mode pass the family id `fid`.
         *     Enabling and disabling is a separate call (`automationStatus`). The page documents no error code.
         *
         *     Source: `APIList/automationEdit.md`.
         *
         *     **Departures from the page**
         *
         *     - The page lists an optional `Authorization` header; this spec requires the user token
         *       (`QuectelAccessToken`), because the call acts for a logged-in user.
         *     - The page marks `automationId` as optional (the body is the same structure as `automationSave`'s);
         *       this spec requires it, because it is the only field that says which automation to edit.
         *     - The page's request example is a generated placeholder (`conditionType`, `nameType`, action `type`
         *       and `sort` are `0`, outside their documented values, `automationId` 0, every string empty); this
         *       spec's example is a corrected, realistic one, because the placeholder is not a valid request.
         *     - The page's `compare` row is cut off after `==` (the operators' `|` broke the table): its required
         *       flag and type are lost; this spec says an optional string without `enum`, because the list of
         *       operators may be incomplete.
         *     - The page types the property `value` as `object`; this spec allows any JSON value, because the
         *       generator renders Java's `Object` so and a property value is a boolean, number or string.
         */
        post: operations["automationEdit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/cep/enduserapi/automation/getTestAutomation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the result of an automation test
         * @description Returns the result of the test `testResultId` started with `automationTest`: overall `result`
         *     (`0` success, `1` failure, `2` partial success), the numbers of actions that succeeded and failed,
         *     the failed actions with their reasons, and whether the test ran out of time (`timeoutStatus`). Poll
         *     it until the result is final. The page documents no error code.
         *
         *     Source: `APIList/automationGetTestAutomation.md`.
         *
         *     **Departures from the page**
         *
         *     - The page lists an optional `Authorization` header; this spec requires the user token
         *       (`QuectelAccessToken`), because the call acts for a logged-in user.
         *     - The page types `failCount` and `successCount` as `AtomicInteger` objects with `andDecrement` and
         *       `andIncrement`; this spec says integers, because Java's `AtomicInteger` is serialised by Jackson as
         *       a plain number (the generator listed its getters). The reference example is corrected accordingly
         *       (`0` instead of `{andDecrement: 0, andIncrement: 0}`).
         *     - The page's response example has the property `dataType` `""`, outside its documented values; the
         *       reference example here has `BOOL`, because it must validate against the documented enumeration.
         *     - The page's `compare` row is cut off after `<` (the operators' `|` broke the table); this spec says
         *       a string without `enum`, because the list of operators may be incomplete.
         *     - The page types the property `value` as `object`; this spec allows any JSON value, because the
         *       generator renders Java's `Object` so and a property value is a boolean, number or string.
         */
        get: operations["automationGetTestAutomation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/cep/enduserapi/automation/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the user's automations
         * @description Pages through the logged-in user's automations (in home mode: the family `fid`'s), each with its
         *     name, whether it is enabled (`status`) and a summary of its conditions (`triggerList`) and actions
         *     (`actionList`): name, icon and type only; read the full rule with `automationDetail`. `page` and
         *     `pageSize` are required. The page documents no error code.
         *
         *     Source: `APIList/automationList.md`.
         *
         *     **Departures from the page**
         *
         *     - The page lists an optional `Authorization` header; this spec requires the user token
         *       (`QuectelAccessToken`), because the call acts for a logged-in user.
         *     - The page's response example has `conditionType`, `nameType` and the action `type` `0`, outside
         *       their documented values; the reference example here has `1`, `1` and `2`, because it must
         *       validate against the documented enumerations.
         */
        get: operations["automationList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/cep/enduserapi/automation/log/clear": {
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
         * Delete all automation execution logs
         * @description Deletes all execution logs of the user's automations (in home mode: of the family `fid`, sent as
         *     the request body), i.e. empties `automationLogList`. There is no parameter to delete a single log
         *     or the logs of a single automation. The page documents no error code.
         *
         *     Source: `APIList/automationLogClear.md`.
         *
         *     **Departures from the page**
         *
         *     - The page lists an optional `Authorization` header; this spec requires the user token
         *       (`QuectelAccessToken`), because the call acts for a logged-in user.
         *     - `APIList.md` titles this call 删除自动化 ("delete automation"); this spec follows the page's own
         *       title 删除自动化执行日志 ("delete automation execution logs"), because the path (`log/clear`) and the
         *       page agree.
         */
        delete: operations["automationLogClear"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/cep/enduserapi/automation/log/detail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an automation execution log
         * @description Returns one execution log (`logId` from `automationLogList`): the automation, the time, the
         *     overall result (`0` success, `1` failure, `2` partial success) and the outcome of each action
         *     with its failure reason. In home mode pass the family id `fid`. The page documents no error code.
         *
         *     Source: `APIList/automationLogDetail.md`.
         *
         *     **Departures from the page**
         *
         *     - The page lists an optional `Authorization` header; this spec requires the user token
         *       (`QuectelAccessToken`), because the call acts for a logged-in user.
         *     - The page's response example has the action `type` `0` and the property `dataType` `""`, outside
         *       their documented values; the reference example here has `2` and `BOOL`, because it must validate
         *       against the documented enumerations.
         *     - The page's `compare` row is cut off after `<` (the operators' `|` broke the table); this spec says
         *       a string without `enum`, because the list of operators may be incomplete.
         *     - The page types the property `value` as `object`; this spec allows any JSON value, because the
         *       generator renders Java's `Object` so and a property value is a boolean, number or string.
         */
        get: operations["automationLogDetail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/cep/enduserapi/automation/log/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List automation execution logs
         * @description Lists the execution logs of the user's automations (in home mode: of the family `fid`), newest
         *     first presumably, each with the automation, the time, the overall result and the outcome of each
         *     action. Paging is by cursor: pass the `logId` of the last log received as `lastLogId` to get the
         *     next `limit` logs; an empty array means no more. `data` is a plain array, not a page object. The
         *     page documents no error code, no default `limit` and no order.
         *
         *     Source: `APIList/automationLogList.md`.
         *
         *     **Departures from the page**
         *
         *     - The page lists an optional `Authorization` header; this spec requires the user token
         *       (`QuectelAccessToken`), because the call acts for a logged-in user.
         *     - The page's response example has the action `type` `0` and the property `dataType` `""`, outside
         *       their documented values; the reference example here has `2` and `BOOL`, because it must validate
         *       against the documented enumerations.
         *     - The page's `compare` row is cut off after `<` (the operators' `|` broke the table); this spec says
         *       a string without `enum`, because the list of operators may be incomplete.
         *     - The page types the property `value` as `object`; this spec allows any JSON value, because the
         *       generator renders Java's `Object` so and a property value is a boolean, number or string.
         */
        get: operations["automationLogList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/cep/enduserapi/automation/ability/published": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a product's automation capabilities
         * @description Returns the linkage configuration published for the product `productKey`: which of its TSL
         *     features can be used as automation trigger conditions and which as actions (`type` `0` both, `1`
         *     conditions only, `2` actions only). Use it to build the condition and action pickers of an
         *     automation editor. The page does not describe the items of `conditions` and `actions` (typed
         *     `object`), so they are free-form here. The page documents no error code.
         *
         *     Source: `APIList/automationPublished.md`.
         *
         *     **Departures from the page**
         *
         *     - The page lists an optional `Authorization` header; this spec requires the user token
         *       (`QuectelAccessToken`), because the call acts for a logged-in user.
         */
        get: operations["automationPublished"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/cep/enduserapi/automation/save": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an automation
         * @description Creates an automation for the logged-in user: when the trigger conditions are met (`conditionType`
         *     `1`: any of them, `2`: all of them) while the automation is in effect (`precondition`), its actions
         *     run in `sort` order. A condition is a device property compared with a value (`type` `0`) or a time
         *     of day (`type` `1`, with `timer`); an action is a delay, a device or group property to set, or a
         *     scene to run. In home mode pass the family id `fid`. A customer cloud uses it to set up rules such
         *     as "when the living-room temperature exceeds 30 °C, switch the fan on". Check the rule with
         *     `automationTest` first if wanted; list the device's usable conditions and actions with
         *     `automationPublished`.
         *
         *     `data` is an `int64` the page does not name: it is the id of the new automation (`automationId`
         *     of `automationDetail`, `automationEdit`, `automationStatus`, `automationDelete`). Whether a new
         *     automation starts enabled is not documented; enable or disable it with `automationStatus`. The page
         *     documents no error code.
         *
         *     Source: `APIList/automationSave.md`.
         *
         *     **Departures from the page**
         *
         *     - The page lists an optional `Authorization` header; this spec requires the user token
         *       (`QuectelAccessToken`), because the call acts for a logged-in user.
         *     - The page's request example is a generated placeholder (`conditionType`, `nameType`, action `type`
         *       and `sort` are `0`, outside their documented values, every string empty); this spec's example is a
         *       corrected, realistic one, because the placeholder is not a valid request.
         *     - The page's `compare` row is cut off after `==` (the operators' `|` broke the table): its required
         *       flag and type are lost; this spec says an optional string without `enum`, because the list of
         *       operators may be incomplete.
         *     - The page types the property `value` as `object`; this spec allows any JSON value, because the
         *       generator renders Java's `Object` so and a property value is a boolean, number or string.
         */
        post: operations["automationSave"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/cep/enduserapi/automation/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enable or disable an automation
         * @description Enables (`status=true`) or disables (`status=false`) the automation `automationId`: a disabled
         *     automation keeps its rule but no longer runs. Both are query parameters; in home mode the family id
         *     `fid` is the request body. The current state is `status` in `automationList`. The page documents
         *     no error code.
         *
         *     Source: `APIList/automationStatus.md`.
         *
         *     **Departures from the page**
         *
         *     - The page lists an optional `Authorization` header; this spec requires the user token
         *       (`QuectelAccessToken`), because the call acts for a logged-in user.
         */
        post: operations["automationStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/cep/enduserapi/automation/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Test an automation's actions
         * @description Runs the given actions once, now, without saving anything and without checking any condition, so
         *     the user can see whether the devices react (the actions have the same shape as in `automationSave`).
         *     Returns at once with a test result id (`data`); poll `automationGetTestAutomation` with it until the
         *     result is complete or `timeoutStatus` is `true`. `timeout` is the test's time limit in seconds
         *     (default 2 × 60 = 120). In home mode pass the family id `fid`. The page documents no error code.
         *
         *     `data` is an `int64` the page does not name: it is the `testResultId` of
         *     `automationGetTestAutomation`.
         *
         *     Source: `APIList/automationTest.md`.
         *
         *     **Departures from the page**
         *
         *     - The page lists an optional `Authorization` header; this spec requires the user token
         *       (`QuectelAccessToken`), because the call acts for a logged-in user.
         *     - The page's request example is a generated placeholder (action `type` and `sort` `0`, outside their
         *       documented values, every string empty); this spec's example is a corrected, realistic one, because
         *       the placeholder is not a valid request.
         *     - The page's `compare` row is cut off after `==` (the operators' `|` broke the table): its required
         *       flag and type are lost; this spec says an optional string without `enum`, because the list of
         *       operators may be incomplete.
         *     - The page types the property `value` as `object`; this spec allows any JSON value, because the
         *       generator renders Java's `Object` so and a property value is a boolean, number or string.
         */
        post: operations["automationTest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/cep/enduserapi/v2/addCornJob": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a cloud timer for a device
         * @description Creates a cloud timer job on the device `pk`/`dk`: at the times given, the cloud sends the
         *     device the command of each timer (`timers[].action`, a TSL-model JSON string), cached for up to
         *     `cacheTime` seconds if the device is offline. `type` sets the repetition: `once`, `day-repeat`,
         *     `custom-repeat` (weekly on `dayOfWeek`), `multi-section` (2–5 timers), `random` (a random
         *     time between `startTime` and `endTime`) or `delay` (countdown of `delay` seconds); `time`
         *     is `HH:mm:ss` in `timeZone`. `enabled` starts or stops the job (change it later with
         *     `setCronJob`). Returns the job id `ruleId`, used by `getCronJobInfo`, `setCronJob` and
         *     `batchDeleteCronJob`.
         *
         *     `addCornJob` (sic) is the vendor's spelling in the path and the operation name; the other cloud
         *     timer calls say `Cron`. Errors: a device has a maximum number of jobs (`5604`, the limit is set
         *     per product), `5592` adding failed; the others are missing or invalid fields (see the fields).
         *
         *     Source: `APIList/addCornJob.md`.
         *
         *     **Departures from the page**
         *
         *     - The page lists an optional `Authorization` header; this spec requires the user token
         *       (`QuectelAccessToken`), because the call acts for a logged-in user.
         *     - The page's `dayOfWeek` and `timers[].time` rows are cut off by the `|` in their descriptions
         *       ("当 type = custom-repeat | multi-section | random 时必填", "当 type = once | day-repeat |
         *       custom-repeat …"): their types and required flags are lost; this spec says optional strings,
         *       required only for the types named, completed from Quectel's app SDK documentation (`time`: `once`,
         *       `day-repeat`, `custom-repeat`, `multi-section`), because the page cannot be read there.
         *     - The page lists `type` values `once`, `day-repeat`, `custom-repeat`, `multi-section`, `delay` and no
         *       timer `startTime`/`endTime`; this spec adds the type `random` and the optional timer fields
         *       `startTime`/`endTime` (`HH:mm:ss`), because `dayOfWeek` names `random`, `getCronJobList` lists it,
         *       the page's codes 5107–5110 and 5600 are about a start and end time, and Quectel's app SDKs
         *       document both fields for `random`.
         *     - The page's request example is a generated placeholder (`type`, `pk`, `dk` and `action`
         *       empty); this spec's example is a corrected, realistic one, because the placeholder is not a valid
         *       request.
         */
        post: operations["addCornJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/cep/enduserapi/batchDeleteCronJob": {
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
         * Delete cloud timers
         * @description Deletes the cloud timer jobs whose ids (`ruleId`, from `addCornJob` or `getCronJobList`) are in
         *     `ruleIdList`, sent as a JSON body with the DELETE. Each id is reported in `successList` or in
         *     `failureList` with its own `code` and `msg`, so a call can partly succeed; the envelope's `code`
         *     is an error only for the request as a whole (`5596`: no `ruleIdList`).
         *
         *     Source: `APIList/batchDeleteCronJob.md`.
         *
         *     **Departures from the page**
         *
         *     - The page lists an optional `Authorization` header; this spec requires the user token
         *       (`QuectelAccessToken`), because the call acts for a logged-in user.
         */
        delete: operations["batchDeleteCronJob"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/cep/enduserapi/v2/getCronJobInfo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a cloud timer
         * @description Returns the cloud timer job `ruleId` (from `addCornJob` or `getCronJobList`): its device, its
         *     repetition, whether it runs (`enabled`) and its timers with their commands. Errors: `5041` the
         *     job is not the user's, `5593` no `ruleId`, `5594` the query failed.
         *
         *     Source: `APIList/getCronJobInfo.md`.
         *
         *     **Departures from the page**
         *
         *     - The page lists an optional `Authorization` header; this spec requires the user token
         *       (`QuectelAccessToken`), because the call acts for a logged-in user.
         *     - The page's `dayOfWeek` and `timers[].time` rows are cut off by the `|` in their descriptions:
         *       their types are lost; this spec says strings, because the page's example shows strings.
         *     - The page's response example has `type` `""`, not one of the documented values; the reference
         *       example here has `once`, because it must validate against the enumeration.
         *     - This spec adds the type `random` and the optional timer fields `startTime`/`endTime`, as in
         *       `addCornJob` (see there).
         */
        get: operations["getCronJobInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/cep/enduserapi/v2/getCronJobList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a device's cloud timers
         * @description Pages through the cloud timer jobs of the device `pk`/`dk`, optionally only those of one
         *     repetition `type`, each with its timers and whether it runs (`enabled`). Errors: `5041` the
         *     device is not the user's, `5066`/`5067` no product or device key, `5588` unknown `type`,
         *     `5594` the query failed.
         *
         *     Source: `APIList/getCronJobList.md`.
         *
         *     **Departures from the page**
         *
         *     - The page lists an optional `Authorization` header; this spec requires the user token
         *       (`QuectelAccessToken`), because the call acts for a logged-in user.
         *     - The page's `type` parameter lists `once`, `day-repeat`, `custom-repeat`, `multi-section`,
         *       `delay`; this spec adds `random`, because the page's own response lists it.
         *     - The page's `dayOfWeek` and `timers[].time` rows are cut off by the `|` in their descriptions:
         *       their types are lost; this spec says strings, because the page's example shows strings.
         *     - The page's response example has `type` `""`, not one of the documented values; the reference
         *       example here has `once`, because it must validate against the enumeration.
         *     - This spec adds the type `random` and the optional timer fields `startTime`/`endTime`, as in
         *       `addCornJob` (see there).
         */
        get: operations["getCronJobList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/cep/enduserapi/v2/setCronJob": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change a cloud timer
         * @description Replaces the cloud timer job `ruleId` (from `addCornJob` or `getCronJobList`) of the device
         *     `pk`/`dk` with the body, which has the fields of `addCornJob` plus `ruleId`. This is also the
         *     call that starts or stops a job: send it with `enabled` `true` or `false` (there is no separate
         *     switch call). Send the whole job as read with `getCronJobInfo` (the page does not say that fields
         *     left out are kept). Errors: `5593` no `ruleId`, `5603` the change failed; the others are missing
         *     or invalid fields (see the fields).
         *
         *     Source: `APIList/setCronJob.md`.
         *
         *     **Departures from the page**
         *
         *     - The page lists an optional `Authorization` header; this spec requires the user token
         *       (`QuectelAccessToken`), because the call acts for a logged-in user.
         *     - The page's `dayOfWeek` and `timers[].time` rows are cut off by the `|` in their descriptions
         *       ("当 type = custom-repeat | multi-section | random 时必填", "当 type = once | day-repeat |
         *       custom-repeat …"): their types and required flags are lost; this spec says optional strings,
         *       required only for the types named, completed from Quectel's app SDK documentation (`time`: `once`,
         *       `day-repeat`, `custom-repeat`, `multi-section`), because the page cannot be read there.
         *     - The page lists `type` values `once`, `day-repeat`, `custom-repeat`, `multi-section`, `delay` and no
         *       timer `startTime`/`endTime`; this spec adds the type `random` and the optional timer fields
         *       `startTime`/`endTime` (`HH:mm:ss`), because `dayOfWeek` names `random`, `getCronJobList` lists it,
         *       the page's codes 5107–5110 and 5600 are about a start and end time, and Quectel's app SDKs
         *       document both fields for `random`.
         *     - The page's request example is a generated placeholder (`ruleId`, `type`, `pk`, `dk` and `action`
         *       empty); this spec's example is a corrected, realistic one, because the placeholder is not a valid
         *       request.
         */
        put: operations["setCronJob"];
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
        /**
         * @description Outcome per message of `readMsg` and `batchDeleteMsg` (the vendor's `阅读消息`): the ids that were
         *     processed and those that were not, with the reason. `null` in error answers.
         */
        MessageBatchResult: {
            /** @description Messages processed. */
            successList?: {
                /** @description Message id. */
                id?: string;
            }[];
            /** @description Messages not processed. */
            failureList?: {
                /** @description Message id. */
                id?: string;
                /** @description Why the message was not processed. */
                failureMsg?: string;
            }[];
        } | null;
        /** @description Read and unread counts of one kind of message (the vendor's `MsgIsReadDto`). */
        MessageReadCount: {
            /**
             * Format: int32
             * @description Number of read messages.
             */
            read?: number;
            /**
             * Format: int32
             * @description Number of unread messages.
             */
            unRead?: number;
        };
        /** @description Channels on which one category of messages is pushed to the user. */
        MessagePushChannels: {
            /** @description Push to the app (mobile push notification). */
            app?: boolean;
            /** @description Send as SMS. */
            sms?: boolean;
            /** @description Send as a voice call. */
            voice?: boolean;
        };
        /**
         * Format: int32
         * @description The device's network capabilities as a bitmask of `1` WAN, `2` LAN (Wi-Fi), `4` BLE and `8` Matter:
         *     `1` = WAN, `2` = LAN (Wi-Fi), `3` = LAN (Wi-Fi) + WAN, `4` = BLE, `5` = WAN + BLE,
         *     `6` = LAN (Wi-Fi) + BLE, `7` = WAN + LAN (Wi-Fi) + BLE, `8` = Matter, `9` = WAN + Matter,
         *     `10` = LAN (Wi-Fi) + Matter, `11` = LAN (Wi-Fi) + WAN + Matter, `12` = BLE + Matter,
         *     `13` = WAN + BLE + Matter, `14` = LAN (Wi-Fi) + BLE + Matter, `15` = WAN + LAN (Wi-Fi) + BLE + Matter.
         *     Shown back as `capabilitiesBitmask` in `userDeviceList` and `deviceInfo`.
         * @enum {integer}
         */
        DeviceCapabilitiesBitmask: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15;
        /**
         * @description A device addressed by `batchControlDevice` (the vendor's `pkdk`): product key and device key, plus
         *     the gateway's keys for a sub-device behind a gateway.
         */
        DeviceControlTarget: {
            /** @description Product key of the device. */
            productKey: string;
            /** @description Device key of the device. */
            deviceKey: string;
            /** @description Product key of the gateway (sub-devices only). */
            gatewayProductKey?: string;
            /** @description Device key of the gateway (sub-devices only). */
            gatewayDeviceKey?: string;
        };
        /** @description Version information of the TSL model. */
        ProductTslProfile: {
            /** @description Product key the model belongs to. */
            productKey?: string;
            /** @description Version of the TSL format, e.g. `1.2.0`. */
            tslVersion?: string;
            /** @description Version of this product's model (a `yyyyMMddHHmmssSSS` time stamp in Quectel's example). */
            version?: string;
        };
        /**
         * @description Data type of a TSL property or parameter. Its `specs`: `BOOL`/`ENUM` a list of
         *     `{dataType, name, value}` (the allowed values and their display names); `INT`/`FLOAT`/`DOUBLE`
         *     `{min, max, step, unit, multiple}`; `TEXT`/`RAW` `{length}` (maximum length; RAW is hex/binary
         *     data); `DATE` `{length: "13"}` (a millisecond time stamp); `STRUCT` a list of fields
         *     (`ProductTslDataField`); `ARRAY` `{size, dataType, …}` (maximum element count and element type).
         * @enum {string}
         */
        ProductTslDataType: "BOOL" | "INT" | "FLOAT" | "DOUBLE" | "ENUM" | "TEXT" | "RAW" | "DATE" | "STRUCT" | "ARRAY";
        /** @description An allowed value of a `BOOL` or `ENUM` (`BOOL` has `true` and `false`; `ENUM` values are integers written as strings). */
        ProductTslValueSpec: {
            /**
             * @description The data type the value belongs to.
             * @enum {string}
             */
            dataType: "BOOL" | "ENUM";
            /** @description Display name of the value, e.g. `On`. */
            name: string;
            /** @description The value, e.g. `true` or `2`. */
            value: string;
        };
        /**
         * @description The value rules of a property, field or parameter; their shape depends on `dataType` (see
         *     `ProductTslDataType`). Numbers in specs are strings (`"min": "0"`).
         */
        ProductTslSpecs: components["schemas"]["ProductTslValueSpec"][] | components["schemas"]["ProductTslDataField"][] | components["schemas"]["ProductTslNumberSpecs"] | components["schemas"]["ProductTslLengthSpecs"] | components["schemas"]["ProductTslArraySpecs"];
        /** @description A field of a `STRUCT` (a property's, or an array's element), or a parameter of an event or service. */
        ProductTslDataField: {
            /**
             * Format: int32
             * @description Field id (unique within its struct, or within the product for parameters).
             */
            id: number;
            /** @description Identifier of the field. */
            code: string;
            /** @description Display name. */
            name: string;
            dataType: components["schemas"]["ProductTslDataType"];
            specs?: components["schemas"]["ProductTslSpecs"];
            /** @description Description; often empty. */
            desc?: string;
        };
        /** @description Range of an `INT`, `FLOAT` or `DOUBLE` (also the element range of an `ARRAY` of numbers, as `numberSpecs`). */
        ProductTslNumberSpecs: {
            /** @description Minimum value, e.g. `-2147483648`. */
            min?: string;
            /** @description Maximum value. */
            max?: string;
            /** @description Step, e.g. `1` or `0.1`. */
            step?: string;
            /** @description Unit, e.g. `℃`; may be empty. */
            unit?: string;
            /** @description Multiple (scaling factor) applied to the value on the wire; often empty. */
            multiple?: string;
        };
        /** @description Maximum length of a `TEXT` or `RAW` value; `DATE` has `length` `13` (a millisecond time stamp). */
        ProductTslLengthSpecs: {
            /** @description Maximum length, e.g. `100`. */
            length: string;
        };
        /**
         * @description An `ARRAY`: at most `size` elements of type `dataType`. Numeric elements carry `numberSpecs`,
         *     `STRUCT` elements carry their fields in `specs`, `TEXT` elements may carry `length`.
         */
        ProductTslArraySpecs: {
            /** @description Maximum number of elements, e.g. `10`. */
            size: string;
            dataType: components["schemas"]["ProductTslDataType"];
            numberSpecs?: components["schemas"]["ProductTslNumberSpecs"];
            /** @description Maximum length of each `TEXT`/`RAW` element. */
            length?: string;
            /** @description `STRUCT` elements: the fields. */
            specs?: components["schemas"]["ProductTslDataField"][];
        };
        /**
         * @description A TSL property. `subType` is the access mode: `R` read-only (reported by the device), `W`
         *     write-only, `RW` read-write. Only `W`/`RW` properties can be written with `batchControlDevice`
         *     (type 2).
         */
        ProductTslProperty: {
            /**
             * Format: int32
             * @description Function id, unique in the product (`abId` in `getDeviceBusinessAttributes` and `deviceEventList`).
             */
            id: number;
            /** @description Identifier of the property, e.g. `switch` (`resourceCode`/`attributeCode`/`propertyCode` elsewhere). */
            code: string;
            /** @description Display name. */
            name: string;
            dataType: components["schemas"]["ProductTslDataType"];
            /**
             * @description Access mode: `R` = read-only, `W` = write-only, `RW` = read-write.
             * @enum {string}
             */
            subType: "R" | "W" | "RW";
            /**
             * @description Function type, always `PROPERTY` here.
             * @enum {string}
             */
            type: "PROPERTY";
            specs?: components["schemas"]["ProductTslSpecs"];
            /**
             * Format: int32
             * @description Display order among all functions of the product.
             */
            sort?: number;
            /** @description Description; often empty. */
            desc?: string;
        };
        /** @description A reference to a property of the model: the single key `$ref` with a value such as `#/properties/id/10`. */
        ProductTslPropertyReference: {
            [key: string]: string;
        };
        /**
         * @description A parameter of an event or service: either a full definition (`ProductTslDataField`) or a reference
         *     to a property of the model, `{"$ref": "#/properties/id/<property id>"}`.
         */
        ProductTslParameter: components["schemas"]["ProductTslDataField"] | components["schemas"]["ProductTslPropertyReference"];
        /**
         * @description A TSL event. `subType`: `INFO` information, `WARN` alert, `ERROR` fault. `outputData` lists the
         *     parameters the event carries (also shown in `deviceEventList`'s `outputData`).
         */
        ProductTslEvent: {
            /**
             * Format: int32
             * @description Function id, unique in the product.
             */
            id: number;
            /** @description Identifier of the event (`eventCode` in `deviceEventList`; what its `codeList` takes). */
            code: string;
            /** @description Display name. */
            name: string;
            /**
             * @description Event type: `INFO` = information, `WARN` = alert, `ERROR` = fault.
             * @enum {string}
             */
            subType: "INFO" | "WARN" | "ERROR";
            /**
             * @description Function type, always `EVENT` here.
             * @enum {string}
             */
            type: "EVENT";
            /** @description Output parameters of the event; an item may instead reference a property (`{"$ref": "#/properties/id/<id>"}`). */
            outputData?: components["schemas"]["ProductTslParameter"][];
            /**
             * Format: int32
             * @description Display order among all functions of the product.
             */
            sort?: number;
            /** @description Description; often empty. */
            desc?: string;
        };
        /**
         * @description A TSL service, called with `batchControlDevice` type 3. `subType` is the call mode (`ASYNC` in
         *     Quectel's example).
         */
        ProductTslService: {
            /**
             * Format: int32
             * @description Function id, unique in the product.
             */
            id: number;
            /** @description Identifier of the service. */
            code: string;
            /** @description Display name. */
            name: string;
            /** @description Call mode, e.g. `ASYNC`. */
            subType: string;
            /**
             * @description Function type, always `SERVICE` here.
             * @enum {string}
             */
            type: "SERVICE";
            /** @description Input parameters of the service. */
            inputData?: components["schemas"]["ProductTslParameter"][];
            /** @description Output parameters of the service; an item may instead reference a property (`{"$ref": "#/properties/id/<id>"}`). */
            outputData?: components["schemas"]["ProductTslParameter"][];
            /**
             * Format: int32
             * @description Display order among all functions of the product.
             */
            sort?: number;
            /** @description Description; often empty. */
            desc?: string;
        };
        /**
         * @description The product's TSL model (物模型, "thing specification language"): its properties, events and
         *     services. Every function has a numeric `id` (unique in the product) and a string `code`
         *     (identifier). The `code` is what the other device-data calls use: `batchControlDevice` writes
         *     `[{"<code>": value}]`, `getDeviceBusinessAttributes` answers `resourceCode` = `code` and `abId` =
         *     `id`, `getPropertyDataList`/`getPropertyChartList`/`getPropertyStatistics` take it as
         *     `attributeCode`, and `deviceEventList` takes event codes in `codeList`. `null` in error answers.
         */
        ProductTslModel: {
            profile?: components["schemas"]["ProductTslProfile"];
            /** @description Properties (`type` = `PROPERTY`), the device's readable and/or writable state. */
            properties?: components["schemas"]["ProductTslProperty"][];
            /** @description Events (`type` = `EVENT`) the device reports. */
            events?: components["schemas"]["ProductTslEvent"][];
            /** @description Services (`type` = `SERVICE`) that can be called on the device (`batchControlDevice` type 3). */
            services?: components["schemas"]["ProductTslService"][];
        } | null;
        /** @description A device named by product key and device key. */
        FamilyDeviceKey: {
            /** @description Product key. Missing → `5066`. */
            pk: string;
            /** @description Device key. Missing → `5067`. */
            dk: string;
        };
        /** @description Devices to add to or remove from a family's frequently used devices. */
        FamilyCommonUsedDeviceRequest: {
            /** @description Family id. Missing → `5618`. */
            fid: string;
            /** @description The devices. */
            deviceList: components["schemas"]["FamilyDeviceKey"][];
        };
        /**
         * @description One entry of a batch result: the submitted entry as far as it applies (Quectel's SDK documentation,
         *     `QuecOperateDeviceRespItem`; the reference pages type it as a bare object). For `deleteFamilyRoom`
         *     and `setFamilyRoomSort` the entries concern rooms; their fields there (`frid`, `roomSort`) are
         *     iotdock's assumption.
         */
        FamilyBatchEntry: {
            /** @description Family id. */
            fid?: string;
            /** @description Room id, for the room batches (`deleteFamilyRoom`, `setFamilyRoomSort`); an iotdock assumption, not in the SDK. */
            frid?: string;
            /**
             * Format: int32
             * @description Room position, for `setFamilyRoomSort`; an iotdock assumption, not in the SDK.
             */
            roomSort?: number;
            /** @description Room the device left. */
            oldFrid?: string | null;
            /** @description Room the device entered (the SDK's name; the request calls it `newFrid`). */
            nFrid?: string | null;
            /** @description Product key. */
            pk?: string;
            /** @description Device key. */
            dk?: string;
            /** @description Device name. */
            deviceName?: string | null;
            /** @description Share code. */
            shareCode?: string | null;
            /** @description Whether the device is frequently used. */
            isCommonUsed?: boolean | null;
            /** @description Why the entry failed (`failureList` only). */
            msg?: string;
        };
        /**
         * @description Outcome of a batch call (the pages' `…VO` with `failureList` and `successList`); `null` on error.
         *     The pages type the entries as bare objects; `FamilyBatchEntry` gives the fields of Quectel's SDK
         *     documentation (`QuecOperateDeviceRespItem`), all optional.
         */
        FamilyBatchResult: {
            /** @description Entries that succeeded. */
            successList?: components["schemas"]["FamilyBatchEntry"][];
            /** @description Entries that failed, each with `msg`. */
            failureList?: components["schemas"]["FamilyBatchEntry"][];
        } | null;
        /**
         * @description A family as the `data` of `addFamily` and `getCurrentFamily`: the fields of `Family`, `null` on
         *     error (a separate schema only because `data` must be nullable and list items must not).
         */
        FamilyInfo: {
            /** @description Family id (`fid`), assigned by `addFamily`; the key of every other family call. */
            fid: string;
            /** @description Family name (up to 256 characters). */
            familyName?: string;
            /** @description Family address (up to 256 characters). */
            familyLocation?: string | null;
            /** @description Family coordinates, `latitude,longitude` (WGS84), e.g. `31.230416,121.473701`. */
            familyCoordinates?: string | null;
            /**
             * Format: int32
             * @description The caller's role in this family: `1` creator, `2` administrator, `3` ordinary member.
             */
            memberRole?: number;
            /**
             * Format: int64
             * @description Time the family was created (the page types it `integer(int64)` without a unit; iotdock sends Unix milliseconds, like `addTimeTs`).
             */
            addTime?: number;
            /**
             * Format: int64
             * @description Time the family was created, Unix milliseconds.
             */
            addTimeTs?: number;
        } | null;
        /**
         * @description A device as listed in a family, a room or the frequently-used list (the pages'
         *     `查询家庭中设备列表`): every field of `UserDevice` (the `userDeviceList` device; `fid` and `frid`
         *     locate it) plus the room name and the frequently-used flags.
         */
        FamilyDevice: components["schemas"]["UserDevice"] & {
            /** @description Name of the room the device is in (`frid`); empty or `null` outside any room. */
            roomName?: string | null;
            /** @description Whether the device is in the family's frequently used devices. */
            isCommonUsed?: boolean | null;
            /** @description Undocumented on the page; by its name the same flag as `isCommonUsed`. */
            commonUsed?: boolean | null;
            /**
             * Format: int32
             * @description Binding type (`绑定类型`); the page gives no values.
             */
            type?: number | null;
        };
        /** @description One page of devices (PageHelper `PageInfo`, `getFamilyDeviceList`, `getFamilyRoomDeviceList`, `getCommonUsedDeviceList`); `null` on error. */
        FamilyDevicePage: {
            /**
             * Format: int64
             * @description Number of devices in total.
             */
            total: number;
            /** @description The devices of this page. */
            list: components["schemas"]["FamilyDevice"][];
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
             * @description 1-based index of the first entry of this page in the whole result.
             */
            startRow?: number;
            /**
             * Format: int64
             * @description 1-based index of the last entry of this page in the whole result.
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
         * @description A pending invitation of the caller into a family (`getFamilyInviteList`). The reference page
         *     documents no fields; these are those of `QuecInviteItemModel` in Quectel's app SDK documentation
         *     (*Home Information*), typed like `Family`.
         */
        FamilyInvite: {
            /** @description Id of the inviting family; pass it to `familyMemberInviteHandle`. */
            fid?: string;
            /** @description Family name. */
            familyName?: string;
            /** @description Family address. */
            familyLocation?: string | null;
            /** @description Family coordinates, `latitude,longitude`. */
            familyCoordinates?: string | null;
            /**
             * Format: int64
             * @description Time the family was created.
             */
            addTime?: number | null;
            /**
             * Format: int64
             * @description Time the family was created, Unix milliseconds.
             */
            addTimeTs?: number | null;
            /**
             * @description Expiry of the invitation (`invalidTime` of `inviteFamilyMember`, Unix milliseconds there); a
             *     string in the SDK documentation, so both are accepted.
             */
            invalidTime?: (number | null) | string;
        };
        /**
         * @description One page of the caller's pending family invitations (`getFamilyInviteList`); `null` on error.
         *     The reference page types `data` as a bare `object`; this page shape is the SDK's
         *     (`QuecPageResponse<QuecInviteItemModel>`), all fields optional.
         */
        FamilyInvitePage: {
            /**
             * Format: int64
             * @description Number of invitations in total.
             */
            total?: number;
            /** @description The invitations of this page. */
            list?: components["schemas"]["FamilyInvite"][];
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
             * @description Number of invitations on this page.
             */
            size?: number;
            /**
             * Format: int64
             * @description 1-based index of the first entry of this page in the whole result.
             */
            startRow?: number;
            /**
             * Format: int64
             * @description 1-based index of the last entry of this page in the whole result.
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
         * @description A family (home) as listed by `getFamilyList` (the pages' `创建家庭返回信息`). The same fields are
         *     the `data` of `addFamily` and `getCurrentFamily` (`FamilyInfo`).
         */
        Family: {
            /** @description Family id (`fid`), assigned by `addFamily`; the key of every other family call. */
            fid: string;
            /** @description Family name (up to 256 characters). */
            familyName?: string;
            /** @description Family address (up to 256 characters). */
            familyLocation?: string | null;
            /** @description Family coordinates, `latitude,longitude` (WGS84), e.g. `31.230416,121.473701`. */
            familyCoordinates?: string | null;
            /**
             * Format: int32
             * @description The caller's role in this family: `1` creator, `2` administrator, `3` ordinary member.
             */
            memberRole?: number;
            /**
             * Format: int64
             * @description Time the family was created (the page types it `integer(int64)` without a unit; iotdock sends Unix milliseconds, like `addTimeTs`).
             */
            addTime?: number;
            /**
             * Format: int64
             * @description Time the family was created, Unix milliseconds.
             */
            addTimeTs?: number;
        };
        /** @description One page of the caller's families (PageHelper `PageInfo`, `getFamilyList`); `null` on error. */
        FamilyPage: {
            /**
             * Format: int64
             * @description Number of families in total.
             */
            total: number;
            /** @description The families of this page. */
            list: components["schemas"]["Family"][];
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
             * @description Number of families on this page.
             */
            size?: number;
            /**
             * Format: int64
             * @description 1-based index of the first entry of this page in the whole result.
             */
            startRow?: number;
            /**
             * Format: int64
             * @description 1-based index of the last entry of this page in the whole result.
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
         * @description A member of a family (the page's `用户信息`, `getFamilyMemberList`): the member's user account plus
         *     the family-specific `memberName`, `memberRole`, `acceptTime` and `invalidTime`. Times are strings
         *     as the page types them; `…Ts` fields are Unix milliseconds.
         */
        FamilyMember: {
            /** @description The member's user id (`memberUid` in the member calls). */
            uid: string;
            /** @description The member's name in this family (set by `inviteFamilyMember` or `setFamilyMemberName`). */
            memberName?: string | null;
            /**
             * Format: int32
             * @description Role in the family: `1` creator (only in a family the user created), `2` administrator, `3` ordinary member.
             */
            memberRole?: number;
            /** @description When the member accepted the invitation. */
            acceptTime?: string | null;
            /** @description Invitation time as the page labels it (`邀请时间`); by its name, the invitation's expiry. */
            invalidTime?: string | null;
            /** @description The user's nickname (the vendor's spelling `nike`). */
            nikeName?: string | null;
            /** @description Phone number. */
            phone?: string | null;
            /** @description E-mail address. */
            email?: string | null;
            /** @description Avatar URL. */
            headimg?: string | null;
            /** @description Sex. */
            sex?: string | null;
            /** @description Personal signature (profile text; not a request signature). */
            signature?: string | null;
            /** @description Address. */
            address?: string | null;
            /** @description City. */
            city?: string | null;
            /** @description Province. */
            province?: string | null;
            /** @description Country. */
            nationality?: string | null;
            /** @description Language. */
            lang?: string | null;
            /** @description Time zone. */
            timezone?: string | null;
            /** @description Remark. */
            remark?: string | null;
            /**
             * Format: int32
             * @description Account status: `0` disabled, `1` normal.
             */
            status?: number;
            /** @description The user's user domain. */
            userDomain?: string | null;
            /** @description Registration time. */
            registerTime?: string | null;
            /**
             * Format: int64
             * @description Registration time, Unix milliseconds.
             */
            registerTimeTs?: number | null;
            /** @description Last login time. */
            lastLoginTime?: string | null;
            /**
             * Format: int64
             * @description Last login time, Unix milliseconds.
             */
            lastLoginTimeTs?: number | null;
            /** @description Alipay user id. */
            alipayUserId?: string | null;
            /** @description Apple user id. */
            appleUserId?: string | null;
            /** @description Facebook user id. */
            facebookUserId?: string | null;
            /** @description QQ user id. */
            qqUserId?: string | null;
            /** @description Twitter user id. */
            twitterUserId?: string | null;
            /** @description WeChat mini-program user id. */
            wechatMiniprogramUserId?: string | null;
            /** @description WeChat official-account user id. */
            wechatOffiaccountUserId?: string | null;
            /** @description WeChat union id. */
            wechatUnionId?: string | null;
        };
        /** @description One page of the members of a family (PageHelper `PageInfo`, `getFamilyMemberList`); `null` on error. */
        FamilyMemberPage: {
            /**
             * Format: int64
             * @description Number of members in total.
             */
            total: number;
            /** @description The members of this page. */
            list: components["schemas"]["FamilyMember"][];
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
             * @description Number of members on this page.
             */
            size?: number;
            /**
             * Format: int64
             * @description 1-based index of the first entry of this page in the whole result.
             */
            startRow?: number;
            /**
             * Format: int64
             * @description 1-based index of the last entry of this page in the whole result.
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
        /** @description A room of a family (`RoomListVO`, `getFamilyRoomList`). */
        FamilyRoom: {
            /** @description Room id (`frid`), assigned by `addFamilyRoom` (or by `addFamily` for its `familyRoomList`). */
            frid: string;
            /** @description Room name (up to 30 characters). */
            roomName?: string;
            /**
             * Format: int32
             * @description Position of the room in the list; smaller first (set with `setFamilyRoomSort`).
             */
            roomSort?: number;
            /**
             * Format: int64
             * @description Time the room was created (the page types it `integer` without a unit; iotdock sends Unix milliseconds).
             */
            addTime?: number;
        };
        /** @description One page of the rooms of a family (PageHelper `PageInfo`, `getFamilyRoomList`); `null` on error. */
        FamilyRoomPage: {
            /**
             * Format: int64
             * @description Number of rooms in total.
             */
            total: number;
            /** @description The rooms of this page. */
            list: components["schemas"]["FamilyRoom"][];
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
             * @description Number of rooms on this page.
             */
            size?: number;
            /**
             * Format: int64
             * @description 1-based index of the first entry of this page in the whole result.
             */
            startRow?: number;
            /**
             * Format: int64
             * @description 1-based index of the last entry of this page in the whole result.
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
         * @description Body of `batchAddCommonScene` and `batchDeleteCommonScene` (the vendor's `常用场景`): the scenes to
         *     add to or remove from the frequently used scenes.
         */
        SceneCommonIdList: {
            /** @description Family id; required when the user has home mode enabled, omitted otherwise. */
            fid?: string;
            /** @description Ids (`sceneId`) of the scenes. */
            sceneIdList: string[];
        };
        /**
         * @description Outcome of `batchAddCommonScene` (`SceneCommonAddCO`) or `batchDeleteCommonScene`
         *     (`SceneCommonDeleteCO`); `null` on error. The page types the list items only as `object`
         *     (a Java `Object`) and does not describe them; presumably they are the scene ids of the request,
         *     split by outcome.
         */
        SceneCommonBatchResult: {
            /** @description The scenes that could not be added/removed (items undocumented, see above). */
            failureList?: unknown[];
            /** @description The scenes that were added/removed (items undocumented, see above). */
            successList?: unknown[];
        } | null;
        /**
         * @description One action: a TSL-model (物模型) function of the device and the value to apply. For a property,
         *     `type` is `PROPERTY`, `code` its TSL identifier (e.g. `switch`), `id` its TSL function id (from
         *     `productTSL`), `dataType` its data type (e.g. `BOOL`, `INT`, `FLOAT`, `DOUBLE`, `ENUM`, `TEXT`) and
         *     `value` the value to set. Scenes carry the vendor's `执行动作`; execution logs carry the same fields
         *     without `actionId` (`ActionModel`).
         */
        SceneTslAction: {
            /**
             * Format: int64
             * @description Action id, assigned by the platform (omit on creation).
             */
            actionId?: number;
            /** @description TSL identifier of the function, e.g. `switch`. */
            code: string;
            /** @description TSL data type of the function, e.g. `BOOL`, `INT`, `ENUM`. */
            dataType: string;
            /**
             * Format: int64
             * @description TSL function id (the `id` of the property or service in the product's TSL model).
             */
            id: number;
            /** @description Display name of the TSL function, e.g. `开关` (switch). */
            name: string;
            /** @description Display name of the chosen value (undocumented on the page; the Android SDK's example uses `开灯`, "light on"). */
            subName?: string;
            /** @description Read/write type of the function, e.g. `RW`, `R`, `W`. */
            subType?: string;
            /** @description TSL function type, e.g. `PROPERTY` (also `SERVICE`). */
            type: string;
            /** @description Unit of the function, e.g. `%`. */
            unit?: string;
            /**
             * @description The value to apply. Any JSON value: the page types it `object`, which is how its generator renders
             *     a Java `Object`; the Android SDK's example sets `true` for a `BOOL` property. A number for
             *     `INT`/`FLOAT`/`DOUBLE`, a boolean for `BOOL`, otherwise as the TSL model defines it.
             */
            value: unknown;
        };
        /**
         * @description One device (or device group) of a scene and the actions to run on it (the vendor's `联动数据`).
         *     "Set property X of device D to V" is an entry with `productKey`/`deviceKey` of D whose `actionList`
         *     holds an action with `type: PROPERTY`, `code: X` and `value: V`.
         */
        SceneDeviceActions: {
            /** @description The actions to run on this device (the vendor's `执行动作`). */
            actionList: components["schemas"]["SceneTslAction"][];
            /** @description Device key of the device, or the id of the device group when `deviceType` is `2`. */
            deviceKey: string;
            /** @description Device name or device group name. */
            deviceName?: string;
            /**
             * Format: int32
             * @description `1` = an ordinary device, `2` = a device group.
             * @enum {integer}
             */
            deviceType: 1 | 2;
            /** @description Logo image URL shown with the device (the page calls it "scene logo"). */
            logoImage?: string;
            /** @description Product key of the device. */
            productKey: string;
        };
        /** @description The scene itself (the vendor's `场景信息`): name, icon and the actions to run, grouped by device. */
        SceneInfo: {
            /** @description Scene icon (image URL). */
            icon?: string;
            /**
             * Format: int64
             * @description Internal primary key of the scene record, assigned by the platform. Not used by any other call
             *     (they all take `sceneId`); omit it on creation.
             */
            id?: number;
            /** @description The devices (or device groups) the scene controls, each with its actions (the vendor's `联动数据`). */
            metaDataList: components["schemas"]["SceneDeviceActions"][];
            /** @description Scene name. */
            name?: string;
            /**
             * @description Scene id, assigned by the platform on creation; the key of `sceneEdit`, `sceneDelete`,
             *     `sceneExecute`, `selectSceneDetail` and the frequently-used-scene calls. Omit it on creation and
             *     in `sceneTest`; `sceneEdit` needs it to know which scene to change.
             */
            sceneId?: string;
            /** @description End-user id of the scene's owner (e.g. `C131362`), assigned by the platform. */
            uid?: string;
        };
        /**
         * @description A manual scene as the client sends it (`sceneCreate`, `sceneEdit`, `sceneTest`; the vendor's
         *     `场景参数Req`) and as the platform returns it (`selectSceneDetail`, `selectSceneList`,
         *     `selectCommonSceneList`; `场景参数Res`, same fields). The answers' tables have no "required" column;
         *     the fields required on creation are assumed present in a stored scene.
         */
        SceneDefinition: {
            /**
             * @description Family id. In a request: required when the user has home mode enabled, omitted otherwise. In an
             *     answer: the family the scene belongs to.
             */
            fid?: string;
            /**
             * @description Whether the scene is (request: is to be added to) the user's frequently used scenes (see
             *     `batchAddCommonScene`, `selectCommonSceneList`).
             */
            isCommon?: boolean;
            sceneInfo: components["schemas"]["SceneInfo"];
        };
        /** @description A device whose scene action failed (the vendor's `ExecuteFailedCO`). The page describes none of its fields. */
        SceneFailedAction: {
            /** @description Device key (or device group id). */
            deviceKey?: string;
            /** @description Device name (or device group name). */
            deviceName?: string;
            /**
             * Format: int32
             * @description Undescribed on the page; presumably as in the scene's `metaDataList` (`1` = an ordinary device, `2` = a device group).
             */
            deviceType?: number;
            /** @description Logo image URL of the device. */
            logoImage?: string;
            /** @description Product key. */
            productKey?: string;
            /** @description Why the action failed (free text). */
            reason?: string;
        };
        /**
         * @description Outcome of running a scene (`sceneExecute`) or a scene draft (`sceneTest`); the vendor's
         *     `ExecutionResultCO`. `null` on error.
         */
        SceneExecutionResult: {
            /** @description How the run was started (the page's "调用方式", call type; its values are undocumented). */
            callType?: string;
            /** @description `true` = the run succeeded, `false` = it failed (see `failActionList`). */
            executeResult?: boolean;
            /**
             * Format: int64
             * @description Time of the run, Unix milliseconds.
             */
            executeTime?: number;
            /**
             * Format: int64
             * @description Id of the execution record; pass it to `selectSceneLogDetail`.
             */
            executionId?: number;
            /** @description The devices whose actions failed, with the reason (the vendor's `ExecuteFailedCO`). */
            failActionList?: components["schemas"]["SceneFailedAction"][];
            /**
             * Format: int32
             * @description Number of failed actions. The page types it as a Java `AtomicInteger` and renders it as an object
             *     `{andDecrement, andIncrement}` (its getters); serialised, an `AtomicInteger` is a plain number, and
             *     the Android SDK reads it as an `int`.
             */
            failCount?: number;
            /**
             * Format: int32
             * @description Number of successful actions (a plain number; see `failCount`).
             */
            successCount?: number;
        } | null;
        /** @description One page of scenes (PageHelper `PageInfo«场景参数»`); `null` on error. */
        ScenePage: {
            /**
             * Format: int64
             * @description Number of scenes matching the filters.
             */
            total: number;
            list: components["schemas"]["SceneDefinition"][];
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
             * @description Number of scenes on this page.
             */
            size?: number;
            /**
             * Format: int64
             * @description 1-based index of the first scene of this page in the whole result.
             */
            startRow?: number;
            /**
             * Format: int64
             * @description 1-based index of the last scene of this page in the whole result.
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
        /** @description The result of one action of a scene run (the vendor's `执行动作结果`). */
        SceneLogActionResult: {
            action?: components["schemas"]["SceneTslAction"];
            /**
             * Format: int64
             * @description Time the action ran, Unix milliseconds.
             */
            executionTime?: number;
            /** @description Why the action failed; empty on success. */
            reason?: string;
            /** @description `true` = the action succeeded, `false` = it failed. */
            result?: boolean;
        };
        /** @description The results of the actions run on one device (or device group) during a scene run (the vendor's `执行详情`). */
        SceneLogDeviceResult: {
            /** @description Result of each action (the vendor's `执行动作结果`). */
            actionResultList?: components["schemas"]["SceneLogActionResult"][];
            /** @description Device key, or device group id. */
            deviceKey?: string;
            /** @description Device name or device group name. */
            deviceName?: string;
            /**
             * Format: int32
             * @description `1` = an ordinary device, `2` = a device group.
             * @enum {integer}
             */
            deviceType?: 1 | 2;
            /**
             * Format: int32
             * @description Result of this device's actions: `1` = success, `2` = failure, `3` = partial success.
             * @enum {integer}
             */
            executionResult?: 1 | 2 | 3;
            /** @description Logo image URL of the device (the page calls it "scene logo"). */
            logoImage?: string;
            /** @description Product key. */
            productKey?: string;
        };
        /**
         * @description One run of a scene as recorded in the execution log (the vendor's `场景日志详情`): which scene, when,
         *     the overall result and, per device, the result of every action.
         */
        SceneLogEntry: {
            /** @description How the run was started (the page's "调用方式", call type; its values are undocumented). */
            callType?: string;
            /**
             * Format: int64
             * @description Id of the execution record (the `executionId` returned by `sceneExecute`).
             */
            executionId?: number;
            /** @description Per-device results (the vendor's `执行详情`). */
            executionList?: components["schemas"]["SceneLogDeviceResult"][];
            /**
             * Format: int32
             * @description Overall result: `1` = success, `2` = failure, `3` = partial success.
             * @enum {integer}
             */
            executionResult?: 1 | 2 | 3;
            /**
             * Format: int64
             * @description Time of the run, Unix milliseconds.
             */
            executionTime?: number;
            /** @description Icon of the scene (at the time of the run). */
            sceneIcon?: string;
            /** @description Id of the scene that ran. */
            sceneId?: string;
            /** @description Name of the scene (at the time of the run). */
            sceneName?: string;
        };
        /**
         * @description A TSL-model property of a device (the vendor's 物模型属性): in a condition the property and the
         *     value it is compared with, in an action the property and the value to set.
         */
        AutomationTslProperty: {
            /** @description TSL identifier of the property, e.g. `temperature`. */
            code: string;
            /**
             * @description Comparison operator of a condition: `>`, `>=`, `<`, `<=`, `==`. The page's table cell is cut off
             *     after `==` (the `|` separators broke the table), so the list may be incomplete and the required
             *     flag is lost; not needed in actions.
             */
            compare?: string;
            /**
             * @description Data type of the property.
             * @enum {string}
             */
            dataType: "BOOL" | "DOUBLE" | "ENUM" | "FLOAT" | "INT";
            /** @description TSL function id of the property. */
            id: number;
            /** @description Display name of the property. */
            name: string;
            /** @description Name of the sub-property, for a property of a structure (undocumented). */
            subName?: string;
            /** @description Type of the sub-property (undocumented). */
            subType?: string;
            /** @description TSL function type, e.g. `PROPERTY`. */
            type?: string;
            /** @description Unit of the property, e.g. `°C`. */
            unit?: string;
            /**
             * @description The value compared with (condition) or set (action). Any JSON value: the page types it `object`,
             *     which is how its generator renders a Java `Object`; a property value is a boolean, a number or a
             *     string.
             */
            value?: unknown;
        };
        /**
         * @description One action of an automation (the vendor's 自动化执行动作), run in `sort` order: a delay, a device or
         *     group property to set, or a scene to run.
         */
        AutomationAction: {
            /** @description Delay in seconds (action type `1`). */
            delayTime?: number;
            /** @description Device key of the device, or the group id (action types `2`, `3`). */
            deviceKey?: string;
            /** @description Icon URL of the device, group or scene. */
            icon?: string;
            /** @description Id of the action (undocumented; returned by the detail). */
            id?: number;
            /** @description Name of the device, group or scene. */
            name?: string;
            /** @description Product key of the device, or the group's product key (action types `2`, `3`). */
            productKey?: string;
            property?: components["schemas"]["AutomationTslProperty"];
            /** @description Id of the scene to run (action type `4`). */
            sceneId?: string;
            /** @description Position of the action, counting up from 1. */
            sort: number;
            /**
             * @description Action type: `1` = delay, `2` = device, `3` = group, `4` = scene.
             * @enum {integer}
             */
            type: 1 | 2 | 3 | 4;
        };
        /** @description Time of a time condition (the vendor's 自动化触发条件时间). */
        AutomationConditionTimer: {
            /**
             * @description Days of the week, comma-separated, `1` = Monday … `7` = Sunday, e.g. `1,2,3,4,5`. Required when
             *     `type` is `2` (custom).
             */
            dayOfWeek?: string;
            /** @description Time of day, `HH:mm`, e.g. `07:30`. */
            time: string;
            /** @description Time zone as `+HH:mm` or `-HH:mm`, e.g. `+08:00`. */
            timeZone: string;
            /**
             * @description Repetition: `0` = once, `1` = every day, `2` = custom (the days in `dayOfWeek`).
             * @enum {integer}
             */
            type: 0 | 1 | 2;
        };
        /**
         * @description One trigger condition of an automation (the vendor's 自动化触发条件): a device property compared with
         *     a value (`type` `0`), or a time (`type` `1`).
         */
        AutomationCondition: {
            /** @description Device key of the device (condition type `0`). */
            deviceKey?: string;
            /** @description Icon URL of the device. */
            icon?: string;
            /** @description Name of the device. */
            name?: string;
            /** @description Product key of the device (condition type `0`). */
            productKey?: string;
            property?: components["schemas"]["AutomationTslProperty"];
            /** @description Position of the condition, counting up from 1. */
            sort: number;
            timer?: components["schemas"]["AutomationConditionTimer"];
            /**
             * @description Condition type: `0` = device, `1` = time.
             * @enum {integer}
             */
            type: 0 | 1;
        };
        /** @description When the automation is in effect (the vendor's 自动化生效时间); absent = always. */
        AutomationPrecondition: {
            /**
             * @description Days in effect; empty when `effectDateType` is `0` (every day). Weekly: days of the week
             *     `1`…`7` (Monday…Sunday), comma-separated; monthly: days of the month `1`…`31`; dates: a
             *     `MM-dd/MM-dd` range, e.g. `12-19/12-21`.
             */
            effectDate?: string;
            /**
             * @description Days in effect: `0` = every day, `1` = weekly, `2` = monthly, `3` = a date range.
             * @enum {integer}
             */
            effectDateType: 0 | 1 | 2 | 3;
            /**
             * @description Hours in effect: `0` = daytime, `1` = night, `2` = all day, `3` = a time range.
             * @enum {integer}
             */
            effectTimeType: 0 | 1 | 2 | 3;
            /** @description End of the hours in effect, `HH:mm`; required when `effectTimeType` is `2` or `3`. */
            endTime?: string;
            /**
             * @description Longitude and latitude, longitude first (comma-separated), from which daytime and night are
             *     computed; required when `effectTimeType` is `0` or `1`.
             */
            location?: string;
            /** @description Name of the region of `location`. */
            regionName?: string;
            /** @description Start of the hours in effect, `HH:mm`; required when `effectTimeType` is `2` or `3`. */
            startTime?: string;
            /** @description Time zone as `+HH:mm` or `-HH:mm`. */
            timeZone?: string;
        };
        /** @description An automation as returned by `automationDetail` (the vendor's 自动化详情); `null` on error. */
        AutomationDetail: {
            /** @description The actions, in `sort` order. */
            actions?: components["schemas"]["AutomationAction"][];
            /**
             * Format: int64
             * @description Id of the automation.
             */
            automationId?: number;
            /**
             * Format: int32
             * @description How the conditions combine: `1` = any of them, `2` = all of them.
             * @enum {integer}
             */
            conditionType?: 1 | 2;
            /** @description The trigger conditions. */
            conditions?: components["schemas"]["AutomationCondition"][];
            /** @description Icon URL of the automation. */
            icon?: string;
            /** @description Name of the automation. */
            name?: string;
            /**
             * Format: int32
             * @description How the name was made: `1` = generated by the system, `2` = typed by the user.
             * @enum {integer}
             */
            nameType?: 1 | 2;
            precondition?: components["schemas"]["AutomationPrecondition"];
        } | null;
        /**
         * @description An automation as sent by `automationSave` and `automationEdit` (the vendor's 自动化信息请求): its
         *     conditions, its actions and when it is in effect.
         */
        AutomationRequest: {
            /** @description The actions, run in `sort` order. */
            actions: components["schemas"]["AutomationAction"][];
            /**
             * Format: int64
             * @description Id of the automation (from `automationSave`); identifies it in `automationEdit`.
             */
            automationId?: number;
            /**
             * Format: int32
             * @description How the conditions combine: `1` = any of them, `2` = all of them.
             * @enum {integer}
             */
            conditionType: 1 | 2;
            /** @description The trigger conditions. */
            conditions: components["schemas"]["AutomationCondition"][];
            /** @description Family id; required when home mode is on, omitted otherwise. */
            fid?: string;
            /** @description Name of the automation. */
            name: string;
            /**
             * Format: int32
             * @description How the name was made: `1` = generated by the system, `2` = typed by the user.
             * @enum {integer}
             */
            nameType: 1 | 2;
            precondition?: components["schemas"]["AutomationPrecondition"];
        };
        /** @description The outcome of one action of an automation run (the vendor's 自动化日志详情). */
        AutomationLogAction: {
            action?: components["schemas"]["AutomationTslProperty"];
            /** @description Icon URL of the device, group or scene of the action. */
            actionIcon?: string;
            /** @description Name of the device or scene, or the group id. */
            actionName?: string;
            /**
             * Format: int64
             * @description When the action ran, Unix milliseconds.
             */
            executeTime?: number;
            /** @description Why the action failed; empty on success. */
            failMsg?: string;
            /** @description `true` = succeeded, `false` = failed (the page writes 1 / 0). */
            result?: boolean;
            /**
             * @description Action type: `2` = device, `3` = group, `4` = scene.
             * @enum {integer}
             */
            type?: 2 | 3 | 4;
        };
        /**
         * @description One run of an automation (the vendor's 自动化日志). Nullable because `automationLogDetail` uses it
         *     directly as the envelope's `data` (`null` on error).
         */
        AutomationLog: {
            /**
             * Format: int64
             * @description Id of the automation that ran.
             */
            automationId?: number;
            /** @description The outcome of each action. */
            logDetails?: components["schemas"]["AutomationLogAction"][];
            /**
             * Format: int64
             * @description Id of this run's log (input of `automationLogDetail`, and `lastLogId` of `automationLogList`).
             */
            logId?: number;
            /** @description Name of the automation. */
            name?: string;
            /**
             * Format: int32
             * @description Outcome: `0` = success, `1` = failure, `2` = partial success.
             * @enum {integer}
             */
            result?: 0 | 1 | 2;
            /**
             * Format: int64
             * @description When the automation ran, Unix milliseconds.
             */
            time?: number;
        } | null;
        /**
         * @description One timer of a cloud timer job (the vendor's 定时任务Req): what to send to the device and when.
         *     `type` `multi-section` takes 2 to 5 timers; the other types one.
         */
        CronJobTimerRequest: {
            /**
             * @description The command sent to the device: a TSL-model JSON document, as a string. The page gives no
             *     structure; a Quectel mini-program client sends an array of properties such as
             *     `[{"modelCode":"power","modelName":"开关","modelType":"PROPERTY","dataType":"BOOL","value":true}]`.
             *     Missing → `5589`.
             * @example [{"modelCode":"power","modelName":"开关","modelType":"PROPERTY","dataType":"BOOL","value":true}]
             */
            action: string;
            /** @description How long the command is cached for an offline device, in seconds (0–7,776,000). */
            cacheTime?: number;
            /** @description Countdown in seconds; required when `type` is `delay`. Missing → `5601`; out of range → `5602`. */
            delay?: number;
            /** @description Icon of the timer. */
            taskLogo?: string;
            /** @description Name of the timer. */
            taskName?: string;
            /**
             * @description Time of day to run, `HH:mm:ss`; required when `type` is `once`, `day-repeat`, `custom-repeat` or
             *     `multi-section`. Missing → `5598`; out of range → `5599`.
             */
            time?: string;
            /**
             * @description Start of the window in which a `random` timer runs, `HH:mm:ss`. Not on the page (see the
             *     operations' departures). Missing → `5107`; malformed → `5109`; not before `endTime` → `5600`.
             */
            startTime?: string;
            /**
             * @description End of the window in which a `random` timer runs, `HH:mm:ss`. Not on the page (see the
             *     operations' departures). Missing → `5108`; malformed → `5110`.
             */
            endTime?: string;
        };
        /**
         * @description A cloud timer job of one device (the vendor's 创建定时任务): its repetition `type`, the days
         *     (`dayOfWeek`) and its timers.
         */
        CronJobAddRequest: {
            /**
             * Format: int32
             * @description How long commands are cached for an offline device, in seconds (0–7,776,000).
             */
            cacheTime?: number;
            /**
             * @description Days of the week, comma-separated: `1` = Monday, `2` = Tuesday, `3` = Wednesday, `4` = Thursday,
             *     `5` = Friday, `6` = Saturday, `7` = Sunday, e.g. `1,2,3,4,5`. Required when `type` is
             *     `custom-repeat`, `multi-section` or `random`. Missing → `5590`; out of range → `5591`.
             */
            dayOfWeek?: string;
            /** @description Device key. Missing → `5067`. */
            dk: string;
            /** @description `true` = the job runs, `false` = stopped. The page gives no default (Quectel's SDKs say `false`). */
            enabled?: boolean;
            /** @description Product key. Missing → `5066`. */
            pk: string;
            /** @description Time zone of the times, `+HH:mm` or `-HH:mm`, e.g. `+08:00`. */
            timeZone?: string;
            /** @description The timers; 2 to 5 when `type` is `multi-section`. */
            timers: components["schemas"]["CronJobTimerRequest"][];
            /**
             * @description Repetition: `once` = run once, `day-repeat` = every day, `custom-repeat` = on the days of
             *     `dayOfWeek` every week, `multi-section` = several times (2–5 timers) on the days of `dayOfWeek`,
             *     `random` = at a random time between `startTime` and `endTime`, `delay` = countdown (`delay`
             *     seconds from now). Missing → `5587`; other values → `5588`.
             * @enum {string}
             */
            type: "once" | "day-repeat" | "custom-repeat" | "multi-section" | "random" | "delay";
        };
        /** @description Outcome of deleting one job in `batchDeleteCronJob` (the vendor's TimerDeleteResultCO). */
        CronJobDeleteResult: {
            /** @description Outcome code of this job (undocumented; presumably `200` on success, an error code otherwise). */
            code?: number;
            /** @description Message of this job's outcome. */
            msg?: string;
            /** @description Id of the job. */
            ruleId?: string;
        };
        /** @description One timer of a cloud timer job as returned (the vendor's 定时任务Res). */
        CronJobTimer: {
            /** @description The command sent to the device, a TSL-model JSON document as a string. */
            action?: string;
            /** @description How long the command is cached for an offline device, in seconds (0–7,776,000). */
            cacheTime?: number;
            /** @description Countdown in seconds (`type` `delay`). */
            delay?: number;
            /** @description Icon of the timer. */
            taskLogo?: string;
            /** @description Name of the timer. */
            taskName?: string;
            /** @description Time of day to run, `HH:mm:ss`. */
            time?: string;
            /** @description Start of the window of a `random` timer, `HH:mm:ss` (not on the page). */
            startTime?: string;
            /** @description End of the window of a `random` timer, `HH:mm:ss` (not on the page). */
            endTime?: string;
            /** @description Id of the timer. */
            timerId?: string;
        };
        /**
         * @description A cloud timer job (the vendor's 定时任务详情 and 定时任务列表). Nullable because `getCronJobInfo`
         *     uses it directly as the envelope's `data` (`null` on error).
         */
        CronJob: {
            /**
             * Format: int64
             * @description How long commands are cached for an offline device, in seconds (0–7,776,000).
             */
            cacheTime?: number;
            /**
             * Format: int64
             * @description When the job was created, Unix time (the page gives no unit; milliseconds like the other Quectel timestamps).
             */
            createTime?: number;
            /** @description Days of the week, comma-separated, `1` = Monday … `7` = Sunday (types `custom-repeat`, `multi-section`, `random`). */
            dayOfWeek?: string;
            /** @description Device key. */
            deviceKey?: string;
            /** @description `true` = the job runs, `false` = stopped. */
            enabled?: boolean;
            /** @description Product key. */
            productKey?: string;
            /** @description Id of the job (`ruleId` of `setCronJob`, `getCronJobInfo`, `batchDeleteCronJob`). */
            ruleId?: string;
            /** @description Time zone of the times, `+HH:mm` or `-HH:mm`. */
            timeZone?: string;
            /** @description The timers; 2 to 5 when `type` is `multi-section`. */
            timers?: components["schemas"]["CronJobTimer"][];
            /**
             * @description Repetition: `once`, `day-repeat` (every day), `custom-repeat` (every week on `dayOfWeek`),
             *     `multi-section` (several timers), `random` (random time in a window), `delay` (countdown).
             * @enum {string}
             */
            type?: "once" | "day-repeat" | "custom-repeat" | "multi-section" | "random" | "delay";
        } | null;
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
    alipayAuthLogin: {
        parameters: {
            query: {
                /**
                 * @description Id of the Alipay application, assigned to the developer by Alipay. Missing → `5218`. First input of the signature.
                 * @example 2021004123456789
                 */
                appId: string;
                /**
                 * @description Authorisation code that the Alipay SDK returns once the user has authorised the application. Second input of the signature.
                 * @example 4b203fe6c11548bcabd8da5bb087a83b
                 */
                authCode: string;
                /**
                 * @description Mobile country code (MCC), e.g. `460` for mainland China. The platform checks that it belongs
                 *     to the data centre called (`6084`: it does not, call the other host; `6085`: the look-up
                 *     failed). Not part of the signature.
                 * @example 460
                 */
                mcc?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` holds the token pair. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["TokenPair"];
                    };
                };
            };
        };
    };
    appleAuthLogin: {
        parameters: {
            query: {
                /**
                 * @description The `identityToken` (a JWT) obtained from Apple after a successful authorisation. Missing → `5568`; malformed → `5567`. The only input of the signature.
                 * @example eyJraWQiOiJXNldjT0tCIiwiYWxnIjoiUlMyNTYifQ.eyJpc3MiOiJodHRwczovL2FwcGxlaWQuYXBwbGUuY29tIiwiYXVkIjoiY29tLmV4YW1wbGUuaW90YXBwIiwiZXhwIjoxNzQ0ODY2OTg2LCJpYXQiOjE3NDQ3ODA1ODYsInN1YiI6IjAwMTIzNC41NmFiNzhjZDkwZWYxMjM0NTY3ODkwYWJjZGVmMTIzNC4wNzU2In0.c2lnbmF0dXJl
                 */
                identityToken: string;
                /**
                 * @description Mobile country code (MCC), e.g. `460` for mainland China. The platform checks that it belongs
                 *     to the data centre called (`6084`: it does not, call the other host; `6085`: the look-up
                 *     failed). Not part of the signature.
                 * @example 460
                 */
                mcc?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` holds the token pair. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["TokenPair"];
                    };
                };
            };
        };
    };
    deleteEmailRelation: {
        parameters: {
            query: {
                /**
                 * @description The e-mail verification code sent by `sendEmail` with `emailType=4`. Missing → `5064`; wrong → `5046`.
                 * @example 482915
                 */
                code: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` carries nothing. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["EmptyData"];
                    };
                };
            };
        };
    };
    deletePhoneRelation: {
        parameters: {
            query: {
                /**
                 * @description The SMS verification code received on the account's phone number. Missing → `5064`; wrong or expired → `5037`.
                 * @example 606754
                 */
                code: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` carries nothing. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["EmptyData"];
                    };
                };
            };
        };
    };
    emailPwdLogin: {
        parameters: {
            query: {
                /**
                 * @description E-mail address of the account. Missing → `5026`; malformed → `5040`; not registered → `5031`. First input of the signature.
                 * @example user@example.com
                 */
                email: string;
                /**
                 * @description The password, AES-128-CBC encrypted with the key derived from `random` and Base64-encoded (see the
                 *     API's *Password encryption*). Percent-encode `+`, `/` and `=` in the query string; the signature
                 *     uses the Base64 string before percent-encoding. Missing → `5022`; bad format → `5056`. Second input
                 *     of the signature. The example is `abcd1234` encrypted with random `abcdef`.
                 * @example KbbO5AsWloh9gulLei6NhQ==
                 */
                pwd: string;
                /**
                 * @description Random string from which the AES key for `pwd` is derived (upper-case hex MD5 of `random`, characters
                 *     8..24; see the API's *Password encryption*: AES-128-CBC, PKCS#5 padding, IV = the key's halves
                 *     swapped, Base64 output; the page's example: `china1234` with random `j1acpdj2bmtqZXVb` encrypts to
                 *     `lkZMvj0KDSJXlp66jBieHA==`). Optional on the page, but without it `pwd` cannot be encrypted as
                 *     documented, so send it (as departure 11 of the API). No length is documented; iotdock sends 16
                 *     characters. Third input of the signature (`""` when absent).
                 * @example abcdef
                 */
                random?: string;
                /**
                 * @description Mobile country code (MCC), e.g. `460` for mainland China. The platform checks that it belongs
                 *     to the data centre called (`6084`: it does not, call the other host; `6085`: the look-up
                 *     failed). Not part of the signature.
                 * @example 460
                 */
                mcc?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` holds the token pair. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["TokenPair"];
                    };
                };
            };
        };
    };
    emailPwdRegister: {
        parameters: {
            query: {
                /**
                 * @description The e-mail verification code sent by `sendEmail` with `emailType=1` (registration). Missing → `5064`; wrong → `5046`.
                 * @example 482915
                 */
                code: string;
                /**
                 * @description E-mail address of the new account. Missing → `5026`; malformed → `5040`; already registered → `5039`.
                 * @example user@example.com
                 */
                email: string;
                /**
                 * @description The password (6–20 letters, digits or special characters), AES-128-CBC encrypted with the key
                 *     derived from `random` and Base64-encoded (see the API's *Password encryption*). Percent-encode `+`,
                 *     `/` and `=` in the query string. Missing → `5022`; bad format → `5056`. The example is `abcd1234`
                 *     encrypted with random `abcdef`.
                 * @example KbbO5AsWloh9gulLei6NhQ==
                 */
                pwd: string;
                /** @description Language of the user, as the platform's numeric language id (the page lists no values). Invalid → `5173`. */
                lang?: number;
                /**
                 * @description Mobile country code (MCC), e.g. `460` for mainland China. The platform checks that it belongs
                 *     to the data centre called (`6084`: it does not, call the other host; `6085`: the look-up
                 *     failed).
                 * @example 460
                 */
                mcc?: number;
                /** @description Country of the user, as the platform's numeric country id (the page lists no values). Invalid → `5172`. */
                nationality?: number;
                /**
                 * @description Random string from which the AES key for `pwd` is derived (upper-case hex MD5 of `random`,
                 *     characters 8..24; see the API's *Password encryption*; the page's example: `china1234` with random
                 *     `j1acpdj2bmtqZXVb` encrypts to `lkZMvj0KDSJXlp66jBieHA==`). Optional on the page, but without it
                 *     `pwd` cannot be encrypted as documented, so send it. No length is documented; iotdock sends 16
                 *     characters.
                 * @example abcdef
                 */
                random?: string;
                /** @description Time zone of the user, as the platform's numeric time-zone id (the page lists no values). Invalid → `5171`. */
                timezone?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` is the new user id. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The new end user's id (`uid`); `null` on error. */
                        data?: string | null;
                    };
                };
            };
        };
    };
    facebookAuthLogin: {
        parameters: {
            query: {
                /**
                 * @description Id of the Facebook application, assigned to the developer by Facebook. Missing → `5218`. First input of the signature.
                 * @example 1234567890123456
                 */
                appId: string;
                /**
                 * @description The `code` that Facebook Login returned to the callback when the user logged in. Missing → `5374`. Second input of the signature.
                 * @example AQBx7Yz1aB2cD3eF4gH5iJ6kL7mN8oP9
                 */
                code: string;
                /**
                 * @description Mobile country code (MCC), e.g. `460` for mainland China. The platform checks that it belongs
                 *     to the data centre called (`6084`: it does not, call the other host; `6085`: the look-up
                 *     failed). Not part of the signature.
                 * @example 460
                 */
                mcc?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` holds the token pair. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["TokenPair"];
                    };
                };
            };
        };
    };
    phoneAuthLogin: {
        parameters: {
            query: {
                /**
                 * @description Id of the application at China Mobile's one-tap login service. The `appId` of the `sign` recipe.
                 * @example 300012345678
                 */
                appid: string;
                /**
                 * @description Unique identifier of the request generated by the caller; any random string of 1 to 36 characters. The `msgId` of the `sign` recipe.
                 * @example 6f1c2d3e4a5b4c6d8e9f0a1b2c3d4e5f
                 */
                msgid: string;
                /**
                 * @description China Mobile's request signature: `MD5(appId + version + msgId + systemtime + strictcheck + token +
                 *     appsecret)`, i.e. the values of `appid`, `version`, `msgid`, `systemtime`, `strictcheck` and
                 *     `token` followed by the China Mobile application's `appsecret`. Computed by the caller (not by
                 *     iotdock's signer).
                 * @example 0d8f2b6c4e1a9f3b7c5d2e8a6f4b1c9d
                 */
                sign: string;
                /**
                 * @description `"0"` for now; `"1"` makes China Mobile strictly check the server IP whitelist (the page says this
                 *     check will become mandatory later).
                 * @example 0
                 */
                strictcheck: "0" | "1";
                /**
                 * @description Time the request is sent, to the millisecond, 17 digits `yyyyMMddHHmmssSSS`, e.g. `20121227180001165`.
                 * @example 20250416131941165
                 */
                systemtime: string;
                /**
                 * @description The business credential (token) returned by China Mobile's one-tap login SDK on the phone.
                 * @example STsid0000001744780586123Xb9cLm2Qr8Tz4Wv6Ya1Nd3Pf5Hk7Jg
                 */
                token: string;
                /**
                 * @description Version of China Mobile's interface. Enters `sign`.
                 * @example 2.0
                 */
                version: string;
                /**
                 * @description Algorithm of `sign`; the page names `MD5`.
                 * @example MD5
                 */
                encryptionalgorithm?: string;
                /** @description Extension parameters (passed on to China Mobile; the page says no more). */
                expandparams?: string;
                /**
                 * @description Mobile country code (MCC), e.g. `460` for mainland China. The platform checks that it belongs
                 *     to the data centre called (`6084`: it does not, call the other host; `6085`: the look-up
                 *     failed).
                 * @example 460
                 */
                mcc?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` holds the token pair. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["TokenPair"];
                    };
                };
            };
        };
    };
    qqAuthLogin: {
        parameters: {
            query: {
                /**
                 * @description The `access_token` obtained from QQ after a successful authorisation. Missing → `5366`. The only input of the signature.
                 * @example A4F3B2C1D0E9F8A7B6C5D4E3F2A1B0C9
                 */
                accessToken: string;
                /**
                 * @description Mobile country code (MCC), e.g. `460` for mainland China. The platform checks that it belongs
                 *     to the data centre called (`6084`: it does not, call the other host; `6085`: the look-up
                 *     failed). Not part of the signature.
                 * @example 460
                 */
                mcc?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` holds the token pair. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["TokenPair"];
                    };
                };
            };
        };
    };
    relationEmail: {
        parameters: {
            query: {
                /**
                 * @description The e-mail verification code sent by `sendEmail` with `emailType=3`. Missing → `5064`; wrong → `5046`.
                 * @example 482915
                 */
                code: string;
                /**
                 * @description E-mail address to link. Missing → `5026`; malformed → `5040`; already registered → `5039`.
                 * @example user@example.com
                 */
                email: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` carries nothing. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["EmptyData"];
                    };
                };
            };
        };
    };
    relationPhone: {
        parameters: {
            query: {
                /**
                 * @description The SMS verification code received on `phone`. Missing → `5064`; wrong or expired → `5037`.
                 * @example 606754
                 */
                code: string;
                /**
                 * @description Mobile number to link, without the international code. Missing → `5021`; malformed → `5019`; already registered → `5002`.
                 * @example 17132136550
                 */
                phone: string;
                /**
                 * @description International dialling code without `+`; defaults to mainland China (`86`).
                 * @example 86
                 */
                internationalCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` carries nothing. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["EmptyData"];
                    };
                };
            };
        };
    };
    setPhone: {
        parameters: {
            query: {
                /**
                 * @description International dialling code of the new number, without `+`. Missing → `5165`.
                 * @example 86
                 */
                newInternationalCode: string;
                /**
                 * @description The new mobile number, without the international code. Missing → `5166`; already registered → `5176`; in a 7-day deletion period → `5175`.
                 * @example 17132136551
                 */
                newPhone: string;
                /**
                 * @description The SMS verification code received on the new number. Missing → `5167`; check failed → `5169`.
                 * @example 318204
                 */
                newPhoneCode: string;
                /**
                 * @description International dialling code of the current number, without `+`. Missing → `5162`.
                 * @example 86
                 */
                oldInternationalCode: string;
                /**
                 * @description The account's current mobile number, without the international code. Missing → `5163`; not the account's → `5174`.
                 * @example 17132136550
                 */
                oldPhone: string;
                /**
                 * @description The SMS verification code received on the current number. Missing → `5164`; check failed → `5168`.
                 * @example 606754
                 */
                oldPhoneCode: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` carries nothing. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["EmptyData"];
                    };
                };
            };
        };
    };
    setUserInfo: {
        parameters: {
            query?: {
                /** @description Address, at most 254 characters (`5076`). */
                address?: string;
                /**
                 * @description City. Too long → `5474` (the page gives no limit).
                 * @example Hefei
                 */
                city?: string;
                /** @description Avatar (presumably the URL of the image; `userInfo` returns it as `headimg`). */
                headImage?: string;
                /** @description Language, a numeric code (the page lists no values). */
                lang?: number;
                /** @description Country, a numeric code (the page lists no values). */
                nationality?: number;
                /**
                 * @description Nickname (the vendor's spelling `nikeName`), at most 50 characters (`5060`).
                 * @example Alice
                 */
                nikeName?: string;
                /**
                 * @description Province. Too long → `5473` (the page gives no limit).
                 * @example Anhui
                 */
                province?: string;
                /** @description Remark. Too long → `5476` (the page gives no limit). */
                remark?: string;
                /**
                 * @description Sex: `0` = male, `1` = female, `2` = undisclosed. Another value → `5061`.
                 * @example 2
                 */
                sex?: 0 | 1 | 2;
                /** @description The user's personal signature (a profile text, not a request signature). Too long → `5475` (the page gives no limit). */
                signature?: string;
                /** @description Time zone, a numeric code (the page lists no values). */
                timezone?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` carries nothing. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["EmptyData"];
                    };
                };
            };
        };
    };
    setUserPwd: {
        parameters: {
            query: {
                /**
                 * @description The new password (6–20 letters, digits or special characters), encrypted like `oldPwd` with the key
                 *     derived from `random`, Base64. Missing → `5507`; not decryptable → `5508`; bad format → `5510`;
                 *     same as the old one → `5063`. The example is `abcd5678` encrypted with random `abcdef`.
                 * @example pQGOC3uQK+Lpx8dZN3zotA==
                 */
                newPwd: string;
                /**
                 * @description The current password, AES-128-CBC encrypted with the key derived from `random`, Base64. Missing →
                 *     `5505`; not decryptable → `5506`; bad format → `5509`; wrong → `5008`. The example is `abcd1234`
                 *     encrypted with random `abcdef`.
                 * @example KbbO5AsWloh9gulLei6NhQ==
                 */
                oldPwd: string;
                /**
                 * @description Random string from which the AES key is derived (upper-case hex MD5 of `random`, characters 8..24;
                 *     see the API's *Password encryption*; the page's example: `china1234` with random `j1acpdj2bmtqZXVb`
                 *     encrypts to `lkZMvj0KDSJXlp66jBieHA==`). Optional on the page, but without it the password cannot be
                 *     encrypted as documented, so send it. No length is documented; iotdock sends 16 characters. The same `random` encrypts both passwords.
                 * @example abcdef
                 */
                random?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` carries nothing. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["EmptyData"];
                    };
                };
            };
        };
    };
    twitterAuthLogin: {
        parameters: {
            query: {
                /**
                 * @description `appId` of the enterprise's Twitter configuration (third-party login settings of the Developer Center). First input of the signature.
                 * @example tw-app-10271
                 */
                appId: string;
                /**
                 * @description The `oauthToken` obtained from Twitter after a successful authorisation. Missing → `5569`. Second input of the signature.
                 * @example 1234567890-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcd
                 */
                oauthToken: string;
                /**
                 * @description The `oauthTokenSecret` obtained from Twitter with `oauthToken`. Sent in the query string as the page says. Missing → `5570`. Third input of the signature.
                 * @example aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789aBcDeFgHi
                 */
                oauthTokenSecret: string;
                /**
                 * @description Mobile country code (MCC), e.g. `460` for mainland China. The platform checks that it belongs
                 *     to the data centre called (`6084`: it does not, call the other host; `6085`: the look-up
                 *     failed). Not part of the signature.
                 * @example 460
                 */
                mcc?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` holds the token pair. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["TokenPair"];
                    };
                };
            };
        };
    };
    userDelete: {
        parameters: {
            query?: {
                /**
                 * @description How to delete: `1` = immediately, `2` = after 7 days (default). Another value → `5152`.
                 * @example 2
                 */
                type?: 1 | 2;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` carries nothing. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["EmptyData"];
                    };
                };
            };
        };
    };
    userInfo: {
        parameters: {
            query?: never;
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
                            /** @description Alipay user id (set by `alipayAuthLogin`). */
                            alipayUserId?: string | null;
                            /** @description Apple user id (set by `appleAuthLogin`). */
                            appleUserId?: string | null;
                            /** @description City. */
                            city?: string | null;
                            /** @description E-mail address (registered with `emailPwdRegister` or linked with `relationEmail`). */
                            email?: string | null;
                            /** @description Facebook user id (set by `facebookAuthLogin`). */
                            facebookUserId?: string | null;
                            /** @description Avatar (set with `setUserInfo`'s `headImage`). */
                            headimg?: string | null;
                            /** @description Language (set as a number with `setUserInfo`; the page gives no values). */
                            lang?: string | null;
                            /**
                             * Format: int64
                             * @description Time of the last login (the page gives no unit; presumably Unix milliseconds like `lastLoginTimeTs`).
                             */
                            lastLoginTime?: number;
                            /**
                             * Format: int64
                             * @description Time of the last login, Unix milliseconds (undocumented on the page; the unit follows the `…Ts` fields of the device list).
                             */
                            lastLoginTimeTs?: number;
                            /**
                             * Format: int32
                             * @description How the account was registered (the page lists no values).
                             */
                            logonMode?: number;
                            /** @description Country (set as a number with `setUserInfo`; the page gives no values). */
                            nationality?: string | null;
                            /** @description Nickname (the vendor's spelling `nikeName`). */
                            nikeName?: string | null;
                            /** @description Mobile number, without the international code. */
                            phone?: string | null;
                            /** @description Province. */
                            province?: string | null;
                            /** @description QQ user id (set by `qqAuthLogin`). */
                            qqUserId?: string | null;
                            /**
                             * Format: int64
                             * @description Registration time (the page gives no unit; presumably Unix milliseconds like `registerTimeTs`).
                             */
                            registerTime?: number;
                            /**
                             * Format: int64
                             * @description Registration time, Unix milliseconds (undocumented on the page; the unit follows the `…Ts` fields of the device list).
                             */
                            registerTimeTs?: number;
                            /** @description Remark. */
                            remark?: string | null;
                            /** @description Sex, as a string; `setUserInfo` takes `0` = male, `1` = female, `2` = undisclosed. */
                            sex?: string | null;
                            /** @description The user's personal signature (a profile text). */
                            signature?: string | null;
                            /**
                             * Format: int32
                             * @description Account status: `0` = disabled, `1` = normal.
                             */
                            status?: number;
                            /** @description Time zone (set as a number with `setUserInfo`; the page gives no values). */
                            timezone?: string | null;
                            /** @description Twitter user id (set by `twitterAuthLogin`). */
                            twitterUserId?: string | null;
                            /** @description User id. */
                            uid: string;
                            /** @description WeChat mini-program user id (set by `wechatMiniprogramAuthLogin`). */
                            wechatMiniprogramUserId?: string | null;
                            /** @description WeChat official-account user id (set by `wechatOffiaccountAuthLogin`). */
                            wechatOffiaccountUserId?: string | null;
                            /** @description WeChat UnionID, common to the customer's WeChat applications. */
                            wechatUnionId?: string | null;
                        } | null;
                    };
                };
            };
        };
    };
    userPwdReset: {
        parameters: {
            query: {
                /**
                 * @description The verification code sent to `phone` (`sendPhoneSmsCode`, `codeType=1`) or to `email` (`sendEmail`, `emailType=2`). Missing → `5064`; wrong SMS code → `5037`.
                 * @example 606754
                 */
                code: string;
                /** @description E-mail address of the account; give either `email` or `phone` (neither → `5044`). Not registered → `5031`. */
                email?: string;
                /**
                 * @description International dialling code without `+`, used with `phone`; defaults to mainland China (`86`).
                 * @example 86
                 */
                internationalCode?: string;
                /**
                 * @description Mobile number of the account without the international code; give either `phone` or `email` (neither → `5044`). Malformed → `5019`; not registered → `5004`.
                 * @example 17132136550
                 */
                phone?: string;
                /**
                 * @description The new password (6–20 letters, digits or special characters), AES-128-CBC encrypted with the key
                 *     derived from `random` and Base64-encoded; percent-encode `+`, `/` and `=` in the query string. If
                 *     absent, the password becomes `12345678`. Bad format → `5056`. The example is `abcd1234` encrypted
                 *     with random `abcdef`.
                 * @example KbbO5AsWloh9gulLei6NhQ==
                 */
                pwd?: string;
                /**
                 * @description Random string from which the AES key is derived (upper-case hex MD5 of `random`, characters 8..24;
                 *     see the API's *Password encryption*; the page's example: `china1234` with random `j1acpdj2bmtqZXVb`
                 *     encrypts to `lkZMvj0KDSJXlp66jBieHA==`). Optional on the page, but without it the password cannot be
                 *     encrypted as documented, so send it. No length is documented; iotdock sends 16 characters.
                 * @example abcdef
                 */
                random?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` carries nothing. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["EmptyData"];
                    };
                };
            };
        };
    };
    wechatMiniprogramAuthLogin: {
        parameters: {
            query: {
                /**
                 * @description AppID of the WeChat mini program. Missing → `5218`. First input of the signature.
                 * @example wx1a2b3c4d5e6f7a8b
                 */
                appId: string;
                /**
                 * @description The login `code` that `wx.login()` returned in the mini program. Missing → `5372`. Second input of the signature.
                 * @example 0c3Xyz000aBcDe1FgHi200JkLm3Xyz0b
                 */
                jsCode: string;
                /**
                 * @description Mobile country code (MCC), e.g. `460` for mainland China. The platform checks that it belongs
                 *     to the data centre called (`6084`: it does not, call the other host; `6085`: the look-up
                 *     failed). Not part of the signature.
                 * @example 460
                 */
                mcc?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` holds the token pair. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["TokenPair"];
                    };
                };
            };
        };
    };
    wechatOffiaccountAuthLogin: {
        parameters: {
            query: {
                /**
                 * @description AppID, the unique identifier of the WeChat official account. Missing → `5218`. First input of the signature.
                 * @example wx9f8e7d6c5b4a3f2e
                 */
                appId: string;
                /**
                 * @description The `code` obtained after the user authorised the official account. Missing → `5372`. Second input of the signature.
                 * @example 061AbCdE0fGhIj1KlMnO0pQrStU3AbCdE
                 */
                code: string;
                /**
                 * @description Mobile country code (MCC), e.g. `460` for mainland China. The platform checks that it belongs
                 *     to the data centre called (`6084`: it does not, call the other host; `6085`: the look-up
                 *     failed). Not part of the signature.
                 * @example 460
                 */
                mcc?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` holds the token pair. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["TokenPair"];
                    };
                };
            };
        };
    };
    sendEmail: {
        parameters: {
            query: {
                /**
                 * @description Recipient's e-mail address. Missing → `5026`; malformed → `5040`.
                 * @example alice@example.com
                 */
                email: string;
                /**
                 * @description Purpose of the code: `1` = registration, `2` = password reset, `3` = link the e-mail to the
                 *     account, `4` = remove the e-mail link, `5` = account deletion.
                 * @example 1
                 */
                emailType: 1 | 2 | 3 | 4 | 5;
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
                        data?: components["schemas"]["EmptyData"];
                    };
                };
            };
        };
    };
    batchDeleteMsg: {
        parameters: {
            query: {
                /**
                 * @description Ids of the messages to delete, comma-separated.
                 * @example 6802e4a97b3a4c1d9e0f1a2c,6802e12f7b3a4c1d9e0f19f0
                 */
                msgIdList: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` lists the messages deleted and not deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["MessageBatchResult"];
                    };
                };
            };
        };
    };
    deleteDeviceInfo: {
        parameters: {
            query: {
                /**
                 * @description Push device id: the Aliyun push `deviceId`, or the Google FCM registration token (`fcmRegistToken`).
                 * @example 2f1c9d8e7a6b4c3d9e0f1a2b3c4d5e6f
                 */
                deviceId: string;
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
                        data?: components["schemas"]["EmptyData"];
                    };
                };
            };
        };
    };
    deleteMsg: {
        parameters: {
            query: {
                /**
                 * @description Id of the message to delete. Missing → `5515`; unknown → `5538`.
                 * @example 6802e4a97b3a4c1d9e0f1a2c
                 */
                msgId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). `data` carries nothing of use. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description A string (empty in the page's example); `null` on error. */
                        data?: string | null;
                    };
                };
            };
        };
    };
    getMsgPushSetting: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` holds the settings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The user's push settings (the vendor's `MsgUserTypeDataModel`); `null` on error. */
                        data?: {
                            /** @description Id of the user's message settings. */
                            msgUserTypeDataId?: string;
                            /** @description User id. */
                            uid?: string;
                            /**
                             * @description The message categories and channels the user receives: the JSON body of
                             *     `setMsgPushSetting`, as text (`{"deviceNotify":true,…,"device":{"app":true,"sms":false,"voice":false},…}`).
                             */
                            msgPushSetting?: string;
                            /** @description Message types the user receives (the page gives the same description as for `msgPushSetting` and no format). */
                            recvMsgPushType?: string;
                            /**
                             * Format: int64
                             * @description When the settings were saved, Unix milliseconds.
                             */
                            addTime?: number;
                        } | null;
                    };
                };
            };
        };
    };
    getMsgStats: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` holds the counts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description Counts per category (the vendor's `UserMsgTypeV2Dto`); `null` on error. */
                        data?: {
                            /** @description Device messages (first-level label 3). */
                            device?: {
                                /**
                                 * Format: int32
                                 * @description Read device messages.
                                 */
                                read?: number;
                                /**
                                 * Format: int32
                                 * @description Unread device messages.
                                 */
                                unRead?: number;
                                inform?: components["schemas"]["MessageReadCount"];
                                warning?: components["schemas"]["MessageReadCount"];
                                fault?: components["schemas"]["MessageReadCount"];
                            };
                            /** @description Smart messages (first-level label 2). */
                            smart?: {
                                /**
                                 * Format: int32
                                 * @description Read smart messages.
                                 */
                                read?: number;
                                /**
                                 * Format: int32
                                 * @description Unread smart messages.
                                 */
                                unRead?: number;
                                automation?: components["schemas"]["MessageReadCount"];
                                scene?: components["schemas"]["MessageReadCount"];
                            };
                            /** @description System messages (first-level label 1). */
                            system?: {
                                /**
                                 * Format: int32
                                 * @description Read system messages.
                                 */
                                read?: number;
                                /**
                                 * Format: int32
                                 * @description Unread system messages.
                                 */
                                unRead?: number;
                                privacyPolicyRevision?: components["schemas"]["MessageReadCount"];
                                serviceAgreementRevision?: components["schemas"]["MessageReadCount"];
                                smsWarning?: components["schemas"]["MessageReadCount"];
                                voiceWarning?: components["schemas"]["MessageReadCount"];
                            };
                        } | null;
                    };
                };
            };
        };
    };
    readMsg: {
        parameters: {
            query?: {
                /**
                 * @description Ids of the messages to mark, comma-separated. Absent → every message (of the filters below) is marked read.
                 * @example 6802e4a97b3a4c1d9e0f1a2c
                 */
                msgIdList?: string;
                /** @description Message type: `1` = device notification, `2` = device alert, `3` = device fault, `4` = system message. */
                msgType?: 1 | 2 | 3 | 4;
                /** @description First-level labels, comma-separated: `1` = system, `2` = smart, `3` = device. */
                firstLabelList?: string;
                /**
                 * @description Second-level labels, comma-separated: `1` = privacy, `2` = service, `3` = automation, `4` = scene,
                 *     `5` = device notification, `6` = device alert, `7` = device fault, `8` = OTA.
                 */
                secondaryLabelList?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` lists the messages marked and not marked. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["MessageBatchResult"];
                    };
                };
            };
        };
    };
    setDeviceInfo: {
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
                 *       "deviceId": "2f1c9d8e7a6b4c3d9e0f1a2b3c4d5e6f",
                 *       "deviceLanguage": "en-US",
                 *       "type": "APP"
                 *     }
                 */
                "application/json": {
                    /** @description Push device id: the Aliyun push `deviceId`, or the Google FCM registration token (`fcmRegistToken`). */
                    deviceId?: string;
                    /** @description The phone's current language (the page gives no format). */
                    deviceLanguage: string;
                    /**
                     * @description Push channel: `APP` = mobile app push (default), `MINI` = WeChat mini-program messages.
                     * @default APP
                     * @enum {string}
                     */
                    type?: "APP" | "MINI";
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
                        data?: components["schemas"]["EmptyData"];
                    };
                };
            };
        };
    };
    setMsgPushSetting: {
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
                 *       "deviceNotify": true,
                 *       "smartNotify": true,
                 *       "systemNotify": true,
                 *       "device": {
                 *         "app": true,
                 *         "sms": true,
                 *         "voice": true
                 *       },
                 *       "smart": {
                 *         "app": true,
                 *         "sms": true,
                 *         "voice": true
                 *       },
                 *       "system": {
                 *         "app": true,
                 *         "sms": true,
                 *         "voice": true
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @description Receive device messages (notifications, alerts, faults). */
                    deviceNotify?: boolean;
                    /** @description Receive smart messages (automations, scenes). */
                    smartNotify?: boolean;
                    /** @description Receive system messages. */
                    systemNotify?: boolean;
                    device?: components["schemas"]["MessagePushChannels"];
                    smart?: components["schemas"]["MessagePushChannels"];
                    system?: components["schemas"]["MessagePushChannels"];
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
                        data?: components["schemas"]["EmptyData"];
                    };
                };
            };
        };
    };
    userMsgList: {
        parameters: {
            query?: {
                /** @description `true` = read messages only, `false` = unread messages only; absent: both. */
                isRead?: boolean;
                /** @description Message type: `1` = device notification, `2` = device alert, `3` = device fault, `4` = system message. */
                msgType?: 1 | 2 | 3 | 4;
                /**
                 * @description First-level labels, comma-separated: `1` = system, `2` = smart, `3` = device.
                 * @example 3
                 */
                firstLabelList?: string;
                /**
                 * @description Second-level labels, comma-separated: `1` = privacy, `2` = service, `3` = automation, `4` = scene,
                 *     `5` = device notification, `6` = device alert, `7` = device fault, `8` = OTA.
                 * @example 5,6,7
                 */
                secondaryLabelList?: string;
                /** @description Product key to filter by. */
                pk?: string;
                /** @description Device key to filter by. */
                dk?: string;
                /** @description Page number, from 1 (default 1). */
                page?: number;
                /** @description Page size (default 10). */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` is a page of messages. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description One page of messages (PageHelper `PageInfo` of the vendor's `查询消息列表`); `null` on error. */
                        data?: {
                            /**
                             * Format: int64
                             * @description Number of messages matching the filters.
                             */
                            total?: number;
                            /** @description The messages of this page. The page describes none of their fields; the descriptions below are read from the names. */
                            list?: {
                                /** @description Message id (for `readMsg`, `deleteMsg`, `batchDeleteMsg`). */
                                id?: string;
                                /**
                                 * Format: int32
                                 * @description Message type: `1` = device notification, `2` = device alert, `3` = device fault, `4` = system message.
                                 */
                                msgType?: number;
                                /**
                                 * Format: int32
                                 * @description First-level label: `1` = system, `2` = smart, `3` = device.
                                 */
                                firstLabel?: number;
                                /**
                                 * Format: int32
                                 * @description Second-level label: `1` = privacy, `2` = service, `3` = automation, `4` = scene, `5` = device notification, `6` = device alert, `7` = device fault, `8` = OTA.
                                 */
                                secondaryLabel?: number;
                                /** @description Title. */
                                title?: string;
                                /** @description Text. */
                                content?: string;
                                /** @description Title in several languages (text). */
                                titleLangs?: string;
                                /** @description Text in several languages (text). */
                                contentLangs?: string;
                                /** @description Internationalisation data (text). */
                                i18nData?: string;
                                /** @description Values for the placeholders of title and text (text). */
                                replaceData?: string;
                                /** @description Whether the message was read. */
                                isRead?: boolean;
                                /**
                                 * Format: int64
                                 * @description When the message was read, Unix milliseconds.
                                 */
                                readTime?: number;
                                /**
                                 * Format: int64
                                 * @description When the message was created, Unix milliseconds.
                                 */
                                addTime?: number;
                                /** @description Icon URL. */
                                icon?: string;
                                /** @description Product key of the device concerned. */
                                pk?: string;
                                /** @description Device key of the device concerned. */
                                dk?: string;
                                /** @description Name of the device concerned. */
                                deviceName?: string;
                                /** @description Product name of the device concerned. */
                                productName?: string;
                                /** @description Share code of a device-share message. */
                                shareCode?: string;
                                /** @description Automation concerned (automation messages). */
                                automationId?: string;
                                /** @description Condition that triggered the automation (automation messages). */
                                conditionKey?: string;
                                /**
                                 * Format: int64
                                 * @description Execution id (automation and scene messages).
                                 */
                                executeId?: number;
                                /** @description Execution log id (automation and scene messages). */
                                logId?: string;
                                /** @description Scene name (scene messages). */
                                sceneName?: string;
                                /** @description Scene icon (scene messages). */
                                sceneIcon?: string;
                                /**
                                 * Format: int64
                                 * @description When the scene ran, Unix milliseconds (scene messages).
                                 */
                                sceneExecuteTime?: number;
                                /** @description Target of the message (the page gives no meaning). */
                                target?: string;
                                /** @description Value of `target`. */
                                targetValue?: string;
                            }[];
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
                             * @description Number of messages on this page.
                             */
                            size?: number;
                            /**
                             * Format: int64
                             * @description Row number of the first message on this page.
                             */
                            startRow?: number;
                            /**
                             * Format: int64
                             * @description Row number of the last message on this page.
                             */
                            endRow?: number;
                            /**
                             * Format: int32
                             * @description Number of pages.
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
                            /** @description Whether this is the first page. */
                            isFirstPage?: boolean;
                            /** @description Whether this is the last page. */
                            isLastPage?: boolean;
                            /** @description Whether a previous page exists. */
                            hasPreviousPage?: boolean;
                            /** @description Whether a next page exists. */
                            hasNextPage?: boolean;
                            /**
                             * Format: int32
                             * @description Number of page numbers in `navigatepageNums`.
                             */
                            navigatePages?: number;
                            /** @description Page numbers for navigation. */
                            navigatepageNums?: number[];
                            /**
                             * Format: int32
                             * @description First page number in `navigatepageNums`.
                             */
                            navigateFirstPage?: number;
                            /**
                             * Format: int32
                             * @description Last page number in `navigatepageNums`.
                             */
                            navigateLastPage?: number;
                        } | null;
                    };
                };
            };
        };
    };
    batchGetPureBtResetCredentials: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example [
                 *       {
                 *         "dk": "",
                 *         "pk": ""
                 *       }
                 *     ]
                 */
                "application/json": {
                    /** @description Device key. */
                    dk: string;
                    /** @description Product key. */
                    pk: string;
                }[];
            };
        };
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` lists the devices that succeeded and those that failed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description Result per device; `null` on error. */
                        data?: {
                            /** @description Devices whose reset credentials could not be obtained. */
                            failedList?: {
                                /** @description Device key. */
                                dk?: string;
                                /** @description Why it failed. */
                                msg?: string;
                                /** @description Product key. */
                                pk?: string;
                            }[];
                            /** @description Devices with their reset credentials. */
                            successList?: {
                                /** @description Device key. */
                                dk?: string;
                                /** @description Product key. */
                                pk?: string;
                                /** @description The pure Bluetooth device's reset credentials (Base64). */
                                resetCredentials?: string;
                            }[];
                        } | null;
                    };
                };
            };
        };
    };
    bindDeviceDk: {
        parameters: {
            query: {
                /**
                 * @description Device key. Missing → `5067`; malformed → `5361`.
                 * @example 866123456789015
                 */
                dk: string;
                /**
                 * @description Product key. Missing → `5066`.
                 * @example p11u8a
                 */
                pk: string;
                /**
                 * @description The device's network capabilities (bitmask; see the schema for the values).
                 * @example 1
                 */
                capabilitiesBitmask?: components["schemas"]["DeviceCapabilitiesBitmask"];
                /** @description Home mode only. Id of the family to put the device in (`5636` when home mode needs it and it is missing). */
                fid?: string;
                /** @description Home mode only. Id of the room to put the device in. */
                frid?: string;
                /** @description Home mode only. Whether to add the device to the family's frequently used devices (default `true`). */
                isCommonDevice?: boolean;
                /**
                 * @description Name to give the device. Too long → `5333`.
                 * @example Car tracker
                 */
                name?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data.authKey` is the device's authKey. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The bound device's authKey; `null` on error. */
                        data?: {
                            /** @description The device's authKey. */
                            authKey?: string;
                        } | null;
                    };
                };
            };
        };
    };
    bindDeviceSn: {
        parameters: {
            query: {
                /**
                 * @description Product key. Missing → `5066`.
                 * @example p11u8a
                 */
                pk: string;
                /**
                 * @description The device's serial number. Missing → `5088`; unknown → `5090` or `5553`.
                 * @example SN2304230001
                 */
                sn: string;
                /**
                 * @description The device's network capabilities (bitmask; see the schema for the values).
                 * @example 1
                 */
                capabilitiesBitmask?: components["schemas"]["DeviceCapabilitiesBitmask"];
                /**
                 * @description Name to give the device. Too long → `5333`.
                 * @example Car tracker
                 */
                deviceName?: string;
                /** @description Home mode only. Id of the family to put the device in (`5636` when home mode needs it and it is missing). */
                fid?: string;
                /** @description Home mode only. Id of the room to put the device in. */
                frid?: string;
                /** @description Home mode only. Whether to add the device to the family's frequently used devices (default `true`). */
                isCommonDevice?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` identifies the bound device. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The bound device; `null` on error. */
                        data?: {
                            /** @description The device's authKey. */
                            authKey?: string;
                            /** @description Device key the SN resolved to. */
                            dk?: string;
                            /** @description Device (module) model. */
                            moduleType?: string;
                            /** @description Product key. */
                            pk?: string;
                        } | null;
                    };
                };
            };
        };
    };
    changeShareDeviceName: {
        parameters: {
            query: {
                /**
                 * @description The sharee's new name for the device. Missing → `5068`; too long → `5333`.
                 * @example Mum's plug
                 */
                deviceName: string;
                /**
                 * @description Share code of the accepted share (`shareCode` in `userDeviceList`). Missing → `5136`; no longer valid → `5142`.
                 * @example 3e5f0c1a9b7d4e2c8a6f1b0d9c7e5a3b
                 */
                shareCode: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). No payload on success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["EmptyData"];
                    };
                };
            };
        };
    };
    deviceBindingByPureBt: {
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
                 *       "bindingCode": "",
                 *       "capabilitiesBitmask": 4,
                 *       "deviceName": "",
                 *       "dk": "",
                 *       "encryptedBindingCode": "",
                 *       "encryptedNewBindingSecret": "",
                 *       "encryptedOldBindingSecret": "",
                 *       "fid": "",
                 *       "frid": "",
                 *       "isCommonDevice": true,
                 *       "pk": "",
                 *       "pwd": "",
                 *       "random": "",
                 *       "signature": ""
                 *     }
                 */
                "application/json": {
                    /** @description The device's binding code in clear; give either this or `encryptedBindingCode` (neither → `5179`). */
                    bindingCode?: string;
                    capabilitiesBitmask?: components["schemas"]["DeviceCapabilitiesBitmask"];
                    /** @description Name to give the device. Too long → `5333`. */
                    deviceName?: string;
                    /** @description Device key. Missing → `5067`; malformed → `5361`. */
                    dk: string;
                    /**
                     * @description The binding code encrypted, instead of `bindingCode`:
                     *     `Base64(AES-128-CBC(PKCS5Padding(bindingCode), key = PS, iv = random))`. When present, it
                     *     replaces `bindingCode` in the signature.
                     */
                    encryptedBindingCode?: string;
                    /**
                     * @description The new binding secret, encrypted:
                     *     `Base64(AES-128-CBC(PKCS5Padding("<PK>,<DK>,<bindingSecret>"), key = PS, iv = random))`
                     *     (the padded plaintext includes the ASCII commas).
                     */
                    encryptedNewBindingSecret: string;
                    /** @description The previous binding secret, encrypted the same way as `encryptedNewBindingSecret`. */
                    encryptedOldBindingSecret?: string;
                    /** @description Home mode only. Id of the family to put the device in (`5636` when home mode needs it and it is missing). */
                    fid?: string;
                    /** @description Home mode only. Id of the room to put the device in. */
                    frid?: string;
                    /**
                     * @description Home mode only. Whether to add the device to the family's frequently used devices (default `true`).
                     * @default true
                     */
                    isCommonDevice?: boolean;
                    /** @description Product key. Missing → `5066`. */
                    pk: string;
                    /** @description A password, presumably the device's Bluetooth password (the page says only `pwd`). Sent as is (not the API's password encryption). Malformed → `5357`. Enters the signature (`""` when absent). */
                    pwd?: string;
                    /** @description The AES IV of `encryptedBindingCode` and the encrypted binding secrets. */
                    random: string;
                    /**
                     * @description `hex(SHA-256(pk + dk + bindingCode + pwd + userDomainSecret))`, with `encryptedBindingCode` in
                     *     place of `bindingCode` when the request carries it. Computed by the client.
                     */
                    signature?: string;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data.verified` says whether the binding is verified. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description Binding result; `null` on error. */
                        data?: {
                            /** @description Whether the binding is verified: `0` not verified, `1` verified. Integer or string (see the departures). */
                            verified?: number | string;
                        } | null;
                    };
                };
            };
        };
    };
    deviceBindingByWifi: {
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
                 *       "bindingCode": "",
                 *       "capabilitiesBitmask": 2,
                 *       "deviceKey": "",
                 *       "deviceName": "",
                 *       "fid": "",
                 *       "frid": "",
                 *       "isCommonDevice": true,
                 *       "isMatter": true,
                 *       "matterInfo": {
                 *         "catList": [
                 *           {
                 *             "cat": 0,
                 *             "privilege": ""
                 *           }
                 *         ],
                 *         "discriminator": 0,
                 *         "extra": "",
                 *         "fabricId": 0,
                 *         "matterProductId": 0,
                 *         "matterVendorId": 0,
                 *         "matterVersion": "",
                 *         "nodeId": 0
                 *       },
                 *       "productKey": ""
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The binding code the device reported to the cloud after provisioning. Missing → `5179`;
                     *     malformed → `5213`; not reported → `5460`; expired → `5461`; wrong → `5462`.
                     */
                    bindingCode: string;
                    capabilitiesBitmask?: components["schemas"]["DeviceCapabilitiesBitmask"];
                    /** @description Device key. Missing → `5067`; malformed → `5361`. */
                    deviceKey: string;
                    /** @description Name to give the device. Too long → `5333`. */
                    deviceName?: string;
                    /** @description Home mode only. Id of the family to put the device in. */
                    fid?: string;
                    /** @description Home mode only. Id of the room to put the device in. */
                    frid?: string;
                    /**
                     * @description Home mode only. Whether to add the device to the family's frequently used devices (default `true`).
                     * @default true
                     */
                    isCommonDevice?: boolean;
                    /** @description Whether the device is a Matter device (then give `matterInfo`). */
                    isMatter?: boolean;
                    /** @description Matter commissioning details of a Matter device. */
                    matterInfo?: {
                        /** @description CASE Authenticated Tags (CATs) with their privileges. */
                        catList?: {
                            /**
                             * Format: int64
                             * @description The Matter CAT value.
                             */
                            cat?: number;
                            /** @description Privilege of the CAT: `View`, `Operate` or `Administer`. */
                            privilege?: string;
                        }[];
                        /**
                         * Format: int32
                         * @description The device's discriminator. Missing → `5879`.
                         */
                        discriminator?: number;
                        /** @description Matter extension field. */
                        extra?: string;
                        /**
                         * Format: int64
                         * @description Fabric id. Missing → `5883`.
                         */
                        fabricId?: number;
                        /**
                         * Format: int32
                         * @description Matter product id. Missing → `5880`.
                         */
                        matterProductId?: number;
                        /**
                         * Format: int32
                         * @description Matter vendor id. Missing → `5882`.
                         */
                        matterVendorId?: number;
                        /** @description Matter version. Missing → `5881`. */
                        matterVersion?: string;
                        /**
                         * Format: int64
                         * @description Node id. Missing → `5885`.
                         */
                        nodeId?: number;
                    };
                    /** @description Product key. Missing → `5066`. */
                    productKey: string;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` describes the bound device's product. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The bound device's authKey and its product; `null` on error. */
                        data?: {
                            /** @description The device's authKey. */
                            authKey?: string;
                            /**
                             * Format: int32
                             * @description The product's binding mode: `1` multi-user binding, `2` owner binding (unique), `3` take-turns binding (the latest binder replaces the previous one).
                             */
                            bindingMode?: number;
                            /** @description URL of the product logo. */
                            productLogo?: string;
                            /** @description Product name. */
                            productName?: string;
                        } | null;
                    };
                };
            };
        };
    };
    deviceInfo: {
        parameters: {
            query?: {
                /**
                 * @description Device key. Used together with `pk`; give either `pk` + `dk` or `shareCode`.
                 * @example 866123456789015
                 */
                dk?: string;
                /**
                 * @description Product key. Used together with `dk`; give either `pk` + `dk` or `shareCode`.
                 * @example p11u8a
                 */
                pk?: string;
                /**
                 * @description Share code (from `shareInfo` / `shareByUid`), instead of `pk` + `dk`: the person the device is
                 *     shared with looks the device up by its share code.
                 */
                shareCode?: string;
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
                        /** @description The device (same structure as an entry of `userDeviceList`); `null` on error. */
                        data?: components["schemas"]["UserDevice"] | (never | null);
                    };
                };
            };
        };
    };
    deviceShareUserList: {
        parameters: {
            query: {
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
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` lists the device's shares. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The device's shares with their sharees; `null` on error. */
                        data?: {
                            /** @description The share. */
                            shareInfo?: {
                                /**
                                 * Format: int64
                                 * @description When the sharee accepted the share (the page types it `integer`; presumably Unix milliseconds).
                                 */
                                acceptTime?: number | null;
                                /**
                                 * Format: int64
                                 * @description When the sharee accepted the share, Unix milliseconds.
                                 */
                                acceptTimeTs?: number | null;
                                /** @description Until when the share code could be accepted (`acceptingExpireAt` of `shareInfo`), as a time string. */
                                acceptingExpireAt?: string | null;
                                /**
                                 * Format: int64
                                 * @description Until when the share code could be accepted, Unix milliseconds.
                                 */
                                acceptingExpireAtTs?: number | null;
                                /** @description The device's authKey. */
                                authKey?: string | null;
                                /**
                                 * Format: int32
                                 * @description Cover mark the share was created with: `1` replace the earlier share, `2` coexist, `3` replace only if the use period is extended.
                                 */
                                coverMark?: number | null;
                                /**
                                 * Format: int64
                                 * @description When the share was cancelled (the page types it `integer`; see the departures).
                                 */
                                deleteTime?: number | null;
                                /**
                                 * Format: int64
                                 * @description When the share was cancelled, Unix milliseconds.
                                 */
                                deleteTimeTs?: number | null;
                                /** @description The sharee's name for the device. */
                                deviceName?: string | null;
                                /** @description Device key. */
                                dk?: string | null;
                                /**
                                 * Format: int32
                                 * @description Why the share became invalid (values not documented on the page).
                                 */
                                failureCause?: number | null;
                                /** @description Family id. */
                                fid?: string | null;
                                /** @description Uid of the owner who shared the device. */
                                ownerUid?: string | null;
                                /** @description Product key. */
                                pk?: string | null;
                                /** @description The share code (the key of `setShareTime` and `ownerUserUnshareDevice`). */
                                shareCode?: string | null;
                                /**
                                 * Format: int64
                                 * @description Share id.
                                 */
                                shareId?: number | null;
                                /**
                                 * Format: int32
                                 * @description Status of the share (values not documented on the page).
                                 */
                                shareStatus?: number | null;
                                /**
                                 * Format: int64
                                 * @description When the share was created (the page types it `integer`; presumably Unix milliseconds).
                                 */
                                shareTime?: number | null;
                                /**
                                 * Format: int64
                                 * @description When the share was created, Unix milliseconds.
                                 */
                                shareTimeTs?: number | null;
                                /** @description Uid of the sharee. */
                                shareUid?: string | null;
                                /** @description End of the sharee's use period, as a time string; `null`: no limit. */
                                sharingExpireAt?: string | null;
                                /**
                                 * Format: int64
                                 * @description End of the sharee's use period, Unix milliseconds; `null`: no limit.
                                 */
                                sharingExpireAtTs?: number | null;
                                /**
                                 * Format: int64
                                 * @description When the share was last changed (the page types it `integer`; presumably Unix milliseconds).
                                 */
                                updateTime?: number | null;
                                /**
                                 * Format: int64
                                 * @description When the share was last changed, Unix milliseconds.
                                 */
                                updateTimeTs?: number | null;
                            };
                            /** @description The sharee's profile. */
                            userInfo?: {
                                /** @description Address. */
                                address?: string | null;
                                /** @description Alipay user id. */
                                alipayUserId?: string | null;
                                /** @description City. */
                                city?: string | null;
                                /** @description E-mail address. */
                                email?: string | null;
                                /** @description Facebook user id. */
                                facebookUserId?: string | null;
                                /** @description Avatar URL. */
                                headimg?: string | null;
                                /** @description Language. */
                                lang?: string | null;
                                /** @description Last login time. */
                                lastLoginTime?: string | null;
                                /**
                                 * Format: int64
                                 * @description Last login time, Unix milliseconds.
                                 */
                                lastLoginTimeTs?: number | null;
                                /** @description Country. */
                                nationality?: string | null;
                                /** @description Nickname (the vendor's spelling `nikeName`). */
                                nikeName?: string | null;
                                /** @description Phone number. */
                                phone?: string | null;
                                /** @description Province. */
                                province?: string | null;
                                /** @description QQ user id. */
                                qqUserId?: string | null;
                                /** @description Registration time. */
                                registerTime?: string | null;
                                /**
                                 * Format: int64
                                 * @description Registration time, Unix milliseconds.
                                 */
                                registerTimeTs?: number | null;
                                /** @description Remark. */
                                remark?: string | null;
                                /** @description Sex. */
                                sex?: string | null;
                                /** @description Personal signature (profile motto), not a request signature. */
                                signature?: string | null;
                                /**
                                 * Format: int32
                                 * @description Account status: `0` disabled, `1` normal.
                                 */
                                status?: number | null;
                                /** @description Time zone. */
                                timezone?: string | null;
                                /** @description Twitter user id. */
                                twitterUserId?: string | null;
                                /** @description User id of the sharee. */
                                uid?: string | null;
                                /** @description User domain of the sharee. */
                                userDomain?: string | null;
                                /** @description WeChat mini-program user id. */
                                wechatMiniprogramUserId?: string | null;
                                /** @description WeChat official-account user id. */
                                wechatOffiaccountUserId?: string | null;
                                /** @description WeChat union id. */
                                wechatUnionId?: string | null;
                            };
                        }[] | null;
                    };
                };
            };
        };
    };
    dmSetDeviceInfo: {
        parameters: {
            query: {
                /**
                 * @description The new device name. Missing → `5068`; too long → `5333`.
                 * @example Living room plug
                 */
                deviceName: string;
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
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). No payload on success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["EmptyData"];
                    };
                };
            };
        };
    };
    getDeviceInfoByBinding: {
        parameters: {
            query: {
                /**
                 * @description Product key. Missing → `5066`.
                 * @example p11u8a
                 */
                pk: string;
                /** @description Whether to check that the device exists in the cloud; default `true`. */
                checkExistInCloud?: boolean;
                /**
                 * @description Device key. Malformed → `5361`.
                 * @example 866123456789015
                 */
                dk?: string;
                /** @description Home mode only. Id of the family the device is to be bound into (`5618` when it is needed and missing). */
                fid?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success the user may bind the device and `data` describes its product. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The product of the device to bind; `null` on error. */
                        data?: {
                            /** @description Whether Bluetooth-first activation is enabled for the product. */
                            activeBluetooth?: boolean;
                            /**
                             * Format: int32
                             * @description The product's binding mode: `1` multi-user binding, `2` owner binding (unique), `3` take-turns binding (the latest binder replaces the previous one).
                             */
                            bindingMode?: number;
                            /** @description URL of the product logo. */
                            productLogo?: string;
                            /** @description Product name. */
                            productName?: string;
                        } | null;
                    };
                };
            };
        };
    };
    getDeviceTimeZone: {
        parameters: {
            query: {
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
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` is the device's time zone. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The device's time zone; `null` on error. */
                        data?: {
                            /** @description UTC offset, `+HH:mm`/`-HH:mm` or `+HH`/`-HH`, e.g. `+08:00`. */
                            timeZone?: string;
                            /** @description Time zone id, e.g. `Asia/Shanghai`. */
                            timeZoneId?: string;
                        } | null;
                    };
                };
            };
        };
    };
    getGatewayDeviceChildList: {
        parameters: {
            query: {
                /**
                 * @description Device key of the gateway. Missing → `5067`.
                 * @example 866123456789015
                 */
                dk: string;
                /**
                 * @description Product key of the gateway. Missing → `5066`.
                 * @example p11gw1
                 */
                pk: string;
                /** @description Which sub-devices to list, by how they use the gateway: `1` = network proxy only, `2` = product integration (default), `3` = product integration + network proxy only. */
                gatewayType?: 1 | 2 | 3;
                /** @description Page number, from 1; default 1. */
                page?: number;
                /** @description Page size; default 10. */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` is a page of sub-devices. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description One page of sub-devices (PageHelper `PageInfo`); `null` on error. */
                        data?: {
                            /**
                             * Format: int64
                             * @description 1-based index of the last device of this page in the whole result.
                             */
                            endRow?: number;
                            /** @description Whether there is a next page. */
                            hasNextPage?: boolean;
                            /** @description Whether there is a previous page. */
                            hasPreviousPage?: boolean;
                            /** @description Whether this is the first page. */
                            isFirstPage?: boolean;
                            /** @description Whether this is the last page. */
                            isLastPage?: boolean;
                            /** @description The sub-devices on this page. */
                            list?: {
                                /** @description Access type: `0` directly connected device, `1` gateway, `2` gateway sub-device. */
                                accessType?: string | null;
                                /** @description Activation time. */
                                activedTime?: string | null;
                                /**
                                 * Format: int64
                                 * @description Activation time, Unix milliseconds.
                                 */
                                activedTimeTs?: number | null;
                                /** @description AI capability switch. */
                                aiCapabilityStatus?: boolean | null;
                                /** @description Creation time. */
                                createTime?: string | null;
                                /**
                                 * Format: int64
                                 * @description Creation time, Unix milliseconds.
                                 */
                                createTimeTs?: number | null;
                                /** @description Device key. */
                                deviceKey?: string | null;
                                /** @description Device name. */
                                deviceName?: string | null;
                                /**
                                 * Format: int32
                                 * @description Device status: `0` offline, `1` online.
                                 */
                                deviceStatus?: number | null;
                                /**
                                 * Format: int32
                                 * @description `1` own device, `2` device shared with the user.
                                 */
                                deviceType?: number | null;
                                /**
                                 * Format: int32
                                 * @description Whether the device is enabled: `0` enabled (default), `1` disabled.
                                 */
                                enabled?: number | null;
                                /** @description First connection time. */
                                firstConnTime?: string | null;
                                /**
                                 * Format: int64
                                 * @description First connection time, Unix milliseconds.
                                 */
                                firstConnTimeTs?: number | null;
                                /**
                                 * Format: int32
                                 * @description How the sub-device uses the gateway: `1` network proxy only, `2` product integration.
                                 */
                                gatewayType?: number | null;
                                /**
                                 * Format: int64
                                 * @description Device id.
                                 */
                                id?: number | null;
                                /**
                                 * Format: int32
                                 * @description Activated: `0` no, `1` yes.
                                 */
                                isActived?: number | null;
                                /**
                                 * Format: int32
                                 * @description Whether this gateway is the one the sub-device is currently connected to.
                                 */
                                isCurrent?: number | null;
                                /**
                                 * Format: int32
                                 * @description Active: `0` inactive, `1` active.
                                 */
                                isLiveness?: number | null;
                                /**
                                 * Format: int32
                                 * @description Whether secondary authentication is allowed: `0` no, `1` yes.
                                 */
                                isVerified?: number | null;
                                /**
                                 * Format: int32
                                 * @description Virtual device: `0` real, `1` virtual.
                                 */
                                isVirtual?: number | null;
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
                                /** @description Positioning type of the device. */
                                locateType?: string | null;
                                /**
                                 * Format: int32
                                 * @description Low-power heartbeat period, minutes.
                                 */
                                lowPowerAlive?: number | null;
                                /**
                                 * Format: int32
                                 * @description Low-power cache duration, seconds.
                                 */
                                lowPowerCache?: number | null;
                                /** @description Whether the product is a low-power product. */
                                lowPowerProduct?: boolean | null;
                                /** @description Low-power mode switch. */
                                lowPowerStatus?: boolean | null;
                                /** @description Device (module) model. */
                                moduleType?: string | null;
                                /** @description Device (module) firmware version. */
                                moduleVersion?: string | null;
                                /**
                                 * Format: int32
                                 * @description Online status: `0` offline, `1` online.
                                 */
                                onlineStatus?: number | null;
                                /**
                                 * Format: int64
                                 * @description Firmware upgrade plan id.
                                 */
                                planId?: number | null;
                                /** @description Product icon URL. */
                                productIcon?: string | null;
                                /**
                                 * Format: int64
                                 * @description Product id.
                                 */
                                productId?: number | null;
                                /** @description Product key. */
                                productKey?: string | null;
                                /** @description Product name. */
                                productName?: string | null;
                                /**
                                 * Format: int32
                                 * @description Access protocol: `0` default, `1` MQTT, `2` LwM2M/CoAP, `3` HTTP.
                                 */
                                protocol?: number | null;
                                /**
                                 * Format: int32
                                 * @description Binding status: `1` normal, `2` invalid.
                                 */
                                status?: number | null;
                                /** @description Last update time. */
                                updateTime?: string | null;
                                /**
                                 * Format: int64
                                 * @description Last update time, Unix milliseconds.
                                 */
                                updateTimeTs?: number | null;
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
                            }[];
                            /**
                             * Format: int32
                             * @description First page number in the navigation bar.
                             */
                            navigateFirstPage?: number;
                            /**
                             * Format: int32
                             * @description Last page number in the navigation bar.
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
                             * @description Number of sub-devices.
                             */
                            total?: number;
                        } | null;
                    };
                };
            };
        };
    };
    getProductManual: {
        parameters: {
            query: {
                /**
                 * @description Product key.
                 * @example p11u8a
                 */
                pk: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data.url` is the manual's address. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The product manual; `null` on error. */
                        data?: {
                            /** @description Address (URL) of the product manual. */
                            url?: string;
                        } | null;
                    };
                };
            };
        };
    };
    ownerUserUnshareDevice: {
        parameters: {
            query: {
                /**
                 * @description Share code of the share to cancel. Missing → `5136`; already invalid → `5142`.
                 * @example 3e5f0c1a9b7d4e2c8a6f1b0d9c7e5a3b
                 */
                shareCode: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). No payload on success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["EmptyData"];
                    };
                };
            };
        };
    };
    setBtLastUseTime: {
        parameters: {
            query: {
                /**
                 * @description Last Bluetooth use of the device, Unix milliseconds.
                 * @example 1744780802410
                 */
                btLastUseTime: number;
                /**
                 * @description Device key.
                 * @example 866123456789015
                 */
                dk: string;
                /**
                 * @description Product key.
                 * @example p11u8a
                 */
                pk: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). No payload on success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["EmptyData"];
                    };
                };
            };
        };
    };
    setDeviceTimeZone: {
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
                 *       "dk": "866123456789015",
                 *       "pk": "p11u8a",
                 *       "timeZone": "+08:00",
                 *       "timeZoneId": "Asia/Shanghai"
                 *     }
                 */
                "application/json": {
                    /** @description Device key. Missing → `5067`. */
                    dk: string;
                    /** @description Product key. Missing → `5066`. */
                    pk: string;
                    /** @description The time zone as a UTC offset, `+HH:mm`/`-HH:mm` or `+HH`/`-HH`, e.g. `+08:00`. */
                    timeZone: string;
                    /** @description Time zone id, e.g. `Asia/Shanghai`. */
                    timeZoneId?: string;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). No payload on success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["EmptyData"];
                    };
                };
            };
        };
    };
    setShareTime: {
        parameters: {
            query: {
                /**
                 * @description Share code of the share to change. Missing → `5136`.
                 * @example 3e5f0c1a9b7d4e2c8a6f1b0d9c7e5a3b
                 */
                shareCode: string;
                /**
                 * @description End of the sharee's use period, Unix milliseconds.
                 * @example 1767196799000
                 */
                sharingExpireAt: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). No payload on success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["EmptyData"];
                    };
                };
            };
        };
    };
    shareByUid: {
        parameters: {
            query: {
                /**
                 * @description Device key of the device to share. Missing → `5067`.
                 * @example 866123456789015
                 */
                dk: string;
                /**
                 * @description Product key of the device to share. Missing → `5066`.
                 * @example p11u8a
                 */
                pk: string;
                /** @description The device's authKey. */
                authKey?: string;
                /**
                 * @description What to do with the device's earlier valid share: `1` = replace it (default; the old share
                 *     code stops working), `2` = add this one, several shares coexisting, `3` = replace it only if
                 *     the use period is extended. Other values → `5133`.
                 */
                coverMark?: 1 | 2 | 3;
                /**
                 * @description E-mail address of the user to share with.
                 * @example li.lei@example.com
                 */
                email?: string;
                /**
                 * @description Phone number of the user to share with.
                 * @example 13800138000
                 */
                phone?: string;
                /**
                 * @description Uid of the user to share with.
                 * @example C131400
                 */
                shareUid?: string;
                /**
                 * @description Unix milliseconds until which the invited user may use the device. Absent: no limit, until
                 *     the owner cancels the share. Bad format → `5145`.
                 * @example 1767196799000
                 */
                sharingExpireAt?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` is a string (presumably the share code). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description Presumably the share code of the new share (undocumented); `null` on error. */
                        data?: string | null;
                    };
                };
            };
        };
    };
    shareDevice: {
        parameters: {
            query: {
                /**
                 * @description Share code to accept (from `shareInfo` or `shareByUid`). Missing → `5136`; invalid → `5137`.
                 * @example 3e5f0c1a9b7d4e2c8a6f1b0d9c7e5a3b
                 */
                shareCode: string;
                /**
                 * @description The sharee's name for the device. Too long → `5333`.
                 * @example Mum's plug
                 */
                deviceName?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). No payload on success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["EmptyData"];
                    };
                };
            };
        };
    };
    shareInfo: {
        parameters: {
            query: {
                /**
                 * @description Unix milliseconds until which the share code can be accepted (the expiry of the share QR code
                 *     seed); a code not used by then becomes invalid. Missing → `5132`; bad format → `5145`.
                 * @example 1744867200000
                 */
                acceptingExpireAt: number;
                /**
                 * @description Device key of the device to share. Missing → `5067`.
                 * @example 866123456789015
                 */
                dk: string;
                /**
                 * @description Product key of the device to share. Missing → `5066`.
                 * @example p11u8a
                 */
                pk: string;
                /** @description The device's authKey. */
                authKey?: string;
                /**
                 * @description What to do with the device's earlier valid share: `1` = replace it (default; the old share
                 *     code stops working), `2` = add this one, several shares coexisting, `3` = replace it only if
                 *     the use period is extended. Other values → `5133`.
                 */
                coverMark?: 1 | 2 | 3;
                /**
                 * @description Unix milliseconds until which the sharee may use the device. Absent: no limit, until the
                 *     owner cancels the share. Must be later than `acceptingExpireAt` (`5153`); bad format →
                 *     `5145`.
                 * @example 1767196799000
                 */
                sharingExpireAt?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` is the share code. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The share code, to hand to the sharee (who accepts it with `shareDevice`); `null` on error. */
                        data?: string | null;
                    };
                };
            };
        };
    };
    shareUserUnshareDevice: {
        parameters: {
            query: {
                /**
                 * @description Share code of the accepted share (`shareCode` in `userDeviceList`). Missing → `5136`; already invalid → `5142`.
                 * @example 3e5f0c1a9b7d4e2c8a6f1b0d9c7e5a3b
                 */
                shareCode: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). No payload on success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["EmptyData"];
                    };
                };
            };
        };
    };
    unbundlingDeviceDk: {
        parameters: {
            query: {
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
                /** @description Whether to initialise the device as well; default `false`. */
                isInit?: boolean;
                /**
                 * @description Pure Bluetooth devices only: the reset credentials,
                 *     `Base64(AES-128-CBC(PKCS5Padding("<PK>,<DK>,<bindingSecret>"), key = PS, iv = random))` (the
                 *     padded plaintext includes the ASCII commas).
                 */
                pureBtResetCredentials?: string;
                /** @description The `random` (AES IV) with which `pureBtResetCredentials` was encrypted, needed to decrypt it. */
                random?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data.bindingSum` is the number of users still bound. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description Result of the unbinding; `null` on error. */
                        data?: {
                            /**
                             * Format: int32
                             * @description Number of users bound to the device in the cloud after this unbinding, pseudo-bindings included.
                             */
                            bindingSum?: number;
                        } | null;
                    };
                };
            };
        };
    };
    batchControlDevice: {
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
                 *       "type": 2,
                 *       "data": "[{\"lock\":true},{\"ride_mode\":2}]",
                 *       "deviceList": [
                 *         {
                 *           "productKey": "p11u8a",
                 *           "deviceKey": "866123456789015"
                 *         }
                 *       ],
                 *       "isCache": 1,
                 *       "cacheTime": 600,
                 *       "isCover": 1,
                 *       "qos": 1
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: int32
                     * @description Command type: `1` = pass-through (raw data), `2` = property write, `3` = service call. Missing → `5070`; other values → `5071`.
                     * @enum {integer}
                     */
                    type: 1 | 2 | 3;
                    /**
                     * @description The command (see the operation's description for the format per `type`). For `type` 2, JSON
                     *     text such as `[{"lock":true}]` keyed by TSL property codes. Missing → `5074`; longer than
                     *     4,096 characters → `5075`.
                     */
                    data: string;
                    /**
                     * Format: int32
                     * @description Format of pass-through data: `1` = hex, `2` = text. Required when `type` is 1 (missing → `5072`; other values → `5073`).
                     * @enum {integer}
                     */
                    dataFormat?: 1 | 2;
                    /** @description The devices to send the command to. Missing → `5311`; too many → `5312` (no maximum is documented). */
                    deviceList: components["schemas"]["DeviceControlTarget"][];
                    /**
                     * Format: int32
                     * @description Cache the command for an offline device: `1` = yes, `2` = no (default). Other values → `5330`.
                     * @enum {integer}
                     */
                    isCache?: 1 | 2;
                    /**
                     * Format: int32
                     * @description Cache time in seconds, 1–7,776,000 (90 days). Required when `isCache` is 1 (missing → `5328`; out of range → `5329`).
                     */
                    cacheTime?: number;
                    /**
                     * Format: int32
                     * @description Replace an identical command sent before: `1` = yes, `2` = no (default). Only meaningful with `isCache` 1. Other values → `5331`.
                     * @enum {integer}
                     */
                    isCover?: 1 | 2;
                    /**
                     * Format: int32
                     * @description MQTT QoS level of the downlink message, `0` or `1` (default `1`).
                     * @default 1
                     * @enum {integer}
                     */
                    qos?: 0 | 1;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` says, per device, whether the command was accepted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description Result per device (the vendor's `PkdkResult`); `null` on error. */
                        data?: {
                            /** @description Devices the command was accepted for. */
                            successList?: {
                                data?: components["schemas"]["DeviceControlTarget"];
                                /** @description Id of the downlink message sent to this device. */
                                ticket?: string;
                            }[];
                            /** @description Devices the command was refused for. */
                            failureList?: {
                                data?: components["schemas"]["DeviceControlTarget"];
                                /** @description Why the command was refused for this device. */
                                msg?: string;
                            }[];
                        } | null;
                    };
                };
            };
        };
    };
    deviceEventList: {
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
                 *       "codeList": [],
                 *       "deviceKey": "",
                 *       "endTime": 0,
                 *       "page": 0,
                 *       "pageSize": 0,
                 *       "productKey": "",
                 *       "startTime": 0,
                 *       "timezone": ""
                 *     }
                 */
                "application/json": {
                    /** @description Product key of the device. */
                    productKey: string;
                    /** @description Device key of the device. */
                    deviceKey: string;
                    /** @description TSL event codes to list (`code` of the events in `productTSL`). */
                    codeList: string[];
                    /**
                     * Format: int64
                     * @description Start of the period, Unix milliseconds.
                     */
                    startTime: number;
                    /**
                     * Format: int64
                     * @description End of the period, Unix milliseconds.
                     */
                    endTime: number;
                    /**
                     * Format: int32
                     * @description Page number, from 1 (default 1).
                     * @default 1
                     */
                    page?: number;
                    /**
                     * Format: int32
                     * @description Page size (default 10).
                     * @default 10
                     */
                    pageSize?: number;
                    /** @description Time-zone offset, standard `±hh:mm` format (e.g. `+08:00`). */
                    timezone?: string;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` is a page of events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description One page of events (PageHelper `PageInfo` of the vendor's `DeviceEventVO`); `null` on error. */
                        data?: {
                            /**
                             * Format: int64
                             * @description Number of events in the period.
                             */
                            total?: number;
                            /** @description The events of this page. */
                            list?: {
                                /** @description Id of the event record. */
                                id?: string;
                                /** @description Product key. */
                                productKey?: string;
                                /** @description Device key. */
                                deviceKey?: string;
                                /**
                                 * Format: int32
                                 * @description TSL function id of the event (`id` in `productTSL`).
                                 */
                                abId?: number;
                                /** @description TSL event code. */
                                eventCode?: string;
                                /** @description Event name. */
                                eventName?: string;
                                /** @description Event type (the page gives no values; the model's event types are `INFO`, `WARN`, `ERROR`). */
                                eventType?: string;
                                /** @description The event's output parameters as JSON text. */
                                outputData?: string;
                                /** @description Extra information. */
                                extData?: {
                                    [key: string]: unknown;
                                } | null;
                                /**
                                 * Format: int32
                                 * @description Id of the device's message that carried the event.
                                 */
                                packetId?: number;
                                /** @description Ticket of the message. */
                                ticket?: string;
                                /** @description Time of the event, as text. */
                                createTime?: string;
                            }[];
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
                             * @description Number of events on this page.
                             */
                            size?: number;
                            /**
                             * Format: int64
                             * @description Row number of the first event on this page.
                             */
                            startRow?: number;
                            /**
                             * Format: int64
                             * @description Row number of the last event on this page.
                             */
                            endRow?: number;
                            /**
                             * Format: int32
                             * @description Number of pages.
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
                            /** @description Whether this is the first page. */
                            isFirstPage?: boolean;
                            /** @description Whether this is the last page. */
                            isLastPage?: boolean;
                            /** @description Whether a previous page exists. */
                            hasPreviousPage?: boolean;
                            /** @description Whether a next page exists. */
                            hasNextPage?: boolean;
                            /**
                             * Format: int32
                             * @description Number of page numbers in `navigatepageNums`.
                             */
                            navigatePages?: number;
                            /** @description Page numbers for navigation. */
                            navigatepageNums?: number[];
                            /**
                             * Format: int32
                             * @description First page number in `navigatepageNums`.
                             */
                            navigateFirstPage?: number;
                            /**
                             * Format: int32
                             * @description Last page number in `navigatepageNums`.
                             */
                            navigateLastPage?: number;
                        } | null;
                    };
                };
            };
        };
    };
    getDeviceBusinessAttributes: {
        parameters: {
            query: {
                /**
                 * @description Product key of the device.
                 * @example p11u8a
                 */
                pk: string;
                /**
                 * @description Device key of the device.
                 * @example 866123456789015
                 */
                dk: string;
                /**
                 * @description What to return, one value or several comma-separated: `1` = the device's basic attributes
                 *     (`deviceData`), `2` = TSL property values (`customizeTslInfo`), `3` = location
                 *     (`deviceLocateInfo`). Needed with `codeList` (else `5471`).
                 * @example 1,2,3
                 */
                type?: string;
                /**
                 * @description TSL property codes to return, comma-separated (with `type` including `2`).
                 * @example lock,battery_level
                 */
                codeList?: string;
                /** @description Product key of the gateway, for a sub-device behind a gateway. */
                gatewayPk?: string;
                /** @description Device key of the gateway, for a sub-device behind a gateway. */
                gatewayDk?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` holds the device's latest values. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The device's latest values (the vendor's `InnerApiDeviceDetailV2`); `null` on error. */
                        data?: {
                            /** @description Latest value of each TSL property the device reported. */
                            customizeTslInfo?: {
                                /**
                                 * Format: int32
                                 * @description TSL function id of the property (`id` in `productTSL`).
                                 */
                                abId?: number;
                                /** @description TSL identifier of the property (`code` in `productTSL`). */
                                resourceCode?: string;
                                /** @description Display name of the property. */
                                name?: string;
                                /** @description Data type, as in `productTSL` (`BOOL`, `INT`, `FLOAT`, `DOUBLE`, `ENUM`, `TEXT`, `RAW`, `DATE`, `STRUCT`, `ARRAY`). */
                                dataType?: string;
                                /** @description Access mode, as in `productTSL`: `R`, `W` or `RW`. */
                                subType?: string;
                                /** @description Function type, `PROPERTY`. */
                                type?: string;
                                /** @description The value as text (the vendor's spelling of "resourceValue"); see the operation's description for each data type. */
                                resourceValce?: string | null;
                                /** @description When the value was recorded, a millisecond time stamp as text (not on the page). */
                                createTime?: string;
                            }[] | null;
                            /** @description Status data reported by the device's module (battery, voltage, cellular signal, versions); only what the device reports. */
                            deviceData?: {
                                /** @description Product key. */
                                productKey?: string;
                                /** @description Device key. */
                                deviceKey?: string;
                                /** @description Battery level. */
                                battery?: number | null;
                                /** @description Voltage. */
                                voltage?: number | null;
                                /**
                                 * Format: int32
                                 * @description Signal strength.
                                 */
                                signalStrength?: number | null;
                                /**
                                 * Format: int32
                                 * @description Reference signal received power (LTE).
                                 */
                                rsrp?: number | null;
                                /**
                                 * Format: int32
                                 * @description Reference signal received quality (LTE).
                                 */
                                rsrq?: number | null;
                                /**
                                 * Format: int32
                                 * @description Signal to interference plus noise ratio.
                                 */
                                snr?: number | null;
                                /**
                                 * Format: int32
                                 * @description Mobile country code.
                                 */
                                mcc?: number | null;
                                /**
                                 * Format: int32
                                 * @description Mobile network code.
                                 */
                                mnc?: number | null;
                                /**
                                 * Format: int32
                                 * @description Location area code.
                                 */
                                lac?: number | null;
                                /**
                                 * Format: int64
                                 * @description Cell id.
                                 */
                                cellId?: number | null;
                                /** @description ICCID of the SIM card. */
                                iccid?: string | null;
                                /** @description SIM number. */
                                sim?: string | null;
                                /** @description Phone number of the SIM card. */
                                phoneNum?: string | null;
                                /** @description Module model, e.g. `EC200U`. */
                                type?: string | null;
                                /** @description Module firmware version. */
                                version?: string | null;
                                /** @description MCU firmware version. */
                                mcuVersion?: string | null;
                                /** @description Version of the device SDK. */
                                sdkVersion?: string | null;
                                /** @description Communication protocol version. */
                                comProtocolVer?: string | null;
                                /** @description Data protocol version. */
                                dataProtocolVer?: string | null;
                                /** @description Positioning functions the device supports. */
                                locator?: string | null;
                                /**
                                 * Format: int64
                                 * @description Free memory.
                                 */
                                memoryFree?: number | null;
                            } | null;
                            /** @description The device's latest location (the vendor's `QdLocationLatest`). */
                            deviceLocateInfo?: {
                                /** @description Product key. */
                                productKey?: string;
                                /** @description Device key. */
                                deviceKey?: string;
                                /** @description Latitude, decimal degrees as text. */
                                lat?: string | null;
                                /** @description Latitude hemisphere, `N` or `S`. */
                                latType?: string | null;
                                /** @description Longitude, decimal degrees as text. */
                                lng?: string | null;
                                /** @description Longitude hemisphere, `E` or `W`. */
                                lngType?: string | null;
                                /** @description Positioning type: `GP` GPS, `GL` GLONASS, `GA` Galileo, `GN` multi-GNSS, `BD` BeiDou, `PQ` QZSS, `LBS` cell-based. */
                                locateType?: string | null;
                                /** @description Horizontal dilution of precision, as text. */
                                hdop?: string | null;
                                /** @description Number of satellites in use, as text. */
                                satellites?: string | null;
                                /** @description Differential or non-differential fix (the page gives no values). */
                                locateStatus?: string | null;
                                /** @description Raw positioning data as reported (e.g. an NMEA sentence). */
                                locateRaw?: string | null;
                                /** @description Time of the fix as text, e.g. `2025-04-16 16:35:24`. */
                                locateTime?: string | null;
                                /**
                                 * Format: int64
                                 * @description Time of the fix, Unix milliseconds.
                                 */
                                locateTimeTs?: number | null;
                                /** @description When the platform recorded the location, as text (e.g. `2025-04-16 16:35:25`). */
                                createTime?: string | null;
                                /**
                                 * Format: int64
                                 * @description When the platform recorded the location, Unix milliseconds.
                                 */
                                createTimeTs?: number | null;
                            } | null;
                        } | null;
                    };
                };
            };
        };
    };
    getLocationHistory: {
        parameters: {
            query: {
                /**
                 * @description Product key of the device.
                 * @example p11u8a
                 */
                pk: string;
                /**
                 * @description Device key of the device.
                 * @example 866123456789015
                 */
                dk: string;
                /**
                 * @description Start of the period, Unix milliseconds.
                 * @example 1744792200000
                 */
                startTimestamp: number;
                /**
                 * @description End of the period, Unix milliseconds.
                 * @example 1744819199000
                 */
                endTimestamp: number;
                /**
                 * @description Positioning types to return, comma-separated: `GP`, `GL`, `GA`, `GN`, `BD`, `PQ`, `LBS` (default: all).
                 * @example GN,LBS
                 */
                locateTypes?: string;
                /** @description Product key of the gateway, for a sub-device behind a gateway. */
                gatewayPk?: string;
                /** @description Device key of the gateway, for a sub-device behind a gateway. */
                gatewayDk?: string;
                /** @description Date to query (the page gives no format). */
                timeStr?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` is the list of track points. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The track points (the vendor's `设备轨迹`); `null` on error. */
                        data?: {
                            /** @description Id of the track point. */
                            id?: string;
                            /** @description Product key. */
                            productKey?: string;
                            /** @description Device key. */
                            deviceKey?: string;
                            /** @description Positioning type: `GP`, `GL`, `GA`, `GN`, `BD`, `PQ` or `LBS`. */
                            locationType?: string;
                            /** @description Latitude, WGS84. */
                            wgsLat?: number;
                            /** @description Longitude, WGS84. */
                            wgsLng?: number;
                            /** @description Latitude, GCJ02. */
                            gcjLat?: number;
                            /** @description Longitude, GCJ02. */
                            gcjLng?: number;
                            /** @description Latitude, BD09. */
                            bdLat?: number;
                            /** @description Longitude, BD09. */
                            bdLng?: number;
                            /** @description Accuracy. */
                            accuracy?: string;
                            /**
                             * Format: float
                             * @description Horizontal dilution of precision, 0.5–99.99.
                             */
                            hdop?: number;
                            /**
                             * Format: int32
                             * @description Number of satellites in use.
                             */
                            satellites?: number;
                            /** @description Time of the fix, as text. */
                            locateTime?: string;
                            /**
                             * Format: int64
                             * @description Time of the fix, Unix milliseconds.
                             */
                            locateTimeTs?: number;
                            /**
                             * Format: int64
                             * @description Time of the fix, Unix milliseconds (the page does not say how it differs from `locateTimeTs`).
                             */
                            tsLocateTime?: number;
                        }[] | null;
                    };
                };
            };
        };
    };
    getPropertyChartList: {
        parameters: {
            query: {
                /**
                 * @description Product key of the device.
                 * @example p11u8a
                 */
                pk: string;
                /**
                 * @description Device key of the device.
                 * @example 866123456789015
                 */
                dk: string;
                /**
                 * @description TSL property codes (`code` in `productTSL`), comma-separated, at most 10.
                 * @example mileage
                 */
                attributeCode: string;
                /**
                 * @description Start of the period, Unix milliseconds.
                 * @example 1744214400000
                 */
                startTimestamp: number;
                /**
                 * @description End of the period, Unix milliseconds.
                 * @example 1744819199000
                 */
                endTimestamp: number;
                /** @description Aggregation per interval: `1` = maximum, `2` = minimum, `3` = average (default), `4` = difference, `5` = total. */
                countType?: 1 | 2 | 3 | 4 | 5;
                /** @description Interval of a point: `1` = month, `2` = day (default), `3` = hour. */
                timeGranularity?: 1 | 2 | 3;
                /** @description Product key of the gateway, for a sub-device behind a gateway. */
                gatewayPk?: string;
                /** @description Device key of the gateway, for a sub-device behind a gateway. */
                gatewayDk?: string;
                /** @description Date to query (the page gives no format). */
                timeStr?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` holds one series per property. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description One series per requested property (the vendor's `属性图表出参`); `null` on error. */
                        data?: {
                            /** @description TSL property code of the series. */
                            propertyCode?: string;
                            /** @description Label of each interval (record time as text). */
                            xaxisData?: string[];
                            /** @description Start of each interval, Unix milliseconds. */
                            xaxisDataTs?: number[];
                            /** @description Aggregated value of each interval (any JSON value), in the order of `xaxisData`. */
                            yaxisData?: unknown[];
                        }[] | null;
                    };
                };
            };
        };
    };
    getPropertyDataList: {
        parameters: {
            query: {
                /**
                 * @description Product key of the device.
                 * @example p11u8a
                 */
                pk: string;
                /**
                 * @description Device key of the device.
                 * @example 866123456789015
                 */
                dk: string;
                /**
                 * @description TSL property code (`code` in `productTSL`).
                 * @example battery_level
                 */
                attributeCode: string;
                /**
                 * @description Start of the period, Unix milliseconds.
                 * @example 1744732800000
                 */
                startTimestamp: number;
                /**
                 * @description End of the period, Unix milliseconds.
                 * @example 1744819199000
                 */
                endTimestamp: number;
                /** @description Product key of the gateway, for a sub-device behind a gateway. */
                gatewayPk?: string;
                /** @description Device key of the gateway, for a sub-device behind a gateway. */
                gatewayDk?: string;
                /** @description Page number, from 1 (default 1). */
                page?: number;
                /** @description Page size (default 10). */
                pageSize?: number;
                /** @description Date to query (the page gives no format). */
                timeStr?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` is a page of recorded values. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description One page of recorded values (PageHelper `PageInfo`); `null` on error. */
                        data?: {
                            /**
                             * Format: int64
                             * @description Number of values in the period.
                             */
                            total?: number;
                            /** @description The values of this page. */
                            list?: {
                                /** @description Product key. */
                                productKey?: string;
                                /** @description Device key. */
                                deviceKey?: string;
                                /** @description TSL property code. */
                                propertyCode?: string;
                                /** @description The value the device reported (any JSON value). */
                                propertyValue?: unknown;
                                /** @description When the value was recorded, as text. */
                                createTime?: string;
                                /** @description When the value was recorded, as formatted text. */
                                createTimeStr?: string;
                                /**
                                 * Format: int64
                                 * @description When the value was recorded, Unix milliseconds.
                                 */
                                createTimeTs?: number;
                                /**
                                 * Format: int64
                                 * @description Record time, Unix milliseconds.
                                 */
                                tsCreateTime?: number;
                            }[];
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
                             * @description Number of values on this page.
                             */
                            size?: number;
                            /**
                             * Format: int64
                             * @description Row number of the first value on this page.
                             */
                            startRow?: number;
                            /**
                             * Format: int64
                             * @description Row number of the last value on this page.
                             */
                            endRow?: number;
                            /**
                             * Format: int32
                             * @description Number of pages.
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
                            /** @description Whether this is the first page. */
                            isFirstPage?: boolean;
                            /** @description Whether this is the last page. */
                            isLastPage?: boolean;
                            /** @description Whether a previous page exists. */
                            hasPreviousPage?: boolean;
                            /** @description Whether a next page exists. */
                            hasNextPage?: boolean;
                            /**
                             * Format: int32
                             * @description Number of page numbers in `navigatepageNums`.
                             */
                            navigatePages?: number;
                            /** @description Page numbers for navigation. */
                            navigatepageNums?: number[];
                            /**
                             * Format: int32
                             * @description First page number in `navigatepageNums`.
                             */
                            navigateFirstPage?: number;
                            /**
                             * Format: int32
                             * @description Last page number in `navigatepageNums`.
                             */
                            navigateLastPage?: number;
                        } | null;
                    };
                };
            };
        };
    };
    getPropertyStatistics: {
        parameters: {
            query: {
                /**
                 * @description Product key of the device.
                 * @example p11u8a
                 */
                pk: string;
                /**
                 * @description Device key of the device.
                 * @example 866123456789015
                 */
                dk: string;
                /**
                 * @description TSL property code (`code` in `productTSL`).
                 * @example mileage
                 */
                attributeCode: string;
                /** @description Aggregation: `1` = maximum, `2` = minimum, `3` = average (default), `4` = difference, `5` = total. */
                countType?: 1 | 2 | 3 | 4 | 5;
                /**
                 * @description The current time, Unix milliseconds; the periods are counted from it.
                 * @example 1744792525000
                 */
                currentTimestamp?: number;
                /**
                 * @description Periods, one value or several comma-separated: `1` = day (default), `2` = week, `3` = month, `4` = year.
                 * @example 1,2
                 */
                timeGranularities?: string;
                /** @description Product key of the gateway, for a sub-device behind a gateway. */
                gatewayPk?: string;
                /** @description Device key of the gateway, for a sub-device behind a gateway. */
                gatewayDk?: string;
                /** @description Date to query (the page gives no format). */
                timeStr?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` holds one statistic per requested period. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description One statistic per requested period (the vendor's `设备属性环比值`); `null` on error. */
                        data?: {
                            /**
                             * Format: int32
                             * @description Period: `1` = day, `2` = week, `3` = month, `4` = year.
                             */
                            timeGranularity?: number;
                            /** @description The statistic of the current period (any JSON value). */
                            statValue?: unknown;
                        }[] | null;
                    };
                };
            };
        };
    };
    productTSL: {
        parameters: {
            query: {
                /**
                 * @description Product key of the device (`productKey` of `userDeviceList`). Missing → `5066`.
                 * @example p11u8a
                 */
                pk: string;
                /** @description Product key of the gateway, for a sub-device behind a gateway. */
                gatewayPk?: string;
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
                        data?: components["schemas"]["ProductTslModel"];
                    };
                };
            };
        };
    };
    addCommonUsedDevice: {
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
                 *       "deviceList": [
                 *         {
                 *           "dk": "",
                 *           "pk": ""
                 *         }
                 *       ],
                 *       "fid": ""
                 *     }
                 */
                "application/json": components["schemas"]["FamilyCommonUsedDeviceRequest"];
            };
        };
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["FamilyBatchResult"];
                    };
                };
            };
        };
    };
    addDeviceInFamilyRoom: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example [
                 *       {
                 *         "dk": "",
                 *         "newFrid": "",
                 *         "oldFrid": "",
                 *         "pk": ""
                 *       }
                 *     ]
                 */
                "application/json": {
                    /**
                     * @description Product key.
                     * @example p11u8a
                     */
                    pk: string;
                    /**
                     * @description Device key.
                     * @example 866123456789015
                     */
                    dk: string;
                    /**
                     * @description Room to move the device into (`frid`). Missing → `5637`.
                     * @example c5a1e3f7b9d24c6e8a0b2d4f6e8c0a1b
                     */
                    newFrid: string;
                    /**
                     * @description Room the device is in now; may be empty when the device is in no room (e.g. moved from
                     *     the family's frequently used list). Equal to `newFrid` → `5663`.
                     */
                    oldFrid?: string;
                }[];
            };
        };
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["FamilyBatchResult"];
                    };
                };
            };
        };
    };
    addFamily: {
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
                 *       "familyCoordinates": "",
                 *       "familyLocation": "",
                 *       "familyName": "",
                 *       "familyRoomList": []
                 *     }
                 */
                "application/json": {
                    /**
                     * @description Family name, up to 256 characters, unique among the user's families. Missing → `5613`; taken → `5616`; too long → `5659`.
                     * @example 我的家
                     */
                    familyName: string;
                    /**
                     * @description Family address, up to 256 characters (else `5660`).
                     * @example 上海市闵行区宜山路1801号
                     */
                    familyLocation?: string;
                    /**
                     * @description Family coordinates `latitude,longitude` (WGS84), e.g. `31.170845,121.397392`. Malformed → `5633`.
                     * @example 31.170845,121.397392
                     */
                    familyCoordinates?: string;
                    /**
                     * @description Names of rooms to create in the family, each up to 30 characters (else `5641`), no repeats (else `5673`).
                     * @example [
                     *       "客厅",
                     *       "主卧"
                     *     ]
                     */
                    familyRoomList?: string[];
                };
            };
        };
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["FamilyInfo"];
                    };
                };
            };
        };
    };
    addFamilyRoom: {
        parameters: {
            query: {
                /**
                 * @description Family id (`fid`, from `addFamily` or `getFamilyList`). Missing → `5618`.
                 * @example 1d1f8a6e0c6b4e0a9b2d7c3e5f4a6b8c
                 */
                fid: string;
                /**
                 * @description Room name, up to 30 characters, unique in the family. Missing → `5640`; too long → `5641`; taken → `5642`.
                 * @example 书房
                 */
                roomName: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The new room (`AddRoomVO`); `null` on error. */
                        data?: {
                            /** @description Id of the new room (`frid`). */
                            frid?: string;
                            /** @description Room name. */
                            roomName?: string;
                        } | null;
                    };
                };
            };
        };
    };
    deleteCommonUsedDevice: {
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
                 *       "deviceList": [
                 *         {
                 *           "dk": "",
                 *           "pk": ""
                 *         }
                 *       ],
                 *       "fid": ""
                 *     }
                 */
                "application/json": components["schemas"]["FamilyCommonUsedDeviceRequest"];
            };
        };
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["FamilyBatchResult"];
                    };
                };
            };
        };
    };
    deleteFamily: {
        parameters: {
            query: {
                /**
                 * @description Family id (`fid`, from `addFamily` or `getFamilyList`). Missing → `5618`.
                 * @example 1d1f8a6e0c6b4e0a9b2d7c3e5f4a6b8c
                 */
                fid: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["EmptyData"];
                    };
                };
            };
        };
    };
    deleteFamilyMember: {
        parameters: {
            query: {
                /**
                 * @description Family id (`fid`, from `addFamily` or `getFamilyList`). Missing → `5636`.
                 * @example 1d1f8a6e0c6b4e0a9b2d7c3e5f4a6b8c
                 */
                fid: string;
                /**
                 * @description The member's user id (`uid` in `getFamilyMemberList`). Missing → `5656`. Not the caller (else `5679`); not in the family → `6054`.
                 * @example C131405
                 */
                memberUid: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["EmptyData"];
                    };
                };
            };
        };
    };
    deleteFamilyRoom: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example [] */
                "application/json": string[];
            };
        };
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["FamilyBatchResult"];
                    };
                };
            };
        };
    };
    enabledAutoSwitch: {
        parameters: {
            query: {
                /**
                 * @description `true` turns automatic switching on, `false` turns it off. Missing → `5623`.
                 * @example true
                 */
                enabled: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["EmptyData"];
                    };
                };
            };
        };
    };
    enabledFamilyMode: {
        parameters: {
            query: {
                /**
                 * @description `true` turns home mode on, `false` turns it off. Missing → `5623`.
                 * @example true
                 */
                enabled: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["EmptyData"];
                    };
                };
            };
        };
    };
    familyMemberInviteHandle: {
        parameters: {
            query: {
                /**
                 * @description The answer: `0` decline, `1` accept. Missing → `5654`; other values → `5655`.
                 * @example 1
                 */
                decide: 0 | 1;
                /**
                 * @description Id of the inviting family (`fid` of the invitation in `getFamilyInviteList`). Missing → `5636`.
                 * @example 7b3e9c2d4f6a4b1c8d0e2f4a6c8e0b2d
                 */
                fid: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["EmptyData"];
                    };
                };
            };
        };
    };
    familySetDeviceInfo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example [
                 *       {
                 *         "deviceName": "",
                 *         "dk": "",
                 *         "fid": "",
                 *         "isCommonUsed": true,
                 *         "newFrid": "",
                 *         "oldFrid": "",
                 *         "pk": "",
                 *         "shareCode": ""
                 *       }
                 *     ]
                 */
                "application/json": {
                    /**
                     * @description Product key.
                     * @example p11u8a
                     */
                    pk: string;
                    /**
                     * @description Device key.
                     * @example 866123456789015
                     */
                    dk: string;
                    /**
                     * @description Family id. Required when setting `isCommonUsed`; optional when renaming (recommended:
                     *     the call is faster with it).
                     * @example 1d1f8a6e0c6b4e0a9b2d7c3e5f4a6b8c
                     */
                    fid?: string;
                    /**
                     * @description New device name.
                     * @example 客厅空调
                     */
                    deviceName?: string;
                    /** @description `true`: make it a frequently used device; `false`: not frequently used. */
                    isCommonUsed?: boolean;
                    /** @description Room to move the device into. */
                    newFrid?: string;
                    /** @description Room to move the device out of. */
                    oldFrid?: string;
                    /** @description Share code; required when renaming a device shared with the user. */
                    shareCode?: string;
                }[];
            };
        };
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["FamilyBatchResult"];
                    };
                };
            };
        };
    };
    getCommonUsedDeviceList: {
        parameters: {
            query: {
                /**
                 * @description Family id (`fid`, from `addFamily` or `getFamilyList`). Missing → `5618`.
                 * @example 1d1f8a6e0c6b4e0a9b2d7c3e5f4a6b8c
                 */
                fid: string;
                /** @description `false`: hide device groups; `true`: include them. */
                isGroupDeviceShow?: boolean;
                /** @description Page number, from 1 (default 1). */
                page?: number;
                /** @description Page size (default 10). */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["FamilyDevicePage"];
                    };
                };
            };
        };
    };
    getCurrentFamily: {
        parameters: {
            query?: {
                /**
                 * @description The phone's current coordinates, `latitude,longitude` (WGS84). Malformed → `5633`.
                 * @example 31.170845,121.397392
                 */
                currentCoordinates?: string;
                /**
                 * @description Family id the app currently shows (`fid`).
                 * @example 1d1f8a6e0c6b4e0a9b2d7c3e5f4a6b8c
                 */
                fid?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["FamilyInfo"];
                    };
                };
            };
        };
    };
    getFamilyDeviceList: {
        parameters: {
            query: {
                /**
                 * @description Family id (`fid`, from `addFamily` or `getFamilyList`). Missing → `5618`.
                 * @example 1d1f8a6e0c6b4e0a9b2d7c3e5f4a6b8c
                 */
                fid: string;
                /** @description Device name to search for (fuzzy match). */
                deviceName?: string;
                /** @description `false`: the devices added to the family; `true`: those plus all of the user's own devices. */
                isAddOwnerDevice?: boolean;
                /** @description `false`: include devices already associated (with another device); `true`: leave them out. */
                isAssociation?: boolean;
                /** @description `false`: hide device groups; `true`: include them. */
                isGroupDeviceShow?: boolean;
                /** @description Page number, from 1 (default 1). */
                page?: number;
                /** @description Page size (default 10). */
                pageSize?: number;
                /**
                 * @description Product keys to filter by, comma-separated.
                 * @example p11u8a
                 */
                pkList?: string;
                /** @description Second-level product category code to filter by. */
                secondItemCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["FamilyDevicePage"];
                    };
                };
            };
        };
    };
    getFamilyInviteList: {
        parameters: {
            query?: {
                /** @description Page number, from 1 (default 1). */
                page?: number;
                /** @description Page size (default 10). */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["FamilyInvitePage"];
                    };
                };
            };
        };
    };
    getFamilyList: {
        parameters: {
            query?: {
                /** @description Page number, from 1 (default 1). */
                page?: number;
                /** @description Page size (default 10). */
                pageSize?: number;
                /**
                 * @description Only families where the user has one of these roles, comma-separated: `1` creator, `2`
                 *     administrator, `3` ordinary member (e.g. `1,2`). All families when absent.
                 * @example 1,2
                 */
                role?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["FamilyPage"];
                    };
                };
            };
        };
    };
    getFamilyMemberList: {
        parameters: {
            query: {
                /**
                 * @description Family id (`fid`, from `addFamily` or `getFamilyList`). Missing → `5636`.
                 * @example 1d1f8a6e0c6b4e0a9b2d7c3e5f4a6b8c
                 */
                fid: string;
                /** @description Page number, from 1 (default 1). */
                page?: number;
                /** @description Page size (default 10). */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["FamilyMemberPage"];
                    };
                };
            };
        };
    };
    getFamilyModeConfig: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The user's home-mode switches; `null` on error. */
                        data?: {
                            /** @description Whether home mode is on. */
                            enabledFamilyMode?: boolean;
                            /** @description Whether automatic family switching is on. */
                            enabledAutoSwitch?: boolean;
                        } | null;
                    };
                };
            };
        };
    };
    getFamilyRoomDeviceList: {
        parameters: {
            query: {
                /**
                 * @description Room id (`frid`, from `addFamilyRoom` or `getFamilyRoomList`). Missing → `5637`.
                 * @example c5a1e3f7b9d24c6e8a0b2d4f6e8c0a1b
                 */
                frid: string;
                /** @description `false`: hide device groups; `true`: include them. */
                isGroupDeviceShow?: boolean;
                /** @description Page number, from 1 (default 1). */
                page?: number;
                /** @description Page size (default 10). */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["FamilyDevicePage"];
                    };
                };
            };
        };
    };
    getFamilyRoomList: {
        parameters: {
            query: {
                /**
                 * @description Family id (`fid`, from `addFamily` or `getFamilyList`). Missing → `5618`.
                 * @example 1d1f8a6e0c6b4e0a9b2d7c3e5f4a6b8c
                 */
                fid: string;
                /** @description Page number, from 1 (default 1). */
                page?: number;
                /** @description Page size (default 10). */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["FamilyRoomPage"];
                    };
                };
            };
        };
    };
    inviteFamilyMember: {
        parameters: {
            query: {
                /**
                 * @description Family id (`fid`, from `addFamily` or `getFamilyList`). Missing → `5636`.
                 * @example 1d1f8a6e0c6b4e0a9b2d7c3e5f4a6b8c
                 */
                fid: string;
                /**
                 * @description When the invitation expires, Unix milliseconds; must be in the future. Missing → `5646`; past → `5647`; malformed → `5145`.
                 * @example 1745385600000
                 */
                invalidTime: number;
                /**
                 * @description The invitee's name in this family, up to 256 characters, unique in the family. Missing → `5648`; too long → `5649`; taken → `5650`.
                 * @example 妈妈
                 */
                memberName: string;
                /**
                 * @description Member role: `1` family creator (only the user who created the family has it), `2` family
                 *     administrator, `3` ordinary member. Missing → `5645`.
                 * @example 3
                 */
                memberRole: 1 | 2 | 3;
                /** @description Acceptance time (`date-time`). Listed by the page for this request without explanation; the server records acceptance itself, so leave it out. */
                acceptTime?: string;
                /**
                 * @description Invitee's e-mail address (one of `uid`, `phone`, `email` is needed, else `5651`).
                 * @example mum@example.com
                 */
                email?: string;
                /** @description Invitation time (`date-time`). Listed by the page without explanation; presumably the server sets it when absent. */
                inviteTime?: string;
                /**
                 * @description Invitee's phone number (one of `uid`, `phone`, `email` is needed, else `5651`). Malformed → `5019`.
                 * @example 13912345678
                 */
                phone?: string;
                /**
                 * @description Invitee's user id (one of `uid`, `phone`, `email` is needed, else `5651`).
                 * @example C131405
                 */
                uid?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["EmptyData"];
                    };
                };
            };
        };
    };
    leaveFamily: {
        parameters: {
            query: {
                /**
                 * @description Family id (`fid`, from `addFamily` or `getFamilyList`). Missing → `5636`.
                 * @example 1d1f8a6e0c6b4e0a9b2d7c3e5f4a6b8c
                 */
                fid: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["EmptyData"];
                    };
                };
            };
        };
    };
    setFamily: {
        parameters: {
            query: {
                /**
                 * @description Family id (`fid`, from `addFamily` or `getFamilyList`). Missing → `5618`.
                 * @example 1d1f8a6e0c6b4e0a9b2d7c3e5f4a6b8c
                 */
                fid: string;
                /**
                 * @description New coordinates, `latitude,longitude` (WGS84). Malformed → `5633`.
                 * @example 31.170845,121.397392
                 */
                familyCoordinates?: string;
                /**
                 * @description New address, up to 256 characters (else `5660`).
                 * @example 上海市闵行区宜山路1801号
                 */
                familyLocation?: string;
                /**
                 * @description New name, up to 256 characters (else `5659`); taken → `5616`.
                 * @example 我的新家
                 */
                familyName?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["EmptyData"];
                    };
                };
            };
        };
    };
    setFamilyMemberName: {
        parameters: {
            query: {
                /**
                 * @description Family id (`fid`, from `addFamily` or `getFamilyList`). Missing → `5636`.
                 * @example 1d1f8a6e0c6b4e0a9b2d7c3e5f4a6b8c
                 */
                fid: string;
                /**
                 * @description New member name. Missing → `5648`.
                 * @example 老妈
                 */
                memberName: string;
                /**
                 * @description The member's user id (`uid` in `getFamilyMemberList`). Missing → `5656`. Not in the family → `6053`.
                 * @example C131405
                 */
                memberUid: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["EmptyData"];
                    };
                };
            };
        };
    };
    setFamilyMemberRole: {
        parameters: {
            query: {
                /**
                 * @description Family id (`fid`, from `addFamily` or `getFamilyList`). Missing → `5636`.
                 * @example 1d1f8a6e0c6b4e0a9b2d7c3e5f4a6b8c
                 */
                fid: string;
                /**
                 * @description Member role: `1` family creator (only the user who created the family has it), `2` family
                 *     administrator, `3` ordinary member. Missing → `5645`; invalid → `5658`.
                 * @example 2
                 */
                memberRole: 1 | 2 | 3;
                /**
                 * @description The member's user id (`uid` in `getFamilyMemberList`). Missing → `5656`. Not the caller (else `5657`).
                 * @example C131405
                 */
                memberUid: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["EmptyData"];
                    };
                };
            };
        };
    };
    setFamilyRoom: {
        parameters: {
            query: {
                /**
                 * @description Room id (`frid`, from `addFamilyRoom` or `getFamilyRoomList`). Missing → `5637`.
                 * @example c5a1e3f7b9d24c6e8a0b2d4f6e8c0a1b
                 */
                frid: string;
                /**
                 * @description New room name, up to 30 characters, unique in the family. Missing → `5640`; too long → `5641`; taken → `5642`.
                 * @example 起居室
                 */
                roomName: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["EmptyData"];
                    };
                };
            };
        };
    };
    setFamilyRoomSort: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example [
                 *       {
                 *         "frid": "",
                 *         "roomSort": 0
                 *       }
                 *     ]
                 */
                "application/json": {
                    /**
                     * @description Room id (`frid`).
                     * @example c5a1e3f7b9d24c6e8a0b2d4f6e8c0a1b
                     */
                    frid: string;
                    /**
                     * Format: int32
                     * @description Position, from 0 upwards, smaller first; gaps allowed, no two rooms equal (else `5007`).
                     * @example 0
                     */
                    roomSort: number;
                }[];
            };
        };
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["FamilyBatchResult"];
                    };
                };
            };
        };
    };
    batchAddCommonScene: {
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
                 *       "sceneIdList": [
                 *         "c5e7a2f0b9d14c3e8f6a1b2d3e4f5a6b"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["SceneCommonIdList"];
            };
        };
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` says which scenes succeeded and which failed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["SceneCommonBatchResult"];
                    };
                };
            };
        };
    };
    batchDeleteCommonScene: {
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
                 *       "sceneIdList": [
                 *         "c5e7a2f0b9d14c3e8f6a1b2d3e4f5a6b"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["SceneCommonIdList"];
            };
        };
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` says which scenes succeeded and which failed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["SceneCommonBatchResult"];
                    };
                };
            };
        };
    };
    deleteSceneLog: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": {
                    /** @description Family id; required when the user has home mode enabled, omitted otherwise. */
                    fid?: string;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). No payload on success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["EmptyData"];
                    };
                };
            };
        };
    };
    sceneCreate: {
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
                 *       "isCommon": true,
                 *       "sceneInfo": {
                 *         "name": "回家",
                 *         "icon": "https://aiot-cdn.quectel.com/paas2/cdn/scene-home.png",
                 *         "metaDataList": [
                 *           {
                 *             "productKey": "p11u8a",
                 *             "deviceKey": "866123456789015",
                 *             "deviceName": "客厅灯",
                 *             "deviceType": 1,
                 *             "logoImage": "https://aiot-cdn.quectel.com/paas2/cdn/29c9cbead1ab4344829205aa2b9612911732871292272.jpeg",
                 *             "actionList": [
                 *               {
                 *                 "id": 1,
                 *                 "code": "switch",
                 *                 "name": "开关",
                 *                 "type": "PROPERTY",
                 *                 "subType": "RW",
                 *                 "dataType": "BOOL",
                 *                 "subName": "开",
                 *                 "value": true
                 *               },
                 *               {
                 *                 "id": 2,
                 *                 "code": "brightness",
                 *                 "name": "亮度",
                 *                 "type": "PROPERTY",
                 *                 "subType": "RW",
                 *                 "dataType": "INT",
                 *                 "unit": "%",
                 *                 "value": 80
                 *               }
                 *             ]
                 *           }
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["SceneDefinition"];
            };
        };
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` is a string, presumably the new `sceneId`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description Undocumented string; presumably the `sceneId` of the new scene. `null` on error. */
                        data?: string | null;
                    };
                };
            };
        };
    };
    sceneDelete: {
        parameters: {
            query: {
                /**
                 * @description Id of the scene to delete (`sceneInfo.sceneId`).
                 * @example c5e7a2f0b9d14c3e8f6a1b2d3e4f5a6b
                 */
                sceneId: string;
                /** @description Family id; required when the user has home mode enabled, omitted otherwise. */
                fid?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). No payload on success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["EmptyData"];
                    };
                };
            };
        };
    };
    sceneEdit: {
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
                 *       "isCommon": true,
                 *       "sceneInfo": {
                 *         "id": 1024,
                 *         "sceneId": "c5e7a2f0b9d14c3e8f6a1b2d3e4f5a6b",
                 *         "uid": "C131362",
                 *         "name": "晚上回家",
                 *         "icon": "https://aiot-cdn.quectel.com/paas2/cdn/scene-home.png",
                 *         "metaDataList": [
                 *           {
                 *             "productKey": "p11u8a",
                 *             "deviceKey": "866123456789015",
                 *             "deviceName": "客厅灯",
                 *             "deviceType": 1,
                 *             "logoImage": "https://aiot-cdn.quectel.com/paas2/cdn/29c9cbead1ab4344829205aa2b9612911732871292272.jpeg",
                 *             "actionList": [
                 *               {
                 *                 "actionId": 2048,
                 *                 "id": 1,
                 *                 "code": "switch",
                 *                 "name": "开关",
                 *                 "type": "PROPERTY",
                 *                 "subType": "RW",
                 *                 "dataType": "BOOL",
                 *                 "subName": "开",
                 *                 "value": true
                 *               },
                 *               {
                 *                 "actionId": 2049,
                 *                 "id": 2,
                 *                 "code": "brightness",
                 *                 "name": "亮度",
                 *                 "type": "PROPERTY",
                 *                 "subType": "RW",
                 *                 "dataType": "INT",
                 *                 "unit": "%",
                 *                 "value": 40
                 *               }
                 *             ]
                 *           }
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["SceneDefinition"];
            };
        };
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). No payload on success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["EmptyData"];
                    };
                };
            };
        };
    };
    sceneExecute: {
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
                 *       "sceneId": "c5e7a2f0b9d14c3e8f6a1b2d3e4f5a6b"
                 *     }
                 */
                "application/json": {
                    /** @description Id of the scene to run (`sceneInfo.sceneId`). */
                    sceneId: string;
                    /** @description Family id; required when the user has home mode enabled, omitted otherwise. */
                    fid?: string;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` is the outcome of the run. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["SceneExecutionResult"];
                    };
                };
            };
        };
    };
    sceneTest: {
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
                 *       "isCommon": false,
                 *       "sceneInfo": {
                 *         "name": "回家",
                 *         "icon": "https://aiot-cdn.quectel.com/paas2/cdn/scene-home.png",
                 *         "metaDataList": [
                 *           {
                 *             "productKey": "p11u8a",
                 *             "deviceKey": "866123456789015",
                 *             "deviceName": "客厅灯",
                 *             "deviceType": 1,
                 *             "actionList": [
                 *               {
                 *                 "id": 1,
                 *                 "code": "switch",
                 *                 "name": "开关",
                 *                 "type": "PROPERTY",
                 *                 "subType": "RW",
                 *                 "dataType": "BOOL",
                 *                 "subName": "开",
                 *                 "value": true
                 *               }
                 *             ]
                 *           }
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["SceneDefinition"];
            };
        };
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` is the outcome of the test run. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["SceneExecutionResult"];
                    };
                };
            };
        };
    };
    selectCommonSceneList: {
        parameters: {
            query?: {
                /** @description Family id; required when the user has home mode enabled (lists that family's scenes), omitted otherwise. */
                fid?: string;
                /**
                 * @description Page number (PageHelper, 1-based; the page calls it "当面页码", a typo for 当前页码, current page).
                 * @example 1
                 */
                page?: number;
                /**
                 * @description Number of scenes per page.
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
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` is a page of scenes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["ScenePage"];
                    };
                };
            };
        };
    };
    selectSceneDetail: {
        parameters: {
            query: {
                /**
                 * @description Id of the scene (`sceneInfo.sceneId`).
                 * @example c5e7a2f0b9d14c3e8f6a1b2d3e4f5a6b
                 */
                sceneId: string;
                /** @description Family id; required when the user has home mode enabled, omitted otherwise. */
                fid?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` is the scene. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The scene (the vendor's `场景参数Res`, the fields of `SceneDefinition`); `null` on error. */
                        data?: {
                            /** @description The family the scene belongs to (home mode). */
                            fid?: string;
                            /** @description Whether the scene is one of the frequently used scenes. */
                            isCommon?: boolean;
                            sceneInfo: components["schemas"]["SceneInfo"];
                        } | null;
                    };
                };
            };
        };
    };
    selectSceneList: {
        parameters: {
            query?: {
                /** @description Family id; required when the user has home mode enabled (lists that family's scenes), omitted otherwise. */
                fid?: string;
                /**
                 * @description Page number (PageHelper, 1-based; the page calls it "当面页码", a typo for 当前页码, current page).
                 * @example 1
                 */
                page?: number;
                /**
                 * @description Number of scenes per page.
                 * @example 10
                 */
                pageSize?: number;
                /** @description Scene name to filter by. */
                sceneName?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` is a page of scenes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["ScenePage"];
                    };
                };
            };
        };
    };
    selectSceneLogDetail: {
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
                 *       "executionId": 1650123
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: int64
                     * @description Id of the execution record.
                     */
                    executionId: number;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` is the execution record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The execution record (the vendor's `场景日志详情`, the fields of `SceneLogEntry`); `null` on error. */
                        data?: {
                            /** @description How the run was started (the page's "调用方式", call type; its values are undocumented). */
                            callType?: string;
                            /**
                             * Format: int64
                             * @description Id of the execution record.
                             */
                            executionId?: number;
                            /** @description Per-device results. */
                            executionList?: components["schemas"]["SceneLogDeviceResult"][];
                            /**
                             * Format: int32
                             * @description Overall result: `1` = success, `2` = failure, `3` = partial success.
                             * @enum {integer}
                             */
                            executionResult?: 1 | 2 | 3;
                            /**
                             * Format: int64
                             * @description Time of the run, Unix milliseconds.
                             */
                            executionTime?: number;
                            /** @description Icon of the scene. */
                            sceneIcon?: string;
                            /** @description Id of the scene that ran. */
                            sceneId?: string;
                            /** @description Name of the scene. */
                            sceneName?: string;
                        } | null;
                    };
                };
            };
        };
    };
    selectSceneLogList: {
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
                 *       "lastExecutionId": 1650124,
                 *       "limit": 10
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: int64
                     * @description The `executionId` of the last record already received (the page's "最后一条执行记录ID").
                     */
                    lastExecutionId: number;
                    /**
                     * Format: int32
                     * @description Number of records per page.
                     */
                    limit: number;
                    /** @description Family id; required when the user has home mode enabled, omitted otherwise. */
                    fid?: string;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` is a list of execution records. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description Execution records (the vendor's `List«场景日志详情»`); `null` on error. */
                        data?: components["schemas"]["SceneLogEntry"][] | null;
                    };
                };
            };
        };
    };
    automationDelete: {
        parameters: {
            query: {
                /**
                 * @description Id of the automation (from `automationSave` or `automationList`).
                 * @example 1024587
                 */
                automationId: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description The family id `fid` as the whole body (a bare JSON string, not an object); required when home mode
         *     is on, omitted otherwise. The page says `in: body` with type `string` and does not show the wire
         *     form.
         */
        requestBody?: {
            content: {
                /** @example 7c1f5b2e9a0d4e3c8b6a1d2f3e4c5b6a */
                "application/json": string;
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
                        data?: components["schemas"]["EmptyData"];
                    };
                };
            };
        };
    };
    automationDetail: {
        parameters: {
            query: {
                /**
                 * @description Id of the automation (from `automationSave` or `automationList`).
                 * @example 1024587
                 */
                automationId: number;
                /** @description Family id; required when home mode is on, omitted otherwise. */
                fid?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` is the automation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["AutomationDetail"];
                    };
                };
            };
        };
    };
    automationEdit: {
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
                 *       "automationId": 1024587,
                 *       "name": "温度过高时打开风扇",
                 *       "nameType": 2,
                 *       "conditionType": 1,
                 *       "conditions": [
                 *         {
                 *           "sort": 1,
                 *           "type": 0,
                 *           "productKey": "p11u8a",
                 *           "deviceKey": "866123456789015",
                 *           "name": "客厅温湿度计",
                 *           "icon": "https://iot-oss.quectelcn.com/product/p11u8a/icon.png",
                 *           "property": {
                 *             "id": 3,
                 *             "code": "temperature",
                 *             "name": "温度",
                 *             "type": "PROPERTY",
                 *             "dataType": "FLOAT",
                 *             "unit": "°C",
                 *             "compare": ">=",
                 *             "value": 28
                 *           }
                 *         }
                 *       ],
                 *       "actions": [
                 *         {
                 *           "sort": 1,
                 *           "type": 2,
                 *           "productKey": "p11uA7",
                 *           "deviceKey": "866123456789023",
                 *           "name": "客厅风扇",
                 *           "icon": "https://iot-oss.quectelcn.com/product/p11uA7/icon.png",
                 *           "property": {
                 *             "id": 1,
                 *             "code": "power",
                 *             "name": "开关",
                 *             "type": "PROPERTY",
                 *             "dataType": "BOOL",
                 *             "value": true
                 *           }
                 *         },
                 *         {
                 *           "sort": 2,
                 *           "type": 1,
                 *           "delayTime": 1800
                 *         },
                 *         {
                 *           "sort": 3,
                 *           "type": 2,
                 *           "productKey": "p11uA7",
                 *           "deviceKey": "866123456789023",
                 *           "name": "客厅风扇",
                 *           "icon": "https://iot-oss.quectelcn.com/product/p11uA7/icon.png",
                 *           "property": {
                 *             "id": 1,
                 *             "code": "power",
                 *             "name": "开关",
                 *             "type": "PROPERTY",
                 *             "dataType": "BOOL",
                 *             "value": false
                 *           }
                 *         }
                 *       ],
                 *       "precondition": {
                 *         "effectDateType": 1,
                 *         "effectDate": "1,2,3,4,5",
                 *         "effectTimeType": 2,
                 *         "startTime": "00:00",
                 *         "endTime": "23:59",
                 *         "timeZone": "+08:00"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["AutomationRequest"] & Record<string, never>;
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
                        data?: components["schemas"]["EmptyData"];
                    };
                };
            };
        };
    };
    automationGetTestAutomation: {
        parameters: {
            query: {
                /**
                 * @description Test result id returned by `automationTest`.
                 * @example 3318042
                 */
                testResultId: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` is the test result. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description Result of the test (the vendor's 测试自动化结果); `null` on error. */
                        data?: {
                            /** @description The actions that failed. */
                            failActionList?: {
                                /** @description Why the action failed. */
                                failMsg?: string;
                                /** @description Icon URL of the device, group or scene. */
                                icon?: string;
                                /** @description Name of the device, group or scene. */
                                name?: string;
                                property?: components["schemas"]["AutomationTslProperty"];
                            }[];
                            /**
                             * Format: int32
                             * @description Number of actions that failed.
                             */
                            failCount?: number;
                            /** @description Why the test failed, overall. */
                            overallFailMsg?: string;
                            /**
                             * Format: int32
                             * @description Outcome: `0` = success, `1` = failure, `2` = partial success.
                             * @enum {integer}
                             */
                            result?: 0 | 1 | 2;
                            /**
                             * Format: int32
                             * @description Number of actions that succeeded.
                             */
                            successCount?: number;
                            /** @description `true` if the test ran out of time. */
                            timeoutStatus?: boolean;
                        } | null;
                    };
                };
            };
        };
    };
    automationList: {
        parameters: {
            query: {
                /**
                 * @description Page number, from 1.
                 * @example 1
                 */
                page: number;
                /**
                 * @description Number of automations per page.
                 * @example 10
                 */
                pageSize: number;
                /** @description Family id; required when home mode is on, omitted otherwise. */
                fid?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` is a page of automations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description One page of automations (PageHelper `PageInfo`); `null` on error. */
                        data?: {
                            /**
                             * Format: int64
                             * @description 1-based index of the last automation of this page in the whole result.
                             */
                            endRow?: number;
                            hasNextPage?: boolean;
                            hasPreviousPage?: boolean;
                            isFirstPage?: boolean;
                            isLastPage?: boolean;
                            /** @description The automations of this page. */
                            list?: {
                                /** @description The actions, summarised. */
                                actionList?: {
                                    /** @description Icon URL of the device, group or scene. */
                                    icon?: string;
                                    /** @description Name of the device, group or scene. */
                                    name?: string;
                                    /** @description Position of the action, counting up from 1. */
                                    sort?: number;
                                    /**
                                     * @description Action type: `1` = delay, `2` = device, `3` = group, `4` = scene.
                                     * @enum {integer}
                                     */
                                    type?: 1 | 2 | 3 | 4;
                                }[];
                                /**
                                 * Format: int64
                                 * @description Id of the automation.
                                 */
                                automationId?: number;
                                /**
                                 * @description How the conditions combine: `1` = any of them, `2` = all of them.
                                 * @enum {integer}
                                 */
                                conditionType?: 1 | 2;
                                /** @description Name of the automation. */
                                name?: string;
                                /**
                                 * @description How the name was made: `1` = generated by the system, `2` = typed by the user.
                                 * @enum {integer}
                                 */
                                nameType?: 1 | 2;
                                /** @description `true` = enabled, `false` = disabled (set with `automationStatus`). */
                                status?: boolean;
                                /** @description The trigger conditions, summarised. */
                                triggerList?: {
                                    /** @description Icon URL of the device. */
                                    icon?: string;
                                    /** @description Name of the device. */
                                    name?: string;
                                    /** @description Position of the condition, counting up from 1. */
                                    sort?: number;
                                    /**
                                     * @description Condition type: `0` = device, `1` = time.
                                     * @enum {integer}
                                     */
                                    type?: 0 | 1;
                                }[];
                            }[];
                            /** Format: int32 */
                            navigateFirstPage?: number;
                            /** Format: int32 */
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
                             * @description Number of automations on this page.
                             */
                            size?: number;
                            /**
                             * Format: int64
                             * @description 1-based index of the first automation of this page in the whole result.
                             */
                            startRow?: number;
                            /**
                             * Format: int64
                             * @description Number of automations.
                             */
                            total?: number;
                        } | null;
                    };
                };
            };
        };
    };
    automationLogClear: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description The family id `fid` as the whole body (a bare JSON string, not an object); required when home mode
         *     is on, omitted otherwise. The page says `in: body` with type `string` and does not show the wire
         *     form.
         */
        requestBody?: {
            content: {
                /** @example 7c1f5b2e9a0d4e3c8b6a1d2f3e4c5b6a */
                "application/json": string;
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
                        data?: components["schemas"]["EmptyData"];
                    };
                };
            };
        };
    };
    automationLogDetail: {
        parameters: {
            query: {
                /**
                 * @description Id of the execution log (`logId` of `automationLogList`).
                 * @example 5873021
                 */
                logId: number;
                /** @description Family id; required when home mode is on, omitted otherwise. */
                fid?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` is the execution log. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["AutomationLog"];
                    };
                };
            };
        };
    };
    automationLogList: {
        parameters: {
            query?: {
                /** @description Family id; required when home mode is on, omitted otherwise. */
                fid?: string;
                /** @description `logId` of the last log of the previous page; omit for the first page. */
                lastLogId?: number;
                /**
                 * @description Number of logs per page.
                 * @example 20
                 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` is an array of execution logs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The execution logs; `null` on error. */
                        data?: components["schemas"]["AutomationLog"][] | null;
                    };
                };
            };
        };
    };
    automationPublished: {
        parameters: {
            query: {
                /**
                 * @description Product key.
                 * @example p11u8a
                 */
                productKey: string;
                /**
                 * @description What to return: `0` = conditions and actions, `1` = conditions, `2` = actions.
                 * @example 0
                 */
                type: 0 | 1 | 2;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` holds the product's usable conditions and actions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description Linkage configuration of the product (the vendor's 联动配置); `null` on error. */
                        data?: {
                            /** @description Features usable as actions (structure not documented). */
                            actions?: {
                                [key: string]: unknown;
                            }[];
                            /** @description Features usable as trigger conditions (structure not documented). */
                            conditions?: {
                                [key: string]: unknown;
                            }[];
                        } | null;
                    };
                };
            };
        };
    };
    automationSave: {
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
                 *       "name": "温度过高时打开风扇",
                 *       "nameType": 2,
                 *       "conditionType": 1,
                 *       "conditions": [
                 *         {
                 *           "sort": 1,
                 *           "type": 0,
                 *           "productKey": "p11u8a",
                 *           "deviceKey": "866123456789015",
                 *           "name": "客厅温湿度计",
                 *           "icon": "https://iot-oss.quectelcn.com/product/p11u8a/icon.png",
                 *           "property": {
                 *             "id": 3,
                 *             "code": "temperature",
                 *             "name": "温度",
                 *             "type": "PROPERTY",
                 *             "dataType": "FLOAT",
                 *             "unit": "°C",
                 *             "compare": ">",
                 *             "value": 30
                 *           }
                 *         }
                 *       ],
                 *       "actions": [
                 *         {
                 *           "sort": 1,
                 *           "type": 2,
                 *           "productKey": "p11uA7",
                 *           "deviceKey": "866123456789023",
                 *           "name": "客厅风扇",
                 *           "icon": "https://iot-oss.quectelcn.com/product/p11uA7/icon.png",
                 *           "property": {
                 *             "id": 1,
                 *             "code": "power",
                 *             "name": "开关",
                 *             "type": "PROPERTY",
                 *             "dataType": "BOOL",
                 *             "value": true
                 *           }
                 *         }
                 *       ],
                 *       "precondition": {
                 *         "effectDateType": 0,
                 *         "effectTimeType": 3,
                 *         "startTime": "08:00",
                 *         "endTime": "22:00",
                 *         "timeZone": "+08:00"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["AutomationRequest"];
            };
        };
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` is the new automation's id. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /**
                         * Format: int64
                         * @description Id of the new automation (`automationId`); `null` on error.
                         */
                        data?: number | null;
                    };
                };
            };
        };
    };
    automationStatus: {
        parameters: {
            query: {
                /**
                 * @description Id of the automation (from `automationSave` or `automationList`).
                 * @example 1024587
                 */
                automationId: number;
                /**
                 * @description `true` = enable, `false` = disable.
                 * @example false
                 */
                status: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description The family id `fid` as the whole body (a bare JSON string, not an object); required when home mode
         *     is on, omitted otherwise. The page says `in: body` with type `string` and does not show the wire
         *     form.
         */
        requestBody?: {
            content: {
                /** @example 7c1f5b2e9a0d4e3c8b6a1d2f3e4c5b6a */
                "application/json": string;
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
                        data?: components["schemas"]["EmptyData"];
                    };
                };
            };
        };
    };
    automationTest: {
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
                 *       "actions": [
                 *         {
                 *           "sort": 1,
                 *           "type": 2,
                 *           "productKey": "p11uA7",
                 *           "deviceKey": "866123456789023",
                 *           "name": "客厅风扇",
                 *           "icon": "https://iot-oss.quectelcn.com/product/p11uA7/icon.png",
                 *           "property": {
                 *             "id": 1,
                 *             "code": "power",
                 *             "name": "开关",
                 *             "type": "PROPERTY",
                 *             "dataType": "BOOL",
                 *             "value": true
                 *           }
                 *         }
                 *       ],
                 *       "timeout": 60
                 *     }
                 */
                "application/json": {
                    /** @description The actions to run, in `sort` order. */
                    actions: components["schemas"]["AutomationAction"][];
                    /** @description Family id (undescribed on the page; as in the other calls, for home mode). */
                    fid?: string;
                    /**
                     * Format: int32
                     * @description Time limit of the test in seconds; default 2 × 60 = 120.
                     * @default 120
                     */
                    timeout?: number;
                };
            };
        };
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` is the test result id. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /**
                         * Format: int64
                         * @description Test result id (`testResultId` of `automationGetTestAutomation`); `null` on error.
                         */
                        data?: number | null;
                    };
                };
            };
        };
    };
    addCornJob: {
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
                 *       "pk": "p11uA7",
                 *       "dk": "866123456789023",
                 *       "type": "custom-repeat",
                 *       "dayOfWeek": "1,2,3,4,5",
                 *       "timeZone": "+08:00",
                 *       "enabled": true,
                 *       "cacheTime": 3600,
                 *       "timers": [
                 *         {
                 *           "time": "07:30:00",
                 *           "taskName": "工作日开风扇",
                 *           "action": "[{\"modelCode\":\"power\",\"modelName\":\"开关\",\"modelType\":\"PROPERTY\",\"dataType\":\"BOOL\",\"value\":true}]"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CronJobAddRequest"];
            };
        };
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data.ruleId` is the new job's id. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The new job (the vendor's 添加定时任务); `null` on error. */
                        data?: {
                            /** @description Id of the new job (`ruleId` of `setCronJob`, `getCronJobInfo`, `batchDeleteCronJob`). */
                            ruleId?: string;
                        } | null;
                    };
                };
            };
        };
    };
    batchDeleteCronJob: {
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
                 *       "ruleIdList": []
                 *     }
                 */
                "application/json": {
                    /** @description Ids of the jobs to delete (`ruleId`). Missing → `5596`. */
                    ruleIdList: string[];
                };
            };
        };
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` says which jobs were deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description Outcome per job (the vendor's 删除定时任务); `null` on error. */
                        data?: {
                            /** @description The jobs that could not be deleted. */
                            failureList?: components["schemas"]["CronJobDeleteResult"][];
                            /** @description The jobs that were deleted. */
                            successList?: components["schemas"]["CronJobDeleteResult"][];
                        } | null;
                    };
                };
            };
        };
    };
    getCronJobInfo: {
        parameters: {
            query: {
                /**
                 * @description Id of the job (from `addCornJob` or `getCronJobList`). Missing → `5593`.
                 * @example 1867404823451975680
                 */
                ruleId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` is the job. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["CronJob"];
                    };
                };
            };
        };
    };
    getCronJobList: {
        parameters: {
            query: {
                /**
                 * @description Device key. Missing → `5067`.
                 * @example 866123456789023
                 */
                dk: string;
                /**
                 * @description Product key. Missing → `5066`.
                 * @example p11uA7
                 */
                pk: string;
                /**
                 * @description Page number, from 1 (Quectel's SDKs default to 1).
                 * @example 1
                 */
                page?: number;
                /**
                 * @description Number of jobs per page (Quectel's SDKs default to 10).
                 * @example 10
                 */
                pageSize?: number;
                /**
                 * @description Only jobs of this repetition: `once` = run once, `day-repeat` = every day, `custom-repeat` =
                 *     weekly, `multi-section` = several timers, `random` = random time in a window, `delay` =
                 *     countdown. Other values → `5588`.
                 */
                type?: "once" | "day-repeat" | "custom-repeat" | "multi-section" | "random" | "delay";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always HTTP 200; success or error is in `code` (see the API's *Envelope*). On success `data` is a page of jobs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description One page of jobs (PageHelper `PageInfo`); `null` on error. */
                        data?: {
                            /**
                             * Format: int64
                             * @description 1-based index of the last job of this page in the whole result.
                             */
                            endRow?: number;
                            hasNextPage?: boolean;
                            hasPreviousPage?: boolean;
                            isFirstPage?: boolean;
                            isLastPage?: boolean;
                            /** @description The jobs of this page. */
                            list?: components["schemas"]["CronJob"][];
                            /** Format: int32 */
                            navigateFirstPage?: number;
                            /** Format: int32 */
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
                             * @description Number of jobs on this page.
                             */
                            size?: number;
                            /**
                             * Format: int64
                             * @description 1-based index of the first job of this page in the whole result.
                             */
                            startRow?: number;
                            /**
                             * Format: int64
                             * @description Number of jobs.
                             */
                            total?: number;
                        } | null;
                    };
                };
            };
        };
    };
    setCronJob: {
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
                 *       "ruleId": "1867404823451975680",
                 *       "pk": "p11uA7",
                 *       "dk": "866123456789023",
                 *       "type": "custom-repeat",
                 *       "dayOfWeek": "1,2,3,4,5",
                 *       "timeZone": "+08:00",
                 *       "enabled": false,
                 *       "cacheTime": 3600,
                 *       "timers": [
                 *         {
                 *           "time": "07:30:00",
                 *           "taskName": "工作日开风扇",
                 *           "action": "[{\"modelCode\":\"power\",\"modelName\":\"开关\",\"modelType\":\"PROPERTY\",\"dataType\":\"BOOL\",\"value\":true}]"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CronJobAddRequest"] & {
                    /** @description Id of the job to change. Missing → `5593`. */
                    ruleId: string;
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
                        data?: components["schemas"]["EmptyData"];
                    };
                };
            };
        };
    };
}
