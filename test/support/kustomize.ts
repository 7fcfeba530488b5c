// Runs the real `kubectl kustomize` on a folder. There is no JSON Schema for
// kustomize.config.k8s.io Kustomization files in the reference data, so the tool itself is the
// upstream check: if it builds, the kustomization.yaml files are valid and the objects are what
// Argo CD / Flux would apply.
import { execFileSync } from "node:child_process";
import { parseAllDocuments } from "yaml";

/**
 * Parses a multi-document YAML stream. Empty (null) documents, e.g. `---` followed by `---`, are
 * skipped, as kubectl skips them: they are not objects.
 */
export function parseYamlStream(text: string): unknown[] {
  const out: unknown[] = [];
  for (const doc of parseAllDocuments(text)) {
    if (doc.errors.length > 0) {
      throw new Error(`invalid YAML stream: ${doc.errors.map((e) => e.message).join("; ")}`);
    }
    const value: unknown = doc.toJS();
    if (value === null || value === undefined) continue;
    out.push(value);
  }
  return out;
}

/** `kubectl kustomize <dir>`, parsed. Throws with kubectl's stderr when the build fails. */
export function kustomizeBuild(dir: string): unknown[] {
  let stdout: string;
  try {
    stdout = execFileSync("kubectl", ["kustomize", dir], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (err) {
    // execFileSync's error carries the child's stderr; that is the useful part.
    const stderr = (err as { stderr?: unknown }).stderr;
    const detail = typeof stderr === "string" && stderr.trim() !== "" ? stderr.trim() : String(err);
    throw new Error(`kubectl kustomize ${dir} failed: ${detail}`);
  }
  return parseYamlStream(stdout);
}
