import { readFileSync } from "node:fs";
import { OPERATOR_DEFAULT_IMAGE } from "../compiler/resolve/settings.js";
import { PINNED_CHART } from "../emitters/helm-chart-keys.js";
import { packageFile } from "../package-root.js";
import { SCHEMA_FILES, schemaFile } from "./commands/schema.js";

/**
 * The BerriAI/litellm commits data/litellm/ was generated from: providers.json (the
 * `LlmProviders` enum, litellm/types/utils.py) and settings-keys.json (`Router.__init__`,
 * litellm/router.py). Written in data/litellm/ORIGIN.md; test/cli-help.test.ts keeps the two equal.
 */
export const LITELLM_DATA_COMMITS = { providers: "001c64f", routerSettings: "f292d1a" } as const;

/** The bbdsoftware/litellm-operator release whose CRDs schemas/upstream/ holds (schemas/upstream/ORIGIN.md). */
export const OPERATOR_RELEASE = "1.1.1";

/** `--version`: the version alone on the first line (for scripts), then what this build targets. */
export function versionText(): string {
  const pkg = JSON.parse(readFileSync(packageFile("package.json"), "utf8")) as { version: string };
  const kindsByApiVersion = new Map<string, string[]>();
  for (const kind of Object.keys(SCHEMA_FILES) as (keyof typeof SCHEMA_FILES)[]) {
    const schema = JSON.parse(readFileSync(schemaFile(kind), "utf8")) as { properties: { apiVersion: { const: string } } };
    const apiVersion = schema.properties.apiVersion.const;
    kindsByApiVersion.set(apiVersion, [...(kindsByApiVersion.get(apiVersion) ?? []), kind]);
  }
  const schemas = [...kindsByApiVersion].sort(([a], [b]) => a.localeCompare(b)).map(([apiVersion, kinds]) => `  ${apiVersion}: ${kinds.join(", ")}`);
  return `${pkg.version}
LiteLLM:      default image ${OPERATOR_DEFAULT_IMAGE} (the operator CRD's spec.image default);
              providers and settings from BerriAI/litellm ${LITELLM_DATA_COMMITS.providers} and ${LITELLM_DATA_COMMITS.routerSettings}
litellm-helm: chart ${PINNED_CHART.version} (LiteLLM ${PINNED_CHART.appVersion}), the default spec.helm.chart.version
schemas:      operator CRDs of bbdsoftware/litellm-operator ${OPERATOR_RELEASE}, with the litellm-gitops extensions
${schemas.join("\n")}
`;
}
