// Summarises V8 CPU profiles (.cpuprofile, from `node --cpu-prof`): self time by function,
// by file, and by area (yaml parse, yaml stringify, ajv, compiler, output, fs, GC, …), and
// inclusive (total) time by function, which tells parse from stringify from validation.
//
//   node --cpu-prof --cpu-prof-dir=/tmp/prof bin/litellm-gitops.js build PROJECT --out OUT
//   node scripts/profile-summary.mjs /tmp/prof [--top 15] [--json] [--under NAME]...
//
// --under NAME: also break down the inclusive time of every function named NAME (or at
// FILE:LINE, as the tables print it, for anonymous functions) by its direct callees plus
// its own self time, e.g. --under loadProject --under render/tree.js:9.
//
// Arguments are .cpuprofile files or folders holding them (all are summed). Self time of a
// sample is the time until the next sample (timeDeltas), as Chrome DevTools counts it.

import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

// `… | head` closes the pipe early: not an error.
process.stdout.on("error", (error) => process.exit(error.code === "EPIPE" ? 0 : 1));

const args = process.argv.slice(2);
let top = 15;
let json = false;
const inputs = [];
const under = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--top") top = Number(args[++i]);
  else if (args[i] === "--json") json = true;
  else if (args[i] === "--under") under.push(args[++i]);
  else inputs.push(args[i]);
}
if (inputs.length === 0 || !Number.isInteger(top) || top < 1) {
  process.stderr.write("usage: node scripts/profile-summary.mjs PROFILE_OR_DIR... [--top N] [--json]\n");
  process.exit(2);
}

const files = inputs.flatMap((p) =>
  statSync(p).isDirectory()
    ? readdirSync(p)
        .filter((f) => f.endsWith(".cpuprofile"))
        .map((f) => path.join(p, f))
    : [p],
);
if (files.length === 0) {
  process.stderr.write("profile-summary: no .cpuprofile files found\n");
  process.exit(1);
}

