// Snapshots of a folder tree for the write-stage tests: by content (to compare outputs) and
// by inode and mtime (to prove that nothing was touched).
import { lstatSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Relative path → file content, "<dir>" for a folder, "-> target" for a symbolic link. */
export type ContentTree = Record<string, string>;

export function contentTree(root: string): ContentTree {
  const out: ContentTree = {};
  walk(root, "", (rel, abs) => {
    const stats = lstatSync(abs);
    if (stats.isDirectory()) out[rel] = "<dir>";
    else if (stats.isSymbolicLink()) out[rel] = `-> ${readlinkSync(abs)}`;
    else out[rel] = readFileSync(abs, "latin1"); // latin1: byte-exact, whatever the encoding
  });
  return out;
}

/** Relative path → "kind ino mtime mode size": equal snapshots mean nothing was rewritten. */
export function statTree(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  walk(root, "", (rel, abs) => {
    const s = lstatSync(abs);
    const kind = s.isDirectory() ? "d" : s.isSymbolicLink() ? "l" : "f";
    // A folder's mtime changes when an entry is added or removed in it, which we want to see too.
    out[rel] = `${kind} ${s.ino} ${s.mtimeMs} ${(s.mode & 0o777).toString(8)} ${s.size}`;
  });
  return out;
}

function walk(root: string, rel: string, visit: (rel: string, abs: string) => void): void {
  const abs = rel === "" ? root : join(root, rel);
  for (const name of readdirSync(abs).sort()) {
    const childRel = rel === "" ? name : `${rel}/${name}`;
    const childAbs = join(root, childRel);
    visit(childRel, childAbs);
    if (lstatSync(childAbs).isDirectory()) walk(root, childRel, visit);
  }
}

/** A fresh temp folder (under `base`, default the OS temp folder) and a function that deletes it. */
export function tempFolder(prefix = "lg-write-", base = tmpdir()): { path: string; cleanup: () => void } {
  const path = mkdtempSync(join(base, prefix));
  return { path, cleanup: () => rmSync(path, { recursive: true, force: true }) };
}

/** Drops the bookkeeping entries of the write stage from a content tree. */
export function withoutManifest(tree: ContentTree): ContentTree {
  return Object.fromEntries(Object.entries(tree).filter(([p]) => !p.startsWith(".litellm-gitops-")));
}
