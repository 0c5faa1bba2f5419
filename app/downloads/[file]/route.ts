import { getCatalogs } from "@/lib/catalog/repository";
import { allDownloads } from "@/lib/downloads/files";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return allDownloads(getCatalogs()).map((d) => ({ file: d.file }));
}

/** Each download is written at build time; unknown names are 404 (dynamicParams = false). */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const download = allDownloads(getCatalogs()).find((d) => d.file === file);
  if (!download) return Response.json({ error: "no such download", parameter: "file" }, { status: 404 });
  return new Response(download.body(), {
    headers: {
      "Content-Type": download.contentType,
      "Content-Disposition": `inline; filename="${download.file}"`,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
