"use client";

import { useId, useMemo, useState } from "react";
import { formats, type FormatId } from "@/lib/formats";
import { applicable, defaultInputs, type MockTarget } from "@/lib/mock/inputs";
import { toQuery, type RawInputs } from "@/lib/mock/query";
import { mockResponse } from "@/lib/mock/respond";
import { curlCommand, mockUrl } from "@/lib/mock/curl";
import { FormatTabs } from "./format-tabs.client";
import { TryItInputs } from "./try-it-inputs.client";
import { ResponseView } from "./response-view.client";

export interface TryItPanelProps {
  target: MockTarget;
  /** Path of this code's mock endpoint, e.g. /api/mock/identity-platform/aut-0010. */
  path: string;
  /** Origin the server puts in bodies (RFC 9457 `type`), so the panel matches the endpoint byte for byte. */
  bodyOrigin: string;
  /** ERRATA_ORIGIN when set; otherwise curl targets the page's own origin. */
  publicOrigin?: string;
  snippets: Record<FormatId, string>;
}

function initialRaw(target: MockTarget): RawInputs {
  const d = defaultInputs(target);
  return {
    format: d.format,
    values: { ...d.values },
    mode: d.mode,
    details: JSON.stringify(d.details, null, 2),
    timestamp: d.timestamp,
    requestId: d.requestId,
    // Empty for a code without a status in a catalog without default_status: the endpoint's 400 asks for one.
    status: d.status === undefined ? "" : String(d.status),
  };
}

/**
 * The interactive Try it panel. It answers through lib/mock exactly as the endpoint does for the query it builds,
 * so the body shown, the curl command and the endpoint's answer are one computation.
 */
export default function TryItPanel({ target, path, bodyOrigin, publicOrigin, snippets }: TryItPanelProps) {
  const [raw, setRaw] = useState(() => initialRaw(target));
  const baseId = useId();
  const format = raw.format as FormatId;
  const query = toQuery(target, raw);
  const response = useMemo(() => mockResponse(target, query, bodyOrigin), [target, query, bodyOrigin]);
  const curl = curlCommand(mockUrl(publicOrigin ?? window.location.origin, path, query));
  const can = applicable(target, format, raw.mode === "production" ? "production" : "development");
  const tabId = (id: FormatId) => `${baseId}-tab-${id}`;
  const panelId = `${baseId}-panel`;

  return (
    <div className="tryit-panel">
      <FormatTabs
        selected={format}
        catalogFormat={target.format}
        tabId={tabId}
        panelId={panelId}
        onSelect={(id) => setRaw((r) => ({ ...r, format: id }))}
      />
      <div role="tabpanel" id={panelId} aria-labelledby={tabId(format)} className="tryit-tabpanel">
        <TryItInputs
          target={target}
          raw={raw}
          can={can}
          problem={response.refusal}
          onChange={(patch) => setRaw((r) => ({ ...r, ...patch }))}
        />
        <ResponseView response={response} code={target.entry.code} formatLabel={formats[format].label} curl={curl} />
        <details className="tryit-snippet">
          <summary>TypeScript type and guard for the {formats[format].label} body</summary>
          <pre aria-label={`TypeScript for ${formats[format].typeName}`} tabIndex={0}>
            <code>{snippets[format]}</code>
          </pre>
        </details>
      </div>
    </div>
  );
}
