import type { Metadata } from "next";
import { IntentLink } from "@/components/intent-link.client";
import { SearchHitBody } from "@/components/search-hit";
import { SearchIdentified } from "@/components/search-identified";
import { MAX_QUERY_BYTES } from "@/lib/search/params";
import { serverSearch } from "@/lib/search/server";
import { routes } from "@/lib/routes";
import "@/components/search.css";

export const metadata: Metadata = { title: "Search · Errata", description: "Search every error code, message and route." };

const LIMIT = 30;

/** Server-rendered results for ?q=, so a search is a shareable URL and works without JavaScript. */
export default async function SearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw) ?? "";
  const tooLong = new TextEncoder().encode(q).length > MAX_QUERY_BYTES;
  const outcome = q.trim() && !tooLong ? serverSearch().search(q, LIMIT) : undefined;
  return (
    <div className="search-page">
      <h1>Search</h1>
      <form action={routes.search()} method="get" role="search" className="search-form">
        <label htmlFor="search-page-q">Code, words, route, status or a pasted error body</label>
        <div className="search-form-row">
          <input id="search-page-q" name="q" type="search" defaultValue={q} autoComplete="off" spellCheck={false} />
          <button type="submit">Search</button>
        </div>
      </form>
      {tooLong ? <p role="alert">That query is over {MAX_QUERY_BYTES} bytes; paste only the error body.</p> : null}
      {outcome ? (
        <section aria-labelledby="search-results-heading">
          <h2 id="search-results-heading">
            {outcome.results.length === 0 ? "No results" : `${outcome.results.length} result${outcome.results.length === 1 ? "" : "s"}`} for
            “{q.length > 80 ? `${q.slice(0, 80)}…` : q}”
          </h2>
          {outcome.identified ? <SearchIdentified identified={outcome.identified} /> : null}
          <ol className="search-results">
            {outcome.results.map((hit) => (
              <li key={`${hit.catalog}/${hit.code}`}>
                <IntentLink href={hit.url} className="search-hit">
                  <SearchHitBody hit={hit} />
                </IntentLink>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}
