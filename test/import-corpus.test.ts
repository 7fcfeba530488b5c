// The import round trip over every file of the LiteLLM config corpus (fixtures/upstream/
// litellm-corpus, see its ORIGIN.md): import, build, and compare the emitted config.yaml with
// the original as PyYAML reads both — exactly as the LiteLLM proxy would — with
// roundTripDiff, which applies the documented normalisations and nothing else.
//
// Each file must end in one of three ways, and nothing may crash:
//   round-trips  the rebuilt model_list and settings equal the original's;
//   reported     they differ only where a diagnostic of the import names the key (file and
//                pointer), e.g. a model_list entry's `tpm` outside litellm_params;
//   refused      the import reports an error with a line and a column and writes nothing.
// Nothing is lost silently: every other top-level key of the original is carried
// (environment_variables → container env) or named by a diagnostic.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Diagnostic } from "../src/compiler/diagnostics.js";
import { emitLiteLLMConfig } from "../src/emitters/litellm-config.js";
import { importFiles, roundTripDiff, type Difference } from "../src/importer/index.js";
import { toYaml } from "../src/render/yaml.js";
import { compileDir, writeProject } from "./support/project.js";
import { pyyamlLoadAll, toPlain } from "./support/pyyaml.js";

const CORPUS = "fixtures/upstream/litellm-corpus";
const files = readdirSync(CORPUS).filter((f) => f.endsWith(".yaml")).sort();

/** INDEX.tsv notes the files that are broken upstream: they do not parse as YAML. */
const brokenUpstream = readFileSync(path.join(CORPUS, "INDEX.tsv"), "utf8")
  .split("\n")
  .slice(1)
  .filter((line) => line.includes("YAML_PARSE_ERROR"))
  .map((line) => line.split("\t")[3]!)
  .sort();

type Status = "round-trips" | "reported" | "refused" | "FAILED";

interface Row {
  file: string;
  status: Status;
  models: number;
  diagnostics: Diagnostic[];
  /** Why a file failed, what a refusal said, or which reported keys differ. */
  detail: string[];
}

/**
 * Is the pointer (into the original file) at or below a key that an LG6006 ("not carried over")
 * diagnostic of that file names? Only that code excuses a difference: a warning that merely
 * points near a key (a literal moved, a behaviour change) must not hide a lost value.
 */
function named(pointer: string, diagnostics: readonly Diagnostic[], file: string): boolean {
  return diagnostics.some((d) => d.code === "LG6006" && d.file === file && (pointer === d.pointer || pointer.startsWith(d.pointer + "/")));
}

function codes(diagnostics: readonly Diagnostic[]): string {
  const counts = new Map<string, number>();
  for (const d of diagnostics) counts.set(d.code, (counts.get(d.code) ?? 0) + 1);
  return [...counts].sort().map(([c, n]) => (n > 1 ? `${c}×${n}` : c)).join(" ");
}

function show(d: Difference): string {
  return `${d.kind} ${d.path}: ${JSON.stringify(d.original)} → ${JSON.stringify(d.rebuilt)}`;
}

/** PyYAML over many texts in one process (starting Python per file would dominate the run). */
function pyyamlMany(texts: readonly string[]): Record<string, unknown>[] {
  if (texts.some((t) => /^(---|\.\.\.)(\s|$)/m.test(t))) throw new Error("a text holds a document marker; cannot batch it");
  const docs = pyyamlLoadAll(texts.map((t) => (t.endsWith("\n") ? t : t + "\n")).join("---\n"));
  if (docs.length !== texts.length) throw new Error(`PyYAML read ${docs.length} documents out of ${texts.length}`);
  return docs.map((d) => (toPlain(d) ?? {}) as Record<string, unknown>);
}

