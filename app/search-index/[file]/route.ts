import { getCatalogs } from "@/lib/catalog/repository";
import { isStaticExport } from "@/lib/deploy/static-export";
import { buildExport, MANIFEST_FILE } from "@/lib/search/build";

export const dynamic = "force-static";
export const dynamicParams = false;

let cached: ReturnType<typeof buildExport> | undefined;

/** Built once per process: every file of the export comes from the same build. */
function exported() {
  // The static export (`npm run build:static`) has no /api/search, so the browser must search on its own.
  return (cached ??= buildExport(getCatalogs(), { searchApi: !isStaticExport() }));
}

export function generateStaticParams() {
  const { manifest } = exported();
  return [{ file: MANIFEST_FILE }, ...manifest.shards.map((s) => ({ file: s.file }))];
}

/** The exported search index as static files: a manifest and the shard files it lists, fetched on first search. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const { manifest, shards } = exported();
  const body = file === MANIFEST_FILE ? manifest : shards[manifest.shards.findIndex((m) => m.file === file)];
  if (!body) return Response.json({ error: `No search index file ${file}.`, parameter: "file" }, { status: 404 });
  return Response.json(body, { headers: { "X-Content-Type-Options": "nosniff" } });
}
