/** Reason phrases for the error statuses (RFC 9110 and common extensions). */
const REASONS: Record<number, string> = {
  400: "Bad Request", 401: "Unauthorized", 402: "Payment Required", 403: "Forbidden", 404: "Not Found",
  405: "Method Not Allowed", 406: "Not Acceptable", 407: "Proxy Authentication Required", 408: "Request Timeout",
  409: "Conflict", 410: "Gone", 411: "Length Required", 412: "Precondition Failed", 413: "Content Too Large",
  414: "URI Too Long", 415: "Unsupported Media Type", 416: "Range Not Satisfiable", 417: "Expectation Failed",
  418: "I'm a teapot", 421: "Misdirected Request", 422: "Unprocessable Content", 423: "Locked", 424: "Failed Dependency",
  425: "Too Early", 426: "Upgrade Required", 428: "Precondition Required", 429: "Too Many Requests",
  431: "Request Header Fields Too Large", 451: "Unavailable For Legal Reasons", 500: "Internal Server Error",
  501: "Not Implemented", 502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout",
  505: "HTTP Version Not Supported", 506: "Variant Also Negotiates", 507: "Insufficient Storage", 508: "Loop Detected",
  510: "Not Extended", 511: "Network Authentication Required",
};

export type StatusValue = number | string;

export function reasonPhrase(status: StatusValue): string {
  if (typeof status === "string") return status.startsWith("5") ? "Server error" : "Client error";
  return REASONS[status] ?? (status >= 500 ? "Server error" : "Client error");
}

/** "401 Unauthorized", or "5xx Server error" for a documented class. */
export function statusLabel(status: StatusValue): string {
  return `${status} ${reasonPhrase(status)}`;
}

export function statusClassOf(status: StatusValue): "4xx" | "5xx" {
  return String(status).startsWith("5") ? "5xx" : "4xx";
}

/** The concrete status to send for a documented status: a class answers its x00. */
export function concreteStatus(status: StatusValue): number {
  return typeof status === "number" ? status : Number(status[0]) * 100;
}
