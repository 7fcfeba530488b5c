import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { compileInputs } from "../../compiler/compile.js";
import { CODES } from "../../compiler/diagnostics.js";
import type { IR } from "../../compiler/ir.js";
import { diffIR, isEmpty, renderAsBuild } from "../../diff/diff.js";
import { extractYamlAt, GitError, repositoryOf, resolveCommit, type Repository } from "../../diff/git.js";
import { formatMarkdown } from "../../diff/markdown.js";
import { routingChanges } from "../../graph/diff.js";
import { targetsOfFlag } from "../../render/targets.js";
import { COMMON_OPTIONS, DEFAULT_OUT, formatOption, parse } from "../args.js";
import { CACHE_OPTIONS, CACHE_USAGE, cacheOption } from "../cache.js";
import { EXIT_INPUT, EXIT_OK, EXIT_USAGE, UsageError, type Io } from "../io.js";
import { outputCommandStream, report } from "../print.js";
import { parseTarget, TARGET_OPTION } from "../targets.js";
import { outputFolder } from "../out-folder.js";

export const usage = `Usage: litellm-gitops diff --base REF [PATH...] [--out DIR] [--target manifests|helm|all] [--exit-code] [--no-graph] [--strict] [--format text|json|github] [--no-cache] [--cache-dir DIR]

Prints, as Markdown for a pull-request comment, what the working tree changes in the rendered
output compared with Git revision REF: per instance, the models added, removed and changed
(with old and new config.yaml values), the guardrails, MCP servers and callbacks added,
removed and changed (likewise), config.yaml settings changed, and Kubernetes objects
added, removed and changed. When the routing changed (groups, deployments and their limits
or prices, fallbacks, aliases, access groups, callbacks, Secrets' store keys), a Mermaid
picture of the affected part of each proxy's graph follows its tables. PATH is read in the working tree and, at REF, in the Git
repository that contains the current folder. No credential is ever printed: config.yaml
holds only os.environ/NAME references, and objects are compared by path, not value.

  --base REF     the revision to compare with (origin/main, a tag, a commit)
  --out DIR      the output folder, not read as input (default: ${DEFAULT_OUT})
  --target       what is compared, as for build (default: each side's CompilerConfig spec.targets)
  --exit-code    exit 1 when there are changes (like git diff --exit-code)
  --no-graph     leave the Mermaid picture out
  --format       how diagnostics of the working tree are printed (on stderr)${CACHE_USAGE}

Exit 0: printed (changes or not); 1: the working tree's inputs have errors, or changes with
--exit-code; 2: bad usage, not a Git repository, or REF unknown. Inputs that do not compile
at REF are reported, and compared as "nothing".`;

/** The flags this command accepts (its --help names each one; test/cli-help.test.ts checks). */
export const OPTIONS = {
  ...COMMON_OPTIONS,
  ...CACHE_OPTIONS,
  ...TARGET_OPTION,
  base: { type: "string" },
  out: { type: "string", default: DEFAULT_OUT },
  "exit-code": { type: "boolean", default: false },
  "no-graph": { type: "boolean", default: false },
} as const;

export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, OPTIONS);
  const format = formatOption(values.format);
  const target = parseTarget(values.target);
  if (!values.base) throw new UsageError("--base REF is required");
  const base = values.base;

  // Resolve the revision first: a typo in REF must not cost a compile, and must exit 2.
  const out = outputFolder(io.cwd, values.out, positionals);
  let repo: Repository;
  let commit: string;
  try {
    repo = repositoryOf(io.cwd, io.env);
    commit = resolveCommit(repo, base, io.env);
  } catch (error) {
    if (error instanceof GitError) {
      io.stderr.write(`litellm-gitops diff: ${error.message}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }

  const cacheDir = cacheOption(values, io);
  const after = compileInputs(positionals, { cwd: io.cwd, exclude: [out], strict: values.strict, cacheDir, targets: targetsOfFlag(target) });
  // Diagnostics go to stderr (stdout carries only the Markdown), and only when there are some:
  // an empty JSON array would be noise in a CI log. A failed run with --format json prints
  // them on stdout, which has nothing else to carry then.
  const code = after.diagnostics.length > 0 ? report(after, io, format, outputCommandStream(io, format, after)) : EXIT_OK;
  if (!after.result) {
    io.stderr.write("litellm-gitops diff: the working tree's inputs have errors; nothing to compare\n");
    return code;
  }

  const scratch = mkdtempSync(path.join(tmpdir(), "litellm-gitops-diff-"));
  try {
    let before: IR | undefined;
    let baseNote: string | undefined;
    try {
      const tree = extractYamlAt(repo, commit, io.env, { paths: positionals, cwd: io.cwd, exclude: [out], dest: scratch });
      const outcome = compileInputs(tree.paths, { cwd: tree.cwd, exclude: [path.resolve(tree.cwd, values.out)], strict: false, cacheDir, targets: targetsOfFlag(target) });
      before = outcome.result;
      if (!before) {
        // Codes and titles only: a message may quote input, and the base is not what is under review.
        const errors = outcome.diagnostics.filter((d) => d.severity === "error");
        const codes = [...new Set(errors.map((d) => `${d.code} ${CODES[d.code].title}`))].join("; ");
        baseNote = errors.every((d) => d.code === "LG1008")
          ? `no input files at \`${base}\`: everything is shown as added.`
          : `the inputs at \`${base}\` do not compile (${errors.length} error${errors.length === 1 ? "" : "s"}: ${codes}): everything is shown as added.`;
        io.stderr.write(`litellm-gitops diff: ${baseNote.replace(/`/g, "")}\n`);
      }
    } catch (error) {
      if (error instanceof GitError) {
        io.stderr.write(`litellm-gitops diff: ${error.message}\n`);
        return EXIT_USAGE;
      }
      throw error;
    }
    const diff = diffIR(before, after.result, renderAsBuild(target));
    const shownOut = path.relative(io.cwd, out) || ".";
    const graphs = values["no-graph"] ? undefined : routingChanges(before, after.result);
    io.stdout.write(formatMarkdown(diff, { base, outDir: shownOut, ...(baseNote ? { baseNote } : {}), ...(graphs ? { graphs } : {}) }));
    return values["exit-code"] && !isEmpty(diff) ? EXIT_INPUT : EXIT_OK;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

