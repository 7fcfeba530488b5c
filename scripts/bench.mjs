// `npm run bench`: how fast is the compiler, cold, on 1, 1,000 and 10,000 models?
//
//   npm run bench                      1 / 1,000 / 10,000 models (a few minutes on 2 cores)
//   npm run bench -- --quick           1 and 1,000 models only (smoke test)
//   npm run bench -- --runs 7          runs per measurement (default: 5, and 3 for 10,000)
//   npm run bench -- --out FILE        also write the Markdown report to FILE
//   npm run bench -- --keep            keep the temp folder (projects, outputs) and print it
//   npm run bench -- --no-build        measure the current dist/ instead of compiling src/
//   npm run bench -- --shape common    one project shape only (common or varied; default both)
//   npm run bench -- --large           also 100,000 models over 200 instances, one run (not in CI:
//                                      minutes; judges build 100,000 / 10,000 ≤ 11 and peak RSS ≤ 1 GB)
//
// Every figure is a child process started from nothing (`node bin/litellm-gitops.js …`),
// as a pre-commit hook or an Argo CD plugin runs it. The measurements of one size are
// interleaved round by round (validate, build, warm build, render, kubectl kustomize, the
// floor, `node -e 0`, then again), so that a busy machine slows numerator and denominator
// of each ratio alike. docs/performance.md says what each figure means.
//
// Internal mode, used by the bench itself: `node scripts/bench.mjs --floor INPUT_DIR
// REFERENCE_JSON DEST_DIR` is the floor (see `floor()` below).

import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
/** The CLI's entry point inside the snapshot (see snapshotCli); set by main(). */
let CLI = "";
const SELF = fileURLToPath(import.meta.url);


// ---------------------------------------------------------------------------------------
// The floor: what reading, parsing and writing the same bytes costs with `yaml` alone.

/**
 * Reads and parses every YAML file under inputDir (`parseAllDocuments` + `toJS`, the
 * library's defaults), then serialises the objects of the real build's output (listed in
 * referenceJson: [relative path, [documents…]] pairs) with `yaml`'s `stringify` and writes
 * them under destDir: the same files, the same objects, nearly the same bytes. (The one
 * JSON file, build's own manifest of what it wrote, is written with JSON.stringify.)
 *
 * Loading referenceJson stands in for "the compiler built these objects"; it is not part
 * of the floor, so its time is printed (`prep-ms N` on stdout) and subtracted by the bench.
 */
async function floor(inputDir, referenceJson, destDir) {
  const YAML = await import("yaml");
  const prepStart = performance.now();
  const reference = JSON.parse(readFileSync(referenceJson, "utf8"));
  const prep = performance.now() - prepStart;

  const t0 = performance.now();
  let documents = 0;
  for (const entry of readdirSync(inputDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.ya?ml$/.test(entry.name)) continue;
    const text = readFileSync(path.join(entry.parentPath ?? entry.path, entry.name), "utf8");
    for (const doc of YAML.parseAllDocuments(text)) {
      if (doc.toJS() !== null) documents++;
    }
  }

  const t1 = performance.now();
  let stringifyMs = 0;
  const options = { indentSeq: false, lineWidth: 0, minContentWidth: 0, blockQuote: "literal" };
  const dirs = new Set();
  let bytes = 0;
  for (const [rel, docs] of reference) {
    // build's own bookkeeping (.litellm-gitops-manifest.json) is JSON: written as JSON.
    const ts = performance.now();
    const text = rel.endsWith(".json") ? docs.map((d) => JSON.stringify(d, null, 2) + "\n").join("") : docs.map((d) => YAML.stringify(d, options)).join("---\n");
    stringifyMs += performance.now() - ts;
    const file = path.join(destDir, rel);
    const dir = path.dirname(file);
    if (!dirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      dirs.add(dir);
    }
    writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
  }
  const t2 = performance.now();
  process.stdout.write(
    `prep-ms ${prep}\nread-parse-ms ${t1 - t0}\nstringify-ms ${stringifyMs}\nwrite-ms ${t2 - t1 - stringifyMs}\n` +
      `documents ${documents}\nfiles ${reference.length}\nbytes ${bytes}\n`,
  );
}

