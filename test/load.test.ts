// Discovery without a glob library (src/compiler/load.ts): a folder is walked with readdir,
// and must find exactly what fast-glob found for it before, `<folder>/**/*.{yaml,yml}` with
// dot files, node_modules and .git ignored at any depth (also above the folder), excluded
// folders skipped, symbolic links to files kept and links to folders not followed; the
// realpath-based de-duplication of links must keep the same paths.
import { mkdirSync, mkdtempSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import fg from "fast-glob";
import { afterAll, describe, expect, it } from "vitest";
import { compareStrings } from "../src/compare.js";
import { collector } from "../src/compiler/diagnostics.js";
import { discover } from "../src/compiler/discover/discover.js";
import { displayPath } from "../src/compiler/discover/display-path.js";
import { runs } from "./support/property.js";

const base = mkdtempSync(path.join(tmpdir(), "lg-load-"));
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** What discover() found for a folder with fast-glob: the pattern, the ignores, the link rules and the de-duplication. */
function reference(paths: string[], cwd: string, exclude: string[]): string[] {
  const ignore = ["**/node_modules/**", "**/.git/**", ...exclude.map((d) => fg.convertPathToPattern(path.resolve(cwd, d)) + "/**")];
  const found = new Set<string>();
  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    if (!statSync(absolute).isDirectory()) {
      found.add(absolute);
      continue;
    }
    const entries = fg.sync(fg.convertPathToPattern(absolute) + "/**/*.{yaml,yml}", {
      ignore, dot: true, onlyFiles: false, absolute: true, followSymbolicLinks: false, objectMode: true,
    });
    for (const entry of entries) {
      let isFile = entry.dirent.isFile();
      if (!isFile && entry.dirent.isSymbolicLink()) {
        try {
          isFile = statSync(entry.path).isFile();
        } catch {
          isFile = true; // a broken link is kept: reading it reports it
        }
      }
      if (isFile) found.add(path.resolve(entry.path));
    }
  }
  const files = [...found].sort(compareStrings);
  const byTarget = new Map<string, string>();
  for (const file of files) {
    let target = file;
    try {
      target = realpathSync(file);
    } catch {
      // broken link
    }
    const chosen = byTarget.get(target);
    if (chosen === undefined || (file === target && chosen !== target)) byTarget.set(target, file);
  }
  const kept = new Set(byTarget.values());
  return files.filter((f) => kept.has(f));
}

describe("discovering a folder's YAML files", () => {
  const project = path.join(base, "proj");
  const files = [
    "a.yaml", "b.yml", "c.YAML", ".yaml", ".hidden.yaml", ".dot/x.yaml", "sub/deep/d.yaml", "node_modules/n.yaml",
    "sub/node_modules/n.yaml", ".git/g.yaml", "sub/.git/g.yaml", "rendered/r.yaml", "rendered2/r.yaml", "x.yaml/inner.yaml",
    "we[ird]/w.yaml", "sp ace/s.yaml", "a.yaml.bak", "yaml", "q.yml~", "node_modules.yaml", "sub/.gitignore.yaml", "*star.yaml",
    "(paren)/p.yml", "a/b/c/d/e/f/g/h/deep.yaml",
  ];
  for (const f of files) {
    mkdirSync(path.dirname(path.join(project, f)), { recursive: true });
    writeFileSync(path.join(project, f), "x");
  }
  symlinkSync(path.join(project, "sub"), path.join(project, "linkdir"));
  symlinkSync(path.join(project, "sub"), path.join(project, "linkdir.yaml"));
  symlinkSync(path.join(project, "a.yaml"), path.join(project, "link.yaml"));
  symlinkSync(path.join(project, "nope"), path.join(project, "broken.yaml"));
  symlinkSync(project, path.join(project, "sub/loop"));
  for (const dir of ["node_modules/pkg", ".git/p"]) {
    mkdirSync(path.join(base, dir), { recursive: true });
    writeFileSync(path.join(base, dir, "m.yaml"), "x");
  }

  it.each<[string[], string, string[]]>([
    [["."], "proj", []],
    [["."], "proj", ["rendered"]],
    [["."], "proj", [path.join(project, "rendered") + "/"]],
    [["sub", "."], "proj", ["sub"]],
    [["rendered"], "proj", ["rendered"]],
    [["linkdir"], "proj", []],
    [["linkdir", "."], "proj", []],
    [["proj/linkdir", "proj"], ".", []],
    [["link.yaml", "linkdir/deep/d.yaml", "sub/deep/d.yaml"], "proj", []],
    [["."], "proj/linkdir", []],
    [["node_modules/pkg"], ".", []],
    [["."], "node_modules/pkg", []],
    [["."], ".git/p", []],
    [["x.yaml"], "proj", []],
  ])("%j in %s, excluding %j", (paths, cwd, exclude) => {
    const options = { cwd: path.join(base, cwd), exclude };
    const { diagnostics, report } = collector();
    const files = discover(paths, options, report);
    expect(diagnostics).toEqual([]);
    expect(files).toEqual(reference(paths, options.cwd, exclude));
  });

  it("finds the same in a folder of 2,000 files, and in the same order", () => {
    const big = path.join(base, "big");
    for (let i = 0; i < 2000; i++) {
      const file = path.join(big, `ns${i % 7}`, `inst${i % 3}`, `m${i}.yaml`);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, "x");
    }
    const files = discover([], { cwd: big, exclude: [] }, () => expect.unreachable());
    expect(files).toHaveLength(2000);
    expect(files).toEqual(reference(["."], big, []));
  });
});

describe("displayPath", () => {
  it("is path.relative to the working folder when inside it, else the absolute path", () => {
    const reference = (absolute: string, cwd: string) => {
      const relative = path.relative(cwd, absolute);
      const shown = relative === "" || relative.startsWith("..") || path.isAbsolute(relative) ? absolute : relative;
      return shown.split(path.sep).join("/");
    };
    const segment = fc.constantFrom("a", "b", "..", ".", "", ".hidden", "..x", "p", "p2", "x.yaml");
    const p = fc.array(segment, { maxLength: 5 }).map((s) => "/" + s.join("/"));
    fc.assert(
      fc.property(p, p, fc.boolean(), (cwd, rest, inside) => {
        const absolute = inside ? cwd + rest : rest;
        expect(displayPath(absolute, cwd)).toBe(reference(absolute, cwd));
        expect(displayPath(path.resolve(absolute), path.resolve(cwd))).toBe(reference(path.resolve(absolute), path.resolve(cwd)));
      }),
      runs(3000),
    );
  });
});
