/** Reason phrases (RFC 9110 and common extensions). */
const REASONS: Record<number, string> = {
  100: "Continue",
  101: "Switching Protocols",
  102: "Processing",
  103: "Early Hints",
  200: "OK",
  201: "Created",
  202: "Accepted",
  203: "Non-Authoritative Information",
  204: "No Content",
  205: "Reset Content",
  206: "Partial Content",
  207: "Multi-Status",
  208: "Already Reported",
  226: "IM Used",
  300: "Multiple Choices",
  301: "Moved Permanently",
  302: "Found",
  303: "See Other",
  304: "Not Modified",
  307: "Temporary Redirect",
  308: "Permanent Redirect",
  400: "Bad Request",
  401: "Unauthorized",
  402: "Payment Required",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  406: "Not Acceptable",
  407: "Proxy Authentication Required",
  408: "Request Timeout",
  409: "Conflict",
  410: "Gone",
  411: "Length Required",
  412: "Precondition Failed",
  413: "Content Too Large",
  414: "URI Too Long",
  415: "Unsupported Media Type",
  416: "Range Not Satisfiable",
  417: "Expectation Failed",
  418: "I'm a teapot",
  421: "Misdirected Request",
  422: "Unprocessable Content",
  423: "Locked",
  424: "Failed Dependency",
  425: "Too Early",
  426: "Upgrade Required",
  428: "Precondition Required",
  429: "Too Many Requests",
  431: "Request Header Fields Too Large",
  451: "Unavailable For Legal Reasons",
  500: "Internal Server Error",
  501: "Not Implemented",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
  505: "HTTP Version Not Supported",
  506: "Variant Also Negotiates",
  507: "Insufficient Storage",
  508: "Loop Detected",
  510: "Not Extended",
  511: "Network Authentication Required",
};

/** A documented status: exact (402), only its class ("5xx"), or none at all (undefined). */
export type StatusValue = number | string | undefined;

/** A status's class, or "none" for a code the API sends without an HTTP status of its own. */
export type StatusClass = "1xx" | "2xx" | "3xx" | "4xx" | "5xx" | "none";

const CLASS_PHRASES: Record<string, string> = {
  "1": "Informational",
  "2": "Success",
  "3": "Redirection",
  "4": "Client error",
  "5": "Server error",
};

export function reasonPhrase(status: StatusValue): string {
  if (status === undefined) return "";
  if (typeof status === "string") return CLASS_PHRASES[status[0]!] ?? "";
  return REASONS[status] ?? CLASS_PHRASES[String(status)[0]!] ?? "";
}

/** "401 Unauthorized", "5xx Server error" for a documented class, "No HTTP status" for none. */
export function statusLabel(status: StatusValue): string {
  if (status === undefined) return "No HTTP status";
  return `${status} ${reasonPhrase(status)}`.trim();
}

export function statusClassOf(status: StatusValue): StatusClass {
  if (status === undefined) return "none";
  return `${String(status)[0]}xx` as StatusClass;
}

/** The concrete status to send for a documented status: a class answers its x00; none has none. */
export function concreteStatus(status: number | string): number;
export function concreteStatus(status: StatusValue): number | undefined;
export function concreteStatus(status: StatusValue): number | undefined {
  if (status === undefined) return undefined;
  return typeof status === "number" ? status : Number(status[0]) * 100;
}

/** Statuses an HTTP response can carry a body with (the Fetch API refuses 1xx, 204, 205 and 304 with one). */
export function canSendWithBody(status: number): boolean {
  return Number.isInteger(status) && status >= 200 && status <= 599 && status !== 204 && status !== 205 && status !== 304;
}