// ---------------------------------------------------------------------------------------
// The bench

function parseArgs(argv) {
  const opts = { quick: false, large: false, runs: undefined, out: undefined, keep: false, build: true, shapes: ["common", "varied"] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--quick") opts.quick = true;
    else if (a === "--large") opts.large = true;
    else if (a === "--keep") opts.keep = true;
    else if (a === "--no-build") opts.build = false;
    else if (a === "--runs") opts.runs = positiveInt(argv[++i], a);
    else if (a.startsWith("--runs=")) opts.runs = positiveInt(a.slice(7), "--runs");
    else if (a === "--shape" || a.startsWith("--shape=")) {
      const shape = a === "--shape" ? argv[++i] : a.slice(8);
      if (shape !== "common" && shape !== "varied" && shape !== "both") fail("--shape takes common, varied or both");
      opts.shapes = shape === "both" ? ["common", "varied"] : [shape];
    } else if (a === "--out") opts.out = argv[++i];
    else if (a.startsWith("--out=")) opts.out = a.slice(6);
    else if (a === "--help" || a === "-h") {
      process.stdout.write(readFileSync(SELF, "utf8").split("\n").slice(2, 10).map((l) => l.replace(/^\/\/ ?/, "")).join("\n") + "\n");
      process.exit(0);
    } else {
      process.stderr.write(`bench: unknown option ${a}\n`);
      process.exit(2);
    }
  }
  if (opts.out === "") fail("--out needs a FILE");
  return opts;
}

function positiveInt(s, name) {
  const n = Number(s);
  if (!Number.isInteger(n) || n < 1) fail(`${name} takes a positive integer`);
  return n;
}

function fail(message) {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(2);
}

function log(message) {
  process.stderr.write(`${message}\n`);
}

/**
 * The CLI under test, as a private snapshot: src/ bundled by scripts/bundle.mjs into DIR/dist (or, with
 * --no-build, a copy of the current dist/), next to copies of bin/, package.json, schemas/
 * and data/ and a link to node_modules. Others rebuild dist/ while they work; a snapshot
 * keeps every run of one bench on the same code, and leaves the shared dist/ alone.
 */
function snapshotCli(dir, compile) {
  mkdirSync(dir, { recursive: true });
  let state;
  if (compile) {
    log("bench: bundling src/ (scripts/bundle.mjs, as `npm run build`) into a private snapshot");
    const r = spawnSync(process.execPath, [path.join(ROOT, "scripts", "bundle.mjs"), "--outdir", path.join(dir, "dist")], { cwd: ROOT, encoding: "utf8" });
    if (r.status !== 0 || !existsSync(path.join(dir, "dist", "cli", "main.js"))) throw new Error(`bundling failed:\n${r.stdout}${r.stderr}`);
    state = "src/ bundled by esbuild";
  } else {
    if (!existsSync(path.join(ROOT, "dist", "cli", "main.js"))) throw new Error("dist/ is missing; run `npm run build` or drop --no-build");
    cpSync(path.join(ROOT, "dist"), path.join(dir, "dist"), { recursive: true });
    state = "dist/ as built (--no-build)";
  }
  for (const item of ["bin", "schemas", "data", "package.json"]) {
    if (existsSync(path.join(ROOT, item))) cpSync(path.join(ROOT, item), path.join(dir, item), { recursive: true });
  }
  symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
  return state;
}

const TIME = ["/usr/bin/time", "/bin/time"].find((p) => {
  if (!existsSync(p)) return false;
  const r = spawnSync(p, ["-f", "%M", "true"], { encoding: "utf8" });
  return r.status === 0 && /^\d+\s*$/.test(r.stderr.trim().split("\n").pop() ?? "");
});

/**
 * Runs a command once and measures it. Wall time by the clock around the child; CPU time
 * (user + sys) and peak RSS by GNU time when present, otherwise by an in-process wrapper
 * (see rusageFallback).
 */
