/**
 * Which importer reads the given files: Terraform (`.tf`, `terraform show -json`) or a
 * LiteLLM setup (config.yaml, a model list, litellm-helm values). One import reads one kind:
 * a proxy's config and a Terraform state describing the same proxy would each claim its models.
 */
import { openSync, readSync, closeSync } from "node:fs";
import path from "node:path";
import { diagnostic } from "../compiler/diagnostics.js";
import { importFiles, type ImportResult } from "./index.js";
import { importTerraform, isTerraformPath } from "./terraform/index.js";
import type { ImportOptions } from "./types.js";

export async function importPaths(paths: readonly string[], options: ImportOptions): Promise<ImportResult> {
  const terraform = paths.filter((p) => isTerraformPath(p, head(path.resolve(options.cwd, p))));
  if (terraform.length === 0) return importFiles(paths, options);
  if (terraform.length === paths.length) return importTerraform(paths, options);
  const other = paths.find((p) => !terraform.includes(p))!;
  return {
    files: new Map(),
    sources: new Map(),
    view: {},
    diagnostics: [
      diagnostic(
        "LG6008",
        { file: other, line: 0, column: 0, pointer: "" },
        `${other} is a LiteLLM config while ${terraform[0]} is Terraform; one import reads one kind`,
        "Import the Terraform files and the LiteLLM config separately, into separate folders.",
      ),
    ],
  };
}

/** The first 4 KiB, enough to tell `terraform show -json` output from other JSON. */
function head(file: string): string | undefined {
  if (!file.endsWith(".json")) return undefined;
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
