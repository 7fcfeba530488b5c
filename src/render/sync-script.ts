/**
 * The sync program the Job runs (`node sync.mjs access.json`), as the text the ConfigMap
 * `<instance>-access` carries.
 *
 * PLACEHOLDER until i15b's bundle (src/sync/bundle.ts `syncScript()`) lands: a script that
 * refuses to run, so a Job built from it fails loudly instead of pretending to sync.
 */
export const PLACEHOLDER_SYNC_SCRIPT =
  "// litellm-gitops sync: PLACEHOLDER, not the sync program. Rebuild with a litellm-gitops release that bundles it.\n" +
  'console.error("litellm-gitops: this build carries no sync program (placeholder); nothing was applied");\n' +
  "process.exit(70);\n";

export function syncScriptText(): string {
  return PLACEHOLDER_SYNC_SCRIPT;
}