function measure(cmd, args, { cwd, env, stdout = "ignore" } = {}) {
  const rusageFile = path.join(os.tmpdir(), `lg-bench-rusage-${process.pid}`);
  const argv = TIME ? [TIME, ["-f", "%U %S %M", "-o", rusageFile, cmd, ...args]] : [cmd, args];
  const start = process.hrtime.bigint();
  const r = spawnSync(argv[0], argv[1], { cwd, env: { ...process.env, ...env }, stdio: ["ignore", stdout, "pipe"], encoding: "utf8", maxBuffer: 1 << 30 });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.error || r.status !== 0) rmSync(rusageFile, { force: true });
  if (r.error) throw r.error;
  if (r.status !== 0) {
    throw new Error(`${cmd} ${args.join(" ")} (in ${cwd}) exited ${r.status}:\n${r.stderr.slice(0, 4000)}`);
  }
  let cpu = NaN;
  let rss = NaN;
  if (TIME) {
    const [u, s, m] = readFileSync(rusageFile, "utf8").trim().split("\n").pop().split(/\s+/).map(Number);
    cpu = (u + s) * 1000;
    rss = m * 1024;
    rmSync(rusageFile, { force: true });
  }
  return { wall, cpu, rss, stdout: r.stdout };
}

/**
 * Without GNU time: run the CLI in-process from a tiny wrapper and print its own
 * resourceUsage() at exit (spawnSync does not report a child's rusage). Used for CPU and
 * RSS only; wall time still comes from the plain run.
 */
function rusageFallback(args, opts) {
  const wrapper = `import { main } from ${JSON.stringify(path.join(path.dirname(CLI), "..", "dist", "cli", "main.js"))};
const code = await main(process.argv.slice(1));
const u = process.resourceUsage();
process.stderr.write("\\nRUSAGE " + (u.userCPUTime + u.systemCPUTime) / 1000 + " " + u.maxRSS * 1024 + "\\n");
process.exitCode = code;`;
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", wrapper, ...args], { ...opts, env: { ...process.env, ...opts.env }, stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
  const m = /RUSAGE (\S+) (\S+)/.exec(r.stderr ?? "");
  return m ? { cpu: Number(m[1]), rss: Number(m[2]) } : { cpu: NaN, rss: NaN };
}

function median(xs) {
  const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Every file under dir, relative, sorted. */
function listFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath ?? e.path, e.name)))
    .sort();
}

function folderSize(dir) {
  const files = listFiles(dir);
  return { files: files.length, bytes: files.reduce((n, f) => n + statSync(path.join(dir, f)).size, 0) };
}

/** What `--help` of a command offers, so that cache flags are used once they exist. */
function helpOf(command) {
  const r = spawnSync(process.execPath, [CLI, command, "--help"], { encoding: "utf8" });
  return `${r.stdout}${r.stderr}`;
}

