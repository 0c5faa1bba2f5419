"use client";

import { useId, useMemo, useState } from "react";
import { envelopesFor } from "@/lib/formats";
import { applicable, defaultInputs, envelopeOf, type MockTarget } from "@/lib/mock/inputs";
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
  /** ERRATA_ORIGIN when set; otherwise curl targets the page's own origin. */
  publicOrigin?: string;
  /** The TypeScript type and guard of each envelope's body, by envelope id. */
  snippets: Record<string, string>;
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
export default function TryItPanel({ target, path, publicOrigin, snippets }: TryItPanelProps) {
  const [raw, setRaw] = useState(() => initialRaw(target));
  const baseId = useId();
  const envelopes = useMemo(() => envelopesFor(target.envelope), [target.envelope]);
  const envelope = envelopeOf(target, raw.format);
  const format = envelope.id;
  const query = toQuery(target, raw);
  const response = useMemo(() => mockResponse(target, query), [target, query]);
  const curl = curlCommand(mockUrl(publicOrigin ?? window.location.origin, path, query));
  const can = applicable(target, format, raw.mode === "production" ? "production" : "development");
  const tabId = (id: string) => `${baseId}-tab-${id}`;
  const panelId = `${baseId}-panel`;

  return (
    <div className="tryit-panel">
      <FormatTabs
        selected={format}
        envelopes={envelopes}
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
        <ResponseView response={response} code={target.entry.code} formatLabel={envelope.label} curl={curl} />
        <details className="tryit-snippet">
          <summary>TypeScript type and guard for the {envelope.label} body</summary>
          <pre aria-label={`TypeScript for ${envelope.typeName}`} tabIndex={0}>
            <code>{snippets[format]}</code>
          </pre>
        </details>
      </div>
    </div>
  );
}
