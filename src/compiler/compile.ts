import { promoteWarnings, sortDiagnostics, type Diagnostic } from "./diagnostics.js";
import type { IR } from "./ir.js";
import type { Project } from "./resources.js";
import { resolve } from "./resolve/index.js";
import { loadProject, type LoadOptions } from "./validate.js";

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

/** files ──load──▶ documents ──validate──▶ resources */
export function validateInputs(paths: readonly string[], options: CompileOptions): Outcome<Project> {
  const { project, diagnostics, sources } = loadProject(paths, options);
  return settle(project, diagnostics, sources, options);
}

export function settle<T>(result: T | undefined, diagnostics: Diagnostic[], sources: Map<string, string>, options: CompileOptions): Outcome<T> {
  const final = sortDiagnostics(options.strict ? promoteWarnings(diagnostics) : diagnostics);
  const failed = result === undefined || final.some((d) => d.severity === "error");
  return failed ? { diagnostics: final, sources } : { result, diagnostics: final, sources };
}

/** files ──▶ resources ──resolve──▶ IR. No IR when any stage found an error. */
export function compileInputs(paths: readonly string[], options: CompileOptions): Outcome<IR> {
  const { project, diagnostics, sources } = loadProject(paths, options);
  // Resolving a project with schema errors would report their consequences again, less clearly.
  if (diagnostics.some((d) => d.severity === "error")) return settle<IR>(undefined, diagnostics, sources, options);
  const resolved = resolve(project);
  return settle(resolved.ir, [...diagnostics, ...resolved.diagnostics], sources, options);
}