async function main(argv) {
  const opts = parseArgs(argv);
  const tmp = mkdtempSync(path.join(os.tmpdir(), "litellm-gitops-bench-"));
  let report;
  try {
    report = await bench(opts, tmp);
  } finally {
    if (opts.keep) log(`bench: kept ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
  process.stdout.write(report);
  if (opts.out) {
    writeFileSync(path.resolve(opts.out), report);
    log(`bench: wrote ${opts.out}`);
  }
}

async function bench(opts, tmp) {
  const buildState = snapshotCli(path.join(tmp, "cli"), opts.build);
  CLI = path.join(tmp, "cli", "bin", "litellm-gitops.js");
  const { generateProject } = await import("./bench-project.mjs");
  const YAML = await import("yaml");

  const sizes = [
    { models: 1, instances: 1, runs: opts.runs ?? 5 },
    { models: 1000, instances: 5, runs: opts.runs ?? 5 },
    ...(opts.quick ? [] : [{ models: 10000, instances: 20, runs: opts.runs ?? 3 }]),
    ...(opts.large && !opts.quick ? [{ models: 100000, instances: 200, runs: 1 }] : []),
  ];
  const load = os.loadavg();
  const machine = describeMachine(buildState, load);
  log(`bench: ${machine}`);
  log(`bench: working in ${tmp}${TIME ? "" : " (no GNU time: CPU and RSS from an in-process wrapper)"}`);

  // A cache (issue 8) must not serve the cold runs; the warm build keeps its own. Flags are
  // passed only once the CLI has them; the env vars cover caches under XDG/HOME.
  const flags = {};
  for (const command of ["validate", "build", "render"]) {
    const help = helpOf(command);
    flags[command] = { noCache: help.includes("--no-cache") ? ["--no-cache"] : [], cacheDir: help.includes("--cache-dir") };
  }
  let coldCounter = 0;
  const coldEnv = () => {
    const dir = path.join(tmp, "cache-cold", String(coldCounter++));
    return { XDG_CACHE_HOME: dir, LITELLM_GITOPS_CACHE_DIR: dir };
  };

  const results = [];
  for (const [shape, size] of opts.shapes.flatMap((shape) => sizes.map((size) => [shape, size]))) {
    const label = size.models.toLocaleString("en-US");
    const id = `${shape}-${size.models}`;
    const project = path.join(tmp, `project-${id}`);
    const info = generateProject(project, { models: size.models, instances: size.instances, seed: 1, shape });
    log(`bench: ${shape} shape, ${label} models / ${size.instances} instances: ${info.files} input files, ${(info.bytes / 1e6).toFixed(2)} MB`);

    const warmOut = path.join(tmp, `out-warm-${id}`);
    const warmCache = path.join(tmp, `cache-warm-${id}`);
    const warmEnv = { XDG_CACHE_HOME: warmCache, LITELLM_GITOPS_CACHE_DIR: warmCache };
    const cacheArgs = (command, dir) => (flags[command].cacheDir ? ["--cache-dir", dir] : []);
    // Priming build: the reference output, the warm build's starting point, the page cache.
    measure(process.execPath, [CLI, "build", ".", "--out", warmOut, ...cacheArgs("build", warmCache)], { cwd: project, env: warmEnv });
    const output = folderSize(warmOut);

    // The floor's reference: the real build's files, as objects (loaded outside its timing).
    const referenceJson = path.join(tmp, `reference-${id}.json`);
    const reference = listFiles(warmOut).map((rel) => {
      const text = readFileSync(path.join(warmOut, rel), "utf8");
      return [rel, rel.endsWith(".json") ? [JSON.parse(text)] : YAML.parseAllDocuments(text).map((d) => d.toJS())];
    });
    writeFileSync(referenceJson, JSON.stringify(reference));
    // Settling build: the priming build's files were written within the build state's racy
    // window, so the next build re-hashes them once and records them as settled; the no-op
    // figure is the steady state, a build after a build with nothing changed.
    measure(process.execPath, [CLI, "build", ".", "--out", warmOut, ...cacheArgs("build", warmCache)], { cwd: project, env: warmEnv });

    // The incremental build: its own copy of the project (the others must stay unchanged), its
    // own output and cache, primed; each round changes one Model file and builds.
    const incProject = path.join(tmp, `project-inc-${id}`);
    cpSync(project, incProject, { recursive: true });
    const incOut = path.join(tmp, `out-inc-${id}`);
    const incCache = path.join(tmp, `cache-inc-${id}`);
    const incEnv = { XDG_CACHE_HOME: incCache, LITELLM_GITOPS_CACHE_DIR: incCache };
    measure(process.execPath, [CLI, "build", ".", "--out", incOut, ...cacheArgs("build", incCache)], { cwd: incProject, env: incEnv });
    const incModels = listFiles(path.join(incProject, "models")).map((rel) => path.join(incProject, "models", rel));

    const samples = { nodeE0: [], validate: [], build: [], warm: [], incremental: [], render: [], kustomize: [], floor: [] };
    let floorInfo;
    for (let round = 0; round < size.runs; round++) {
      process.stderr.write(`bench: ${shape} ${label} models, round ${round + 1}/${size.runs}\r`);
      samples.nodeE0.push(measure(process.execPath, ["-e", "0"], { cwd: project }));

      let env = coldEnv();
      samples.validate.push(
        measure(process.execPath, [CLI, "validate", ".", ...flags.validate.noCache, ...cacheArgs("validate", env.XDG_CACHE_HOME)], { cwd: project, env }),
      );

      const coldOut = path.join(tmp, `out-cold-${id}`);
      rmSync(coldOut, { recursive: true, force: true });
      env = coldEnv();
      samples.build.push(
        measure(process.execPath, [CLI, "build", ".", "--out", coldOut, ...flags.build.noCache, ...cacheArgs("build", env.XDG_CACHE_HOME)], { cwd: project, env }),
      );
      rmSync(coldOut, { recursive: true, force: true });

      samples.warm.push(measure(process.execPath, [CLI, "build", ".", "--out", warmOut, ...cacheArgs("build", warmCache)], { cwd: project, env: warmEnv }));

      // One Model file changed (its tpm limit set or changed: its instance's config.yaml changes).
      const changed = incModels[(round * 7919) % incModels.length];
      const text = readFileSync(changed, "utf8");
      const tpm = `\n    tpm: ${100000 + round}\n`;
      writeFileSync(changed, /\n    tpm: \d+\n/.test(text) ? text.replace(/\n    tpm: \d+\n/, tpm) : text.replace("\n  litellmParams:\n", `\n  litellmParams:${tpm}`));
      samples.incremental.push(measure(process.execPath, [CLI, "build", ".", "--out", incOut, ...cacheArgs("build", incCache)], { cwd: incProject, env: incEnv }));

      env = coldEnv();
      samples.render.push(
        measure(process.execPath, [CLI, "render", ".", ...flags.render.noCache, ...cacheArgs("render", env.XDG_CACHE_HOME)], { cwd: project, env }),
      );

      samples.kustomize.push(measure("kubectl", ["kustomize", warmOut], { cwd: tmp }));

      const floorOut = path.join(tmp, `out-floor-${id}`);
      rmSync(floorOut, { recursive: true, force: true });
      const f = measure(process.execPath, [SELF, "--floor", project, referenceJson, floorOut], { cwd: tmp, stdout: "pipe" });
      const fields = Object.fromEntries(f.stdout.trim().split("\n").map((l) => l.split(" ")).map(([k, v]) => [k, Number(v)]));
      // prep (JSON.parse of the reference) is CPU-bound: taken off both wall and CPU time.
        samples.floor.push({ ...f, wall: f.wall - fields["prep-ms"], cpu: f.cpu - fields["prep-ms"], prep: fields["prep-ms"] });
      floorInfo = { ...fields, ...folderSize(floorOut) };
      rmSync(floorOut, { recursive: true, force: true });
    }
    process.stderr.write("\n");

    if (!TIME) {
      for (const [key, args, env] of [
        ["validate", ["validate", "."], coldEnv()],
        ["build", ["build", ".", "--out", path.join(tmp, "out-rusage")], coldEnv()],
        ["render", ["render", "."], coldEnv()],
      ]) {
        const u = rusageFallback(args, { cwd: project, env });
        for (const s of samples[key]) Object.assign(s, u);
      }
    }

    const summary = {};
    for (const [key, list] of Object.entries(samples)) {
      summary[key] = { wall: median(list.map((s) => s.wall)), cpu: median(list.map((s) => s.cpu)), rss: Math.max(...list.map((s) => s.rss)), runs: list.length };
    }
    results.push({ ...size, shape, label, input: info, output, floor: floorInfo, summary });
    log(
      `bench: ${shape} ${label}: validate ${ms(summary.validate.wall)}, build ${ms(summary.build.wall)}, warm build ${ms(summary.warm.wall)}, ` +
        `render ${ms(summary.render.wall)}, kustomize ${ms(summary.kustomize.wall)}, floor ${ms(summary.floor.wall)}, node -e 0 ${ms(summary.nodeE0.wall)}`,
    );
  }

  return formatReport(results, machine, opts, [load[0], os.loadavg()[0]]);
}

// ---------------------------------------------------------------------------------------
// Report

function ms(x) {
  if (Number.isNaN(x)) return "–";
  return x >= 10000 ? `${(x / 1000).toFixed(1)} s` : x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${Math.round(x)} ms`;
}

function mb(bytes) {
  return Number.isNaN(bytes) ? "–" : `${Math.round(bytes / 2 ** 20)} MB`;
}

function kb(bytes) {
  return `${num(bytes / 1000)} kB`;
}

function num(n) {
  return Math.round(n).toLocaleString("en-US");
}

function describeMachine(buildState, load) {
  let cpu = os.cpus()[0]?.model ?? "unknown CPU";
  try {
    cpu = /model name\s*:\s*(.*)/.exec(readFileSync("/proc/cpuinfo", "utf8"))?.[1]?.trim() ?? cpu;
  } catch {}
  const git = spawnSync("git", ["-C", ROOT, "describe", "--always", "--dirty"], { encoding: "utf8" });
  const rev = git.status === 0 ? git.stdout.trim() : "unknown revision";
  return (
    `${cpu}, ${os.availableParallelism?.() ?? os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ` +
    `Node ${process.version}, ${os.type()} ${os.release()} ${process.arch}; load average ${load.map((l) => l.toFixed(2)).join(" ")} at start; ` +
    `litellm-gitops ${rev} (${buildState})`
  );
}

function formatReport(results, machine, opts, loads) {
  const lines = [];
  lines.push(`Machine: ${machine}.`, "");
  // Each figure also as a ratio to what the same size's rounds measured for `node -e 0`, the
  // floor and kustomize: the machine is shared, and ratios taken side by side travel.
  lines.push("| Shape | Project | Command | Median wall | CPU (user+sys) | Models/s | Peak RSS | Runs | × `node -e 0` | × floor | × kustomize |");
  lines.push("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
  const rows = [
    ["validate", "`validate` (cold)"],
    ["build", "`build` (cold, empty out)"],
    ["warm", "`build` (no-op: output up to date, warm cache)"],
    ["incremental", "`build` (incremental: one Model file changed, warm cache)"],
    ["render", "`render` (cold, stdout)"],
    ["kustomize", "`kubectl kustomize` of the build output"],
    ["floor", "floor: `yaml` parse + stringify + write"],
    ["nodeE0", "`node -e 0`"],
  ];
  const x = (a, b) => (Number.isNaN(a / b) ? "–" : (a / b).toFixed(2));
  for (const r of results) {
    const project = `${r.label} model${r.models === 1 ? "" : "s"} / ${r.instances} inst.`;
    for (const [key, name] of rows) {
      const s = r.summary[key];
      const perSecond = key === "kustomize" || key === "nodeE0" ? "" : num(r.models / (s.wall / 1000));
      lines.push(
        `| ${r.shape} | ${project} | ${name} | ${ms(s.wall)} | ${ms(s.cpu)} | ${perSecond} | ${mb(s.rss)} | ${s.runs} | ` +
          `${x(s.wall, r.summary.nodeE0.wall)} | ${x(s.wall, r.summary.floor.wall)} | ${x(s.wall, r.summary.kustomize.wall)} |`,
      );
    }
  }
  lines.push("");

  // [name, numerator, denominator, target]; judged on wall time (what a hook or a sync
  // waits for); the CPU-time ratio is shown beside it because on a busy machine wall
  // time also measures the neighbours. Targets: issue 17 (no-op build, render, start-up)
  // and issue 8 (the rest).
  lines.push("| Shape | Ratio (medians) | Wall | Target | | CPU (user+sys) |");
  lines.push("|---|---|---:|---:|:-:|---:|");
  for (const shape of opts.shapes) {
    const mine = results.filter((r) => r.shape === shape);
    const small = mine.find((r) => r.models === 1);
    const large = mine.find((r) => r.models === 100000);
    const big = mine.find((r) => r.models === 10000) ?? mine[mine.length - 1];
    const mid = mine.find((r) => r.models === 1000);
    const bigLabel = big.label;
    const ratios = [["cold `validate`, 1 model / `node -e 0`", small.summary.validate, small.summary.nodeE0, 1.5]];
    ratios.push([`cold \`build\`, ${bigLabel} / floor`, big.summary.build, big.summary.floor, 1.25]);
    if (big.models === 10000 && mid) ratios.push(["`build`, 10,000 / `build`, 1,000", big.summary.build, mid.summary.build, 11]);
    ratios.push(
      [`no-op \`build\`, ${bigLabel} / \`kubectl kustomize\``, big.summary.warm, big.summary.kustomize, 0.5],
      [`incremental \`build\` (one Model changed), ${bigLabel} / \`kubectl kustomize\``, big.summary.incremental, big.summary.kustomize, 1],
      [`cold \`render\`, ${bigLabel} / \`kubectl kustomize\``, big.summary.render, big.summary.kustomize, shape === "common" ? 2 : 3],
    );
    if (large) ratios.push(["`build`, 100,000 / `build`, 10,000", large.summary.build, big.summary.build, 11]);
    for (const [name, a, b, target] of ratios) {
      const wall = a.wall / b.wall;
      const cpu = a.cpu / b.cpu;
      lines.push(
        `| ${shape} | ${name} | ${wall.toFixed(2)} (${ms(a.wall)} / ${ms(b.wall)}) | ≤ ${target} | ${wall <= target ? "✓" : "✗"} | ` +
          `${Number.isNaN(cpu) ? "–" : `${cpu.toFixed(2)} (${ms(a.cpu)} / ${ms(b.cpu)})`} |`,
      );
    }
    const rss = big.summary.build.rss;
    lines.push(`| ${shape} | peak RSS, cold \`build\` of ${bigLabel} | ${mb(rss)} | ≤ 512 MB | ${Number.isNaN(rss) ? "?" : rss <= 512 * 2 ** 20 ? "✓" : "✗"} | |`);
    if (large) {
      const peak = large.summary.build.rss;
      lines.push(`| ${shape} | peak RSS, cold \`build\` of 100,000 | ${mb(peak)} | ≤ 1 GB | ${Number.isNaN(peak) ? "?" : peak <= 2 ** 30 ? "✓" : "✗"} | |`);
    }
  }
  lines.push("");

  for (const r of results) {
    const f = r.floor;
    lines.push(
      `- ${r.shape}, ${r.label} model${r.models === 1 ? "" : "s"}: ${num(r.input.files)} input files (${kb(r.input.bytes)}) → \`build\` wrote ${num(r.output.files)} files ` +
        `(${kb(r.output.bytes)}); the floor parsed ${num(f.documents)} documents and wrote ${num(f.files)} files (${kb(f.bytes)}, ` +
        `${f.bytes >= r.output.bytes ? "+" : ""}${(((f.bytes - r.output.bytes) / r.output.bytes) * 100).toFixed(1)} %).`,
    );
  }
  if (opts.quick) lines.push("- `--quick`: the 10,000-model project was not run; the ratios above use the largest project run.");
  const cores = os.availableParallelism?.() ?? os.cpus().length;
  if (Math.max(...loads) > cores * 0.75) {
    lines.push(
      `- **Busy machine**: 1-minute load average ${loads.map((l) => l.toFixed(1)).join(" at start, ")} at the end, on ${cores} cores. ` +
        "Wall times include waiting for a core; the CPU (user+sys) ratios are the steadier comparison. Re-run on a quiet machine for the wall ratios.",
    );
  }
  lines.push("");
  return lines.join("\n");
}

// Last, so that every module-level constant above is initialised.
if (process.argv[2] === "--floor") {
  await floor(process.argv[3], process.argv[4], process.argv[5]);
} else {
  await main(process.argv.slice(2));
}
