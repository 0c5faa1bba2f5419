import { entriesOf, fillMessage, type Entry } from "../catalog/model";
import { messageLiterals } from "../catalog/placeholders";
import type { Catalog } from "../catalog/schema";
import { catalogEnvelope, renderBody } from "../formats";
import { bodyEntry } from "../mock/target";
import { isWeakCode } from "./codes-in-text";
import { seededRandom } from "../synthetic/random";

/**
 * A labelled synthetic log for the triage benchmark (deterministic for a seed): error bodies in every catalog's
 * envelope, written the ways logs write them (after a log prefix, two on a line, pretty-printed over several lines,
 * escaped inside JSON, quoted in text, in HAR-style entries), codes and filled-in messages in text, and bodies with
 * codes no catalog has, all among noise meant to trip a careless scanner: timestamps, UUIDs, hex ids, access lines,
 * stack traces, words and numbers that are codes elsewhere, JSON that is not an error, braces that are not JSON.
 *
 * Labels: for each `catalog/code` (or `?catalogs/code` for an undocumented code, catalogs comma-separated) the lines
 * where it occurs. Each code occurs at most MAX_PER_CODE times, on distinct lines.
 */
export interface LabelledLog {
  text: string;
  lines: number;
  labels: Map<string, number[]>;
}

export interface SyntheticLogOptions {
  seed?: number;
  /** Labelled events; noise lines come between them. */
  events?: number;
  /** Noise lines per event, on average. */
  noise?: number;
}

export const MAX_PER_CODE = 40;

const ORIGIN = "https://errata.example";

