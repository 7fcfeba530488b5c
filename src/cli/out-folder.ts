import { existsSync, readdirSync, readFileSync, realpathSync } from "node:fs";
import path from "node:path";
import { MANIFEST_NAME } from "../write/paths.js";
import { UsageError } from "./io.js";

/** A document of one of our API groups: the mark of an input file. */
const OUR_RESOURCE = /^apiVersion:[ \t]*["']?(litellm\.litellm\.ai|auth\.litellm\.ai|litellm-gitops\.dev)\//m;
/** Files looked at in an output folder that has no manifest, before giving up looking. */
const SCAN_LIMIT = 2000;

/**
 * The output folder of `build` (and `diff`), resolved, or a usage error when it cannot be one:
 * empty, the file-system root, or overlapping the inputs. The loader skips the output folder,
 * so an output folder that is (or holds) an input folder would silently drop those inputs
 * ("nothing to build", or `model_list: []`), and `build --check` would pass with nothing built.
 * Overlap is: the output folder equal to an input path, a parent of one, or a folder without
 * a manifest that holds resources of ours (`--out models`). The usual layout, `rendered/`
 * inside the project folder, is none of these.
 */
export function outputFolder(cwd: string, out: string, inputs: readonly string[]): string {
  if (out.trim() === "") throw new UsageError("--out is empty; give the output folder (default: rendered)");
  const absolute = real(path.resolve(cwd, out));
  if (path.parse(absolute).root === absolute) throw new UsageError(`--out ${out} is the file-system root; give a folder of its own`);
  for (const given of inputs.length > 0 ? inputs : ["."]) {
    const input = real(path.resolve(cwd, staticPart(given)));
    if (input === absolute || isInside(input, absolute)) {
      const how = input === absolute ? "is" : "contains";
      throw new UsageError(
        `the output folder ${show(cwd, absolute)} ${how} the input ${show(cwd, input)}; build would skip the inputs in it. ` +
          "Choose an --out outside the inputs (the usual one is rendered/ beside them).",
      );
    }
  }
  const input = inputIn(absolute);
  if (input !== undefined) {
    throw new UsageError(
      `the output folder ${show(cwd, absolute)} holds input resources (${show(cwd, input)}); build would skip them. ` +
        "Choose an --out that holds no inputs (the usual one is rendered/ beside them).",
    );
  }
  return absolute;
}

/** The part of a path or glob pattern before its first glob character. */
function staticPart(given: string): string {
  const at = given.search(/[*?[\]{}()!]/);
  return at === -1 ? given : path.dirname(given.slice(0, at) + "x");
}

function real(p: string): string {
  // A folder that does not exist yet is compared as written; a symbolic link by its target.
  let tail = "";
  let at = p;
  while (!existsSync(at)) {
    const parent = path.dirname(at);
    if (parent === at) return p;
    tail = tail === "" ? path.basename(at) : path.join(path.basename(at), tail);
    at = parent;
  }
  try {
    return tail === "" ? realpathSync(at) : path.join(realpathSync(at), tail);
  } catch {
    return p;
  }
}

function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel !== "" && !rel.startsWith("..") && !path.isAbsolute(rel);
}

function show(cwd: string, p: string): string {
  const rel = path.relative(real(cwd), p);
  return rel === "" ? "." : rel.startsWith("..") || path.isAbsolute(rel) ? p : rel;
}

/** A YAML file of ours inside an output folder without a manifest, or undefined. */
function inputIn(folder: string): string | undefined {
  if (!existsSync(folder) || existsSync(path.join(folder, MANIFEST_NAME))) return undefined;
  let seen = 0;
  const stack = [folder];
  while (stack.length > 0 && seen < SCAN_LIMIT) {
    const dir = stack.pop()!;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== "node_modules" && entry.name !== ".git") stack.push(full);
      else if (entry.isFile() && /\.ya?ml$/.test(entry.name) && seen++ < SCAN_LIMIT) {
        try {
          if (OUR_RESOURCE.test(readFileSync(full, "utf8").slice(0, 64 * 1024))) return full;
        } catch {
          // unreadable: the loader reports it if it is an input
        }
      }
    }
  }
  return undefined;
}
