import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileTemplate, renderTemplate, slotsOf, TemplateError, type SlotValues } from "./template";
import { matchBody } from "./match";
import { envelopeBodySchema } from "./json-schema";
import { schemaValidator } from "./validate";

const base: SlotValues = {
  code: "card_declined",
  message: "Your card was declined.",
  title: "Card declined",
  status: 402,
  domain: "Cards",
  url: "https://errors.example.com/catalogs/payments/card-declined",
  short_url: "https://errors.example.com/e/card_declined",
  vars: { type: "card_error", param: "payment_method" },
};

const STRIPE = `{"error": {"type": "{{vars.type}}", "code": "{{code}}", "message": "{{message}}",
  "param": "{{vars.param}}", "doc_url": "{{url}}"}}`;

describe("envelope templates", () => {
  it("renders a Stripe-like body, each slot in its place", () => {
    expect(renderTemplate(compileTemplate(STRIPE), base)).toEqual({
      error: { type: "card_error", code: "card_declined", message: "Your card was declined.", param: "payment_method", doc_url: base.url },
    });
  });

  it("leaves out a key whose whole value is a slot without a value, as Stripe omits param", () => {
    const body = renderTemplate(compileTemplate(STRIPE), { ...base, vars: { type: "api_error" } }) as { error: Record<string, unknown> };
    expect(Object.keys(body.error)).toEqual(["type", "code", "message", "doc_url"]);
  });

  it("types a whole-string slot: status and details as JSON, | number as a number", () => {
    const t = compileTemplate(
      '{"status": "{{status}}", "code": "{{code | number}}", "details": "{{details}}", "n": "{{vars.n | number}}"}',
    );
    expect(renderTemplate(t, { ...base, code: "20404", details: { a: [1] }, vars: { n: "0123" } })).toEqual({
      status: 402,
      code: 20404,
      details: { a: [1] },
      n: 123,
    });
    // A code that is not a number stays text rather than becoming NaN.
    expect(renderTemplate(t, { ...base, details: null })).toMatchObject({ code: "card_declined", details: null });
  });

  it("interpolates slots inside longer text as text", () => {
    const t = compileTemplate('{"error": "invalid_grant", "error_description": "AADSTS{{code}}: {{message}} Status: {{status}}"}');
    expect(renderTemplate(t, { ...base, code: "50126", message: "Invalid username or password." })).toEqual({
      error: "invalid_grant",
      error_description: "AADSTS50126: Invalid username or password. Status: 402",
    });
  });

  it("refuses unknown slots, unknown filters and text that is not JSON, saying where", () => {
    const error = (text: string) => {
      try {
        compileTemplate(text);
      } catch (e) {
        return e instanceof TemplateError ? `${e.at}: ${e.message}` : String(e);
      }
      return "no error";
    };
    expect(error('{"error": {"kind": "{{severity}}"}}')).toMatch(/^error\.kind: unknown slot \{\{severity\}\}; slots are \{\{code\}\}, /);
    expect(error('{"a": ["{{code | upper}}"]}')).toBe('a[0]: unknown filter "| upper" in {{code}}; the only filter is "| number"');
    expect(error('{"a": ')).toMatch(/^: is not valid JSON: /);
  });

  it("lists the slots a template uses", () => {
    expect(slotsOf(compileTemplate(STRIPE)).map((s) => s.name)).toEqual(["vars.type", "code", "message", "vars.param", "url"]);
  });

  it("reads the code back from a body, at its key or inside text", () => {
    expect(matchBody(compileTemplate(STRIPE), { error: { code: "card_declined", message: "x" } })?.code).toBe("card_declined");
    const entra = compileTemplate('{"error": "invalid_grant", "error_description": "AADSTS{{code}}: {{message}}"}');
    expect(matchBody(entra, { error: "invalid_grant", error_description: "AADSTS50126: Error validating credentials." })?.code).toBe(
      "50126",
    );
    expect(matchBody(entra, { error: "invalid_grant", error_description: "Something else" })).toBeUndefined();
    expect(matchBody(compileTemplate('{"code": "{{code | number}}"}'), { code: 20404 })?.code).toBe("20404");
  });

  it("reads back the code it rendered, for any code and any text around it", () => {
    const code = fc.stringMatching(/^[A-Za-z0-9_:.-]{1,64}$/);
    fc.assert(
      fc.property(code, fc.string(), fc.string(), (c, before, message) => {
        const t = compileTemplate(JSON.stringify({ e: `${before.replace(/[{}]/g, "")}{{code}}: {{message}}`, k: "{{code}}" }));
        const body = renderTemplate(t, { ...base, code: c, message });
        expect(matchBody(t, body)?.code).toBe(c);
      }),
    );
  });
});

describe("the JSON Schema a template gives", () => {
  // Any JSON value, with slots dropped into some strings: the schema compiles, and the body it renders validates.
  const slot = fc.constantFrom(
    "{{code}}",
    "{{message}}",
    "{{status}}",
    "{{details}}",
    "{{vars.type}}",
    "x{{code}}y",
    "{{code | number}}",
    "{{request_id}}",
  );
  const value = fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: "small" },
      fc.constantFrom(null, true, 1, "text", ""),
      slot,
      fc.array(tie("node"), { maxLength: 3 }),
      fc.dictionary(fc.string({ minLength: 1, maxLength: 5 }), tie("node"), { maxKeys: 3 }),
    ),
  })).node;

  it("compiles for any template, and accepts what the template renders", () => {
    fc.assert(
      fc.property(value, fc.boolean(), (json, withVars) => {
        const template = compileTemplate(JSON.stringify({ e: json }));
        const envelope = {
          id: "t",
          label: "t",
          typeName: "T",
          contentType: "application/json",
          template,
          inputs: { mode: false, details: "validation" as const, timestamp: false, requestId: true },
        };
        const validate = schemaValidator(envelopeBodySchema(envelope, { codes: ["E1", "20404"] }));
        // As lib/formats/render.ts always gives them: a request id and a timestamp.
        const values: SlotValues = {
          ...base,
          code: "20404",
          request_id: "r1",
          timestamp: "2025-01-15T10:30:00Z",
          vars: withVars ? { type: "t" } : {},
        };
        const body = renderTemplate(template, values);
        expect(validate(body)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
