import type { JsonSchema } from "../formats/json-schema";

/** What the export writes in each example's `x-errata` (docs/openapi.md): the code's facts and where it is documented. */
export interface ErrataFacts {
  catalog: string;
  code: string;
  /** A number, a class such as "4xx", or null for a code sent without an HTTP status. */
  status: number | string | null;
  domain: string;
  title?: string;
  route?: string;
  /** The code's page and its permanent short link, absolute. */
  page: string;
  shortLink: string;
}

export interface ErrataExample {
  summary: string;
  value: unknown;
  "x-errata": ErrataFacts;
}

export interface MediaTypeObject {
  schema: JsonSchema;
  examples: Record<string, { $ref: string }>;
}

export interface ResponseObject {
  description: string;
  content: Record<string, MediaTypeObject>;
}

export interface OperationObject {
  operationId: string;
  summary: string;
  description: string;
  parameters?: { name: string; in: "path"; required: true; schema: { type: string } }[];
  responses: Record<string, ResponseObject>;
}

/** The subset of OpenAPI 3.1 the export writes. */
export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string; description: string };
  paths: Record<string, Record<string, OperationObject>>;
  components: {
    schemas: Record<string, JsonSchema>;
    responses: Record<string, ResponseObject>;
    examples: Record<string, ErrataExample>;
  };
  "x-errata": {
    version: 1;
    generator: string;
    catalogs: { slug: string; name: string; page: string; codes: number }[];
  };
}
