import { envelopesFor } from "@/lib/formats";
import { applicable, envelopeOf, type MockTarget } from "@/lib/mock/inputs";
import type { RawInputs } from "@/lib/mock/query";
import type { MockResponse } from "@/lib/mock/respond";
import { FormatTabs } from "./format-tabs";
import { TryItInputs } from "./try-it-inputs";
import { ResponseView } from "./response-view";

export interface TryItViewProps {
  target: MockTarget;
  raw: RawInputs;
  response: MockResponse;
  curl: string;
  /** The mock endpoint's URL for these inputs. */
  href: string;
  /** The TypeScript type and guard of each envelope's body, by envelope id. */
  snippets: Record<string, string>;
  /**
   * Absent in the server-rendered stand-in, which shows the panel exactly as it will be (same parts, same sizes) with
   * its controls disabled, so the panel takes its place without moving anything.
   */
  onChange?: (patch: Partial<RawInputs>) => void;
}

const ID = "tryit";

/** The Try it panel's markup: format tabs, the inputs that apply, the response, curl and the TypeScript snippet. */
export function TryItView({ target, raw, response, curl, href, snippets, onChange }: TryItViewProps) {
  const envelopes = envelopesFor(target.envelope);
  const envelope = envelopeOf(target, raw.format);
  const format = envelope.id;
  const can = applicable(target, format, raw.mode === "production" ? "production" : "development");
  const tabId = (id: string) => `${ID}-tab-${id}`;
  const panelId = `${ID}-panel`;
  return (
    <div className="tryit-panel" data-ready={onChange ? "" : undefined}>
      <FormatTabs
        selected={format}
        envelopes={envelopes}
        tabId={tabId}
        panelId={panelId}
        onSelect={onChange && ((id) => onChange({ format: id }))}
      />
      <div role="tabpanel" id={panelId} aria-labelledby={tabId(format)} className="tryit-tabpanel">
        <TryItInputs target={target} raw={raw} can={can} idBase={ID} problem={response.refusal} onChange={onChange} />
        <ResponseView
          response={response}
          code={target.entry.code}
          formatLabel={envelope.label}
          curl={curl}
          href={href}
          ready={Boolean(onChange)}
        />
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
