import type { SearchProgress } from "./on-demand";

export interface StatusInput {
  state: "loading" | "ready" | "failed";
  query: string;
  /** Results shown for the query, or undefined before its first answer. */
  results?: number;
  progress?: SearchProgress;
}

/** Up to this many parts the status counts them; past it, it says how much is loaded in quarters. */
const COUNTED_PARTS = 10;

/**
 * The loading note. A big static index arrives in up to hundreds of files; the status region is live, so past
 * COUNTED_PARTS it changes at most four times (each quarter) instead of once per file.
 */
function loadingNote({ loaded, total }: SearchProgress): string {
  if (total <= COUNTED_PARTS) return `Searching ${loaded} of ${total} parts…`;
  return `Searching: ${Math.floor((loaded / total) * 4) * 25}% of the index loaded…`;
}

/** What the search dialog's live status region says. */
export function searchStatus({ state, query, results, progress }: StatusInput): string {
  if (state === "loading") return "Loading search…";
  if (state === "failed") return "Search could not load. Try the search page.";
  const partial = progress && progress.loaded + progress.failed < progress.total;
  const loading = partial ? loadingNote(progress) : "";
  const missing = !partial && progress?.failed ? ` ${progress.failed} of ${progress.total} parts could not load.` : "";
  if (!query.trim()) return "Type a code, words, a route, a status, or paste an error body.";
  if (results === undefined) return loading || "Type a code, words, a route, a status, or paste an error body.";
  if (results === 0) return (partial ? `No results yet. ${loading}` : "No results.") + missing;
  const found = `${results} result${results === 1 ? "" : "s"}. Use the up and down arrows to choose, Enter to open.`;
  return [found, loading].filter(Boolean).join(" ") + missing;
}
