import type { ErrorEntry } from "@/lib/catalog/schema";
import { PUBLIC_ORIGIN } from "@/lib/site";
import { CodeLinkActions } from "./code-links.client";
import "./code-links.css";

/** "Copy link" (the short link) and "Copy as Markdown" for one code, on the origin the page is served at. */
export function CodeLinks({ entry }: { entry: Pick<ErrorEntry, "code" | "title" | "message"> }) {
  const { code, title, message } = entry;
  return (
    <div className="code-links" role="group" aria-label={`Links to ${code}`}>
      <CodeLinkActions entry={{ code, message, ...(title ? { title } : {}) }} publicOrigin={PUBLIC_ORIGIN} />
    </div>
  );
}
