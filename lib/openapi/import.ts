import { formatIssue } from "../catalog/issues";
import { normalizeCode } from "../catalog/normalize";
import { parseCatalog } from "../catalog/parse";
import { CODE_PATTERN, type Catalog, type ErrorEntry, type Status } from "../catalog/schema";
import { concreteStatus } from "../http-status";
import { codeUrl } from "../catalog/model";
import { shortLink } from "../links";
import { SITE_ORIGIN } from "../site";
import { DEFAULT_REQUEST_ID, DEFAULT_TIMESTAMP } from "../formats/types";
import { placeholderNames } from "../import/to-catalog";
import { catalogYaml } from "../import/to-yaml";
import { compileTemplate, renderTemplate } from "../formats/template";
import {
  codeFromText,
  codeText,
  enumCodes,
  findCodePath,
  findSchemaCodePath,
  formatCodePath,
  isAbsoluteUri,
  parseCodePath,
  uriPrefixOf,
  valueAt,
  type PathToken,
} from "./code-path";
import { inferTemplate, type CodeSample } from "./infer-template";
import { notOpenApi, type SpecProblem } from "./load";
import { errorResponses, type SpecResponse } from "./responses";
import { schemaTemplate } from "./schema-template";

export interface OpenApiImportOptions {
  slug: string;
  /** The spec's file name, recorded in the catalog's `source`. */
  sourceName: string;
  /** How the catalog file is named in issues (content/catalogs/<slug>.yaml). */
  targetLabel: string;
  /** Where the code is in a body (`error.code`); found by itself when absent. */
  codePath?: string;
}

export interface OpenApiImportOutput {
  /** The catalog file's text, when it validates. */
  yaml?: string;
  /** What could not be mapped, each at its JSON pointer in the spec. */
  problems: SpecProblem[];
  notices: string[];
  /** Problems the catalog parser found in the generated YAML (file:line: field: message). */
  invalid: string[];
  codes: number;
}

const DEFAULT_DOMAIN = "General";
type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const text = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : undefined);

/** A code as the importer collects it, before it becomes an entry. */
interface Found {
  code: string;
  status?: Status;
  statusKnown: boolean;
  /** Where its status was first stated, for conflicts. */
  pointer: string;
  routes: Set<string>;
  domain: string;
  title?: string;
  sample?: CodeSample;
  /** For a code only an enum lists: the x-enum-descriptions text or the response's description. */
  enumMessage?: string;
  /** Whether enumMessage is the x-enum-descriptions text (true) or the first listing response's description. */
  enumDescribed?: boolean;
  enumStatuses?: Set<string>;
  /** The code's other example bodies, for a message its sample leaves out. */
  others?: unknown[];
  /** The responses whose schema lists it, and their domains. */
  enumResponses?: number;
  enumDomains?: Set<string>;
}

/** Routes a note lists before it only counts the rest. */
const NOTE_ROUTES = 10;
/** Codes that get the same notice before it is said once for all of them. */
const NOTICE_GROUP = 10;

/** The status an x-errata block states: 404, "4xx", or null for none. */
function errataStatus(errata: Json | undefined): { status?: Status } | undefined {
  if (!errata || !Object.hasOwn(errata, "status")) return undefined;
  const s = errata.status;
  if (s === null) return {};
  if (typeof s === "number" && Number.isInteger(s) && s >= 100 && s <= 599) return { status: s };
  if (typeof s === "string" && /^[1-5]xx$/i.test(s)) return { status: s.toLowerCase() };
  return undefined;
}

/** A domain for a code: x-errata's, else the operation's first tag, else the path's first segment (past v1, v2…). */
function domainOf(response: SpecResponse, errata: Json | undefined): string {
  const fromErrata = text(errata?.domain);
  if (fromErrata) return fromErrata;
  const tag = response.operation?.tags[0]?.trim();
  if (tag) return tag;
  const segment = response.operation?.path.split("/").find((s) => s && !/^v\d+(?:\.\d+)*$/i.test(s) && !/^\{.*\}$/.test(s));
  return segment ?? DEFAULT_DOMAIN;
}

const statusText = (s: Status | undefined) => (s === undefined ? "no status" : String(s));

