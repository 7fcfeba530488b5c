import { cacheDir } from "../compiler/parse/cache-dir.js";
import type { OptionSpec } from "./args.js";
import type { Io } from "./io.js";

/** The parse cache's options, for every command that compiles (docs/performance.md, "The parse cache"). */
export const CACHE_OPTIONS = {
  "no-cache": { type: "boolean", default: false },
  "cache-dir": { type: "string" },
} as const satisfies OptionSpec;

export const CACHE_USAGE = `
  --no-cache       parse every file; neither read nor write the parse cache
  --cache-dir DIR  the parse cache's folder. Default: LITELLM_GITOPS_CACHE_DIR, else
                   ./node_modules/.cache/litellm-gitops when ./node_modules exists, else
                   $XDG_CACHE_HOME/litellm-gitops, else $HOME/.cache/litellm-gitops. The cache
                   only skips parsing unchanged files; it never changes a result.`;

/** The cache folder for a run, or undefined for none. */
export function cacheOption(values: { "no-cache"?: boolean | undefined; "cache-dir"?: string | undefined }, io: Io): string | undefined {
  if (values["no-cache"]) return undefined;
  return cacheDir(io.cwd, io.env, values["cache-dir"]);
}
