/** One problem found in a catalog file, positioned for a human: file:line: field: message. */
export interface CatalogIssue {
  file: string;
  line: number;
  /** Field path such as errors[7].status; empty for file-level problems. */
  field: string;
  message: string;
}

export function formatIssue({ file, line, field, message }: CatalogIssue): string {
  return `${file}:${line}: ${field ? `${field}: ` : ""}${message}`;
}

/** Renders a zod-style path as errors[7].status. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

export class CatalogError extends Error {
  constructor(readonly issues: CatalogIssue[]) {
    super(issues.map(formatIssue).join("\n"));
    this.name = "CatalogError";
  }
}
