// Types for scripts/response-cache.mjs (plain JavaScript, so `npm start` needs no TypeScript loader).
type HeaderValue = string | number | string[] | undefined;
export type HeaderPairs = Array<[string, HeaderValue]>;
export type RequestHeaders = Record<string, string | string[] | undefined>;
export interface CachedResponse {
  status: number;
  statusMessage: string;
  headers: HeaderPairs;
  body: Buffer | null;
  chunked: boolean;
}
export declare const CACHE_ENV: { readonly switch: "ERRATA_RESPONSE_CACHE"; readonly megabytes: "ERRATA_RESPONSE_CACHE_MB" };
export declare const DEFAULT_BUDGET_MB: number;
export declare function cacheOptions(env: Record<string, string | undefined>): { budget: number; maxBody: number } | null;
export declare function parseCacheControl(value: string | undefined): Map<string, string | true>;
export declare function freshnessLifetime(cacheControl: string | undefined): number;
export declare function isStorable(method: string, status: number, headers: HeaderPairs): boolean;
export declare function bypasses(method: string, headers: RequestHeaders, markers: readonly string[]): boolean;
export declare function primaryKey(target: string, headers: RequestHeaders): string;
export declare function noneMatch(ifNoneMatch: string | undefined, etag: string | undefined): boolean;
export declare class ResponseCache {
  constructor(options: { budget: number; maxBody: number; now?: () => number });
  readonly bytes: number;
  readonly entries: Map<string, unknown>;
  lookup(method: string, target: string, headers: RequestHeaders): CachedResponse | undefined;
  store(
    target: string,
    requestHeaders: RequestHeaders,
    response: { status: number; statusMessage: string; headers: HeaderPairs; body: Buffer },
  ): boolean;
}
