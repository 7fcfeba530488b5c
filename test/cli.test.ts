// The command line as a user and a CI job meet it: exit codes, the three formats, colour,
// --help/--version, and no stack trace on bad usage. Commands run in-process through
// main(argv, io) with string buffers; one real `node bin/litellm-gitops.js` proves the bin.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Io } from "../src/cli/io.js";
import { main } from "../src/cli/main.js";
import { useColor } from "../src/cli/format/color.js";
import { formatText } from "../src/cli/format/text.js";
import { validateInputs } from "../src/compiler/compile.js";
import { CODES, type Diagnostic } from "../src/compiler/diagnostics.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const INVALID = join(ROOT, "fixtures/invalid");
const VALID_CASE = join(INVALID, "namespace-default");
const WARNING_CASE = join(INVALID, "unknown-provider-prefix");
const ERROR_CASE = join(INVALID, "unknown-field");
const ANSI = /\u001b\[/;
const STACK = /\n\s+at .+:\d+:\d+/;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(argv: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; color?: boolean } = {}): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const io: Io = {
    cwd: options.cwd ?? ROOT,
    env: options.env ?? {},
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    color: options.color ?? false,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

const version = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;

describe("exit codes", () => {
  it("0 for a valid project, with 'valid' on stderr and nothing on stdout", async () => {
    const r = await run(["validate"], { cwd: VALID_CASE });
    expect(r).toEqual({ code: 0, stdout: "", stderr: "valid\n" });
  });

  it("0 when there are only warnings", async () => {
    const r = await run(["validate", WARNING_CASE]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("warning LG3002");
  });

  it("1 when the input has errors", async () => {
    const r = await run(["validate", ERROR_CASE]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("error LG2003");
  });

  it("1 for a path that does not exist (LG1008), not 2", async () => {
    const r = await run(["validate", "no/such/folder"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("LG1008");
  });

  it.each([
    [["valdiate"], /unknown command "valdiate"/],
    [["validate", "--bogus"], /--bogus/],
    [["validate", "--format", "xml"], /--format must be one of text, json, github/],
    [["validate", "--format"], /--format/],
    [["render", "--strict=yes"], /strict/],
  ])("2 for bad usage %j, with a message and no stack trace", async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr + r.stdout).not.toMatch(STACK);
    expect(r.stderr).not.toContain("internal error:");
  });

  it("2 with the usage when no command is given", async () => {
    const r = await run([]);
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).toContain("Usage: litellm-gitops");
  });

  it("2 for an internal failure, with a stack trace only under --debug", async () => {
    const failing = (debug: boolean) => {
      let stderr = "";
      const io: Io = {
        cwd: ERROR_CASE,
        env: {},
        stdout: {
          write: () => {
            throw new Error("stdout closed");
          },
        },
        stderr: { write: (s: string) => (stderr += s) },
        color: false,
      };
      return main(["validate", "--format", "json", ...(debug ? ["--debug"] : [])], io).then((code) => ({ code, stderr }));
    };
    const plain = await failing(false);
    expect(plain.code).toBe(2);
    expect(plain.stderr).toContain("internal error: stdout closed");
    expect(plain.stderr).not.toMatch(STACK);
    const debug = await failing(true);
    expect(debug.code).toBe(2);
    expect(debug.stderr).toMatch(STACK);
  });
});

describe("--help and --version", () => {
  it("--version prints the package version", async () => {
    const r = await run(["--version"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    // The version alone on the first line, for scripts; what the build targets below it.
    expect(r.stdout.split("\n")[0]).toBe(version);
  });

  it("--help lists the commands and exits 0", async () => {
    for (const flag of ["--help", "-h"]) {
      const r = await run([flag]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain("Usage: litellm-gitops <command>");
      expect(r.stdout).toMatch(/^\s+validate\s/m);
    }
  });

  it("validate --help shows the command's usage and exits 0 without reading anything", async () => {
    const r = await run(["validate", "--help"], { cwd: "/nonexistent" });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Usage: litellm-gitops validate [PATH...] [--format text|json|github] [--strict]");
  });
});

describe("--format json", () => {
  it("prints [] for a valid project", async () => {
    const r = await run(["validate", "--format", "json"], { cwd: VALID_CASE });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
    expect(r.stderr).toBe("");
  });

  it("prints one JSON array on stdout with the documented fields, and nothing on stderr", async () => {
    const paths = ["fixtures/invalid/literal-credentials", "fixtures/invalid/unknown-provider-prefix", "missing.yaml"];
    const r = await run(["validate", "--format", "json", ...paths]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    const diagnostics = JSON.parse(r.stdout) as Diagnostic[];
    expect(Array.isArray(diagnostics)).toBe(true);
    expect(diagnostics).toEqual(validateInputs(paths, { cwd: ROOT, exclude: [], strict: false }).diagnostics);
    expect(diagnostics.length).toBeGreaterThan(10);
    for (const d of diagnostics) {
      const keys = Object.keys(d).sort();
      expect(keys).toEqual(["code", "column", "file", "hint", "line", "message", "pointer", "severity"].filter((k) => k !== "hint" || "hint" in d));
      expect(Object.keys(CODES)).toContain(d.code);
      expect(["error", "warning"]).toContain(d.severity);
      expect(typeof d.file).toBe("string");
      expect(Number.isInteger(d.line) && Number.isInteger(d.column)).toBe(true);
      expect(typeof d.pointer).toBe("string");
      expect(typeof d.message).toBe("string");
    }
    expect(diagnostics.find((d) => d.code === "LG2003" || d.code === "LG3002")).toMatchObject({
      code: "LG3002",
      severity: "warning",
      file: "fixtures/invalid/unknown-provider-prefix/resources.yaml",
      line: 14,
      column: 12,
      pointer: "/spec/litellmParams/model",
    });
    expect(diagnostics.find((d) => d.code === "LG1008")).toMatchObject({ file: "missing.yaml", line: 0, column: 0 });
  });
});

describe("--format github", () => {
  it("prints one workflow command per diagnostic on stdout", async () => {
    const r = await run(["validate", "--format", "github", "fixtures/invalid/bad-cost", "fixtures/invalid/unknown-provider-prefix", "missing.yaml"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(5);
    expect(lines).toContain(
      "::error file=fixtures/invalid/bad-cost/model.yaml,line=8,col=24,title=LG3003 not a non-negative decimal::" +
        'inputCostPerToken must be a non-negative decimal number%0AWrite a plain decimal such as "0.000003" or "2.5" (quoted or not); no units, commas or signs.',
    );
    expect(lines.filter((l) => l.startsWith("::warning file=fixtures/invalid/unknown-provider-prefix/resources.yaml,line=14,col=12,"))).toHaveLength(1);
    // No position for a file that could not be found.
    expect(lines.find((l) => l.includes("LG1008"))).toMatch(/^::error file=missing\.yaml,title=LG1008 no input files::/);
    for (const line of lines) expect(line).toMatch(/^::(error|warning) file=[^,:]+(,line=\d+,col=\d+)?,title=LG\d{4} [^:]+::\S/);
  });

  it("escapes what would end or split an annotation", async () => {
    const dir = mkdtempSync(join(tmpdir(), "lg-cli-"));
    try {
      writeFileSync(join(dir, "a,b: c.yaml"), "apiVersion: litellm.litellm.ai/v1alpha1\nkind: Modle\n");
      const r = await run(["validate", "--format", "github"], { cwd: dir });
      expect(r.stdout).toContain("::error file=a%2Cb%3A c.yaml,line=2,col=7,title=LG1009 unknown kind in a litellm API group::");
      expect(r.stdout.trimEnd().split("\n")).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("--format text", () => {
  it("prints a code frame with a caret under the column, the hint and a summary, on stderr", async () => {
    const r = await run(["validate", ERROR_CASE], { cwd: ERROR_CASE });
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      [
        'model.yaml:8:5 error LG2003 spec.litellmParams: unknown field "apiBaes"',
        "  7 |     model: azure/gpt-4o",
        "> 8 |     apiBaes: https://example.openai.azure.com",
        "    |     ^",
        "  9 |   connectionRef:",
        '  hint: Did you mean "apiBase"?',
        "",
        "1 error, 0 warnings",
        "",
      ].join("\n"),
    );
  });

  it("is the default format", async () => {
    expect(await run(["validate", ERROR_CASE], { cwd: ERROR_CASE })).toEqual(await run(["validate", "--format", "text", ERROR_CASE], { cwd: ERROR_CASE }));
  });

  it("has no colour unless asked for, and colour when the io says so", async () => {
    const plain = await run(["validate", ERROR_CASE]);
    expect(plain.stderr).not.toMatch(ANSI);
    const coloured = await run(["validate", ERROR_CASE], { color: true });
    expect(coloured.stderr).toMatch(ANSI);
    expect(coloured.stderr.replace(/\u001b\[\d+m/g, "")).toBe(plain.stderr);
  });

  it("uses colour only on a TTY and never with NO_COLOR", () => {
    const tty = { isTTY: true } as NodeJS.WriteStream;
    const pipe = { isTTY: false } as NodeJS.WriteStream;
    expect(useColor(tty, {})).toBe(true);
    expect(useColor(pipe, {})).toBe(false);
    expect(useColor(tty, { NO_COLOR: "1" })).toBe(false);
    expect(useColor(pipe, { NO_COLOR: "1" })).toBe(false);
    expect(useColor(tty, { NO_COLOR: "" })).toBe(true); // no-color.org: set and not empty
  });

  it("keeps a frame readable on a huge line: a window around the column", () => {
    const line = "a".repeat(4000) + "X" + "b".repeat(4000);
    const text = formatText(
      [{ code: "LG1007", severity: "error", file: "f.yaml", line: 1, column: 4001, pointer: "", message: "deep" }],
      { color: false, sources: new Map([["f.yaml", line]]) },
    );
    const [, frame, caret] = text.split("\n");
    expect(frame!.length).toBeLessThan(200);
    expect(frame).toMatch(/^> 1 \| …a+Xb+…$/);
    expect(frame![caret!.indexOf("^")]).toBe("X");
  });
});

describe("the installed bin", () => {
  const bin = join(ROOT, "bin/litellm-gitops.js");
  const dist = join(ROOT, "dist/cli/main.js");

  it("runs with node, exits 1 on errors, prints text diagnostics without colour to a pipe", () => {
    expect(existsSync(dist), "dist/ is missing: run `npm run build` first").toBe(true);
    const env = { ...process.env };
    delete env.NO_COLOR;
    delete env.FORCE_COLOR;
    const r = spawnSync(process.execPath, [bin, "validate", "fixtures/invalid/unknown-field"], { cwd: ROOT, env, encoding: "utf8", timeout: 20_000 });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain('fixtures/invalid/unknown-field/model.yaml:8:5 error LG2003 spec.litellmParams: unknown field "apiBaes"');
    expect(r.stderr).toContain("> 8 |");
    expect(r.stderr).not.toMatch(ANSI);
    expect(r.stderr).not.toMatch(STACK);
  });
});
