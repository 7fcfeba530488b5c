/**
 * The starter project `litellm-gitops init` writes: a CompilerConfig, one LiteLLMInstance with
 * a master key reference, two Models (OpenAI and Anthropic) with their credential Secrets, and
 * a README with the next steps. Plain objects serialised by toYaml, the one YAML writer, so the
 * files read exactly like `build` output would; a test builds them with --strict and expects
 * no diagnostic at all.
 */
import { OPERATOR_DEFAULT_IMAGE } from "../compiler/resolve/settings.js";
import { toYaml } from "../render/yaml.js";

export const NAMESPACE = "litellm";
export const INSTANCE = "proxy";

/** Comment lines above a resource: YAML structure comes from toYaml, comments are the only text we add. */
function withComment(comment: string, value: unknown): string {
  return (
    comment
      .trim()
      .split("\n")
      .map((l) => `# ${l}`.trimEnd())
      .join("\n") +
    "\n" +
    toYaml(value)
  );
}

const compilerConfig = {
  apiVersion: "litellm-gitops.dev/v1alpha1",
  kind: "CompilerConfig",
  metadata: { name: "litellm-gitops" },
  spec: {
    secretStore: { kind: "ClusterSecretStore", name: "vault" },
    remoteKeyTemplate: "litellm/{{namespace}}/{{secretName}}",
    refreshInterval: "1h",
    defaults: { namespace: NAMESPACE },
  },
};

const instance = {
  apiVersion: "litellm.litellm.ai/v1alpha1",
  kind: "LiteLLMInstance",
  metadata: { name: INSTANCE, namespace: NAMESPACE },
  spec: {
    image: OPERATOR_DEFAULT_IMAGE,
    replicas: 2,
    masterKeySecretRef: { secretName: `${INSTANCE}-master-key`, key: "masterKey" },
    routerSettings: { routing_strategy: "simple-shuffle", num_retries: 2 },
    litellmSettings: { drop_params: true },
  },
};

function model(name: string, secretName: string, envKey: string, litellmModel: string, costs: [string, string]) {
  return {
    apiVersion: "litellm.litellm.ai/v1alpha1",
    kind: "Model",
    metadata: { name, namespace: NAMESPACE },
    spec: {
      modelName: name,
      connectionRef: { instanceRef: { name: INSTANCE } },
      modelSecretRef: { secretName, keys: { apiKey: envKey } },
      litellmParams: {
        model: litellmModel,
        inputCostPerMillionTokens: costs[0],
        outputCostPerMillionTokens: costs[1],
      },
      modelInfo: { mode: "chat" },
    },
  };
}

const README = `# LiteLLM proxy configuration

Created by \`litellm-gitops init\`. The YAML files here describe one LiteLLM proxy
(\`${NAMESPACE}/${INSTANCE}\`) and its models; \`litellm-gitops\` compiles them into Kubernetes
manifests, External Secrets Operator \`ExternalSecret\`s and LiteLLM's \`config.yaml\`.

| file | what it is |
| --- | --- |
| \`compiler-config.yaml\` | where secrets come from (the \`vault\` ClusterSecretStore), defaults |
| \`instance.yaml\` | the proxy: image, replicas, master key, router settings |
| \`models/*.yaml\` | one \`Model\` per model the proxy serves, with its credential Secret |

## Next steps

1. Adjust \`compiler-config.yaml\` to your External Secrets store and key layout, and the
   namespace and image in \`instance.yaml\`.
2. See what must exist in the secret store before the first sync:

   \`\`\`sh
   litellm-gitops secrets
   \`\`\`

3. Check and render:

   \`\`\`sh
   litellm-gitops validate
   litellm-gitops build --out rendered
   \`\`\`

   Commit \`rendered/\` with the inputs; in CI, \`litellm-gitops build --check\` fails when it is stale.
4. Add a model: copy a file in \`models/\`, change \`metadata.name\`, \`modelName\` and
   \`litellmParams.model\`, and run \`build\` again.
5. Editor support: \`litellm-gitops schema --out .schemas\`, then add a
   \`# yaml-language-server: $schema=.schemas/model.schema.json\` line to a file (see the
   project's docs/editors.md).
`;

/** Relative path → file text, in the order they are written. */
export function initFiles(): Map<string, string> {
  return new Map([
    ["compiler-config.yaml", withComment("How litellm-gitops compiles this project. Every field is optional.", compilerConfig)],
    ["instance.yaml", withComment("The LiteLLM proxy. The master key comes from the Secret below (an ExternalSecret creates it).", instance)],
    [
      "models/gpt-4o.yaml",
      withComment(
        "The API key is read from data key OPENAI_API_KEY of Secret \"openai\".",
        model("gpt-4o", "openai", "OPENAI_API_KEY", "openai/gpt-4o", ["2.5", "10"]),
      ),
    ],
    [
      "models/claude-sonnet.yaml",
      withComment(
        "The API key is read from data key ANTHROPIC_API_KEY of Secret \"anthropic\".",
        model("claude-sonnet", "anthropic", "ANTHROPIC_API_KEY", "anthropic/claude-sonnet-4-20250514", ["3", "15"]),
      ),
    ],
    ["README.md", README],
  ]);
}
