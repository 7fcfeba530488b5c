import { readFileSync } from "node:fs";
import { packageFile } from "../package-root.js";

/** Where scripts/bundle.mjs writes the sync program (its SYNC_SCRIPT), from the package root. */
export const SYNC_SCRIPT_PATH = "dist/sync/litellm-gitops-sync.mjs";
/** The file name in the ConfigMap the Job mounts and runs (`node <mount>/litellm-gitops-sync.mjs <mount>/access.json`). */
export const SYNC_SCRIPT_NAME = "litellm-gitops-sync.mjs";

let cached: string | undefined;

/**
 * The text of the bundled sync program, for the ConfigMap the Job mounts: one self-contained
 * ES module (Node built-ins and fetch only), built from src/sync/ by `npm run build` (also run
 * by `npm ci`/`prepare`). The same sources give the same bytes.
 */
export function syncScript(): string {
  if (cached !== undefined) return cached;
  try {
    cached = readFileSync(packageFile(SYNC_SCRIPT_PATH), "utf8");
  } catch {
    throw new Error(`the bundled sync program ${SYNC_SCRIPT_PATH} is missing: run "npm run build"`);
  }
  return cached;
}
