/**
 * Kubernetes manifests of another LiteLLM operator (`kind:` documents, several per file),
 * parsed by the compiler's parser so that every field has its line and column.
 */
import path from "node:path";
import type { Report } from "../../compiler/diagnostics.js";
import type { ParsedDocument } from "../../compiler/parse/locate.js";
import { parseSource } from "../../compiler/parse/parse.js";
import { isRecord } from "../../records.js";
import { readText } from "../read.js";

/** A Kubernetes object: its kind, name and where it was written. */
export interface Manifest {
  apiVersion: string;
  kind: string;
  name: string;
  namespace?: string;
  doc: ParsedDocument;
}

/** Does this YAML text hold Kubernetes objects (a top-level `apiVersion:` and `kind:`) rather than a LiteLLM config or chart values? */
export function isManifestText(text: string | undefined): boolean {
  return text !== undefined && /^apiVersion:[ \t]*\S/m.test(text) && /^kind:[ \t]*\S/m.test(text);
}

export function readManifests(paths: readonly string[], cwd: string, report: Report): { texts: Map<string, string>; manifests: Manifest[] } {
  const texts = new Map<string, string>();
  const manifests: Manifest[] = [];
  for (const given of paths) {
    const read = readText(path.resolve(cwd, given), cwd);
    read.diagnostics.forEach(report);
    if (read.text === undefined) continue;
    texts.set(read.file, read.text);
    for (const doc of parseSource({ path: read.file, text: read.text }, report)) {
      const v = doc.value;
      if (!isRecord(v) || typeof v.apiVersion !== "string" || typeof v.kind !== "string") continue;
      const metadata = isRecord(v.metadata) ? v.metadata : {};
      manifests.push({
        apiVersion: v.apiVersion,
        kind: v.kind,
        name: typeof metadata.name === "string" ? metadata.name : "",
        ...(typeof metadata.namespace === "string" ? { namespace: metadata.namespace } : {}),
        doc,
      });
    }
  }
  return { texts, manifests };
}
