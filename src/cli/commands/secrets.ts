import { compileInputs } from "../../compiler/compile.js";
import { secretsChecklist } from "../../compiler/secrets-checklist.js";
import { COMMON_OPTIONS, DEFAULT_OUT, formatOption, parse } from "../args.js";
import { CACHE_OPTIONS, CACHE_USAGE, cacheOption } from "../cache.js";
import type { Io } from "../io.js";
import { report } from "../print.js";

export const usage = `Usage: litellm-gitops secrets [PATH...] [--format text|json] [--no-cache] [--cache-dir DIR]

The checklist of what must exist in the secret store before the first sync: per remote key
and property, the Kubernetes Secret and key it becomes, and which instance and env variable
reads it. With spec.externalSecrets: false, the Kubernetes Secrets themselves are listed.
${CACHE_USAGE}`;

const OPTIONS = { ...COMMON_OPTIONS, ...CACHE_OPTIONS } as const;

export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, OPTIONS);
  const format = formatOption(values.format);
  const outcome = compileInputs(positionals, { cwd: io.cwd, exclude: [DEFAULT_OUT], strict: values.strict, cacheDir: cacheOption(values, io) });
  const code = report(outcome, io, format === "json" ? "text" : format, io.stderr);
  if (!outcome.result) return code;
  const checklist = secretsChecklist(outcome.result);
  if (format === "json") {
    io.stdout.write(JSON.stringify(checklist, null, 2) + "\n");
    return code;
  }
  const lines = checklist.map((e) => {
    const source = e.remoteKey ? `${e.remoteKey} [${e.property}]` : "(managed outside litellm-gitops)";
    return `${source}\n    → Secret ${e.namespace}/${e.secretName} key ${e.key}\n    read by ${e.usedBy.join(", ")}`;
  });
  io.stdout.write(lines.length > 0 ? lines.join("\n") + "\n" : "no secrets needed\n");
  return code;
}
