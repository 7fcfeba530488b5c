import { type Stats, closeSync, constants, lstatSync, mkdirSync, openSync, readFileSync, writeSync } from "node:fs";
import path from "node:path";
import { EXIT_INPUT, EXIT_OK, type Io } from "./io.js";

/**
 * How `init`, `import` and `schema --out` put a few files into a folder the user named. These
 * are not build outputs (no manifest, no journal): the rules are the ones a user expects of a
 * generator that may overwrite what they edited:
 * - all or nothing: every target is checked before the first is written;
 * - an existing file is overwritten only with --force (one with the same bytes is left as it is);
 * - never through a symbolic link: a link at a target, or a linked folder on the way to one
 *   (below DIR; DIR itself is where the user pointed), is refused even with --force, naming
 *   it, because writing through it changes a file outside DIR;
 * - anything but a regular file at a target (a folder, a FIFO) is refused.
 */
export function writeNewFiles(command: string, dir: string, files: ReadonlyMap<string, string>, force: boolean, io: Io): number {
  const relative = path.relative(io.cwd, dir);
  const shown = relative === "" ? "." : relative.startsWith("..") || path.isAbsolute(relative) ? dir : relative;
  const show = (file: string) => (shown === "." ? file : `${shown}/${file}`);

  const links: string[] = [];
  const odd: string[] = [];
  const existing: string[] = [];
  const same = new Set<string>();
  const seen = new Set<string>();
  for (const [file, text] of files) {
    const parts = file.split("/");
    for (let i = 1; i <= parts.length; i++) {
      const rel = parts.slice(0, i).join("/");
      if (seen.has(rel)) continue;
      seen.add(rel);
      const stats = lstatOrNull(path.join(dir, rel));
      if (stats === null) break;
      if (stats.isSymbolicLink()) links.push(rel);
      else if (i < parts.length && !stats.isDirectory()) odd.push(`${rel} (not a folder)`);
      else if (i === parts.length && !stats.isFile()) odd.push(`${rel} (not a regular file)`);
      else if (i === parts.length) {
        if (readFileSync(path.join(dir, rel), "utf8") === text) same.add(file);
        else existing.push(file);
      }
    }
  }
  if (links.length > 0 || odd.length > 0) {
    const lines = [...links.map((l) => `  ${show(l)} is a symbolic link`), ...odd.map((o) => `  ${show(o)}`)];
    io.stderr.write(
      `litellm-gitops ${command}: refusing to write through these (even with --force), nothing written:\n${lines.join("\n")}\n` +
        "Remove them or choose another folder.\n",
    );
    return EXIT_INPUT;
  }
  if (existing.length > 0 && !force) {
    io.stderr.write(
      `litellm-gitops ${command}: not overwriting existing files:\n${existing.map((f) => `  ${show(f)}\n`).join("")}Run with --force to overwrite them, or choose another folder.\n`,
    );
    return EXIT_INPUT;
  }
  try {
    for (const [file, text] of files) {
      if (same.has(file)) continue;
      const target = path.join(dir, file);
      mkdirSync(path.dirname(target), { recursive: true });
      // O_NOFOLLOW: a link put there since the check above is refused by the kernel, not followed.
      const fd = openSync(target, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW, 0o644);
      try {
        writeSync(fd, text);
      } finally {
        closeSync(fd);
      }
    }
  } catch (error) {
    io.stderr.write(`litellm-gitops ${command}: cannot write ${shown}: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_INPUT;
  }
  for (const file of files.keys()) {
    io.stderr.write(`${same.has(file) ? "unchanged" : existing.includes(file) ? "overwrote" : "created"} ${show(file)}\n`);
  }
  return EXIT_OK;
}

function lstatOrNull(p: string): Stats | null {
  try {
    return lstatSync(p);
  } catch {
    return null;
  }
}
