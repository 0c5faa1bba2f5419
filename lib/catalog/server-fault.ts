import type { ErrorEntry } from "./schema";

/** Words in a code, title or message that name a server fault: something the client cannot fix. */
export const SERVER_FAULT_WORDS = /\binternal\b|unavailable|\bdatabase\b|\bdb error\b|transaction error|hashing error/;

/** The text the status checks read: the code with its separators as spaces, the title and the message, lower case. */
export function statusCheckText(entry: Pick<ErrorEntry, "code" | "message"> & { title?: string | undefined }): string {
  return `${entry.code.replace(/[_:.-]+/g, " ")} | ${entry.title ?? ""} | ${entry.message}`.toLowerCase();
}

/** True when a code, title or message names a server fault (system:internal_error, auth_login_db_error). */
export function namesServerFault(entry: Pick<ErrorEntry, "code" | "message"> & { title?: string | undefined }): boolean {
  return SERVER_FAULT_WORDS.test(statusCheckText(entry));
}
