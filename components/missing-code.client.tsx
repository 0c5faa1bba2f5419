"use client";

import { IntentLink } from "@/components/intent-link.client";
import { usePathname } from "next/navigation";
import { decodeSegment, shortLinkKey } from "@/lib/short-links/key";
import { nearestKeys } from "@/lib/short-links/nearest";
import { routes } from "@/lib/routes";
import "./code-links.css";

interface Code {
  key: string;
  code: string;
  catalogName: string;
  url: string;
}

/**
 * The 404 body for /e/{unknown}, rendered by the short-link page itself and sent as a 404 by the proxy. The
 * asked-for code comes from the path, and the nearest codes are found from the code list it is given.
 */
export function MissingCode({ codes }: { codes: Code[] }) {
  const segment = usePathname().split("/").filter(Boolean)[1] ?? "";
  const asked = decodeSegment(segment);
  const key = shortLinkKey(segment);
  const byKey = new Map<string, Code[]>();
  for (const c of codes) byKey.set(c.key, [...(byKey.get(c.key) ?? []), c]);
  const nearest = nearestKeys(key, [...byKey.keys()])
    .flatMap((k) => byKey.get(k) ?? [])
    .slice(0, 5);
  return (
    <section className="prose missing-code">
      <h1>
        No code <code>{asked}</code>
      </h1>
      <p>No catalog has a code with this name, in any spelling.</p>
      {nearest.length > 0 && (
        <>
          <h2 id="nearest">Did you mean</h2>
          <ul aria-labelledby="nearest">
            {nearest.map((c) => (
              <li key={c.url}>
                <IntentLink href={c.url}>
                  <code>{c.code}</code>
                </IntentLink>{" "}
                <span className="muted">in {c.catalogName}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <form action={routes.search()} method="get" role="search" className="missing-search">
        <label htmlFor="missing-q">Search the catalogs</label>
        <input id="missing-q" name="q" type="search" defaultValue={asked} />
        <button type="submit">Search</button>
      </form>
      <p>
        <IntentLink href={routes.allCodes()}>All error codes</IntentLink>
      </p>
    </section>
  );
}
