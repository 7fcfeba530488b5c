import { renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { compileInputs } from "../../compiler/compile.js";
import { diagnose, type Diagnostic, type Location } from "../../compiler/diagnostics.js";
import { toDot } from "../../graph/dot.js";
import { toHtml } from "../../graph/html.js";
import { toMermaid } from "../../graph/mermaid.js";
import { DEFAULT_COLLAPSE_ABOVE, graphsOf } from "../../graph/model.js";
import type { ProxyGraph } from "../../graph/types.js";
import { toSvg } from "../../graph/svg.js";
import { DEFAULT_OUT, parse } from "../args.js";
import { CACHE_OPTIONS, CACHE_USAGE, cacheOption } from "../cache.js";
import { EXIT_INPUT, UsageError, type Io } from "../io.js";
import { report } from "../print.js";

export const GRAPH_FORMATS = ["mermaid", "dot", "svg", "html"] as const;
export type GraphFormat = (typeof GRAPH_FORMATS)[number];

export const usage = `Usage: litellm-gitops graph [PATH...] [--instance NAMESPACE/NAME] [--format mermaid|dot|svg|html] [--out FILE] [--collapse N] [--strict] [--no-cache] [--cache-dir DIR]

Draws each proxy's routing and access: model groups and their deployments (provider/model,
rpm/tpm, price per million tokens), fallbacks by kind (general, context window, content
policy), aliases, access groups, wildcard routes, callbacks, and the Secrets every credential
comes from, as the secret-store keys they are read from (never a value).

  --format     mermaid (default; GitHub renders it in Markdown), dot (Graphviz), svg (drawn
               by Graphviz compiled to WebAssembly: no browser, no network), html (one
               self-contained page: the SVG, a table of every model group with its deployments
               and prices, a search box; no external script or font). Without --format, the
               extension of --out decides (.mmd, .dot/.gv, .svg, .html), else mermaid.
  --out FILE   write FILE (atomically) instead of printing on stdout
  --instance   only this proxy (NAMESPACE/NAME)
  --collapse N a group of more than N deployments is drawn as one node with their count
               (default ${DEFAULT_COLLAPSE_ABOVE}; 0 draws every deployment); the output says which
${CACHE_USAGE}
Diagnostics of the inputs are printed on stderr as text. The same input gives the same bytes
in every format.

Exit 0: drawn; 1: the inputs have errors, no such instance, or FILE cannot be written; 2: bad usage.`;

/** The flags this command accepts (its --help names each one; test/cli-help.test.ts checks). */
export const OPTIONS = {
  ...CACHE_OPTIONS,
  strict: { type: "boolean", default: false },
  debug: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
  format: { type: "string" },
  out: { type: "string" },
  instance: { type: "string" },
  collapse: { type: "string", default: String(DEFAULT_COLLAPSE_ABOVE) },
} as const;

const EXTENSIONS: Record<string, GraphFormat> = {
  ".mmd": "mermaid",
  ".mermaid": "mermaid",
  ".dot": "dot",
  ".gv": "dot",
  ".svg": "svg",
  ".html": "html",
  ".htm": "html",
};

export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, OPTIONS);
  const format = graphFormat(values.format, values.out);
  const collapseAbove = collapseOption(values.collapse);
  const out = values.out === undefined ? undefined : path.resolve(io.cwd, values.out);
  if (out !== undefined && /\.ya?ml$/i.test(out)) {
    // It would be read as an input on the next run, and fail to parse.
    return writeProblem(io, diagnose("LG5080", nowhere(values.out!), "readAsInput", {}));
  }

  const outcome = compileInputs(positionals, {
    cwd: io.cwd,
    exclude: [DEFAULT_OUT, ...(out ? [out] : [])],
    strict: values.strict,
    cacheDir: cacheOption(values, io),
  });
  const code = report(outcome, io, "text", io.stderr);
  if (!outcome.result) return code;
  const graphs = graphsOf(outcome.result, { collapseAbove }).filter((g) => values.instance === undefined || g.instance === values.instance);
  if (graphs.length === 0) {
    io.stderr.write(
      values.instance === undefined
        ? "litellm-gitops graph: the inputs have no LiteLLMInstance; nothing to draw\n"
        : `litellm-gitops graph: no instance ${values.instance} in the project\n`,
    );
    return EXIT_INPUT;
  }
  // Built completely before anything is written: an error never leaves half a picture.
  const text = await draw(graphs, format);
  for (const graph of graphs) for (const note of graph.notes) io.stderr.write(`${graph.instance}: ${note}\n`);
  if (out === undefined) {
    io.stdout.write(text);
    return code;
  }
  const problem = writeAtomically(out, values.out!, text);
  if (problem) return writeProblem(io, diagnose("LG5080", nowhere(values.out!), "cannotWrite", { problem }));
  io.stderr.write(`${path.relative(io.cwd, out) || out}: ${format}, ${graphs.length === 1 ? "1 proxy" : `${graphs.length} proxies`}\n`);
  return code;
}

export async function draw(graphs: readonly ProxyGraph[], format: GraphFormat): Promise<string> {
  switch (format) {
    case "mermaid":
      return toMermaid(graphs);
    case "dot":
      return toDot(graphs);
    case "svg":
      return toSvg(toDot(graphs));
    case "html":
      return toHtml(graphs, await toSvg(toDot(graphs)));
  }
}

function graphFormat(value: string | undefined, out: string | undefined): GraphFormat {
  if (value === undefined) return (out && EXTENSIONS[path.extname(out).toLowerCase()]) || "mermaid";
  if ((GRAPH_FORMATS as readonly string[]).includes(value)) return value as GraphFormat;
  throw new UsageError(`--format must be one of ${GRAPH_FORMATS.join(", ")}`);
}

function collapseOption(value: string): number {
  if (!/^\d{1,6}$/.test(value)) throw new UsageError("--collapse must be a whole number (0 draws every deployment)");
  return Number(value);
}

/** Writes beside the target and renames over it: a reader sees the old file or the new one, never half. */
function writeAtomically(file: string, shown: string, text: string): string | undefined {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    if (statSync(file, { throwIfNoEntry: false })?.isDirectory()) return `${shown} is a folder`;
    writeFileSync(temp, text);
    renameSync(temp, file);
    return undefined;
  } catch (error) {
    rmSync(temp, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    const folder = path.dirname(shown);
    if (code === "ENOENT") return `the folder ${folder} does not exist`;
    if (code === "EACCES" || code === "EPERM" || code === "EROFS") return `the folder ${folder} is not writable`;
    if (code === "ENOTDIR") return `a parent of ${shown} is not a folder`;
    return error instanceof Error ? error.message : String(error);
  }
}

/** The --out file as the user wrote it: the problem has no place inside a file. */
function nowhere(shown: string): Location {
  return { file: shown, line: 0, column: 0, pointer: "" };
}

function writeProblem(io: Io, problem: Diagnostic): number {
  report({ diagnostics: [problem], sources: new Map() }, io, "text", io.stderr);
  return EXIT_INPUT;
}
