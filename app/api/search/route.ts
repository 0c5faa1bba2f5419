import type { NextRequest } from "next/server";
import { serverSearch } from "@/lib/search/server";
import { parseSearchParams } from "@/lib/search/params";
import { getEntry } from "@/lib/catalog/repository";

/**
 * `GET /api/search?q=…&limit=N`: results best first; bad input gets a 400 naming the parameter. With `placeholders=1`
 * each result also names its message's declared placeholders, in order, so a client can show `%v` as `{key}`.
 */
export function GET(request: NextRequest) {
  const parsed = parseSearchParams(request.nextUrl.searchParams);
  if (!parsed.ok) return Response.json(parsed.error, { status: 400, headers: { "X-Content-Type-Options": "nosniff" } });
  try {
    const outcome = serverSearch().search(parsed.q, parsed.limit);
    return Response.json(
      {
        query: outcome.query,
        ...(outcome.identified ? { identified: outcome.identified } : {}),
        results: outcome.results.map((h) => ({
          catalog: h.catalog,
          code: h.code,
          status: h.status,
          title: h.title ?? null,
          message: h.message,
          url: h.url,
          score: h.score,
          matched: h.matched,
          ...(parsed.placeholders ? { placeholders: getEntry(h.catalog, h.code)?.placeholders?.map((p) => p.name) ?? [] } : {}),
        })),
      },
      { headers: { "X-Content-Type-Options": "nosniff", "Cache-Control": "public, max-age=60" } },
    );
  } catch {
    // Catalog text is trusted but queries are not: a query that trips the engine is still the client's to fix.
    return Response.json({ error: "This query could not be searched.", parameter: "q" }, { status: 400 });
  }
}
