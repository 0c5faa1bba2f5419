import { getCatalogs } from "@/lib/catalog/repository";
import { buildExport, MANIFEST_FILE } from "@/lib/search/build";

export const dynamic = "force-static";
export const dynamicParams = false;

function exported() {
  return buildExport(getCatalogs());
}

export function generateStaticParams() {
  const { manifest } = exported();
  return [{ file: MANIFEST_FILE }, ...manifest.shards.map((s) => ({ file: s.file }))];
}

/** The exported search index as static files: a manifest and one shard per catalog, fetched on first search. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const { manifest, shards } = exported();
  const body = file === MANIFEST_FILE ? manifest : shards.find((s) => manifest.shards.find((m) => m.file === file)?.slug === s.catalogs[0]?.slug);
  if (!body) return Response.json({ error: `No search index file ${file}.`, parameter: "file" }, { status: 404 });
  return Response.json(body, { headers: { "X-Content-Type-Options": "nosniff" } });
}
