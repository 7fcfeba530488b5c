import { diagnose, type Report } from "../diagnostics.js";
import { isEnvironReference, knownModel, knownProviders } from "../../litellm/index.js";
import { locationOf } from "../parse/locate.js";
import type { Project } from "../resources.js";
import { closest } from "../suggest.js";
import { paramsSites } from "./sites.js";

/**
 * LiteLLM fails only at request time on a model it can't route; catch it at commit time.
 * Unknown prefixes are warnings: a LiteLLM release newer than our list may know them.
 */
export function checkProviders(project: Project, report: Report): void {
  const providers = knownProviders();
  for (const { doc, pointer, params } of paramsSites(project)) {
    const model = params.model;
    const custom = params.customLLMProvider;
    if (typeof custom === "string") {
      if (!providers.has(custom)) {
        const suggestion = closest(custom, providers);
        report(
          suggestion
            ? diagnose("LG3002", locationOf(doc, `${pointer}/customLLMProvider`), "customProvider", { provider: custom, suggestion })
            : diagnose("LG3002", locationOf(doc, `${pointer}/customLLMProvider`), "customProviderUnknown", { provider: custom }),
        );
      }
      continue; // the provider is named explicitly; the model string is passed to it as is
    }
    // `*` routes any model name through the proxy's default provider logic: nothing to check.
    if (typeof model !== "string" || isEnvironReference(model) || model === "*") continue;
    const slash = model.indexOf("/");
    if (slash > 0) {
      const prefix = model.slice(0, slash);
      if (providers.has(prefix) || knownModel(model)) continue;
      const suggestion = closest(prefix, providers);
      report(
        suggestion
          ? diagnose("LG3002", locationOf(doc, `${pointer}/model`), "prefix", { prefix, suggestion: `${suggestion}/${model.slice(slash + 1)}` })
          : diagnose("LG3002", locationOf(doc, `${pointer}/model`), "prefixUnknown", { prefix }),
      );
    } else if (!knownModel(model)) {
      report(
        diagnose("LG3002", locationOf(doc, `${pointer}/model`), "noPrefix", { model }),
      );
    }
  }
}
