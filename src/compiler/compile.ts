import { classifyDocuments } from "./classify/classify.js";
import { collector, diagnose, promoteWarnings, sortDiagnostics, type Diagnostic } from "./diagnostics.js";
import { discover } from "./discover/discover.js";
import type { IR } from "./ir.js";
import { parse } from "./parse/index.js";
import { read } from "./read/read.js";
import type { InputObserver, SourceFile } from "./read/source.js";
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
  /** Sees every folder listed and file read (the build state's fingerprints); never changes a result. */
  observe?: InputObserver | undefined;
}

export interface CompileOptions extends LoadOptions {
  /** Every warning becomes an error. */
  strict: boolean;
  /**
   * What will be rendered, when the command line says (`--target`): it replaces the
   * CompilerConfig's spec.targets, so that checks that only concern one target (the helm
   * chart's, resolve/helm-target.ts) run exactly when that target is rendered.
   */
  targets?: ReadonlyArray<"manifests" | "helm"> | undefined;
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
  const files = discover(paths, { cwd: options.cwd, exclude: options.exclude, onFolder: options.observe && ((dir) => options.observe!.folder(dir)) }, report);
  const sources = read(files, options.cwd, report, options.observe);
  const documents = parse(sources, options.cacheDir, report);
  const failed = failedTexts(diagnostics, sources);
  const classified = classifyDocuments(documents, report);
  const project = checkRules(checkSchemas(classified.inputs, report), classified, failed, report);
  if (classified.inputs.length === 0 && diagnostics.length === 0) report(noResources(paths, options.cwd));
  return { project, diagnostics, sources: new Map(sources.map((s) => [s.path, s.text])) };
}

/** The texts of the files that could not be read (null) or parsed (see Project.failedTexts). */
function failedTexts(diagnostics: readonly Diagnostic[], sources: readonly SourceFile[]): Array<string | null> {
  const files = new Set(diagnostics.filter((d) => d.severity === "error" && /^LG10(0[1-7]|2[12])$/.test(d.code)).map((d) => d.file));
  const texts = new Map(sources.map((s) => [s.path, s.text]));
  return [...files].map((file) => texts.get(file) ?? null);
}

/**
 * The paths hold no document of ours and nothing else went wrong: a wrong folder, most likely,
 * and "valid" would let a pre-commit hook or a CI step pass while checking nothing.
 */
function noResources(paths: readonly string[], cwd: string): Diagnostic {
  const given = paths.length > 0 ? paths.join(" ") : ".";
  const at = { file: given, line: 0, column: 0, pointer: "" };
  return given === "." ? diagnose("LG1020", at, "currentFolder", { cwd }) : diagnose("LG1020", at, "paths", { given });
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
  const ir = resolve(project, (d) => diagnostics.push(d), options.targets);
  return settle(ir, diagnostics, sources, options);
}

function settle<T>(result: T | undefined, diagnostics: Diagnostic[], sources: Map<string, string>, options: CompileOptions): Outcome<T> {
  const final = sortDiagnostics(options.strict ? promoteWarnings(diagnostics) : diagnostics);
  const failed = result === undefined || final.some((d) => d.severity === "error");
  return failed ? { diagnostics: final, sources } : { result, diagnostics: final, sources };
}
