import { childPointer } from "../pointer.js";
import { floatRangeProblem, parseDecimal, shiftDecimal, type Decimal } from "../decimal.js";
import { diagnose, type Report } from "../diagnostics.js";
import { locationOf } from "../parse/locate.js";
import type { Project } from "../resources.js";
import { paramsSites } from "./sites.js";
import { DECIMAL_FIELDS, DURATION, PER_MILLION } from "../../litellm/index.js";
import type { ParsedDocument } from "../parse/locate.js";

/** The per-token field each per-million price becomes (a decimal shift by 10⁻⁶). */
const PER_TOKEN_OF: ReadonlyMap<string, string> = new Map(PER_MILLION);

export function checkValues(project: Project, report: Report): void {
  for (const resource of [...project.instances, ...project.models]) checkFinite(resource.doc, resource.value, "", report);
  for (const { doc, pointer, params } of paramsSites(project)) {
    // Money and cost rates: a negative or non-numeric one breaks spend tracking silently.
    for (const field of DECIMAL_FIELDS) {
      const value = params[field];
      if (value === undefined) continue;
      const parsed = parseDecimal(value as string | number);
      if (parsed === undefined || parsed.negative) report(diagnose("LG3003", locationOf(doc, `${pointer}/${field}`), "notDecimal", { field }));
      else checkFloatRange(doc, `${pointer}/${field}`, field, value as string | number, parsed, report);
    }
    const duration = params.budgetDuration;
    if (typeof duration === "string" && !DURATION.test(duration)) {
      report(diagnose("LG3004", locationOf(doc, `${pointer}/budgetDuration`), "notDuration", { field: "budgetDuration", duration }));
    }
  }
}

/**
 * A decimal LiteLLM reads as a Python float must be one: `"1e400"` would be infinity and
 * `"1e-400"` 0 (free). A per-million price is checked as the per-token value it becomes too.
 */
export function checkFloatRange(doc: ParsedDocument, pointer: string, field: string, written: string | number, parsed: Decimal, report: Report): void {
  const value = String(written);
  const problem = floatRangeProblem(parsed);
  if (problem !== undefined) {
    report(diagnose("LG3022", locationOf(doc, pointer), problem, { field, value }));
    return;
  }
  const perToken = PER_TOKEN_OF.get(field);
  if (perToken !== undefined && floatRangeProblem(shiftDecimal(parsed, -6)) === "underflow") {
    report(diagnose("LG3022", locationOf(doc, pointer), "perTokenUnderflow", { field, value, perToken }));
  }
}

/** `.inf` and `.nan` are YAML numbers no LiteLLM setting or Kubernetes field means; no output can carry them. */
function checkFinite(doc: Parameters<typeof locationOf>[0], value: unknown, pointer: string, report: Report): void {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) {
      report(diagnose("LG2004", locationOf(doc, pointer), "notFinite", { field: pointer.slice(1).replace(/\//g, ".") }));
    }
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => checkFinite(doc, item, `${pointer}/${i}`, report));
  } else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) checkFinite(doc, item, childPointer(pointer, key), report);
  }
}