function run(): Row[] {
  const rows: Row[] = [];
  const compared: Array<{ row: Row; original: string; rebuilt: string; envNames: Set<string> }> = [];
  for (const file of files) {
    const imported = importFiles([file], { cwd: path.resolve(CORPUS), namespace: "litellm", instance: "proxy" });
    const row: Row = { file, status: "FAILED", models: 0, diagnostics: imported.diagnostics, detail: [] };
    rows.push(row);
    const errors = imported.diagnostics.filter((d) => d.severity === "error");
    if (errors.length > 0) {
      const located = errors.every((d) => d.line >= 1 && d.column >= 1);
      row.status = located && imported.files.size === 0 ? "refused" : "FAILED";
      row.detail = errors.map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`);
      continue;
    }
    row.models = [...imported.files.keys()].filter((f) => f.startsWith("models/")).length;
    const outcome = compileDir(writeProject(Object.fromEntries(imported.files)));
    const buildErrors = outcome.diagnostics.filter((d) => d.severity === "error");
    if (!outcome.result || buildErrors.length > 0) {
      row.detail = buildErrors.map((d) => `build: ${d.file}:${d.line} ${d.code} ${d.message}`);
      continue;
    }
    const instance = outcome.result.instances[0]!;
    compared.push({
      row,
      original: readFileSync(path.join(CORPUS, file), "utf8"),
      rebuilt: toYaml(emitLiteLLMConfig(instance)),
      envNames: new Set(instance.env.map((e) => e.name)),
    });
  }

  const loaded = pyyamlMany(compared.flatMap((c) => [c.original, c.rebuilt]));
  compared.forEach(({ row, envNames }, i) => {
    const original = loaded[2 * i]!;
    const rebuilt = loaded[2 * i + 1]!;
    const unreported: string[] = [];
    const reported: string[] = [];
    for (const difference of roundTripDiff(original, rebuilt)) {
      (difference.kind !== "added" && named(difference.path, row.diagnostics, row.file) ? reported : unreported).push(show(difference));
    }
    for (const key of Object.keys(original)) {
      if (["model_list", "router_settings", "litellm_settings", "general_settings", "guardrails", "mcp_servers", "callback_settings"].includes(key)) continue;
      if (key === "environment_variables") {
        for (const name of Object.keys((original[key] as Record<string, unknown> | null) ?? {})) {
          if (!envNames.has(name) && !named(`/${key}/${name}`, row.diagnostics, row.file)) unreported.push(`environment_variables.${name}: not set on the container`);
        }
      } else if (!named(`/${key}`, row.diagnostics, row.file)) {
        unreported.push(`top-level ${key}: neither imported nor reported`);
      }
    }
    row.status = unreported.length > 0 ? "FAILED" : reported.length > 0 ? "reported" : "round-trips";
    row.detail = unreported.length > 0 ? unreported : reported;
  });
  return rows;
}

describe("import round trip over the LiteLLM corpus", () => {
  let rows: Row[] = [];
  beforeAll(() => {
    rows = run();
    const width = Math.max(...rows.map((r) => r.file.length));
    const lines = rows.map(
      (r) =>
        `${r.status.padEnd(11)} ${String(r.models).padStart(2)} models  ${r.file.padEnd(width)}  ${codes(r.diagnostics)}` +
        r.detail.map((d) => `\n              ${d}`).join(""),
    );
    const totals = (["round-trips", "reported", "refused", "FAILED"] as const).map((s) => `${s}: ${rows.filter((r) => r.status === s).length}`);
    console.log(`${lines.join("\n")}\n${rows.length} files — ${totals.join(", ")}`);
  }, 120_000);

  it("covers every file of the corpus", () => {
    expect(rows.map((r) => r.file)).toEqual(files);
    expect(files.length).toBe(53);
  });

  it("nothing fails: each file round-trips, differs only where a diagnostic says so, or is refused", () => {
    expect(rows.filter((r) => r.status === "FAILED").map((r) => `${r.file}: ${r.detail.join("; ")}`)).toEqual([]);
  });

  it("refuses exactly the files broken upstream, plus the one whose include is missing", () => {
    const refused = rows.filter((r) => r.status === "refused");
    expect(refused.map((r) => r.file).filter((f) => !brokenUpstream.includes(f))).toEqual([
      "BerriAI__litellm-docs__docs_proxy_config_management.md__block00.yaml",
    ]);
    expect(brokenUpstream.filter((f) => !refused.some((r) => r.file === f))).toEqual([]);
    for (const row of refused) {
      const errors = row.diagnostics.filter((d) => d.severity === "error");
      expect(errors.length, row.file).toBeGreaterThan(0);
      for (const d of errors) expect([d.line >= 1, d.column >= 1], `${row.file} ${d.code}`).toEqual([true, true]);
    }
    // Broken YAML is reported as YAML (LG1003), the missing include as such (LG6002), at the include entry.
    const include = refused.find((r) => r.file.includes("config_management.md__block00"))!;
    expect(include.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([["LG6002", 2, 5]]);
    expect(refused.filter((r) => brokenUpstream.includes(r.file)).every((r) => r.diagnostics.every((d) => d.code === "LG1003"))).toBe(true);
  });

  it("reaches these totals", () => {
    const count = (s: Status) => rows.filter((r) => r.status === s).length;
    expect({ roundTrips: count("round-trips"), reported: count("reported"), refused: count("refused") }).toEqual({ roundTrips: 46, reported: 1, refused: 6 });
    // The one file with reported differences: tpm/rpm written beside litellm_params, which a Model cannot hold.
    const reported = rows.filter((r) => r.status === "reported");
    expect(reported.map((r) => r.file)).toEqual(["BerriAI__litellm__litellm_proxy_example_config_yaml_load_balancer.yaml"]);
    expect(reported[0]!.detail).toEqual([
      "missing /model_list/0/tpm: 20000 → undefined",
      "missing /model_list/0/rpm: 3 → undefined",
      "missing /model_list/1/tpm: 20000 → undefined",
      "missing /model_list/1/rpm: 3 → undefined",
    ]);
  });

  it("never writes a literal credential of the corpus into an imported file", () => {
    // Literals the corpus holds under credential keys, checked against every file each import writes.
    const literals = ["sk-1234", "fake-key", "my-fake-key", "sk-uj6F", "sk-Imn", "eYVX71", "73g", "9kj", "your_password", "<my-openai-key>", "postgresql://user:password@localhost:5432/litellm"];
    for (const file of files) {
      const imported = importFiles([file], { cwd: path.resolve(CORPUS), namespace: "litellm", instance: "proxy" });
      const written = [...imported.files.values()].join("\n");
      for (const literal of literals) expect(written.includes(literal), `${file} writes ${literal}`).toBe(false);
    }
  });
});
