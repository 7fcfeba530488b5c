/**
 * The manifest: which files (and folders) in DIR litellm-gitops owns. It is committed next
 * to the output, so its text is a pure function of its content: sorted, no timestamps, no
 * absolute paths, a trailing newline.
 */
import { readFile } from "node:fs/promises";
import { OutputError, errnoCode, ioError } from "./errors.js";
import { lstatOrNull } from "./fsutil.js";
import { MANIFEST_NAME, pathProblem, resolveIn, sorted } from "./paths.js";

export const MANIFEST_FORMAT = 1;

export interface Manifest {
  /** Files that a build wrote (never a file it found: see plan.ts). Only these are ever overwritten or removed. */
  files: ReadonlySet<string>;
  /** Folders that a build created and still needs; only these are ever removed. */
  dirs: ReadonlySet<string>;
}

export const EMPTY_MANIFEST: Manifest = { files: new Set(), dirs: new Set() };

export function manifestText(manifest: Manifest): string {
  const body = {
    format: MANIFEST_FORMAT,
    generator: "litellm-gitops",
    note: "Files and folders that litellm-gitops build owns in this folder. Generated; do not edit.",
    files: sorted(manifest.files),
    dirs: sorted(manifest.dirs),
  };
  return JSON.stringify(body, null, 2) + "\n";
}

/**
 * Parses manifest text. Every path is validated like an output path, because the manifest
 * decides what gets deleted: an edited manifest naming `../x` must not delete `../x`.
 */
export function parseManifest(text: string): Manifest {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw corrupt("it is not valid JSON");
  }
  if (typeof data !== "object" || data === null) throw corrupt("it is not a JSON object");
  const record = data as Record<string, unknown>;
  if (record.format !== MANIFEST_FORMAT) {
    throw corrupt(`its format ${JSON.stringify(record.format)} is not ${MANIFEST_FORMAT} (written by a newer litellm-gitops?)`);
  }
  return { files: new Set(pathList(record.files, "files")), dirs: new Set(pathList(record.dirs, "dirs")) };
}

function pathList(value: unknown, field: string): string[] {
  if (!Array.isArray(value)) throw corrupt(`"${field}" is not a list`);
  for (const item of value) {
    const problem = typeof item === "string" ? pathProblem(item) : "is not a string";
    if (problem) throw corrupt(`"${field}" has ${JSON.stringify(item)}, which ${problem}`);
  }
  return value as string[];
}

function corrupt(why: string): OutputError {
  return new OutputError(
    "corrupt",
    `${MANIFEST_NAME} cannot be trusted: ${why}. Restore it from Git, or delete it if you also ` +
      "delete the files it listed (without it, those files count as not written by litellm-gitops).",
    [MANIFEST_NAME],
  );
}

/** The manifest's raw text, or null when there is none. */
export async function readManifestText(dir: string): Promise<string | null> {
  const path = resolveIn(dir, MANIFEST_NAME);
  const stats = await lstatOrNull(path);
  if (stats === null) return null;
  if (!stats.isFile()) throw corrupt("it is not a regular file");
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if (errnoCode(error) === "ENOENT") return null;
    throw ioError(`cannot read ${MANIFEST_NAME}`, error);
  }
}
