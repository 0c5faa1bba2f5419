import { getCatalog, getEntry } from "@/lib/catalog/repository";
import { errorResponse, mockResponse, type MockResponse } from "@/lib/mock/respond";
import { mockTarget } from "@/lib/mock/target";
import { PUBLIC_ORIGIN } from "@/lib/site";
import { requestOrigin, trustsProxy } from "@/lib/security/forwarded";

export const dynamic = "force-dynamic";

interface Context {
  params: Promise<{ catalog: string; code: string }>;
}

/** Answers with the code's real status and body; see lib/mock for the query parameters. */
export async function GET(request: Request, { params }: Context) {
  return send(await answer(request, params));
}

export async function HEAD(request: Request, { params }: Context) {
  const r = await answer(request, params);
  return new Response(null, { status: r.status, statusText: r.statusText, headers: r.headers });
}

async function answer(request: Request, params: Context["params"]): Promise<MockResponse> {
  const { catalog: slug, code } = await params;
  const catalog = getCatalog(slug);
  if (!catalog) return errorResponse({ status: 404, error: `unknown catalog "${slug}"`, parameter: "catalog" });
  const entry = getEntry(slug, code);
  if (!entry) return errorResponse({ status: 404, error: `unknown code "${code}" in ${slug}`, parameter: "code" });
  const url = new URL(request.url);
  // Without a configured origin, the body's page URLs (`type`, `url`, `short_url`) name the origin that was asked.
  return mockResponse(mockTarget(catalog, entry, PUBLIC_ORIGIN ?? requestOrigin(request.headers, url, trustsProxy())), url.search);
}

function send(r: MockResponse): Response {
  return new Response(r.body, { status: r.status, statusText: r.statusText, headers: r.headers });
}
