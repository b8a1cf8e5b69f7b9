/** Types of scripts/redocly.mjs, for the tests that import its filter. */
export declare const BANNER_MARK: string;
export declare function bannerFilter(): { push(chunk: string): string; end(): string };
