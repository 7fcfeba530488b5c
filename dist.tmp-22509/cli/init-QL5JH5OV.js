import { createRequire as __litellmGitopsCreateRequire } from "node:module";
const require = __litellmGitopsCreateRequire(import.meta.url);
import {
  writeNewFiles
} from "./chunk-B26EZBJF.js";
import {
  OPERATOR_DEFAULT_IMAGE
} from "./chunk-VNTM64NP.js";
import {
  toYaml
} from "./chunk-TK4S3H2I.js";
import "./chunk-YNR7NBTS.js";
import {
  parse
} from "./chunk-J23Z5L4U.js";
import {
  EXIT_OK,
  UsageError
} from "./chunk-Q5TSJAU2.js";
import "./chunk-EPTGAQBZ.js";
import "./chunk-3EZK3CXJ.js";

// src/cli/commands/init.ts
import path from "node:path";

// src/init/project.ts
var NAMESPACE = "litellm";
var INSTANCE = "proxy";
function withComment(comment, value) {
  return comment.trim().split("\n").map((l) => `# ${l}`.trimEnd()).join("\n") + "\n" + toYaml(value);
}
var compilerConfig = {
  apiVersion: "litellm-gitops.dev/v1alpha1",
  kind: "CompilerConfig",
  metadata: { name: "litellm-gitops" },
  spec: {
    secretStore: { kind: "ClusterSecretStore", name: "vault" },
    remoteKeyTemplate: "litellm/{{namespace}}/{{secretName}}",
    refreshInterval: "1h",
    defaults: { namespace: NAMESPACE }
  }
};
var instance = {
  apiVersion: "litellm.litellm.ai/v1alpha1",
  kind: "LiteLLMInstance",
  metadata: { name: INSTANCE, namespace: NAMESPACE },
  spec: {
    image: OPERATOR_DEFAULT_IMAGE,
    replicas: 2,
    masterKeySecretRef: { secretName: `${INSTANCE}-master-key`, key: "masterKey" },
    routerSettings: { routing_strategy: "simple-shuffle", num_retries: 2 },
    litellmSettings: { drop_params: true }
  }
};
function model(name, secretName, envKey, litellmModel, costs) {
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
        outputCostPerMillionTokens: costs[1]
      },
      modelInfo: { mode: "chat" }
    }
  };
}
var README = `# LiteLLM proxy configuration

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
function initFiles() {
  return /* @__PURE__ */ new Map([
    ["compiler-config.yaml", withComment("How litellm-gitops compiles this project. Every field is optional.", compilerConfig)],
    ["instance.yaml", withComment("The LiteLLM proxy. The master key comes from the Secret below (an ExternalSecret creates it).", instance)],
    [
      "models/gpt-4o.yaml",
      withComment(
        'The API key is read from data key OPENAI_API_KEY of Secret "openai".',
        model("gpt-4o", "openai", "OPENAI_API_KEY", "openai/gpt-4o", ["2.5", "10"])
      )
    ],
    [
      "models/claude-sonnet.yaml",
      withComment(
        'The API key is read from data key ANTHROPIC_API_KEY of Secret "anthropic".',
        model("claude-sonnet", "anthropic", "ANTHROPIC_API_KEY", "anthropic/claude-sonnet-4-20250514", ["3", "15"])
      )
    ],
    ["README.md", README]
  ]);
}

// src/cli/commands/init.ts
var usage = `Usage: litellm-gitops init [DIR] [--force]

Writes a starter project into DIR (default: the current folder): compiler-config.yaml, one
LiteLLMInstance (instance.yaml) with a master key reference, two Models (models/gpt-4o.yaml,
models/claude-sonnet.yaml) with their credential Secrets, and a README.md with the next
steps. It validates and builds with --strict and no diagnostic.

  --force   overwrite files that already exist (otherwise: exit 1 naming them, nothing written);
            a symbolic link is never written through, even with --force`;
var OPTIONS = {
  force: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
  debug: { type: "boolean", default: false }
};
async function run(argv, io) {
  const { values, positionals } = parse(argv, OPTIONS);
  if (positionals.length > 1) throw new UsageError(`one folder at most, got ${positionals.length}`);
  const dir = path.resolve(io.cwd, positionals[0] ?? ".");
  const relative = path.relative(io.cwd, dir);
  const shown = relative.startsWith("..") || path.isAbsolute(relative) ? dir : relative;
  const files = initFiles();
  const code = writeNewFiles("init", dir, files, values.force, io);
  if (code !== EXIT_OK) return code;
  const cd = shown === "" ? "" : `cd ${shown} && `;
  io.stderr.write(`
Next: ${cd}litellm-gitops secrets   (what the secret store must hold), then litellm-gitops build
`);
  return EXIT_OK;
}
export {
  run,
  usage
};
