import { MissingCode } from "@/components/missing-code.client";
import { getShortLinkIndex } from "@/lib/short-links/repository";

/** 404 for a short link naming no code: the nearest codes (found from the address on the server) and a search. */
export default function ShortLinkNotFound() {
  const index = getShortLinkIndex();
  const codes = index.liveKeys.flatMap((key) =>
    (index.byKey.get(key) ?? []).filter((t) => t.kind === "live").map((t) => ({ key, code: t.code, catalogName: t.catalogName, url: t.url })),
  );
  return <MissingCode codes={codes} />;
}
