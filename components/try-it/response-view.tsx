"use client";

import type { MockResponse } from "@/lib/mock/respond";
import { responseHead } from "@/lib/mock/respond";
import { CopyButton } from "../copy-button.client";
import { JsonCode } from "./json-code";

interface ResponseViewProps {
  response: MockResponse;
  code: string;
  formatLabel: string;
  curl: string;
}

/** Status line and headers, the highlighted body, and the curl command that fetches the same from the mock endpoint. */
export function ResponseView({ response, code, formatLabel, curl }: ResponseViewProps) {
  return (
    <div className="tryit-response">
      <pre className="tryit-head" aria-label="Status line and headers" data-testid="tryit-head">
        {responseHead(response)}
      </pre>
      <JsonCode text={response.body} label={`Response body for ${code}, ${formatLabel}`} id="tryit-body" />
      <div className="tryit-actions">
        <CopyButton text={response.body} label="Copy body" ariaLabel={`Copy body of the ${code} response`} />
        <CopyButton text={curl} label="Copy curl" ariaLabel={`Copy curl command for ${code}`} />
      </div>
      <pre className="tryit-curl" aria-label="curl command" data-testid="tryit-curl">
        <code>{curl}</code>
      </pre>
    </div>
  );
}
