import { createRequire as __litellmGitopsCreateRequire } from "node:module";
const require = __litellmGitopsCreateRequire(import.meta.url);
import {
  CACHE_OPTIONS,
  CACHE_USAGE,
  cacheOption,
  compileInputs
} from "./chunk-MYTQ5LBD.js";
import "./chunk-VNTM64NP.js";
import {
  outputCommandStream,
  report
} from "./chunk-T6J4GSBB.js";
import "./chunk-YNR7NBTS.js";
import {
  COMMON_OPTIONS,
  DEFAULT_OUT,
  formatOption,
  parse
} from "./chunk-J23Z5L4U.js";
import "./chunk-Q5TSJAU2.js";
import {
  compareStrings
} from "./chunk-EPTGAQBZ.js";
import "./chunk-3EZK3CXJ.js";

// src/compiler/secrets-checklist.ts
function secretsChecklist(ir) {
  const entries = /* @__PURE__ */ new Map();
  for (const instance of ir.instances) {
    for (const secret of instance.secrets) {
      for (const { key, remoteRef } of secret.keys) {
        const ref = ir.settings.externalSecrets && secret.madeBy === void 0 ? remoteRef : { key: "", property: "" };
        const id = `${ref.key}\0${ref.property}\0${instance.namespace}\0${secret.name}\0${key}`;
        const entry = entries.get(id) ?? {
          remoteKey: ref.key,
          property: ref.property,
          namespace: instance.namespace,
          secretName: secret.name,
          key,
          usedBy: [],
          ...secret.madeBy ? { madeBy: secret.madeBy } : {}
        };
        for (const env of instance.env) {
          const reads = env.kind === "secret" ? env.secretName === secret.name && env.key === key : readsSecretKey(env.env, secret.name, key);
          if (reads) entry.usedBy.push(`${instance.namespace}/${instance.name} ${env.name}${env.kind === "secret" ? ` (${env.purpose})` : ""}`);
        }
        entries.set(id, entry);
      }
    }
  }
  return [...entries.entries()].sort(([a], [b]) => compareStrings(a, b)).map(([, e]) => e);
}
function readsSecretKey(env, name, key) {
  const ref = env.valueFrom?.secretKeyRef;
  return ref?.name === name && ref.key === key;
}

// src/cli/commands/secrets.ts
var usage = `Usage: litellm-gitops secrets [PATH...] [--format text|json] [--no-cache] [--cache-dir DIR]

The checklist of what must exist in the secret store before the first sync: per remote key
and property, the Kubernetes Secret and key it becomes, and which instance and env variable
reads it. Secrets made in the cluster (CompilerConfig spec.clusterSecrets, a CloudNativePG
Cluster's <cluster>-app, a SealedSecret, a SOPS-encrypted Secret) are listed apart, with
what makes them. With spec.externalSecrets: false, the Kubernetes Secrets themselves are listed.
${CACHE_USAGE}`;
var OPTIONS = { ...COMMON_OPTIONS, ...CACHE_OPTIONS };
async function run(argv, io) {
  const { values, positionals } = parse(argv, OPTIONS);
  const format = formatOption(values.format);
  const outcome = compileInputs(positionals, { cwd: io.cwd, exclude: [DEFAULT_OUT], strict: values.strict, cacheDir: cacheOption(values, io) });
  const code = outcome.result === void 0 ? report(outcome, io, format, outputCommandStream(io, format, outcome)) : report(outcome, io, format === "json" ? "text" : format, io.stderr);
  if (!outcome.result) return code;
  const checklist = secretsChecklist(outcome.result);
  if (format === "json") {
    io.stdout.write(JSON.stringify(checklist, null, 2) + "\n");
    return code;
  }
  const line = (e) => {
    const source = e.remoteKey ? `${e.remoteKey} [${e.property}]` : "(managed outside litellm-gitops)";
    return `${source}
    \u2192 Secret ${e.namespace}/${e.secretName} key ${e.key}
    read by ${e.usedBy.join(", ")}`;
  };
  const fromStore = checklist.filter((e) => e.madeBy === void 0).map(line);
  const inCluster = checklist.filter((e) => e.madeBy !== void 0).map((e) => `Secret ${e.namespace}/${e.secretName} key ${e.key}
    made by ${e.madeBy}
    read by ${e.usedBy.join(", ")}`);
  const sections = [...fromStore];
  if (inCluster.length > 0) sections.push(`created in the cluster (no ExternalSecret; nothing to fill in the store):
${inCluster.map((l) => "  " + l.replaceAll("\n", "\n  ")).join("\n")}`);
  io.stdout.write(sections.length > 0 ? sections.join("\n") + "\n" : "no secrets needed\n");
  return code;
}
export {
  run,
  usage
};
