import { getAllEntries } from "@/lib/catalog/repository";
import { toApiRecord } from "@/lib/catalog/api-record";

export const dynamic = "force-static";

/** Every entry of every catalog, prerendered at build time. */
export function GET() {
  return Response.json(getAllEntries().map(toApiRecord), {
    headers: { "X-Content-Type-Options": "nosniff" },
  });
}
