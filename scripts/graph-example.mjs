#!/usr/bin/env node
// Regenerates the README's picture of the quick-start project: docs/images/quickstart.svg,
// drawn by `litellm-gitops graph` (Graphviz in WebAssembly). test/graph-example.test.ts fails
// when the committed file differs from what this writes.
//
//   node scripts/graph-example.mjs
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const EXAMPLE = ["graph", "examples/quickstart", "--out", "docs/images/quickstart.svg"];

// The bin runs dist/: bring it up to date with src/ first.
for (const args of [["scripts/bundle.mjs"], ["bin/litellm-gitops.js", ...EXAMPLE]]) {
  const run = spawnSync(process.execPath, args, { cwd: ROOT, stdio: "inherit" });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
