/** The HTTP methods an OpenAPI path item has operations for, lower-case as the document writes them. */
export const OPERATION_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
export type OperationMethod = (typeof OPERATION_METHODS)[number];

/**
 * A catalog entry's `route` ("POST /auth/login", "get /users/{id}") as an OpenAPI operation, when it is one. A query
 * or fragment written after the path is not part of an OpenAPI path and is dropped ("POST /x?a=1" is POST /x).
 */
export function parseRoute(route: string): { method: OperationMethod; path: string } | undefined {
  const m = /^([A-Za-z]+)\s+(\/[^\s?#]*)(?:[?#]\S*)?$/.exec(route.trim());
  if (!m) return undefined;
  const method = m[1]!.toLowerCase() as OperationMethod;
  // Braces must pair up as path parameters ({id}); anything else is not a path template.
  if (!/^(?:[^{}]|\{[^{}/]+\})*$/.test(m[2]!)) return undefined;
  return OPERATION_METHODS.includes(method) ? { method, path: m[2]! } : undefined;
}

/** The route text a catalog writes for an operation: "POST /auth/login". */
export function routeText(method: string, path: string): string {
  return `${method.toUpperCase()} ${path}`;
}

/** The `{name}` parameters of an OpenAPI path template. */
export function pathParameters(path: string): string[] {
  return [...path.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1]!);
}
