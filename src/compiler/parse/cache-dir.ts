import { statSync } from "node:fs";
import path from "node:path";

// A leaf (node built-ins only): a command finds the cache folder without loading the parser.

/**
 * The cache folder, or undefined when there is none: `--cache-dir`, else
 * LITELLM_GITOPS_CACHE_DIR, else node_modules/.cache/litellm-gitops when the working folder
 * has a node_modules folder, else $XDG_CACHE_HOME/litellm-gitops, else
 * $HOME/.cache/litellm-gitops. Only `env` is read (the process's environment, for the CLI).
 */
export function cacheDir(cwd: string, env: Readonly<Record<string, string | undefined>>, flag?: string): string | undefined {
  if (flag) return path.resolve(cwd, flag);
  const configured = env.LITELLM_GITOPS_CACHE_DIR;
  if (configured) return path.resolve(cwd, configured);
  const nodeModules = path.join(cwd, "node_modules");
  if (isDirectory(nodeModules)) return path.join(nodeModules, ".cache", "litellm-gitops");
  // The XDG spec: a relative XDG_CACHE_HOME is invalid and ignored.
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && path.isAbsolute(xdg)) return path.join(xdg, "litellm-gitops");
  const home = env.HOME;
  if (home && path.isAbsolute(home)) return path.join(home, ".cache", "litellm-gitops");
  return undefined;
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