/** Where a URL lives: the package or our own dist/ folder, node's internals, or V8's pseudo-frames. */
export function fileOf(url, functionName) {
  if (!url) return functionName.startsWith("(") ? functionName : "(native)";
  let p = url.replace(/^file:\/\//, "");
  const nm = p.lastIndexOf("/node_modules/");
  if (nm >= 0) return "node_modules/" + p.slice(nm + 14);
  const dist = p.lastIndexOf("/dist/");
  if (dist >= 0) return p.slice(dist + 1);
  return p.replace(/^.*\/(bin|scripts)\//, "$1/");
}

/** A coarse area, for recommendations: which lever would move this time. */
export function areaOf(file) {
  if (file.startsWith("node_modules/yaml/")) {
    if (/\/dist\/(parse|compose)\//.test(file)) return "yaml: lex, parse, compose";
    if (/\/dist\/stringify\//.test(file)) return "yaml: stringify";
    return "yaml: nodes, documents, schema, toJS (both directions)";
  }
  if (file.startsWith("node_modules/ajv")) return "ajv (schema compile + validate)";
  if (file.startsWith("node_modules/handlebars")) return "handlebars";
  if (file.startsWith("node_modules/fast-glob") || file.startsWith("node_modules/micromatch") || file.startsWith("node_modules/picomatch")) return "fast-glob (file discovery)";
  if (file.startsWith("node_modules/")) return "other packages: " + file.split("/")[1];
  if (file.startsWith("dist/render/yaml")) return "our toYaml (scalar styles)";
  if (file.startsWith("dist/")) return "litellm-gitops: " + file.split("/")[1];
  if (file === "(garbage collector)") return "GC";
  if (file === "(program)" || file === "(idle)" || file === "(root)") return "V8/native " + file;
  if (file.startsWith("node:internal/fs") || file.startsWith("node:fs")) return "node: fs";
  if (file.startsWith("node:internal/modules") || file.startsWith("node:internal/vm")) return "node: module loading";
  if (file.startsWith("node:")) return "node: other";
  return file;
}

const byFunction = new Map();
const byFile = new Map();
const byArea = new Map();
const inclusive = new Map();
/** NAME → callee key → time, for --under. */
const callees = new Map(under.map((name) => [name, new Map()]));
let total = 0;
const add = (map, key, t) => map.set(key, (map.get(key) ?? 0) + t);

for (const file of files) {
  const profile = JSON.parse(readFileSync(file, "utf8"));
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const { samples, timeDeltas } = profile;
  for (let i = 0; i < samples.length; i++) {
    // The sample lasts until the next one; the last gets the mean interval.
    const dt = i + 1 < timeDeltas.length ? timeDeltas[i + 1] : (profile.endTime - profile.startTime) / samples.length;
    self.set(samples[i], (self.get(samples[i]) ?? 0) + Math.max(dt, 0));
  }
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keyOf = (callFrame) => {
    const name = callFrame.functionName || "(anonymous)";
    const where = fileOf(callFrame.url, name);
    return where === name ? name : `${name}  ${where}${callFrame.url ? `:${callFrame.lineNumber + 1}` : ""}`;
  };
  for (const [id, t] of self) {
    const { callFrame } = nodes.get(id);
    const where = fileOf(callFrame.url, callFrame.functionName);
    add(byFunction, keyOf(callFrame), t);
    add(byFile, where, t);
    add(byArea, areaOf(where), t);
    total += t;
    // Inclusive: every distinct function on the stack (recursion counted once).
    const seen = new Set();
    const seenUnder = new Set();
    let child;
    for (let at = id; at !== undefined; child = at, at = parent.get(at)) {
      const frame = nodes.get(at).callFrame;
      const name = under.find((u) => u === frame.functionName || (frame.url && keyOf(frame).endsWith(u)));
      const breakdown = name === undefined ? undefined : callees.get(name);
      if (breakdown && !seenUnder.has(name)) {
        // The innermost NAME frame on the stack owns this sample (walking up, it comes first).
        seenUnder.add(name);
        add(breakdown, child === undefined ? "(self)" : keyOf(nodes.get(child).callFrame), t);
      }
      if (!frame.url) continue;
      const key = keyOf(frame);
      if (!seen.has(key)) {
        seen.add(key);
        add(inclusive, key, t);
      }
    }
  }
}

const rank = (map, n) =>
  [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([key, t]) => ({ key, ms: t / 1000, percent: (100 * t) / total }));

const summary = {
  profiles: files.length,
  totalMs: total / 1000,
  functions: rank(byFunction, top),
  files: rank(byFile, top),
  areas: rank(byArea, Infinity),
  inclusive: rank(inclusive, top * 3),
  under: Object.fromEntries(
    [...callees].map(([name, map]) => {
      const sum = [...map.values()].reduce((a, b) => a + b, 0);
      return [name, [...map].sort((a, b) => b[1] - a[1]).map(([key, t]) => ({ key, ms: t / 1000, percent: (100 * t) / total, share: (100 * t) / sum }))];
    }),
  ),
};

if (json) {
  process.stdout.write(JSON.stringify(summary, null, 2) + "\n");
} else {
  const table = (title, rows) => {
    const out = [`\n${title}`, "| # | self ms | % | |", "|--:|--:|--:|---|"];
    rows.forEach((r, i) => out.push(`| ${i + 1} | ${r.ms.toFixed(0)} | ${r.percent.toFixed(1)} | \`${r.key}\` |`));
    return out.join("\n");
  };
  process.stdout.write(`${files.length} profile(s), ${(total / 1000).toFixed(0)} ms sampled\n`);
  process.stdout.write(table(`Self time by function (top ${top})`, summary.functions) + "\n");
  process.stdout.write(table(`Self time by file (top ${top})`, summary.files) + "\n");
  process.stdout.write(table("Self time by area", summary.areas) + "\n");
  process.stdout.write(table(`Inclusive time by function (top ${top * 3})`, summary.inclusive) + "\n");
  for (const [name, rows] of Object.entries(summary.under)) {
    process.stdout.write(table(`Inside ${name} (innermost ${name} frame), by direct callee`, rows.slice(0, top)) + "\n");
  }
}
