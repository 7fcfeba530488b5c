#!/usr/bin/env node
// Builds dist/: src/cli/main.ts bundled by esbuild into dist/cli/main.js, with each command
// (loaded by `import()` in main.ts) and the code only some commands use in chunks of their
// own, so that start-up loads one or two files instead of some 330 (ours, yaml's, ajv's).
// `npm run build` and `prepare` (hence `npm ci`, `npm install` from Git, `npm pack`) run it;
// bin/litellm-gitops.js imports dist/cli/main.js.
//
//   node scripts/bundle.mjs              write dist/
//   node scripts/bundle.mjs --outdir D   write D/ instead (the bench's private snapshot)
//
// What is not bundled: handlebars and fast-glob. They are required lazily, when a template is
// checked or rendered and when a glob pattern is given (src/compiler/remote-key.ts, load.ts),
// from node_modules as dependencies of the package. The data files (schemas/, data/,
// package.json) are read at run time from the package folder (src/package-root.ts).
//
// dist/ is replaced in one step (built beside it, then renamed into place), so that a test or
// a hook running the CLI meanwhile sees the old build or the new one, never half of each.

import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Loaded at run time by createRequire, on first use; never in the bundle. */
export const LAZY_DEPENDENCIES = ["handlebars", "fast-glob", "@cdktf/hcl2json"];

/**
 * A hash of what the bundle's output depends on: every file under src/, the data files and
 * schemas it reads at run time, and the locked dependency versions. It names the parse cache's
 * and the build state's folders (src/compiler/parse/cache.ts, src/cli/build-state.ts).
 */
export function sourceHash() {
  const hash = createHash("sha256");
  const files = ["src", "data", "schemas"]
    .flatMap((folder) => readdirSync(path.join(ROOT, folder), { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
    .sort();
  for (const file of [...files, "package-lock.json"]) {
    hash.update(`${file}\0`);
    hash.update(existsSync(path.join(ROOT, file)) ? readFileSync(path.join(ROOT, file)) : "");
    hash.update("\0");
  }
  return hash.digest("hex").slice(0, 32);
}

/** The sync Job's program, relative to dist/: one file, Node built-ins only (src/sync/bundle.ts reads it). */
export const SYNC_SCRIPT = "sync/litellm-gitops-sync.mjs";

/**
 * src/sync/script.ts as ONE self-contained ES module: no chunks, no npm package, no banner, so
 * that a stock Node image runs it from a ConfigMap. esbuild's output depends only on the sources,
 * so the same sources give the same bytes (the ConfigMap, and the Job name hashed from it, stay put).
 */
export async function bundleSyncScript(outfile) {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ["src/sync/script.ts"],
    outfile,
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    legalComments: "none",
    charset: "utf8",
    logLevel: "warning",
    metafile: true,
  });
  // src/compare.ts and src/records.ts are leaves (they import nothing), shared by every stage.
  const leaves = new Set(["src/compare.ts", "src/records.ts"]);
  const inputs = Object.keys(result.metafile.inputs).filter((f) => !f.startsWith("src/sync/") && !f.startsWith("src/litellm/") && !leaves.has(f));
  if (inputs.length > 0) throw new Error(`the sync script must stay self-contained, but it imports ${inputs.join(", ")}`);
  return result;
}

export async function bundle(outdir) {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8"));
  const staging = `${outdir}.tmp-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: { main: "src/cli/main.ts" },
    outdir: path.join(staging, "cli"),
    entryNames: "[name]",
    chunkNames: "[name]-[hash]",
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    external: LAZY_DEPENDENCIES,
    // yaml and ajv's runtime are CommonJS: their require() of Node built-ins needs a real require.
    banner: { js: 'import { createRequire as __litellmGitopsCreateRequire } from "node:module";\nconst require = __litellmGitopsCreateRequire(import.meta.url);' },
    legalComments: "eof",
    logLevel: "warning",
    metafile: true,
    // The parse cache's notion of "the same compiler" (src/compiler/parse/cache.ts).
    define: { __LITELLM_GITOPS_BUILD__: JSON.stringify(`${pkg.version} ${sourceHash()}`) },
  });
  await bundleSyncScript(path.join(staging, SYNC_SCRIPT));
  const previous = `${outdir}.old-${process.pid}`;
  if (existsSync(outdir)) renameSync(outdir, previous);
  renameSync(staging, outdir);
  rmSync(previous, { recursive: true, force: true });
  return result;
}

async function main(argv) {
  const i = argv.indexOf("--outdir");
  const outdir = i >= 0 ? path.resolve(argv[i + 1]) : path.join(ROOT, "dist");
  const result = await bundle(outdir);
  const outputs = Object.entries(result.metafile.outputs);
  const bytes = outputs.reduce((n, [, o]) => n + o.bytes, 0);
  console.error(`bundle: ${path.relative(process.cwd(), outdir) || "."}/cli: ${outputs.length} files, ${(bytes / 1024).toFixed(0)} kB`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((err) => {
    console.error(err);
    process.exitCode = 1;
  });
}
