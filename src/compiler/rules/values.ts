import { childPointer } from "../pointer.js";
import { isNonNegativeDecimal } from "../decimal.js";
import { diagnose, type Report } from "../diagnostics.js";
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
      report(diagnose("LG3003", locationOf(doc, `${pointer}/${field}`), "notDecimal", { field }));
    }
    const duration = params.budgetDuration;
    if (typeof duration === "string" && !DURATION.test(duration)) {
      report(diagnose("LG3004", locationOf(doc, `${pointer}/budgetDuration`), "notDuration", { field: "budgetDuration", duration }));
    }
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
