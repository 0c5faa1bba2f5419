import type { Catalog, ErrorEntry } from "../catalog/schema";

/**
 * Catalogs in the styles of real public ones, for scale builds: a payments API in a Stripe-like template with vars and
 * a vars facet, 30 domains; a telephony API with numeric codes sent as numbers and Markdown docs; a database with
 * SQLSTATE-like codes and no HTTP statuses; an identity API with E0000… codes and {0} placeholders. Deterministic.
 */
export function realStyleCatalogs(codes: number): Catalog[] {
  // Two thirds in the payments catalog (2,000 of 3,000), the rest spread over the other three.
  const big = Math.round((codes * 2) / 3);
  const rest = codes - big;
  const third = Math.floor(rest / 3);
  return [payments(big), telephony(third), database(third), identity(rest - 2 * third)];
}

const AREAS = [
  "Cards",
  "Charges",
  "Refunds",
  "Disputes",
  "Payouts",
  "Transfers",
  "Balances",
  "Customers",
  "Invoices",
  "Subscriptions",
  "Prices",
  "Products",
  "Coupons",
  "Tax",
  "Checkout",
  "Payment links",
  "Terminal",
  "Issuing",
  "Treasury",
  "Connect",
  "Identity",
  "Radar",
  "Reporting",
  "Sigma",
  "Webhooks",
  "Files",
  "Mandates",
  "Sources",
  "Quotes",
  "Credit notes",
];
const TYPES = ["card_error", "invalid_request_error", "api_error", "idempotency_error", "rate_limit_error"];
const PARAMS = ["amount", "currency", "customer", "payment_method", "source", "metadata", "expand", "limit", "starting_after"];
const PROBLEMS: [string, number][] = [
  ["is missing", 400],
  ["is invalid", 400],
  ["was declined", 402],
  ["is not permitted", 403],
  ["was not found", 404],
  ["conflicts with {0}", 409],
  ["is locked", 423],
  ["was rate limited", 429],
  ["failed upstream", 502],
];

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "_");

function payments(n: number): Catalog {
  const errors: ErrorEntry[] = Array.from({ length: n }, (_, i) => {
    const area = AREAS[i % AREAS.length]!;
    const [problem, status] = PROBLEMS[i % PROBLEMS.length]!;
    const param = PARAMS[i % PARAMS.length]!;
    const entry: ErrorEntry = {
      code: `${slug(area)}_${param}_${String(i).padStart(4, "0")}`,
      status,
      domain: area,
      title: `${area}: ${param} ${problem.replace(" {0}", "")}`,
      message: problem.includes("{0}") ? `The ${param} ${problem}.` : `The ${param} of this ${area.toLowerCase()} request ${problem}.`,
      vars: { type: TYPES[i % TYPES.length]!, ...(i % 3 ? { param } : {}) },
    };
    if (problem.includes("{0}")) entry.placeholders = [{ name: "arg1", example: `${param}_1` }];
    if (i % 7 === 0)
      entry.docs = `## Possible causes\n\n- The ${param} was sent in the wrong format.\n\n## Possible solutions\n\n1. Check \`${param}\` against [the API reference](https://docs.example.com/api/${slug(area)}).`;
    return entry;
  });
  return {
    slug: "payments-real",
    service: { name: "Payments (real-style)", documented: false },
    description: "A Stripe-like payments API at scale: 30 domains, a declared envelope, vars and a vars facet.",
    envelope: {
      template:
        '{"error": {"type": "{{vars.type}}", "code": "{{code}}", "message": "{{message}}", "param": "{{vars.param}}", "doc_url": "{{url}}"}}',
      example:
        '{"error": {"type": "card_error", "code": "cards_amount_0000", "message": "The amount is missing.", "doc_url": "https://errata.example/x"}}',
      documented: false,
    },
    facets: ["type"],
    domains: AREAS.map((name) => ({ name })),
    errors,
  };
}

function telephony(n: number): Catalog {
  const domains = ["Messaging", "Voice", "Numbers", "Lookup", "Verify", "Conversations"];
  const errors: ErrorEntry[] = Array.from({ length: n }, (_, i) => ({
    code: String(20000 + i * 7),
    ...(i % 5 ? { status: [400, 401, 404, 429, 500][i % 5]! } : {}),
    domain: domains[i % domains.length]!,
    title: `${domains[i % domains.length]} error ${20000 + i * 7}`,
    message: `The ${domains[i % domains.length]!.toLowerCase()} request could not be completed (case ${i}).`,
    ...(i % 2
      ? {}
      : { docs: `### Possible causes\n\n- A wrong number format.\n\n### Possible solutions\n\n- Use E.164, e.g. \`+14155552671\`.` }),
  }));
  return {
    slug: "telephony-real",
    service: { name: "Telephony (real-style)", documented: false },
    description: "Numeric codes sent as JSON numbers, some without an HTTP status, with Markdown docs.",
    envelope: {
      template: '{"code": "{{code | number}}", "message": "{{message}}", "more_info": "{{short_url}}", "status": "{{status}}"}',
      example: '{"code": 20000, "message": "m", "more_info": "https://errata.example/e/20000", "status": 400}',
      documented: false,
      default_status: 400,
    },
    domains: domains.map((name) => ({ name })),
    errors,
  };
}

function database(n: number): Catalog {
  const classes = [
    "Integrity Constraint Violation",
    "Syntax Error or Access Rule Violation",
    "Insufficient Resources",
    "Operator Intervention",
  ];
  const errors: ErrorEntry[] = Array.from({ length: n }, (_, i) => ({
    code: `${23 + (i % 4) * 10}${String(i).padStart(3, "0")}`.slice(0, 5) + (i >= 1000 ? `.${i}` : ""),
    domain: classes[i % classes.length]!,
    title: `condition_${i}`,
    message: `%s: condition ${i} was raised for %-.64s`,
    placeholders: [
      { name: "arg1", example: "ERROR" },
      { name: "arg2", example: "users_pkey" },
    ],
  }));
  return {
    slug: "database-real",
    service: { name: "Database (real-style)", documented: false },
    description: "SQLSTATE-like codes that never carry an HTTP status, with printf placeholders.",
    envelope: {
      template: '{"sqlstate": "{{code}}", "message": "{{message}}"}',
      example: '{"sqlstate": "23000", "message": "m"}',
      documented: false,
      default_status: 500,
    },
    domains: classes.map((name) => ({ name })),
    errors,
  };
}

function identity(n: number): Catalog {
  const errors: ErrorEntry[] = Array.from({ length: n }, (_, i) => ({
    code: `E${String(i + 1).padStart(7, "0")}`,
    status: i % 11 === 0 ? 202 : [400, 401, 403, 404, 429][i % 5]!,
    domain: i % 2 ? "Users" : "Apps",
    title: `Identity error ${i + 1}`,
    message: `The resource {0} could not be used by {1}; {0} stays unchanged.`,
    placeholders: [
      { name: "arg1", example: "00u1abcd" },
      { name: "arg2", example: "admin" },
    ],
  }));
  return {
    slug: "identity-real",
    service: { name: "Identity (real-style)", documented: false },
    description: "Okta-like E0000… codes with numbered brace placeholders, one documented as 202.",
    envelope: {
      template: '{"errorCode": "{{code}}", "errorSummary": "{{message}}", "errorId": "{{request_id}}", "errorCauses": []}',
      example: '{"errorCode": "E0000001", "errorSummary": "m", "errorId": "oae1", "errorCauses": []}',
      documented: false,
    },
    domains: [{ name: "Apps" }, { name: "Users" }],
    errors,
  };
}
