import { createRequire as __litellmGitopsCreateRequire } from "node:module";
const require = __litellmGitopsCreateRequire(import.meta.url);
import {
  EXIT_INPUT,
  EXIT_OK
} from "./chunk-Q5TSJAU2.js";

// src/cli/write-files.ts
import { closeSync, constants, lstatSync, mkdirSync, openSync, readFileSync, writeSync } from "node:fs";
import path from "node:path";
function writeNewFiles(command, dir, files, force, io) {
  const relative = path.relative(io.cwd, dir);
  const shown = relative === "" ? "." : relative.startsWith("..") || path.isAbsolute(relative) ? dir : relative;
  const show = (file) => shown === "." ? file : `${shown}/${file}`;
  const links = [];
  const odd = [];
  const existing = [];
  const same = /* @__PURE__ */ new Set();
  const seen = /* @__PURE__ */ new Set();
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
      `litellm-gitops ${command}: refusing to write through these (even with --force), nothing written:
${lines.join("\n")}
Remove them or choose another folder.
`
    );
    return EXIT_INPUT;
  }
  if (existing.length > 0 && !force) {
    io.stderr.write(
      `litellm-gitops ${command}: not overwriting existing files:
${existing.map((f) => `  ${show(f)}
`).join("")}Run with --force to overwrite them, or choose another folder.
`
    );
    return EXIT_INPUT;
  }
  try {
    for (const [file, text] of files) {
      if (same.has(file)) continue;
      const target = path.join(dir, file);
      mkdirSync(path.dirname(target), { recursive: true });
      const fd = openSync(target, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW, 420);
      try {
        writeSync(fd, text);
      } finally {
        closeSync(fd);
      }
    }
  } catch (error) {
    io.stderr.write(`litellm-gitops ${command}: cannot write ${shown}: ${error instanceof Error ? error.message : String(error)}
`);
    return EXIT_INPUT;
  }
  for (const file of files.keys()) {
    io.stderr.write(`${same.has(file) ? "unchanged" : existing.includes(file) ? "overwrote" : "created"} ${show(file)}
`);
  }
  return EXIT_OK;
}
function lstatOrNull(p) {
  try {
    return lstatSync(p);
  } catch {
    return null;
  }
}

export {
  writeNewFiles
};
