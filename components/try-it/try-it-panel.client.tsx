"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { rawFromQuery, toQuery, type RawInputs } from "@/lib/mock/query";
import type { MockTarget } from "@/lib/mock/inputs";
import { mockResponse } from "@/lib/mock/respond";
import { curlCommand, mockUrl } from "@/lib/mock/curl";
import { onOrigin } from "@/lib/mock/target";
import { usePageOrigin } from "../use-page-origin";
import { TryItView } from "./try-it-view";

export interface TryItPanelProps {
  /** Made with origin "": its page URLs are paths, put on the page's origin here. */
  target: MockTarget;
  /** Path of this code's mock endpoint, e.g. /api/mock/identity-platform/aut-0010. */
  path: string;
  /** The configured public origin; without one, curl and the body's page URLs name the page's own origin. */
  publicOrigin?: string;
  /** The TypeScript type and guard of each envelope's body, by envelope id. */
  snippets: Record<string, string>;
}

/**
 * The interactive Try it panel. It answers through lib/mock exactly as the endpoint does for the query it builds,
 * so the body shown, the curl command and the endpoint's answer are one computation. Its inputs start from the page
 * URL's query and, once edited, are written back to it (the same query the endpoint takes), so a link shares them.
 */
export default function TryItPanel({ target: pathTarget, path, publicOrigin, snippets }: TryItPanelProps) {
  const origin = usePageOrigin(publicOrigin);
  const target = useMemo(() => onOrigin(pathTarget, origin), [pathTarget, origin]);
  const [raw, setRaw] = useState(() => rawFromQuery(target, window.location.search));
  const edited = useRef(false);
  const query = toQuery(target, raw);
  const response = useMemo(() => mockResponse(target, query), [target, query]);

  useEffect(() => {
    // Untouched, the panel leaves the URL as it came; after an edit the page's query is the endpoint's.
    if (!edited.current) return;
    const { pathname, search, hash } = window.location;
    const next = query ? `?${query}` : "";
    if (next !== search) window.history.replaceState(null, "", `${pathname}${next}${hash}`);
  }, [query]);

  function onChange(patch: Partial<RawInputs>) {
    edited.current = true;
    setRaw((r) => ({ ...r, ...patch }));
  }

  return (
    <TryItView
      target={target}
      raw={raw}
      response={response}
      curl={curlCommand(mockUrl(origin, path, query))}
      href={mockUrl("", path, query)}
      snippets={snippets}
      onChange={onChange}
    />
  );
}
