/**
 * Triage (issue #21): every error code in a whole log, explained. Browser-safe (runs in a Web Worker): build the index
 * from search shards' catalogs/starts/records with triageIndex, then stream text through createTriage. The server and
 * the CLI build it from catalogs with triageIndexFromCatalogs (./from-catalogs).
 */
export type { TriageFinding, TriageIndexData, TriageResult, TriageUndocumented, Triage } from "./types";
export { triageIndex, type TriageIndex } from "./index-data";
export { createTriage, triageText } from "./engine";
export { apiResult, type TriageApiResult } from "./api";
export { toCsv, toJson, toMarkdown } from "./export";
export { decodeShare, encodeShare, MAX_SHARE_CHARS, sharedResult, type SharedResult } from "./share";
