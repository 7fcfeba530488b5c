/**
 * config.yaml's `include:` as LiteLLM resolves it (ProxyConfig._process_includes): the
 * included files are read in order and their keys merged into the including config — a list
 * value extends the list already there (model_list from several files), any other value
 * replaces it. An included file's own `include:` is processed after it.
 *
 * Paths are relative to the including file. LiteLLM resolves every path, nested ones too,
 * against the folder of the main config; a nested include that would resolve differently
 * there gets a warning. LiteLLM loops forever on a cycle; here a cycle is an error located
 * at the `include:` entry that closes it.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { diagnose } from "../compiler/diagnostics.js";
import { locationOf } from "../compiler/parse/locate.js";
import { childPointer } from "../compiler/pointer.js";
import { readInput, type InputFile } from "./read.js";
import type { ConfigView, Report, Sourced } from "./types.js";
import { isRecord } from "../records.js";

export interface IncludeResult {
  /** Every file read, for code frames. */
  files: InputFile[];
  /** Texts of files that could not be parsed, for code frames of their syntax errors. */
  texts: Map<string, string>;
}

interface Pending {
  /** The file to read, absolute. */
  absolute: string;
  /** The `include:` entry naming it. */
  from: Sourced;
  /** Absolute paths of the including chain, main config first. */
  chain: string[];
}

/** Adds one config mapping's keys to the view with LiteLLM's merge rule. */
export function mergeConfig(view: ConfigView, value: Record<string, unknown>, at: Sourced, report: Report, skip: readonly string[] = []): void {
  for (const [key, item] of Object.entries(value)) {
    if (skip.includes(key)) continue;
    const keyAt = { doc: at.doc, pointer: childPointer(at.pointer, key) };
    const itemsAt = Array.isArray(item) ? item.map((_, i) => ({ doc: at.doc, pointer: childPointer(keyAt.pointer, i) })) : undefined;
    const existing = view.get(key);
    if (existing && Array.isArray(item)) {
      if (!Array.isArray(existing.value)) {
        report(
          diagnose("LG6004", locationOf(at.doc, keyAt.pointer, "key"), "listAndMapping", { key, file: existing.at.doc.file }),
        );
        continue;
      }
      existing.value = [...existing.value, ...item];
      existing.items = [...(existing.items ?? []), ...itemsAt!];
      continue;
    }
    if (existing) {
      report(
        diagnose("LG6007", locationOf(existing.at.doc, existing.at.pointer, "key"), "replacedWhole", { key, file: at.doc.file }),
      );
    }
    const top = { value: item, at: keyAt, ...(itemsAt ? { items: itemsAt } : {}) };
    view.set(key, top);
  }
}

/**
 * The includes of `main` (already merged into `view` by the caller), breadth first as LiteLLM
 * processes them. Reports a missing file, a cycle, a non-list `include:` or a non-mapping file.
 */
export function resolveIncludes(main: InputFile, view: ConfigView, report: Report, cwd: string): IncludeResult {
  const files: InputFile[] = [];
  const texts = new Map<string, string>();
  const queue: Pending[] = [];
  const enqueue = (file: InputFile, pointerBase: string, chain: string[]) => {
    const root = file.doc.value as Record<string, unknown>;
    const includes = root.include;
    if (includes === undefined || includes === null) return;
    const includeAt = { doc: file.doc, pointer: childPointer(pointerBase, "include") };
    if (!Array.isArray(includes)) {
      report(diagnose("LG6004", locationOf(file.doc, includeAt.pointer), "includeNotList", {}));
      return;
    }
    includes.forEach((entry, i) => {
      const from = { doc: file.doc, pointer: childPointer(includeAt.pointer, i) };
      if (typeof entry !== "string" || entry === "") {
        report(diagnose("LG6004", locationOf(file.doc, from.pointer), "includeEntryNotPath", {}));
        return;
      }
      const absolute = path.resolve(path.dirname(file.absolute), entry);
      const fromMain = path.resolve(path.dirname(main.absolute), entry);
      if (chain.length > 1 && absolute !== fromMain) {
        report(
          diagnose("LG6007", locationOf(file.doc, from.pointer), "relativeToIncluder", { entry, includer: path.basename(file.absolute), fromMain: path.relative(cwd, fromMain) || fromMain }),
        );
      }
      queue.push({ absolute, from, chain: [...chain, absolute] });
    });
  };
  enqueue(main, "", [main.absolute]);

  while (queue.length > 0) {
    const next = queue.shift()!;
    const at = locationOf(next.from.doc, next.from.pointer);
    if (next.chain.slice(0, -1).includes(next.absolute)) {
      const names = next.chain.map((p) => path.relative(cwd, p) || p);
      report(
        diagnose("LG6003", at, "cycle", { names: names.join(" → ") }),
      );
      continue;
    }
    if (!existsSync(next.absolute)) {
      report(
        diagnose("LG6002", at, "notFound", { file: path.relative(cwd, next.absolute) || next.absolute }),
      );
      continue;
    }
    const read = readInput(next.absolute, cwd);
    // An included file that is not a YAML mapping may be anything (an AWS credentials file,
    // /etc/passwd): it is reported, but its text never reaches a code frame (only the texts
    // of included mappings are kept for frames).
    read.diagnostics.forEach(report);
    if (!read.input) continue;
    const value = read.input.doc.value;
    if (value !== null && !isRecord(value)) {
      report(diagnose("LG6004", locationOf(read.input.doc, ""), "includedNotMapping", {}));
      continue;
    }
    files.push(read.input);
    if (read.text !== undefined) texts.set(read.input.file, read.text);
    if (value === null) continue; // an empty file adds nothing, as in LiteLLM
    mergeConfig(view, value, { doc: read.input.doc, pointer: "" }, report, ["include"]);
    enqueue(read.input, "", next.chain);
  }
  return { files, texts };
}
