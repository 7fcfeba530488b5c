/**
 * LiteLLMInstance.spec.modelSelector: a Kubernetes LabelSelector over the Models of the
 * instance's namespace, with the API server's semantics (k8s.io/apimachinery
 * labels.Selector): matchLabels and every matchExpressions requirement must all hold;
 * `NotIn` and `DoesNotExist` hold for a Model without the label; `{}` selects everything.
 */
import type { ModelSelector } from "../types/litellm-instance.js";

export function matchesSelector(labels: Readonly<Record<string, string>>, selector: ModelSelector): boolean {
  for (const [key, value] of Object.entries(selector.matchLabels ?? {})) {
    if (labels[key] !== value) return false;
  }
  for (const { key, operator, values = [] } of selector.matchExpressions ?? []) {
    const has = Object.hasOwn(labels, key);
    const value = labels[key];
    if (operator === "In" && !(has && values.includes(value!))) return false;
    if (operator === "NotIn" && has && values.includes(value!)) return false;
    if (operator === "Exists" && !has) return false;
    if (operator === "DoesNotExist" && has) return false;
  }
  return true;
}
