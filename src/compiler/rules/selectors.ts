import { diagnose, type Report } from "../diagnostics.js";
import { locationOf } from "../parse/locate.js";
import type { Project } from "../resources.js";

/**
 * LiteLLMInstance.spec.modelSelector as the API server validates a LabelSelector
 * (apimachinery ValidateLabelSelectorRequirement): `In`/`NotIn` need values, `Exists`/
 * `DoesNotExist` take none. Otherwise the selector would mean something else than it reads.
 */
export function checkSelectors(project: Project, report: Report): void {
  for (const instance of project.instances) {
    instance.value.spec.modelSelector?.matchExpressions?.forEach((requirement, i) => {
      const pointer = `/spec/modelSelector/matchExpressions/${i}`;
      const values = requirement.values ?? [];
      const needsValues = requirement.operator === "In" || requirement.operator === "NotIn";
      if (needsValues && values.length === 0) {
        report(
          diagnose("LG3046", locationOf(instance.doc, `${pointer}/operator`), "needsValues", { operator: requirement.operator, alternative: requirement.operator === "In" ? "Exists" : "DoesNotExist" }),
        );
      } else if (!needsValues && values.length > 0) {
        report(
          diagnose("LG3046", locationOf(instance.doc, `${pointer}/values`), "takesNoValues", { operator: requirement.operator, alternative: requirement.operator === "Exists" ? "In" : "NotIn" }),
        );
      }
    });
  }
}
