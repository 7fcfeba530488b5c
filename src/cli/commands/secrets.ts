import { secretsChecklist } from "../../compiler/secrets-checklist.js";
import { CACHE_USAGE } from "../cache.js";
import { compiledCommand } from "../compiled.js";
export { COMPILED_OPTIONS as OPTIONS } from "../compiled.js";
import type { Io } from "../io.js";
import { outputCommandStream } from "../print.js";

export const usage = `Usage: litellm-gitops secrets [PATH...] [--format text|json|github] [--strict] [--no-cache] [--cache-dir DIR]

The checklist of what must exist in the secret store before the first sync: per remote key
and property, the Kubernetes Secret and key it becomes, and which instance and env variable
reads it. Secrets made in the cluster (CompilerConfig spec.clusterSecrets, a CloudNativePG
Cluster's <cluster>-app, a SealedSecret, a SOPS-encrypted Secret) are listed apart, with
what makes them. With spec.externalSecrets: false, the Kubernetes Secrets themselves are listed.

  --format   text (default), json (the checklist as one JSON value on stdout) or github
             (diagnostics as workflow annotations)
  --strict   warnings count as errors (exit 1, no checklist)
${CACHE_USAGE}`;

export async function run(argv: string[], io: Io): Promise<number> {
  // With --format json, stdout carries the checklist: the diagnostics of a run that has one go to stderr as text.
  const { format, outcome, code } = compiledCommand(argv, io, (format, outcome) =>
    outcome.result === undefined ? { stream: outputCommandStream(io, format, outcome), format } : { stream: io.stderr, format: format === "json" ? "text" : format },
  );
  if (!outcome.result) return code;
  const checklist = secretsChecklist(outcome.result);
  if (format === "json") {
    io.stdout.write(JSON.stringify(checklist, null, 2) + "\n");
    return code;
  }
  const line = (e: (typeof checklist)[number]) => {
    const source = e.remoteKey ? `${e.remoteKey} [${e.property}]` : "(managed outside litellm-gitops)";
    return `${source}\n    → Secret ${e.namespace}/${e.secretName} key ${e.key}\n    read by ${e.usedBy.join(", ")}`;
  };
  // Secrets made in the cluster are listed apart: nothing to put into the store for them.
  const fromStore = checklist.filter((e) => e.madeBy === undefined).map(line);
  const inCluster = checklist
    .filter((e) => e.madeBy !== undefined)
    .map((e) => `Secret ${e.namespace}/${e.secretName} key ${e.key}\n    made by ${e.madeBy}\n    read by ${e.usedBy.join(", ")}`);
  const sections = [...fromStore];
  if (inCluster.length > 0) sections.push(`created in the cluster (no ExternalSecret; nothing to fill in the store):\n${inCluster.map((l) => "  " + l.replaceAll("\n", "\n  ")).join("\n")}`);
  io.stdout.write(sections.length > 0 ? sections.join("\n") + "\n" : "no secrets needed\n");
  return code;
}
