import { createRequire as __litellmGitopsCreateRequire } from "node:module";
const require = __litellmGitopsCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-Q5TSJAU2.js";
import {
  compareStrings
} from "./chunk-EPTGAQBZ.js";

// src/write/errors.ts
var OutputError = class extends Error {
  constructor(kind, message, paths = [], options) {
    super(message, options);
    this.kind = kind;
    this.paths = paths;
  }
  kind;
  paths;
  name = "OutputError";
};
function errnoCode(error) {
  if (typeof error === "object" && error !== null && "code" in error) {
    const code = error.code;
    return typeof code === "string" ? code : void 0;
  }
  return void 0;
}
function ioError(what, error) {
  if (error instanceof OutputError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new OutputError("io", `${what}: ${detail}`, [], { cause: error });
}

// src/cli/out-folder.ts
import { existsSync, readdirSync, readFileSync, realpathSync } from "node:fs";
import path from "node:path";

// src/write/paths.ts
import { join } from "node:path";
var RESERVED_PREFIX = ".litellm-gitops-";
var MANIFEST_NAME = ".litellm-gitops-manifest.json";
var JOURNAL_NAME = ".litellm-gitops-journal.json";
var LOCK_NAME = ".litellm-gitops-lock";
var STAGING_PREFIX = ".litellm-gitops-staging-";
var STAGING_PATTERN = /^\.litellm-gitops-staging-[0-9a-f]{8,64}$/;
var NAME_MAX_BYTES = 255;
var PATH_MAX_BYTES = 4095;
function sorted(paths) {
  return [...paths].sort(compareStrings);
}
function pathProblem(path2) {
  if (typeof path2 !== "string" || path2 === "") return "is empty";
  if (path2.includes("\0")) return "contains a NUL character";
  if (path2.includes("\\")) return "contains a backslash (use POSIX separators)";
  if (path2.startsWith("/")) return "is absolute";
  if (/^[A-Za-z]:/.test(path2)) return "starts with a drive letter";
  const segments = path2.split("/");
  if (segments.some((s) => s === "")) return "has an empty segment (leading, trailing or doubled '/')";
  if (segments.some((s) => s === "..")) return "contains '..'";
  if (segments.some((s) => s === ".")) return "contains '.'";
  if (segments[0].startsWith(RESERVED_PREFIX)) return `uses the reserved prefix ${RESERVED_PREFIX}`;
  return lengthProblem(segments);
}
function lengthProblem(segments) {
  for (const segment of segments) {
    const bytes = Buffer.byteLength(segment, "utf8");
    if (bytes > NAME_MAX_BYTES) return `has a name of ${bytes} bytes; file systems allow ${NAME_MAX_BYTES}`;
  }
  return void 0;
}
function assertPathLengths(dir, paths) {
  const tooLong = [];
  for (const path2 of paths) {
    if (Buffer.byteLength(resolveIn(dir, path2), "utf8") > PATH_MAX_BYTES) tooLong.push(path2);
  }
  if (tooLong.length > 0) {
    throw new OutputError(
      "too-long",
      `refusing to write paths longer than ${PATH_MAX_BYTES} bytes under ${dir}; nothing was written:
  ${sorted(tooLong).join("\n  ")}`,
      sorted(tooLong)
    );
  }
}
function assertOutputPaths(paths) {
  const problems = [];
  const bad = [];
  const tooLong = [];
  const folded = /* @__PURE__ */ new Map();
  const all = sorted(paths);
  const set = new Set(all);
  for (const path2 of all) {
    const problem = pathProblem(path2);
    if (problem) {
      if (problem.startsWith("has a name of")) tooLong.push(`${path2} ${problem}`);
      else problems.push(`${JSON.stringify(path2)} ${problem}`);
      bad.push(path2);
      continue;
    }
    const key = path2.toLowerCase();
    const other = folded.get(key);
    if (other !== void 0) {
      problems.push(`${JSON.stringify(other)} and ${JSON.stringify(path2)} differ only in case`);
      bad.push(path2);
    } else folded.set(key, path2);
    for (const dir of ancestors(path2)) {
      if (set.has(dir)) {
        problems.push(`${JSON.stringify(dir)} is both a file and the folder of ${JSON.stringify(path2)}`);
        bad.push(path2);
      }
    }
  }
  if (problems.length === 0 && tooLong.length > 0) {
    throw new OutputError("too-long", `refusing to write names longer than file systems allow; nothing was written:
  ${tooLong.join("\n  ")}`, sorted(new Set(bad)));
  }
  if (problems.length > 0) {
    throw new OutputError("invalid-path", `refusing unsafe output paths:
  ${problems.join("\n  ")}`, sorted(new Set(bad)));
  }
}
function ancestors(path2) {
  const out = [];
  let at = path2.indexOf("/");
  while (at !== -1) {
    out.push(path2.slice(0, at));
    at = path2.indexOf("/", at + 1);
  }
  return out;
}
function depth(path2) {
  let n = 0;
  for (const c of path2) if (c === "/") n++;
  return n;
}
function parentOf(path2) {
  const at = path2.lastIndexOf("/");
  return at === -1 ? "" : path2.slice(0, at);
}
function resolveIn(dir, rel) {
  return rel === "" ? dir : join(dir, ...rel.split("/"));
}

// src/cli/out-folder.ts
var OUR_RESOURCE = /^apiVersion:[ \t]*["']?(litellm\.litellm\.ai|auth\.litellm\.ai|litellm-gitops\.dev)\//m;
var SCAN_LIMIT = 2e3;
function outputFolder(cwd, out, inputs) {
  if (out.trim() === "") throw new UsageError("--out is empty; give the output folder (default: rendered)");
  const absolute = real(path.resolve(cwd, out));
  if (path.parse(absolute).root === absolute) throw new UsageError(`--out ${out} is the file-system root; give a folder of its own`);
  for (const given of inputs.length > 0 ? inputs : ["."]) {
    const input2 = real(path.resolve(cwd, staticPart(given)));
    if (input2 === absolute || isInside(input2, absolute)) {
      const how = input2 === absolute ? "is" : "contains";
      throw new UsageError(
        `the output folder ${show(cwd, absolute)} ${how} the input ${show(cwd, input2)}; build would skip the inputs in it. Choose an --out outside the inputs (the usual one is rendered/ beside them).`
      );
    }
  }
  const input = inputIn(absolute);
  if (input !== void 0) {
    throw new UsageError(
      `the output folder ${show(cwd, absolute)} holds input resources (${show(cwd, input)}); build would skip them. Choose an --out that holds no inputs (the usual one is rendered/ beside them).`
    );
  }
  return absolute;
}
function staticPart(given) {
  const at = given.search(/[*?[\]{}()!]/);
  return at === -1 ? given : path.dirname(given.slice(0, at) + "x");
}
function real(p) {
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
function isInside(child, parent) {
  const rel = path.relative(parent, child);
  return rel !== "" && !rel.startsWith("..") && !path.isAbsolute(rel);
}
function show(cwd, p) {
  const rel = path.relative(real(cwd), p);
  return rel === "" ? "." : rel.startsWith("..") || path.isAbsolute(rel) ? p : rel;
}
function inputIn(folder) {
  if (!existsSync(folder) || existsSync(path.join(folder, MANIFEST_NAME))) return void 0;
  let seen = 0;
  const stack = [folder];
  while (stack.length > 0 && seen < SCAN_LIMIT) {
    const dir = stack.pop();
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
        }
      }
    }
  }
  return void 0;
}

export {
  OutputError,
  errnoCode,
  ioError,
  MANIFEST_NAME,
  JOURNAL_NAME,
  LOCK_NAME,
  STAGING_PREFIX,
  STAGING_PATTERN,
  sorted,
  pathProblem,
  assertPathLengths,
  assertOutputPaths,
  ancestors,
  depth,
  parentOf,
  resolveIn,
  outputFolder
};
