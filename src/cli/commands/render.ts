import { compileInputs } from "../../compiler/compile.js";
import { renderInstances } from "../../output/tree.js";
import { toYamlStream } from "../../output/yaml.js";
import { COMMON_OPTIONS, formatOption, parse } from "../args.js";
import { EXIT_INPUT, UsageError, type Io } from "../io.js";
import { report } from "../print.js";
import { argocdPaths } from "../argocd-env.js";

export const usage = `Usage: litellm-gitops render [PATH...] [--instance NAMESPACE/NAME] [--strict] [--format text|json|github]

Prints every Kubernetes object the project compiles to as one multi-document YAML stream
on stdout (the Argo CD Config Management Plugin contract). Diagnostics go to stderr; on
any error the exit code is 1 and stdout stays empty.`;

const OPTIONS = { ...COMMON_OPTIONS, instance: { type: "string" } } as const;

export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, OPTIONS);
  if (values.help) {
    io.stdout.write(usage + "\n");
    return 0;
  }
  const format = formatOption(values.format);
  const wanted = values.instance;
  if (wanted !== undefined && !/^[^/]+\/[^/]+$/.test(wanted)) throw new UsageError("--instance takes NAMESPACE/NAME");
  const outcome = compileInputs(argocdPaths(positionals, io.env), { cwd: io.cwd, exclude: ["rendered"], strict: values.strict });
  const code = report(outcome, io, format, io.stderr);
  if (!outcome.result) return code;
  const rendered = renderInstances(outcome.result).filter((r) => wanted === undefined || r.dir === wanted);
  if (wanted !== undefined && rendered.length === 0) {
    io.stderr.write(`litellm-gitops render: no instance ${wanted} in the project\n`);
    return EXIT_INPUT;
  }
  // Built completely before the first byte is written: an error never leaves a partial stream.
  const stream = toYamlStream(rendered.flatMap((r) => r.objects));
  io.stdout.write(stream);
  return code;
}
