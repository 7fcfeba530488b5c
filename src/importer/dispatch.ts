/**
 * Which importer reads the given files: Terraform (`.tf`, `terraform show -json`) or a
 * LiteLLM setup (config.yaml, a model list, litellm-helm values). One import reads one kind:
 * a proxy's config and a Terraform state describing the same proxy would each claim its models.
 */
import { openSync, readSync, closeSync } from "node:fs";
import path from "node:path";
import { diagnose } from "../compiler/diagnostics.js";
import { importFiles, type ImportResult } from "./index.js";
import { importTerraform, isTerraformPath } from "./terraform/index.js";
import { importOperator, isManifestText } from "./operator/index.js";
import type { ImportOptions } from "./types.js";

export async function importPaths(paths: readonly string[], options: ImportOptions): Promise<ImportResult> {
  const terraform = paths.filter((p) => isTerraformPath(p, head(path.resolve(options.cwd, p))));
  const manifests = terraform.length > 0 ? [] : paths.filter((p) => /\.ya?ml$/.test(p) && isManifestText(head(path.resolve(options.cwd, p))));
  if (terraform.length === 0 && manifests.length === 0) return importFiles(paths, options);
  if (terraform.length === paths.length) return importTerraform(paths, options);
  if (manifests.length === paths.length) return importOperator(paths, options);
  const first = terraform[0] ?? manifests[0]!;
  const other = paths.find((p) => p !== first && !terraform.includes(p) && !manifests.includes(p))!;
  return {
    files: new Map(),
    sources: new Map(),
    view: {},
    diagnostics: [
      diagnose("LG6008", { file: other, line: 0, column: 0, pointer: "" }, terraform.length > 0 ? "configAndTerraform" : "configAndResources", { other, first }),
    ],
  };
}

/** The first 4 KiB, enough to tell `terraform show -json` output from other JSON, and Kubernetes objects from a config. */
function head(file: string): string | undefined {
  if (!/\.(json|ya?ml)$/.test(file)) return undefined;
  try {
    const fd = openSync(file, "r");
    try {
      const buffer = Buffer.alloc(4096);
      return buffer.subarray(0, readSync(fd, buffer, 0, 4096, 0)).toString("utf8");
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined; // the importer reports the unreadable file
  }
}
