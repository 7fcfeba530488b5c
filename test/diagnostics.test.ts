// One invalid-input project per rule under fixtures/invalid/<case>/, each with an
// expected.json listing EVERY diagnostic the case must produce: code, severity, file (relative
// to the case folder), 1-based line and column, and optionally text the message or hint must
// contain. The expectations were checked by hand against the files, not copied from the tool.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { main } from "../src/cli/main.js";
import type { Io } from "../src/cli/io.js";
import { formatText } from "../src/cli/format/text.js";
import { compileInputs, validateInputs } from "../src/compiler/compile.js";
import { RANGE_EXCEPTIONS, STAGE_RANGES, fill } from "../src/compiler/catalogue.js";
import { CODES, diagnose, type Diagnostic, type DiagnosticCode } from "../src/compiler/diagnostics.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CASES_DIR = join(ROOT, "fixtures/invalid");
const DOC = join(ROOT, "docs/diagnostics.md");

interface Expected {
  code: string;
  severity?: "error" | "warning";
  file: string;
  line: number;
  column: number;
  messageIncludes?: string;
  hintIncludes?: string;
}

const cases = readdirSync(CASES_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

function expectedOf(name: string): Expected[] {
  return JSON.parse(readFileSync(join(CASES_DIR, name, "expected.json"), "utf8")) as Expected[];
}

/** Codes that only the resolver (compileInputs) or later stages report; everything else comes from validation. */
function compileStage(code: string): boolean {
  return ["resolve", "render", "write"].includes(CODES[code as DiagnosticCode].stage);
}

const key = (d: { code: string; file: string; line: number; column: number }) => `${d.file}:${d.line}:${d.column} ${d.code}`;

function options(dir: string, strict = false) {
  return { cwd: dir, exclude: [], strict };
}

describe("fixtures/invalid", () => {
  it("has the cases the rules need", () => {
    expect(cases.length).toBeGreaterThanOrEqual(35);
    for (const name of cases) expect(readdirSync(join(CASES_DIR, name))).toContain("expected.json");
  });

  describe.each(cases)("%s", (name) => {
    const dir = join(CASES_DIR, name);
    const expected = expectedOf(name);

    it("compiles to exactly the expected diagnostics, at the expected places", () => {
      const outcome = compileInputs([dir], options(dir));
      const actual = outcome.diagnostics;
      expect(actual.map(key).sort()).toEqual(expected.map(key).sort());
      for (const want of expected) {
        const got = actual.find((d) => key(d) === key(want))!;
        expect(got.severity, key(want)).toBe(want.severity ?? CODES[got.code].severity);
        if (want.messageIncludes) expect(got.message, key(want)).toContain(want.messageIncludes);
        if (want.hintIncludes) expect(got.hint ?? "", key(want)).toContain(want.hintIncludes);
      }
      // An input without errors compiles; one with errors does not.
      expect(outcome.result === undefined).toBe(expected.some((e) => (e.severity ?? CODES[e.code as keyof typeof CODES].severity) === "error"));
    });

    it("validates to the validation-stage part of the expectation", () => {
      const actual = validateInputs([dir], options(dir)).diagnostics;
      expect(actual.map(key).sort()).toEqual(expected.filter((e) => !compileStage(e.code)).map(key).sort());
    });

    it("gives well-formed diagnostics", () => {
      for (const d of compileInputs([dir], options(dir)).diagnostics) {
        expect(Object.keys(CODES)).toContain(d.code);
        expect(d.severity).toBe(CODES[d.code].severity);
        expect(d.file).not.toMatch(/^\/|\\/);
        expect(d.line).toBeGreaterThanOrEqual(1);
        expect(d.column).toBeGreaterThanOrEqual(1);
        expect(typeof d.pointer).toBe("string");
        expect(d.message.length).toBeGreaterThan(0);
        expect(d.message).not.toContain("\n");
      }
    });
  });

  it("reports paths relative to the working folder, the same places from anywhere", () => {
    const dir = join(CASES_DIR, "duplicate-resource");
    const fromRoot = compileInputs(["fixtures/invalid/duplicate-resource"], options(ROOT)).diagnostics;
    const fromCase = compileInputs([], options(dir)).diagnostics;
    expect(fromRoot.map(key)).toEqual(fromCase.map((d) => key({ ...d, file: `fixtures/invalid/duplicate-resource/${d.file}` })));
    expect(fromRoot[0]!.message).toContain("fixtures/invalid/duplicate-resource/a-instance.yaml:12");
  });

  it("covers every code, except those only a file system or the output stage can trigger", () => {
    const covered = new Set(cases.flatMap((name) => expectedOf(name).map((e) => e.code)));
    // LG1001 (unreadable), LG1006 (too large), LG1008 (missing path), LG1020 (nothing of ours,
    // which a fixture folder with expected.json cannot be): test/robustness.test.ts,
    // test/loader-hostile.test.ts and test/cli.test.ts build them at test time. LG5xxx (output) and LG6xxx (import): their own tests.
    const elsewhere = new Set(["LG1001", "LG1006", "LG1008", "LG1020"]);
    const missing = Object.keys(CODES).filter((code) => !covered.has(code) && !elsewhere.has(code) && !/^LG[56]/.test(code));
    expect(missing).toEqual([]);
  });
});

describe("the catalogue", () => {
  it("numbers every code in the range of the stage that raises it", () => {
    const misplaced = Object.entries(CODES).filter(([code, info]) => Number(code[2]) !== STAGE_RANGES[info.stage] && !RANGE_EXCEPTIONS.includes(code));
    expect(misplaced.map(([code, info]) => `${code} ${info.stage}`)).toEqual([]);
    // The exceptions are the old codes that keep their numbers, nothing else.
    for (const code of RANGE_EXCEPTIONS) expect(Number(code[2])).not.toBe(STAGE_RANGES[CODES[code as DiagnosticCode].stage]);
  });

  it("fills a template's message and hint from the call site's arguments", () => {
    const at = { file: "a.yaml", line: 0, column: 0, pointer: "" };
    expect(diagnose("LG1008", at, "missing", { given: "models/" })).toEqual({
      code: "LG1008",
      severity: "error",
      ...at,
      message: "no such file or folder: models/",
      hint: "Pass files, folders or glob patterns that exist; with no path the current folder is read.",
    });
    expect(diagnose("LG5002", at, "stale", { fix: "litellm-gitops build --out x" }).hint).toBe("Run `litellm-gitops build --out x` and commit the result.");
    // An argument is inserted as it is, never read as a template itself.
    expect(fill("key {key}", { key: "{key}" })).toBe("key {key}");
    expect(() => fill("key {key}", {})).toThrow("{key}");
    // Handlebars and YAML flow mappings in a hint are text, not placeholders.
    expect(fill("use {{key}} in {field}, or {name: {env}, key: <key>}", { field: "remotePropertyTemplate", env: "API_KEY" })).toBe(
      "use {{key}} in remotePropertyTemplate, or {name: API_KEY, key: <key>}",
    );
  });

  it("has, in every template, only placeholders the call sites fill", () => {
    for (const [code, info] of Object.entries(CODES)) {
      for (const [name, template] of Object.entries(info.messages as Record<string, { message: string; hint?: string }>)) {
        expect(template.message.length, `${code} ${name}`).toBeGreaterThan(0);
        // A placeholder is {name}, nothing else: a Handlebars {{name}}, a flow mapping ({name: …},
        // {}, { … }) is text. What looks like a placeholder with a slip of the pen is neither.
        for (const text of [template.message, template.hint ?? ""]) expect(text, `${code} ${name}`).not.toMatch(/\{\s+\w+\s*\}|\{\w+\s+\}/);
      }
    }
  });
});

describe("--strict", () => {
  const dir = join(CASES_DIR, "unknown-provider-prefix");

  it("turns every warning into an error, reported with severity error", () => {
    const lenient = compileInputs([dir], options(dir));
    expect(lenient.diagnostics.map((d) => d.severity)).toEqual(["warning"]);
    expect(lenient.result).toBeDefined();
    const strict = compileInputs([dir], options(dir, true));
    expect(strict.diagnostics.map((d) => [d.code, d.severity])).toEqual([["LG3002", "error"]]);
    expect(strict.result).toBeUndefined();
  });

  it("makes the CLI exit 1 instead of 0", async () => {
    const run = async (...args: string[]) => {
      let stdout = "";
      const io: Io = { cwd: dir, env: {}, stdout: { write: (s: string) => (stdout += s) }, stderr: { write: () => true }, color: false };
      const code = await main(["validate", "--format", "json", ...args], io);
      return { code, diagnostics: JSON.parse(stdout) as Diagnostic[] };
    };
    const lenient = await run();
    expect(lenient.code).toBe(0);
    expect(lenient.diagnostics.map((d) => d.severity)).toEqual(["warning"]);
    const strict = await run("--strict");
    expect(strict.code).toBe(1);
    expect(strict.diagnostics.map((d) => d.severity)).toEqual(["error"]);
  });
});

describe("docs/diagnostics.md", () => {
  const text = readFileSync(DOC, "utf8");
  const sections = new Map<string, string>();
  const headings = [...text.matchAll(/^### (LG\d{4})\b.*$/gm)];
  headings.forEach((match, i) => {
    const end = i + 1 < headings.length ? headings[i + 1]!.index : text.length;
    sections.set(match[1]!, text.slice(match.index, end));
  });

  it.each(Object.entries(CODES))("documents %s with its title, severity, an example and the fix", (code, info) => {
    const section = sections.get(code);
    expect(section, `no "### ${code}" section`).toBeDefined();
    expect(section!.split("\n")[0]).toContain(info.title);
    expect(section).toMatch(new RegExp(`\\*\\*Severity:\\*\\* ${info.severity}\\b`));
    // An example input (or command), and the diagnostic as printed.
    expect(section).toMatch(/```(yaml|sh|hcl)\n/);
    const printed = [...section!.matchAll(/```text\n([\s\S]*?)\n```/g)].map((m) => m[1]!);
    expect(printed.some((block) => block.includes(code)), "no printed example").toBe(true);
    // As printed: `file:line:col <severity> <code> message`; an internal failure (LG5001) prints its own line.
    if (code !== "LG5001") expect(printed.some((block) => block.includes(`${info.severity} ${code} `))).toBe(true);
    expect(section).toMatch(/\*\*Fix:\*\*/);
  });

  // Each complete example (marked `<!-- invalid: … -->`) is run under the file name its printed
  // diagnostic shows, and must print exactly that block.
  const examples = [...sections.entries()].filter(([, section]) => /<!-- invalid: [^>]*-->\n```yaml\n/.test(section));

  it("has a runnable example for every validation and compile code", () => {
    const runnable = new Set(examples.map(([code]) => code));
    expect(Object.keys(CODES).filter((code) => /^LG(100[3459]|[234]\d\d\d)$/.test(code) && !runnable.has(code))).toEqual([]);
  });

  it.each(examples)("%s: the example prints exactly the block shown", (code, section) => {
    const yaml = /<!-- invalid: [^>]*-->\n```yaml\n([\s\S]*?)\n```/.exec(section)![1]!;
    const printed = /```text\n([\s\S]*?)\n```/.exec(section)![1]!;
    const header = new RegExp(`^(\\S+):(\\d+):(\\d+) (error|warning) ${code} `).exec(printed);
    expect(header, "the printed block starts with file:line:col severity code").not.toBeNull();
    const dir = mkdtempSync(join(tmpdir(), "lg-doc-"));
    try {
      writeFileSync(join(dir, header![1]!), yaml + "\n");
      const outcome = compileInputs([], options(dir));
      const d = outcome.diagnostics.find((x) => x.code === code && x.line === Number(header![2]) && x.column === Number(header![3]));
      expect(d, `${code} at ${header![2]}:${header![3]}; got ${outcome.diagnostics.map(key).join(", ")}`).toBeDefined();
      const text = formatText([d!], { color: false, sources: outcome.sources });
      expect(text.replace(/\n\d+ errors?, \d+ warnings?\n$/, "").trimEnd()).toBe(printed);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("documents no code that does not exist", () => {
    const mentioned = new Set([...text.matchAll(/\bLG\d{4}\b/g)].map((m) => m[0]));
    expect([...mentioned].filter((code) => !(code in CODES))).toEqual([]);
    expect([...sections.keys()].filter((code) => !(code in CODES))).toEqual([]);
  });
});
