/**
 * The entry point of the bundled sync script (scripts/bundle.mjs → dist/sync/litellm-gitops-sync.mjs),
 * which the emitted Job runs on a stock Node image from its ConfigMap: `node litellm-gitops-sync.mjs access.json`.
 */
import { runSync } from "./run.js";

process.exitCode = await runSync(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
});
