import { catalogEnvelope } from "../formats";
import { catalogFacts } from "../formats/catalog-schema";
import { envelopeBodySchema } from "../formats/json-schema";
import { slotsOf, TemplateError } from "../formats/template";
import { schemaValidator } from "../formats/validate";
import { varNamesSet } from "./model";
import type { Catalog } from "./schema";
import type { RuleIssue } from "./rules";

/** The 1-based line of a character offset within a text. */
const lineIn = (text: string, offset: number) => text.slice(0, Math.max(0, offset)).split("\n").length;

/**
 * The envelope's own rules: the template compiles, every {{vars.NAME}} it uses is set somewhere, and the example
 * body fits the envelope (it validates against the catalog's downloadable JSON Schema).
 */
export function checkEnvelope(catalog: Catalog): RuleIssue[] {
  let example: unknown;
  try {
    example = JSON.parse(catalog.envelope.example);
  } catch {
    return [{ path: ["envelope", "example"], message: "must be valid JSON" }];
  }
  const { template } = catalog.envelope;
  let slots;
  try {
    slots = slotsOf(catalogEnvelope(catalog).template);
  } catch (e) {
    if (!(e instanceof TemplateError) || template === undefined) throw e;
    const near = e.near && ("offset" in e.near ? e.near.offset : template.indexOf(e.near.marker));
    return [
      {
        path: ["envelope", "template"],
        message: `${e.at ? `at ${e.at}: ` : ""}${e.message}`,
        ...(near !== undefined && near >= 0 ? { lineInText: lineIn(template, near) } : {}),
      },
    ];
  }

  const issues: RuleIssue[] = [];
  const setVars = varNamesSet(catalog);
  for (const slot of slots) {
    const name = slot.name.startsWith("vars.") ? slot.name.slice(5) : undefined;
    if (name === undefined || setVars.has(name)) continue;
    issues.push({
      path: ["envelope", "template"],
      message: `uses {{${slot.name}}}, but no vars sets ${name} (at the top of the catalog, in a domain or in an entry)${setVars.size ? `; vars set: ${[...setVars].sort().join(", ")}` : ""}`,
      ...(template !== undefined && template.includes(slot.name) ? { lineInText: lineIn(template, template.indexOf(slot.name)) } : {}),
    });
  }
  if (issues.length) return issues;

  // The example's shape, not its code: sources often show a stand-in such as MACHINE_READABLE_CODE.
  const { codes: _codes, ...facts } = catalogFacts(catalog);
  const problems = schemaValidator(envelopeBodySchema(catalogEnvelope(catalog), facts))(example);
  if (problems.length) {
    issues.push({
      path: ["envelope", "example"],
      message: `does not fit the envelope${template === undefined ? ` format ${catalog.envelope.format}` : " template"}: ${problems.slice(0, 3).join("; ")}`,
    });
  }
  return issues;
}