function titleCase(slug: string): string {
  return slug
    .split("-")
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(" ");
}

/**
 * An OpenAPI 3.0/3.1 document (dereferenced, as loadOpenApi returns it) → catalog YAML, validated with the same parser
 * as the build. Codes come from the error responses' examples and from enums at the code's place in their schemas;
 * the envelope template is read off the examples (or the schema when there are none). Pure: no file system.
 */
export function importOpenApi(doc: unknown, options: OpenApiImportOptions): OpenApiImportOutput {
  const problems: SpecProblem[] = [];
  const notices: string[] = [];
  const fail = (p: SpecProblem[]): OpenApiImportOutput => ({ problems: p, notices, invalid: [], codes: 0 });
  const wrong = notOpenApi(doc);
  if (wrong) return fail([wrong]);

  let givenPath: PathToken[] | undefined;
  if (options.codePath !== undefined) {
    try {
      givenPath = parseCodePath(options.codePath);
    } catch (e) {
      return fail([{ pointer: "", message: (e as Error).message }]);
    }
  }

  const responses = errorResponses(doc);
  const examples = responses.flatMap((response) =>
    response.media.flatMap((media) => media.examples.map((example) => ({ response, media, example }))),
  );
  const objects = examples.filter(({ example }) => {
    if (isObject(example.value) || Array.isArray(example.value)) return true;
    problems.push({ pointer: example.pointer, message: "the example body is not a JSON object; skipped" });
    return false;
  });
  const valuePointer = (e: (typeof objects)[number]["example"]) => (e.name === undefined ? e.pointer : `${e.pointer}/value`);

  // Where the code is: given, or found in the examples, or in the schemas when there are none.
  const withErrata = objects.filter((o) => text(o.example.errata?.code) !== undefined);
  const schemaPath = () => {
    for (const m of responses.flatMap((r) => r.media)) {
      const p = findSchemaCodePath(m.schema);
      if (p) return p;
    }
    return undefined;
  };
  const codePath =
    givenPath ??
    (withErrata.length
      ? findCodePath(withErrata.map((o) => ({ body: o.example.value, code: text(o.example.errata?.code) })))
      : undefined) ??
    findCodePath(objects.map((o) => ({ body: o.example.value }))) ??
    (objects.length ? undefined : schemaPath());
  if (!codePath) {
    const where = objects.length ? "in every example body" : "in any error response schema";
    return fail([
      ...problems,
      {
        pointer: objects[0] ? valuePointer(objects[0].example) : "",
        message: `cannot find the code ${where}: no property named code, error_code, errorCode… holds one; pass --code-path, e.g. error.code`,
      },
    ]);
  }
  const pathLabel = formatCodePath(codePath);

  // Enums at the code's place, each schema read once (many responses share one).
  const listed = new Map<unknown, ReturnType<typeof enumCodes>>();
  for (const media of responses.flatMap((r) => r.media))
    if (!listed.has(media.schema)) listed.set(media.schema, enumCodes(media.schema, codePath));

  // URIs whose last segment is the code (RFC 9457's `"type": "https://x.example/errors/not-found"`): the code is what
  // follows the prefix they share, which the template keeps as text. Read off the examples, else off the enums.
  const exampleValues = objects.map((o) => valueAt(o.example.value, codePath));
  const uriPrefix = exampleValues.some((v) => codeText(v) !== undefined)
    ? uriPrefixOf(exampleValues)
    : uriPrefixOf([...listed.values()].flat().map((c) => c.code));
  if (uriPrefix !== undefined)
    notices.push(`the codes are the URIs at ${pathLabel} less the prefix they share, ${uriPrefix}; the template keeps the prefix`);

  // Codes from the examples.
  const found = new Map<string, Found>();
  for (const { response, example } of objects) {
    const raw = valueAt(example.value, codePath);
    const rawText = codeText(raw);
    const at = valuePointer(example);
    if (rawText === undefined) {
      problems.push({
        pointer: at,
        message:
          raw === undefined
            ? `no code at ${pathLabel}${givenPath ? " (the --code-path)" : ""}; skipped`
            : `the code at ${pathLabel} must be text or a number; skipped`,
      });
      continue;
    }
    const read = codeFromText(rawText, uriPrefix);
    if ("skip" in read) {
      problems.push({ pointer: at, message: `the code at ${pathLabel}: ${read.skip}; skipped` });
      continue;
    }
    const code = read.code;
    if (!CODE_PATTERN.test(code)) {
      problems.push({
        pointer: at,
        message: isAbsoluteUri(code)
          ? `code "${code}" is a URI, where more examples have a bare code at ${pathLabel}; skipped`
          : `code "${code}" must be 1–64 letters, digits and _ : . - with at least one letter or digit; skipped`,
      });
      continue;
    }
    const errata = example.errata;
    const fromErrata = errataStatus(errata);
    const status = response.statusKnown ? response.status : fromErrata?.status;
    const statusKnown = response.statusKnown || fromErrata !== undefined;
    const route = text(errata?.route) ?? response.operation?.route;
    const summary = example.summary;
    const key = normalizeCode(code);
    const prior = found.get(key);
    if (prior) {
      if (prior.code !== code) {
        problems.push({
          pointer: at,
          message: `code "${code}" differs from "${prior.code}" (at ${prior.pointer}) only in case or separators; skipped`,
        });
        continue;
      }
      if (statusKnown && prior.statusKnown && statusText(status) !== statusText(prior.status)) {
        problems.push({
          pointer: at,
          message: `${code}: answered with ${statusText(status)} here, but with ${statusText(prior.status)} at ${prior.pointer}; kept ${statusText(prior.status)}`,
        });
      } else if (statusKnown && !prior.statusKnown) Object.assign(prior, { status, statusKnown, pointer: at });
      if (route) prior.routes.add(route);
      if (!prior.sample?.title && !prior.title && summary) prior.title = summary;
      prior.others?.push(example.value);
      continue;
    }
    const domain = domainOf(response, errata);
    const title = errata ? text(errata.title) : summary;
    const sample: CodeSample = {
      code,
      body: example.value,
      pointer: at,
      domain,
      ...(status !== undefined ? { status } : {}),
      ...(errata && text(errata.title) ? { title: text(errata.title) } : {}),
      ...(text(errata?.page) ? { url: text(errata?.page) } : {}),
      ...(text(errata?.shortLink) ? { shortUrl: text(errata?.shortLink) } : {}),
    };
    found.set(key, {
      code,
      ...(status !== undefined ? { status } : {}),
      statusKnown,
      pointer: at,
      routes: new Set(route ? [route] : []),
      domain,
      ...(title ? { title } : {}),
      sample,
      others: [],
    });
  }

  // Codes only an enum lists. A schema many responses share is read once; a value that is not a code is said once.
  const notCodes = new Set<unknown>();
  for (const response of responses) {
    for (const media of response.media) {
      const codes = listed.get(media.schema)!;
      const counted = new Set<string>();
      const said = notCodes.has(media.schema);
      for (const { code: value, description } of codes) {
        const read = codeFromText(value, uriPrefix);
        const code = "code" in read ? read.code : value;
        if (!("code" in read) || !CODE_PATTERN.test(code)) {
          notCodes.add(media.schema);
          if (said) continue;
          problems.push({
            pointer: `${media.pointer}/schema`,
            message:
              "skip" in read
                ? `enum value at ${pathLabel}: ${read.skip}; skipped`
                : `enum value "${code}" is not a code (1–64 letters, digits and _ : . -); skipped`,
          });
          continue;
        }
        const key = normalizeCode(code);
        const prior = found.get(key);
        if (prior?.sample) continue;
        const route = response.operation?.route;
        if (prior) {
          if (route) prior.routes.add(route);
          prior.enumStatuses!.add(statusText(response.status));
          prior.enumDomains!.add(domainOf(response, undefined));
          if (!counted.has(key)) prior.enumResponses! += 1;
          counted.add(key);
          if (description && !prior.enumDescribed) Object.assign(prior, { enumMessage: description, enumDescribed: true });
          continue;
        }
        counted.add(key);
        const message = description ?? response.description;
        found.set(key, {
          code,
          ...(response.status !== undefined ? { status: response.status } : {}),
          statusKnown: response.statusKnown,
          pointer: `${media.pointer}/schema`,
          routes: new Set(route ? [route] : []),
          domain: domainOf(response, undefined),
          ...(message ? { enumMessage: message, enumDescribed: description !== undefined } : {}),
          enumStatuses: new Set([statusText(response.status)]),
          enumResponses: 1,
          enumDomains: new Set([domainOf(response, undefined)]),
        });
      }
    }
  }
  if (!found.size) {
    return fail([
      ...problems,
      {
        pointer: "",
        message: `no codes found: no error response (4xx, 5xx, default) has an example with a code at ${pathLabel}, or an enum there`,
      },
    ]);
  }

  // The envelope.
  const samples = [...found.values()].flatMap((f) => (f.sample ? [f.sample] : []));
  const inferred = samples.length ? inferTemplate(samples, codePath, uriPrefix) : undefined;
  const fromSchema = inferred ? undefined : schemaTemplate(responses, codePath, uriPrefix);
  problems.push(...(inferred?.problems ?? []));
  notices.push(...(inferred?.notices ?? []), ...(fromSchema?.notices ?? []));
  const template = inferred?.template ?? fromSchema?.template;
  const contentType = [...responses.flatMap((r) => r.media)].find((m) =>
    samples.length ? m.examples.some((e) => e.pointer === samples[0]!.pointer || `${e.pointer}/value` === samples[0]!.pointer) : true,
  )?.mediaType;

  // The entries. Notices about one code each are said once for a group of codes when many codes get the same one.
  const errors: ErrorEntry[] = [];
  const domains: string[] = [];
  const perCode = new Map<string, string[]>();
  const codeNotice = (code: string, what: string) => {
    if (!perCode.has(what)) {
      perCode.set(what, []);
      notices.push(what);
    }
    perCode.get(what)!.push(code);
  };
  for (const f of found.values()) {
    let status = f.status;
    let routes = [...f.routes];
    let domain = f.domain;
    let enumMessage = f.enumMessage;
    if (!f.sample && f.enumStatuses && f.enumStatuses.size > 1) {
      // A schema shared by several responses lists every code in each: which one returns it is unknown.
      status = undefined;
      routes = [];
      codeNotice(f.code, `listed only in enums, of responses with ${[...f.enumStatuses].join(", ")}; no status or route set`);
    } else if (!f.sample && (f.enumResponses ?? 0) > 1) {
      routes = [];
      codeNotice(f.code, `listed only in the enum of a schema ${f.enumResponses} responses share; no route set`);
    }
    if (!f.sample && (f.enumResponses ?? 0) > 1) {
      // Their descriptions tell of the responses, not of this code; nor does one operation's tag name its domain.
      if (!f.enumDescribed) enumMessage = undefined;
      if (f.enumDomains && f.enumDomains.size > 1) domain = DEFAULT_DOMAIN;
    }
    if (!f.statusKnown && f.sample)
      notices.push(`${f.code}: only in components.responses, which says no status; no status set (at ${f.pointer})`);
    let message = f.sample ? inferred?.messages.get(f.code) : enumMessage;
    if (f.sample && !message && inferred?.messagePath) {
      // The sample has none, but another example of the same code may.
      const path = inferred.messagePath;
      message = f.others?.map((b) => valueAt(b, path)).find((v): v is string => typeof v === "string" && v.trim() !== "");
    }
    const title = f.sample ? (inferred?.titles.get(f.code) ?? f.title) : undefined;
    if (!message) {
      message = title ?? f.code;
      if (f.sample)
        codeNotice(f.code, `its body has no message (message, detail, error_description…); the message is its ${title ? "title" : "code"}`);
      else codeNotice(f.code, "no example and no description of its own; the message is its code");
    } else if (!f.sample)
      codeNotice(
        f.code,
        `no example; its message is the ${f.enumDescribed ? "enum's description" : "enum's description or the response's description"}: check it`,
      );
    if (!domains.includes(domain)) domains.push(domain);
    const entry: ErrorEntry = { code: f.code, ...(status !== undefined ? { status } : {}), domain, message };
    if (title && title !== message) entry.title = title;
    if (routes[0]) entry.route = routes[0];
    const names = placeholderNames(message);
    if (names.length) {
      // The example stands for itself, so the message reads as the spec wrote it until someone names real values.
      const markers =
        message.match(
          /%(?:\d+\$)?[-+0#]*(?:\d+|\*)?(?:\.(?:\d+|\*))?(?:hh|h|ll|l|L|q|j|z|t)?[diouxXefgcspqvTtw]|\{(?:\d+|[A-Za-z_][A-Za-z0-9_]*)\}/g,
        ) ?? [];
      entry.placeholders = names.map((name, i) => ({
        name,
        example: markers[i] ?? name,
        description: "Describe this value (added by the importer).",
      }));
      notices.push(`${f.code} has ${names.length} placeholder${names.length === 1 ? "" : "s"}; give real examples`);
    }
    if (routes.length > 1) {
      const more = routes.length - 1 - NOTE_ROUTES;
      entry.notes = `Also returned by ${routes.slice(1, NOTE_ROUTES + 1).join(", ")}${more > 0 ? ` and ${more} more route${more === 1 ? "" : "s"}` : ""}.`;
    }
    const vars = inferred?.vars.get(f.code);
    if (vars && Object.keys(vars).length) entry.vars = vars;
    if (inferred?.details.has(f.code)) entry.validation = true;
    errors.push(entry);
  }

  const templateText = JSON.stringify(template, null, 2);
  const example = samples.length
    ? JSON.stringify(samples[0]!.body, null, 2)
    : JSON.stringify(exampleFromTemplate(templateText, errors[0]!, options.slug), null, 2);
  const info = isObject(doc) && isObject(doc.info) ? doc.info : {};
  const serviceName = text(info.title);
  const catalog: Catalog = {
    slug: options.slug,
    service: serviceName ? { name: serviceName, documented: true } : { name: titleCase(options.slug), documented: false },
    description:
      text(info.description)?.split(/\n\s*\n/)[0] ?? `Imported from ${options.sourceName}. Describe the service in a sentence or two.`,
    source: `${options.sourceName}${text(info.version) ? ` (version ${text(info.version)})` : ""}, imported with npm run import.`,
    envelope: {
      template: `${templateText}\n`,
      ...(contentType && contentType !== "application/json" ? { content_type: contentType } : {}),
      example: `${example}\n`,
      documented: samples.length > 0,
      ...(inferred?.defaultStatus !== undefined ? { default_status: inferred.defaultStatus } : {}),
      ...(samples.length ? {} : { notes: "The spec shows no example body; this template and example are read off its schema." }),
    },
    domains: domains.map((name) => ({ name })),
    errors,
  };
  if (!samples.length) notices.push("no example bodies: the envelope template is read off the schema (documented: false); check it");
  // "CODE: what" for one code or a few; "N codes (A, B, C…): what" for many.
  const said = notices.map((n) => {
    const codes = perCode.get(n);
    if (!codes) return n;
    if (codes.length <= NOTICE_GROUP) return codes.map((c) => `${c}: ${n}`);
    return `${codes.length} codes (${codes.slice(0, 5).join(", ")}…): ${n}`;
  });
  notices.splice(0, notices.length, ...said.flat());
  const yaml = catalogYaml(catalog, options.sourceName);
  const parsed = parseCatalog(yaml, options.targetLabel);
  return {
    ...(parsed.issues.length ? {} : { yaml }),
    problems,
    notices,
    invalid: parsed.issues.map(formatIssue),
    codes: errors.length,
  };
}

/** A body for a catalog without a spec example: its template rendered for its first code, as the mock would. */
function exampleFromTemplate(template: string, entry: ErrorEntry, slug: string): unknown {
  return renderTemplate(compileTemplate(template), {
    code: entry.code,
    message: entry.message,
    ...(entry.title ? { title: entry.title } : {}),
    ...(entry.status !== undefined ? { status: concreteStatus(entry.status) } : {}),
    domain: entry.domain,
    url: `${SITE_ORIGIN}${codeUrl(slug, entry.code)}`,
    short_url: shortLink(entry.code, SITE_ORIGIN),
    request_id: DEFAULT_REQUEST_ID,
    timestamp: DEFAULT_TIMESTAMP,
  });
}