export function syntheticLog(catalogs: readonly Catalog[], { seed = 1, events = 2_000, noise = 4 }: SyntheticLogOptions = {}): LabelledLog {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const int = (n: number) => Math.floor(rnd() * n);
  const hex = (n: number) => Array.from({ length: n }, () => "0123456789abcdef"[int(16)]).join("");
  const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
  let clock = Date.UTC(2025, 0, 15, 10, 30, 0);
  const ts = () => {
    clock += int(900);
    return new Date(clock).toISOString();
  };

  const all = catalogs.flatMap((c) => entriesOf(c).map((e) => ({ catalog: c, entry: e })));
  const owners = new Map<string, number>();
  for (const { entry } of all) owners.set(entry.code, (owners.get(entry.code) ?? 0) + 1);
  const templates = new Map<string, number>();
  for (const { entry } of all) templates.set(entry.message.trim(), (templates.get(entry.message.trim()) ?? 0) + 1);
  const formats = new Map<string, string[]>();
  for (const c of catalogs) {
    const f = c.envelope.template !== undefined ? `catalog:${c.slug}` : (c.envelope.format ?? "nested-error");
    formats.set(f, [...(formats.get(f) ?? []), c.slug]);
  }
  const formatOf = (c: Catalog) => (c.envelope.template !== undefined ? `catalog:${c.slug}` : (c.envelope.format ?? "nested-error"));
  const codes = new Set(all.map((a) => a.entry.code));

  const out: string[] = [];
  const labels = new Map<string, number[]>();
  const label = (key: string, line: number) => labels.set(key, [...(labels.get(key) ?? []), line]);
  const uses = new Map<string, number>();
  /** An entry that may occur once more. */
  const next = (filter: (a: (typeof all)[number]) => boolean = () => true) => {
    const pool = all.filter((a) => (uses.get(`${a.catalog.slug}/${a.entry.code}`) ?? 0) < MAX_PER_CODE && filter(a));
    if (!pool.length) return undefined;
    const a = pick(pool);
    const key = `${a.catalog.slug}/${a.entry.code}`;
    uses.set(key, (uses.get(key) ?? 0) + 1);
    return { ...a, key };
  };
  const body = (c: Catalog, e: Entry) =>
    renderBody(catalogEnvelope(c), { entry: bodyEntry(e, ORIGIN), timestamp: ts(), requestId: `req_${hex(12)}` });
  const line = (text: string) => out.push(text);
  const here = () => out.length + 1;
  const prefix = () => `${ts()} ${pick(["ERROR", "WARN", "ERROR"])} [${pick(["api", "worker", "gateway"])}] req=${uuid()}`;

  const noiseLines: (() => string[])[] = [
    () => [
      `10.0.${int(255)}.${int(255)} - - [15/Jan/2025:10:${String(int(60)).padStart(2, "0")}:00 +0000] "GET /v1/apps/${uuid()} HTTP/1.1" ${pick([200, 404, 403, 500])} ${int(9000)} "-" "curl/8.4.0"`,
    ],
    () => [`${ts()} INFO [api] request completed in ${int(30000)}us id=${uuid()} trace=${hex(32)} span=${hex(16)}`],
    () => [
      `${ts()} ERROR [worker] unhandled rejection`,
      `Error: connect ECONNREFUSED 10.0.0.${int(255)}:5432`,
      `    at Object.<anonymous> (/srv/app/src/handler.js:1002:23)`,
      `    at com.example.Api.call(Api.java:50126)`,
      `Caused by: java.net.SocketTimeoutException: timeout`,
    ],
    () => [`${ts()} WARN [cache] lookup not_found for key ${hex(24)}; retrying after timeout (rate_limit window ${int(60)}s)`],
    () => [`${ts()} DEBUG [policy] FORBIDDEN by rule ${int(99)}; NOT_FOUND fallback; BAD_REQUEST count=${int(9)} TOO_MANY_REQUESTS`],
    () => [`${ts()} INFO [db] order_id=23505-${hex(4)} pid=1002 port 50126 took 700016ns at 2025-01-15T10:30:00.23505Z`],
    () => [`{"ts":"${ts()}","level":"info","msg":"ok","latency_ms":${int(400)},"status":200,"id":"${uuid()}"}`],
    () => [`{"code":200,"data":{"id":"${uuid()}","items":[${int(9)},${int(9)}]}}`],
    () => [`${ts()} INFO [config] loaded: {`, `  "timeout": 30,`, `  "retries": ${int(5)},`, `  "hosts": ["a", "b"]`, `}`],
    () => [`${ts()} DEBUG [js] function handler(req) {`, `  return next(req);`, `}`, `${ts()} DEBUG [js] done { braces without json`],
    () => [
      `{"request":{"method":"GET","url":"https://api.example.com/v1/items"},"response":{"status":200,"content":{"mimeType":"application/json","text":"{\\"ok\\":true}"}}}`,
    ],
    () => [`${ts()} INFO hex 0xE0000047${hex(4)} build AADSTS50126x sha=${hex(40)} E0000047abc user 23505@example.com`],
    () => [`${ts()} INFO [auth] user signed in, token refreshed, session ${uuid()} error=none code=ok`],
  ];

  const shapes: ((e: NonNullable<ReturnType<typeof next>>) => void)[] = [
    // After a log prefix.
    (a) => {
      label(a.key, here());
      line(`${prefix()} upstream ${a.entry.status ?? "-"} body=${JSON.stringify(body(a.catalog, a.entry))}`);
    },
    // Pretty-printed over several lines, opening on the prefix line.
    (a) => {
      const [first, ...rest] = JSON.stringify(body(a.catalog, a.entry), null, 2).split("\n");
      label(a.key, here());
      line(`${prefix()} response body: ${first}`);
      rest.forEach(line);
    },
    // Pretty-printed, starting on a line of its own.
    (a) => {
      line(`${prefix()} response body follows`);
      label(a.key, here());
      JSON.stringify(body(a.catalog, a.entry), null, 2).split("\n").forEach(line);
    },
    // Escaped inside a JSON log line.
    (a) => {
      label(a.key, here());
      line(
        `{"ts":"${ts()}","level":"error","msg":"upstream failed","status":${a.entry.status === undefined ? null : JSON.stringify(a.entry.status)},"body":${JSON.stringify(JSON.stringify(body(a.catalog, a.entry)))}}`,
      );
    },
    // Quoted in text.
    (a) => {
      label(a.key, here());
      line(`${prefix()} retry gave up body=${JSON.stringify(JSON.stringify(body(a.catalog, a.entry)))} attempts=3`);
    },
    // A HAR entry on one line.
    (a) => {
      label(a.key, here());
      const text = JSON.stringify(body(a.catalog, a.entry));
      line(
        JSON.stringify({
          startedDateTime: ts(),
          request: { method: "POST", url: `https://api.example.com/v1/${hex(6)}`, headers: [{ name: "x-request-id", value: uuid() }] },
          response: {
            status: typeof a.entry.status === "number" ? a.entry.status : 400,
            content: { size: text.length, mimeType: "application/json", text },
          },
        }),
      );
    },
  ];

  for (let ev = 0; ev < events; ev++) {
    const n = int(noise * 2 + 1);
    for (let k = 0; k < n; k++) pick(noiseLines)().forEach(line);
    const kind = rnd();
    if (kind < 0.55) {
      const a = next();
      if (a) pick(shapes)(a);
    } else if (kind < 0.65) {
      // Two bodies on one line, of two different codes.
      const a = next();
      const b = a && next((x) => x.entry.code !== a.entry.code);
      if (a && b) {
        label(a.key, here());
        label(b.key, here());
        line(`${prefix()} batch errors ${JSON.stringify(body(a.catalog, a.entry))} ${JSON.stringify(body(b.catalog, b.entry))}`);
      }
    } else if (kind < 0.8) {
      // A code in text: as a token if it reads as a code, after code= otherwise; only codes one catalog has.
      const a = next((x) => owners.get(x.entry.code) === 1);
      if (a) {
        label(a.key, here());
        line(
          isWeakCode(a.entry.code)
            ? `${prefix()} call failed error_code=${a.entry.code} after ${int(900)}ms`
            : `${prefix()} call failed with ${a.entry.code} after ${int(900)}ms`,
        );
      }
    } else if (kind < 0.9) {
      // A filled-in message, for messages with 30+ characters of their own text that one code has.
      const a = next(
        (x) =>
          templates.get(x.entry.message.trim()) === 1 &&
          !x.entry.message.includes("\n") &&
          messageLiterals(x.entry.message).join("").replace(/\s+/g, " ").trim().length >= 30,
      );
      if (a) {
        label(a.key, here());
        line(`${prefix()} ${fillMessage(a.entry)}`);
      }
    } else {
      // An undocumented code in a catalog's envelope.
      const c = pick(catalogs);
      let code: string;
      do code = `${pick(["ZX", "QV", "UNDOC"])}_${1000 + int(9000)}`;
      while (codes.has(code));
      const e = entriesOf(c)[0]!;
      const key = `?${formats.get(formatOf(c))!.join(",")}/${code}`;
      if ((labels.get(key)?.length ?? 0) >= MAX_PER_CODE) continue;
      label(key, here());
      const fake = { ...e, code, message: `Something undocumented happened (${hex(6)})`, placeholders: undefined };
      line(`${prefix()} upstream body=${JSON.stringify(body(c, fake))}`);
    }
  }
  return { text: out.join("\n") + "\n", lines: out.length, labels };
}

