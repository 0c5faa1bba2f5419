/**
 * The headers a CDN or web server must set when serving the static export in out/.
 * `npm run serve:static` applies these; `nginxSnippet()` prints the same rules for nginx.
 */
export interface HeaderRule {
  /** What the rule matches, described for people and mirrored in the nginx snippet. */
  match: "all" | "next-static" | "html" | "api-json";
  headers: Record<string, string>;
}

export const STATIC_HEADER_RULES: readonly HeaderRule[] = [
  {
    match: "all",
    headers: {
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "X-Frame-Options": "DENY",
      "Cross-Origin-Resource-Policy": "same-origin",
    },
  },
  // Content-hashed file names: safe to cache for a year.
  { match: "next-static", headers: { "Cache-Control": "public, max-age=31536000, immutable" } },
  // Pages change with every build: revalidate each time (a CDN may keep them briefly with s-maxage).
  { match: "html", headers: { "Cache-Control": "public, max-age=0, s-maxage=300, must-revalidate" } },
  // The export writes route output as a file without an extension; its type must be set explicitly.
  {
    match: "api-json",
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "public, max-age=0, s-maxage=300, must-revalidate" },
  },
];

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "application/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".woff2": "font/woff2",
  ".map": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  // The downloads, typed as the Node server types them (app/downloads/[file]/route.ts).
  ".ts": "text/typescript; charset=utf-8",
  ".schema.json": "application/schema+json; charset=utf-8",
};

function ruleApplies(rule: HeaderRule, urlPath: string, file: string): boolean {
  switch (rule.match) {
    case "all":
      return true;
    case "next-static":
      return urlPath.startsWith("/_next/static/");
    case "html":
      return file.endsWith(".html");
    case "api-json":
      return urlPath.startsWith("/api/");
  }
}

/** Content type by extension (served files under /api/ are JSON). */
export function contentTypeFor(file: string): string {
  const ext = /(\.schema\.json|\.[a-z0-9]+)$/i.exec(file)?.[0]?.toLowerCase() ?? "";
  return TYPES[ext] ?? "application/octet-stream";
}

/** Every header for a URL path served from `file` (a path inside out/), later rules winning. */
export function headersFor(urlPath: string, file: string): Record<string, string> {
  const out: Record<string, string> = { "Content-Type": contentTypeFor(file) };
  for (const rule of STATIC_HEADER_RULES) if (ruleApplies(rule, urlPath, file)) Object.assign(out, rule.headers);
  return out;
}

const nginxHeaders = (match: HeaderRule["match"]) =>
  Object.entries(STATIC_HEADER_RULES.find((r) => r.match === match)!.headers)
    // nginx sets Content-Type itself (default_type below), never through add_header.
    .filter(([k]) => k !== "Content-Type")
    .map(([k, v]) => `    add_header ${k} "${v}" always;`)
    .join("\n");

/** The same rules as an nginx server block (root is the out/ directory). */
export function nginxSnippet(root = "/srv/errata/out"): string {
  const common = nginxHeaders("all");
  return [
    "server {",
    "  listen 80;",
    `  root ${root};`,
    "  error_page 404 /404.html;",
    "  gzip on;",
    "  gzip_types text/css application/javascript application/json image/svg+xml;",
    "  # add_header in a location replaces the server-level ones, so each location repeats the common set.",
    "  location /_next/static/ {",
    common,
    nginxHeaders("next-static"),
    "  }",
    "  location /api/ {",
    "    default_type application/json;",
    common,
    nginxHeaders("api-json"),
    "  }",
    "  location / {",
    "    try_files $uri $uri.html $uri/index.html =404;",
    common,
    nginxHeaders("html"),
    "  }",
    "}",
  ].join("\n");
}
