import { childPointer } from "../pointer.js";
import { isNonNegativeDecimal } from "../decimal.js";
import { diagnostic, type Report } from "../diagnostics.js";
import { locationOf } from "../parse/locate.js";
import type { Project } from "../resources.js";
import { paramsSites } from "./sites.js";
import { DECIMAL_FIELDS, DURATION } from "../../litellm/index.js";

export function checkValues(project: Project, report: Report): void {
  for (const resource of [...project.instances, ...project.models]) checkFinite(resource.doc, resource.value, "", report);
  for (const { doc, pointer, params } of paramsSites(project)) {
    // Money and cost rates: a negative or non-numeric one breaks spend tracking silently.
    for (const field of DECIMAL_FIELDS) {
      const value = params[field];
      if (value === undefined || isNonNegativeDecimal(value as string | number)) continue;
      report(
        diagnostic(
          "LG3003",
          locationOf(doc, `${pointer}/${field}`),
          `${field} must be a non-negative decimal number`,
          `Write a plain decimal such as "0.000003" or "2.5" (quoted or not); no units, commas or signs.`,
        ),
      );
    }
    const duration = params.budgetDuration;
    if (typeof duration === "string" && !DURATION.test(duration)) {
      report(
        diagnostic(
          "LG3004",
          locationOf(doc, `${pointer}/budgetDuration`),
          `budgetDuration "${duration}" is not a LiteLLM duration`,
          "Use a whole number and one unit: 30s, 10m, 1h, 7d, 2w or 1mo.",
        ),
      );
    }
  }
}

/** `.inf` and `.nan` are YAML numbers no LiteLLM setting or Kubernetes field means; no output can carry them. */
function checkFinite(doc: Parameters<typeof locationOf>[0], value: unknown, pointer: string, report: Report): void {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) {
      report(diagnostic("LG2004", locationOf(doc, pointer), `${pointer.slice(1).replace(/\//g, ".")}: .inf and .nan are not allowed`, "Write a finite number."));
    }
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => checkFinite(doc, item, `${pointer}/${i}`, report));
  } else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) checkFinite(doc, item, childPointer(pointer, key), report);
  }
}