/** Precision and recall of a triage result against the labels (see LabelledLog), counting occurrences. */
export function score(
  labels: ReadonlyMap<string, readonly number[]>,
  result: {
    findings: readonly { catalog: string; code: string; count: number; lines: readonly number[] }[];
    undocumented: readonly { catalogs: readonly string[]; code: string; count: number; lines: readonly number[] }[];
  },
): {
  precision: number;
  recall: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  misses: string[];
  extras: string[];
} {
  const found = new Map<string, { count: number; lines: readonly number[] }>();
  for (const f of result.findings) found.set(`${f.catalog}/${f.code}`, f);
  for (const u of result.undocumented) found.set(`?${u.catalogs.join(",")}/${u.code}`, u);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const misses: string[] = [];
  const extras: string[] = [];
  for (const key of new Set([...labels.keys(), ...found.keys()])) {
    const expected = new Set(labels.get(key) ?? []);
    const f = found.get(key);
    const hit = f ? f.lines.filter((l) => expected.has(l)).length : 0;
    tp += hit;
    const extra = Math.max(0, (f?.count ?? 0) - hit);
    fp += extra;
    fn += expected.size - hit;
    if (expected.size > hit) misses.push(`${key}: ${[...expected].filter((l) => !f?.lines.includes(l)).join(" ")}`);
    if (extra) extras.push(`${key}: ${f!.lines.filter((l) => !expected.has(l)).join(" ")}`);
  }
  return {
    precision: tp + fp ? tp / (tp + fp) : 1,
    recall: tp + fn ? tp / (tp + fn) : 1,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    misses,
    extras,
  };
}
