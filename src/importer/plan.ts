/**
 * The files an import writes, as relative path → text, laid out like `init` and the
 * quickstart example: compiler-config.yaml, instance.yaml, models/<name>.yaml. The text comes
 * from toYaml only, so it is deterministic and reads back with the intended types in every
 * YAML reader.
 */
import { GITOPS_API_VERSION, LITELLM_API_VERSION } from "../compiler/classify/classify.js";
import { toYaml } from "../render/yaml.js";
import type { ImportedModel } from "./models.js";
import type { ImportOptions, Plain, Report } from "./types.js";
import { diagnose } from "../compiler/diagnostics.js";
import { DEFAULT_STORE } from "../compiler/resolve/settings.js";
import { compareStrings } from "../compare.js";

export interface PlanInput {
  options: ImportOptions;
  spec: Plain;
  models: readonly ImportedModel[];
  /** The files imported, as shown to the user: named in each file's header. */
  sources: readonly string[];
  /**
   * Chart values were imported: the project keeps deploying through the chart (`targets: [helm]`),
   * so the Service keeps the chart's name `<release>`; under the manifests target it would become
   * `<instance>-service`, and every in-cluster client of the old name would break.
   */
  helm?: boolean;
  /** Other resources (teams, keys, guardrails…), each with the relative path of its file. */
  objects?: ReadonlyArray<{ path: string; resource: Plain }>;
  /** Secrets made in the cluster (`namespace/name`), which no ExternalSecret may overwrite: an operator's generated keys. */
  clusterSecrets?: readonly string[];
}

/** The instance's fields in the order a reader looks for them: the deployment, the Secrets, the env, the settings. */
const SPEC_ORDER = [
  "image",
  "replicas",
  "masterKeySecretRef",
  "saltKeySecretRef",
  "databaseSecretRef",
  "redisSecretRef",
  "ingress",
  "monitoring",
  "resources",
  "extraEnvVars",
  "routerSettings",
  "litellmSettings",
  "generalSettings",
];

export function planFiles({ options, spec, models, sources, helm, objects = [], clusterSecrets = [] }: PlanInput): Map<string, string> {
  const header = `# Imported by \`litellm-gitops import\` from ${sources.join(", ")}.\n`;
  const files = new Map<string, string>();
  files.set(
    "compiler-config.yaml",
    header +
      toYaml({
        apiVersion: GITOPS_API_VERSION,
        kind: "CompilerConfig",
        metadata: { name: options.instance },
        spec: {
          ...(helm ? { targets: ["helm"] } : {}),
          ...(options.secretStore !== undefined ? { secretStore: { kind: "ClusterSecretStore", name: options.secretStore } } : {}),
          ...(clusterSecrets.length > 0 ? { clusterSecrets } : {}),
          defaults: { namespace: options.namespace },
        },
      }),
  );
  const ordered: Plain = {};
  for (const key of SPEC_ORDER) if (spec[key] !== undefined) ordered[key] = spec[key];
  for (const key of Object.keys(spec)) if (!(key in ordered)) ordered[key] = spec[key];
  files.set(
    "instance.yaml",
    header +
      toYaml({
        apiVersion: LITELLM_API_VERSION,
        kind: "LiteLLMInstance",
        metadata: { name: options.instance, namespace: options.namespace },
        spec: ordered,
      }),
  );
  for (const model of models) files.set(`models/${model.name}.yaml`, header + toYaml(model.resource));
  for (const object of objects) files.set(object.path, header + toYaml(object.resource));
  return new Map([...files].sort(([a], [b]) => compareStrings(a, b)));
}

/**
 * Without `--secret-store` the CompilerConfig names no store, and every ExternalSecret reads
 * from the compiler's default (ClusterSecretStore `litellm`), which the cluster may not have:
 * said once, at the first file imported.
 */
export function reportStoreDefault(options: ImportOptions, mainFile: string, report: Report): void {
  if (options.secretStore !== undefined) return;
  report(
    diagnose("LG6030", { file: mainFile, line: 1, column: 1, pointer: "" }, "defaultStore", { store: DEFAULT_STORE }),
  );
}
