import type { MockResponse } from "@/lib/mock/respond";
import { responseHead } from "@/lib/mock/respond";
import { CopyButton } from "../copy-button.client";
import { JsonCode } from "./json-code";

interface ResponseViewProps {
  response: MockResponse;
  code: string;
  formatLabel: string;
  curl: string;
  /** The mock endpoint's URL for these inputs. */
  href: string;
  /** False in the server-rendered stand-in, whose copy buttons wait for the panel (they would copy paths). */
  ready: boolean;
}

/** Status line and headers, the highlighted body, and the curl command that fetches the same from the mock endpoint. */
export function ResponseView({ response, code, formatLabel, curl, href, ready }: ResponseViewProps) {
  const copyBody = { text: response.body, label: "Copy body", ariaLabel: `Copy body of the ${code} response` };
  const copyCurl = { text: curl, label: "Copy curl", ariaLabel: `Copy curl command for ${code}` };
  return (
    <div className="tryit-response">
      <pre className="tryit-head" aria-label="Status line and headers" data-testid="tryit-head">
        {responseHead(response)}
      </pre>
      <JsonCode text={response.body} label={`Response body for ${code}, ${formatLabel}`} id="tryit-body" />
      <div className="tryit-actions">
        {[copyBody, copyCurl].map((c) =>
          ready ? (
            <CopyButton key={c.label} {...c} />
          ) : (
            <button key={c.label} type="button" className="copy-button" aria-label={c.ariaLabel} disabled>
              {c.label}
            </button>
          ),
        )}
        <a href={href}>Open from the mock endpoint</a>
      </div>
      <pre className="tryit-curl" aria-label="curl command" data-testid="tryit-curl">
        <code>{curl}</code>
      </pre>
    </div>
  );
}
