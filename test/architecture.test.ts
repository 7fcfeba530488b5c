// The import rules of docs/architecture.md ("Folders and what each may import"), checked over
// every import edge in src/: a change that crosses a rule fails here, with the edge named.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SRC = path.join(ROOT, "src");

/** Top-level folders of src/ and the folders each may import (its own files always). */
const MAY_IMPORT: Readonly<Record<string, readonly string[]>> = {
  litellm: [],
  // The write stage raises its own diagnostics (LG5002, LG5003, LG5020, LG5021).
  write: ["compiler"],
  compiler: ["litellm", "sync"],
  emitters: ["compiler", "litellm", "sync"],
  render: ["compiler", "emitters", "litellm", "sync"],
  diff: ["compiler", "emitters", "render", "graph", "litellm"],
  graph: ["compiler", "emitters", "render", "litellm", "sync"],
  importer: ["compiler", "emitters", "render", "litellm"],
  init: ["compiler", "render", "litellm"],
  sync: ["litellm"],
  cli: ["*"],
};

/** Files of a folder another folder may import, where the rule is narrower than the folder. */
const ONLY: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  // Emitters read the IR, nothing else of the compiler; of the sync runtime, the access.json type.
  // The sync runtime's face to the build: the access.json contract (a type that imports
  // nothing) and the bundled script's name and text.
  compiler: { sync: ["sync/access-state.ts"] },
  emitters: { compiler: ["compiler/ir.ts", "compiler/types/"], sync: ["sync/access-state.ts", "sync/bundle.ts"] },
  render: { sync: ["sync/access-state.ts", "sync/bundle.ts"] },
  graph: { sync: ["sync/access-state.ts"] },
  // The writer reads no input: of the compiler, only the diagnostic type and its catalogue.
  write: { compiler: ["compiler/diagnostics.ts", "compiler/catalogue.ts"] },
};

/** Files at the top of src/ that any folder may import: ground-floor leaves that import nothing of ours. */
const SHARED = ["package-root.ts", "compare.ts", "records.ts", "output-names.ts"];

/**
 * Edges that cross a rule today, each with the work that removes it. The list may only shrink:
 * an entry that no longer matches an edge fails too, so that it is deleted with the import.
 */
const KNOWN: ReadonlyArray<{ from: string; to: string; why: string }> = [
];

/** Circles of imports found today (type-only ones too), each with the fix; this list may only shrink too. */
const KNOWN_CIRCLES: ReadonlyArray<{ circle: string; why: string }> = [
];

interface Edge {
  from: string;
  to: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .map((e) => path.relative(SRC, path.join(e.parentPath, e.name)).split(path.sep).join("/"));
}

/** Every relative import and re-export of a file, static or dynamic, as a path under src/. */
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(SRC, file), "utf8");
  const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;]*?\bfrom\s*["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1] ?? m[2]!);
  return specifiers
    .filter((s) => s.startsWith("."))
    .map((s) => path.posix.normalize(path.posix.join(path.posix.dirname(file), s)).replace(/\.js$/, ".ts"));
}

const edges: Edge[] = sourceFiles(SRC)
  .filter((f) => !f.startsWith("compiler/generated/"))
  .flatMap((from) => importsOf(from).map((to) => ({ from, to })));

const folderOf = (file: string) => (file.includes("/") ? file.slice(0, file.indexOf("/")) : "");

function crosses({ from, to }: Edge): boolean {
  const a = folderOf(from);
  const b = folderOf(to);
  if (a === b || SHARED.includes(to)) return false;
  const allowed = MAY_IMPORT[a];
  if (allowed === undefined) return true;
  if (allowed.includes("*")) return false;
  if (!allowed.includes(b)) return true;
  const only = ONLY[a]?.[b];
  return only !== undefined && !only.some((prefix) => to === prefix || (prefix.endsWith("/") && to.startsWith(prefix)));
}

describe("import rules (docs/architecture.md)", () => {
  it("reads the imports of every module", () => {
    // The check is only as good as the edges it sees: a few known ones must be among them.
    expect(edges.length).toBeGreaterThan(300);
    expect(edges).toContainEqual({ from: "compiler/compile.ts", to: "compiler/resolve/index.ts" });
    expect(edges).toContainEqual({ from: "render/instances.ts", to: "emitters/litellm-config.ts" });
  });

  it("knows every folder of src/", () => {
    const folders = new Set(sourceFiles(SRC).map(folderOf).filter((f) => f !== ""));
    expect([...folders].filter((f) => !(f in MAY_IMPORT))).toEqual([]);
    expect(sourceFiles(SRC).filter((f) => !f.includes("/") && !SHARED.includes(f))).toEqual([]);
  });

  it("has no import that crosses a rule, except the known ones being removed", () => {
    const known = (e: Edge) => KNOWN.some((k) => k.from === e.from && k.to === e.to);
    expect(edges.filter((e) => crosses(e) && !known(e)).map((e) => `${e.from} -> ${e.to}`)).toEqual([]);
    expect(KNOWN.filter((k) => !edges.some((e) => e.from === k.from && e.to === k.to)).map((k) => `${k.from} -> ${k.to}`)).toEqual([]);
  });

  it("fails on a crossing edge", () => {
    expect(crosses({ from: "compiler/compile.ts", to: "render/targets.ts" })).toBe(true);
    expect(crosses({ from: "emitters/helm-values.ts", to: "compiler/resolve/env.ts" })).toBe(true);
    expect(crosses({ from: "write/write.ts", to: "compiler/ir.ts" })).toBe(true);
    expect(crosses({ from: "write/drift.ts", to: "compiler/diagnostics.ts" })).toBe(false);
    expect(crosses({ from: "litellm/settings-keys.ts", to: "compiler/pointer.ts" })).toBe(true);
    expect(crosses({ from: "emitters/helm-values.ts", to: "compiler/ir.ts" })).toBe(false);
    expect(crosses({ from: "cli/main.ts", to: "write/write.ts" })).toBe(false);
  });

  it("has no circle of imports", () => {
    const graph = new Map<string, string[]>();
    for (const { from, to } of edges) graph.set(from, [...(graph.get(from) ?? []), to]);
    const state = new Map<string, "open" | "done">();
    const circles: string[] = [];
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === "done") return;
      if (state.get(file) === "open") {
        circles.push([...trail.slice(trail.indexOf(file)), file].join(" -> "));
        return;
      }
      state.set(file, "open");
      for (const next of graph.get(file) ?? []) visit(next, [...trail, file]);
      state.set(file, "done");
    };
    for (const file of graph.keys()) visit(file, []);
    expect(circles.filter((c) => !KNOWN_CIRCLES.some((k) => k.circle === c))).toEqual([]);
    expect(KNOWN_CIRCLES.filter((k) => !circles.includes(k.circle)).map((k) => k.circle)).toEqual([]);
  });
});
