/**
 * Types shared by the importer's stages:
 *
 *   files ──read──▶ documents ──include/detect──▶ ConfigView (+ Helm part) ──map──▶ resources ──plan──▶ files
 *
 * Every imported value keeps where it came from (document and JSON pointer), so that each
 * diagnostic names the file, line and key of the original, and included files are reported
 * as themselves.
 */
import type { ParsedDocument } from "../compiler/parse/locate.js";

/** Where a value was written: its document (with positions) and its pointer in it. */
export interface Sourced {
  doc: ParsedDocument;
  pointer: string;
}

/** One top-level key of the config as LiteLLM assembles it after `include:`. */
export interface TopValue {
  value: unknown;
  /** Where the key's value was written (the last file that set it, for a non-list). */
  at: Sourced;
  /** For a list value: where each item was written (lists from several files are concatenated). */
  items?: Sourced[];
}

/** config.yaml as LiteLLM sees it: top-level keys in order, `include:` resolved and removed. */
export type ConfigView = Map<string, TopValue>;

/** The compiler's Report: every stage of import reports through it and never stops at the first problem. */
export type { Report } from "../compiler/diagnostics.js";

export interface ImportOptions {
  /** Working folder: paths are resolved against it and shown relative to it. */
  cwd: string;
  namespace: string;
  instance: string;
  /** The ClusterSecretStore the imported CompilerConfig names (`--secret-store`); without it the compiler's default, with a warning (LG6030). */
  secretStore?: string | undefined;
}

/** A plain JSON-like object (what the YAML readers give for a mapping). */
export type Plain = Record<string, unknown>;

