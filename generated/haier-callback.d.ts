// Generated from specs/haier-callback.yaml by `npm run generate` (openapi-typescript). Do not edit.
export interface paths {
    "/haier/command-result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Receive the final result of a batch command
         * @description Served by the customer cloud at the `backUrl` it gave `sendbatchCmd` (haier.yaml); Haier POSTs
         *     the batch's result once every command has run: `cmdSn` (the batch's sn), `batchResult`
         *     (false when a command failed) and one `detailInfo` entry per command and step, with the
         *     device, `execResult` and `execResultCode` (`A00000`/`00000` done, `S00001`–`S00007`, `S03002`
         *     device offline). iotdock's `createHaierCommandResultHandler` serves it and resolves
         *     `batchCommand` when the result of its sn arrives. The page documents neither the method nor
         *     the answer (departure 9).
         *
         *     Source: `zh-cn/Device/dev-control.md` (批量命令操作, 操作应答).
         */
        post: operations["commandResult"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
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
        CommandResult: components["schemas"]["HaierBatchResult"];
        /** @description The customer's answer to a batch result. */
        CommandResultAnswer: {
            /**
             * @description `00000` received; `B00001` not a batch result; `A00004` the customer's own handling failed.
             * @example 00000
             */
            retCode: string;
            /**
             * @description The text of the code.
             * @example 成功
             */
            retInfo: string;
        };
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
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    commandResult: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HaierBatchResult"];
            };
        };
        responses: {
            /** @description The customer's acknowledgement (HTTP 200; a body that is not a result is B00001). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultAnswer"];
                };
            };
        };
    };
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
