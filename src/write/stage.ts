/**
 * Staging: writes every new or changed file (and the new manifest) into a private folder in
 * DIR, durably, and turns the plan into the ordered operations of the journal.
 */
import { join } from "node:path";
import { IO_PARALLELISM, mapLimit, writeDurable } from "./fsutil.js";
import { JOURNAL_FORMAT, type Journal, type Op, type StepHook, sha256 } from "./journal.js";
import { MANIFEST_NAME, depth, resolveIn } from "./paths.js";
import type { Plan } from "./plan.js";
import { compareStrings } from "../compare.js";

export async function stageBuild(
  dir: string,
  staging: string,
  plan: Plan,
  files: ReadonlyMap<string, string>,
  onStep?: StepHook,
): Promise<Journal> {
  const stagingPath = resolveIn(dir, staging);
  let count = 0;
  const staged = await mapLimit(plan.writes, IO_PARALLELISM, async ({ path }, i) => {
    const data = Buffer.from(files.get(path)!, "utf8");
    const name = `f${i}`;
    await writeDurable(join(stagingPath, name), data);
    onStep?.("staging", ++count);
    return { from: name, to: path, sha256: sha256(data) };
  });
  let manifest: Op | null = null;
  if (plan.manifestText !== plan.oldManifestText) {
    await writeDurable(join(stagingPath, "manifest"), plan.manifestText);
    manifest = { op: "rename", from: "manifest", to: MANIFEST_NAME, sha256: sha256(plan.manifestText) };
  }
  return { format: JOURNAL_FORMAT, staging, ops: orderOps(plan, staged, manifest) };
}

/**
 * The order matters to a reader who looks at DIR while a build applies (or after a kill,
 * before recovery): content files land first, then the kustomization.yaml files innermost
 * first, then removals. So at every moment each kustomization.yaml, old or new, names only
 * files that exist, and `kubectl kustomize DIR` never fails on a half-applied tree (it may
 * still see old and new content side by side; see write.ts). The manifest goes last.
 */
function orderOps(plan: Plan, staged: { from: string; to: string; sha256: string }[], manifest: Op | null): Op[] {
  const isKustomization = (p: string): boolean => p === "kustomization.yaml" || p.endsWith("/kustomization.yaml");
  const renames = [...staged].sort((a, b) => {
    const ka = isKustomization(a.to);
    const kb = isKustomization(b.to);
    if (ka !== kb) return ka ? 1 : -1;
    return (ka ? depth(b.to) - depth(a.to) : 0) || compareStrings(a.to, b.to);
  });
  const cleared = new Set(plan.clearFiles);
  const ops: Op[] = [
    // Our own files and folders that stand where the new output needs the other kind.
    ...plan.clearFiles.map((path): Op => ({ op: "unlink", path })),
    ...plan.clearDirs.map((path): Op => ({ op: "rmdir", path })),
    ...plan.mkdirs.map((path): Op => ({ op: "mkdir", path })),
    ...renames.map((r): Op => ({ op: "rename", ...r })),
    ...plan.removes.filter((p) => !cleared.has(p)).map((path): Op => ({ op: "unlink", path })),
    ...plan.rmdirs.map((path): Op => ({ op: "rmdir", path })),
  ];
  if (manifest) ops.push(manifest);
  return ops;
}
