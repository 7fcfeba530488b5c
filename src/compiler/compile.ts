import { classifyDocuments } from "./classify/classify.js";
import { collector, promoteWarnings, sortDiagnostics, type Diagnostic } from "./diagnostics.js";
import { discover } from "./discover/discover.js";
import type { IR } from "./ir.js";
import { parse } from "./parse/index.js";
import { read } from "./read/read.js";
import type { Project } from "./resources.js";
import { resolve } from "./resolve/index.js";
import { checkRules } from "./rules/index.js";
import { checkSchemas } from "./schema/schema.js";

export interface LoadOptions {
  cwd: string;
  /** Folders never read: the output folder, the cache. */
  exclude: string[];
  /** The parse cache's folder (parse/cache.ts); none: every file is parsed. Never changes a result. */
  cacheDir?: string | undefined;
}

export interface CompileOptions extends LoadOptions {
  /** Every warning becomes an error. */
  strict: boolean;
}

export interface Outcome<T> {
  /** Undefined when the input has errors. */
  result?: T;
  /** Sorted by file and position; with `strict`, warnings already promoted. */
  diagnostics: Diagnostic[];
  sources: Map<string, string>;
}

interface Loaded {
  project: Project;
  diagnostics: Diagnostic[];
  /** The text of every file read, for code frames. */
  sources: Map<string, string>;
}

/**
 * files ──▶ resources, stage by stage (docs/architecture.md): discover → read → parse →
 * classify → schema → rules. Every stage reports into one collector and hands its result on.
 */
function load(paths: readonly string[], options: LoadOptions): Loaded {
  const { diagnostics, report } = collector();
  const files = discover(paths, options, report);
  const sources = read(files, options.cwd, report);
  const documents = parse(sources, options.cacheDir, report);
  const classified = classifyDocuments(documents, report);
  const project = checkRules(checkSchemas(classified.inputs, report), classified, report);
  return { project, diagnostics, sources: new Map(sources.map((s) => [s.path, s.text])) };
}

/** files ──▶ resources: what `validate`, `list` and `secrets` need. */
export function validateInputs(paths: readonly string[], options: CompileOptions): Outcome<Project> {
  const { project, diagnostics, sources } = load(paths, options);
  return settle(project, diagnostics, sources, options);
}

/** files ──▶ resources ──resolve──▶ IR. No IR when any stage found an error. */
export function compileInputs(paths: readonly string[], options: CompileOptions): Outcome<IR> {
  const { project, diagnostics, sources } = load(paths, options);
  // Resolving a project with schema errors would report their consequences again, less clearly.
  if (diagnostics.some((d) => d.severity === "error")) return settle<IR>(undefined, diagnostics, sources, options);
  const ir = resolve(project, (d) => diagnostics.push(d));
  return settle(ir, diagnostics, sources, options);
}

function settle<T>(result: T | undefined, diagnostics: Diagnostic[], sources: Map<string, string>, options: CompileOptions): Outcome<T> {
  const final = sortDiagnostics(options.strict ? promoteWarnings(diagnostics) : diagnostics);
  const failed = result === undefined || final.some((d) => d.severity === "error");
  return failed ? { diagnostics: final, sources } : { result, diagnostics: final, sources };
}
