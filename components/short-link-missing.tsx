import { MissingCode } from "./missing-code.client";
import { getShortLinkIndex } from "@/lib/short-links/repository";

/** A short link naming no code: the nearest codes and a search, rendered into the HTML (the proxy sends it as a 404). */
export function ShortLinkMissing() {
  const index = getShortLinkIndex();
  const codes = index.liveKeys.flatMap((key) =>
    (index.byKey.get(key) ?? [])
      .filter((t) => t.kind === "live")
      .map((t) => ({ key, code: t.code, catalogName: t.catalogName, url: t.url })),
  );
  return <MissingCode codes={codes} />;
}
