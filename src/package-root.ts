import { existsSync } from "node:fs";

let root: URL | undefined;

/**
 * The package's root folder: package.json, schemas/ and data/, which the compiler reads at
 * run time. The folder is found by looking upwards from this module (src/ under vitest,
 * dist/ compiled by tsc, dist/cli/ in the bundle), not by counting levels, so that moving
 * the output does not break it. A leaf: it imports nothing of ours, so that src/litellm/
 * (the ground floor) can read its data files through it.
 */
export function packageRoot(): URL {
  if (root) return root;
  let dir = new URL("./", import.meta.url);
  for (;;) {
    if (existsSync(new URL("package.json", dir)) && existsSync(new URL("schemas/", dir))) return (root = dir);
    const parent = new URL("../", dir);
    if (parent.href === dir.href) throw new Error(`litellm-gitops: cannot find the package folder above ${import.meta.url}`);
    dir = parent;
  }
}

/** A file of the package, by its path from the package root (`schemas/model.schema.json`). */
export function packageFile(relative: string): URL {
  return new URL(relative, packageRoot());
}
