// Bad input never ends in a stack trace or exit 2. Each case gives a diagnostic (exit 1) or,
// when the content is not ours, nothing (exit 0), in bounded time: the per-test timeout is the
// bound. Every case runs through the CLI in-process, in the json format (to read the
// diagnostics) and in the text format (whose code frame and masking must survive the same
// input). Big and deep files are generated at test time into the OS temp folder.
import { spawnSync } from "node:child_process";
import { chmodSync, closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, rmSync, symlinkSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Io } from "../src/cli/io.js";
import { main } from "../src/cli/main.js";
import type { Diagnostic } from "../src/compiler/diagnostics.js";

// A quadratic step on 100,000 keys takes many minutes; linear work takes 1–3 s alone and up
// to 30 s on a busy 2-core machine. The bound tells the two apart without timing the suite.
const BOUND = 90_000;
const STACK = /\n\s+at .+:\d+:\d+/;
const HEAD = "apiVersion: litellm.litellm.ai/v1alpha1\nkind: Model\n";

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) {
    try {
      chmodSync(dir, 0o755);
    } catch {
      // already gone
    }
    rmSync(dir, { recursive: true, force: true });
  }
});

/** A fresh project folder with the given files (text or bytes). */
function project(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "lg-robust-"));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

interface Checked {
  code: number;
  diagnostics: Diagnostic[];
  text: string;
}

/** `validate` in json and in text format; both must agree on the exit code and stay clean. */
/** What a folder with nothing of ours gives: the LG1020 warning alone. */
const NOTHING_OF_OURS = [{ code: "LG1020", severity: "warning", line: 0 }];

async function validate(dir: string, paths: string[] = []): Promise<Checked> {
  const runOnce = async (format: string) => {
    let stdout = "";
    let stderr = "";
    const io: Io = { cwd: dir, env: {}, stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, color: false };
    const code = await main(["validate", "--format", format, ...paths], io);
    expect(stdout + stderr).not.toMatch(STACK);
    expect(stderr).not.toContain("internal error");
    expect([0, 1]).toContain(code);
    return { code, stdout, stderr };
  };
  const json = await runOnce("json");
  const text = await runOnce("text");
  expect(text.code).toBe(json.code);
  return { code: json.code, diagnostics: JSON.parse(json.stdout) as Diagnostic[], text: text.stderr };
}

const where = (d: Diagnostic) => `${d.file}:${d.line}:${d.column} ${d.code}`;

describe("files that cannot be read", () => {
  it("a broken symbolic link: LG1001, found in a folder or given by name", { timeout: BOUND }, async () => {
    const dir = project({ "ok.yaml": "kind: ConfigMap\n" });
    symlinkSync(join(dir, "does-not-exist.yaml"), join(dir, "broken.yaml"));
    const found = await validate(dir);
    expect(found.code).toBe(1);
    expect(found.diagnostics.map(where)).toEqual(["broken.yaml:0:0 LG1001"]);
    expect(found.diagnostics[0]!.message).toContain("broken symbolic link");
    const named = await validate(dir, ["broken.yaml"]);
    expect(named.diagnostics.map(where)).toEqual(["broken.yaml:0:0 LG1001"]);
  });

  it("a file without read permission: LG1001", { timeout: BOUND }, async (context) => {
    // root reads anything: the case cannot be built there (the CI container runs as root).
    if (process.getuid?.() === 0) context.skip();
    const dir = project({ "secret.yaml": HEAD });
    chmodSync(join(dir, "secret.yaml"), 0o000);
    const r = await validate(dir);
    expect(r.code).toBe(1);
    expect(r.diagnostics.map(where)).toEqual(["secret.yaml:0:0 LG1001"]);
  });

  it("a folder named x.yaml is no file: skipped, exit 0", { timeout: BOUND }, async () => {
    const dir = project({ "x.yaml/readme.txt": "litellm" });
    expect(await validate(dir)).toMatchObject({ code: 0, diagnostics: NOTHING_OF_OURS });
    expect(await validate(dir, ["x.yaml"])).toMatchObject({ code: 0, diagnostics: NOTHING_OF_OURS });
  });

  it("a link to a file is read once, under the file's own name", { timeout: BOUND }, async () => {
    const dir = project({ "real/model.yaml": `${HEAD}metadata:\n  name: Bad\n` });
    symlinkSync(join(dir, "real/model.yaml"), join(dir, "linked.yaml"));
    symlinkSync(join(dir, "real"), join(dir, "linked-folder.yaml"));
    const r = await validate(dir);
    expect(r.diagnostics.map(where)).toEqual(["real/model.yaml:1:1 LG2001"]);
    // Only through the link: read under the link's name.
    const linkOnly = await validate(dir, ["linked.yaml"]);
    expect(linkOnly.diagnostics.map(where)).toEqual(["linked.yaml:1:1 LG2001"]);
  });

  it("a FIFO named pipe.yaml is never opened (reading it would block forever), and is reported", { timeout: BOUND }, async (context) => {
    const dir = project({});
    if (spawnSync("mkfifo", [join(dir, "pipe.yaml")]).status !== 0) context.skip();
    // Found in a folder it is not skipped silently either (issue 12): LG1001, without opening it.
    const found = await validate(dir);
    expect(found.code).toBe(1);
    expect(found.diagnostics.map(where)).toEqual(["pipe.yaml:0:0 LG1001"]);
    const named = await validate(dir, ["pipe.yaml"]);
    expect(named.code).toBe(1);
    expect(named.diagnostics.map(where)).toEqual(["pipe.yaml:0:0 LG1001"]);
  });
});

describe("bytes that are not UTF-8", () => {
  it("invalid UTF-8 in a file of ours: LG1002 at the first bad byte", { timeout: BOUND }, async () => {
    const dir = project({ "model.yaml": Buffer.concat([Buffer.from(`${HEAD}metadata:\n  name: caf`), Buffer.from([0xe9]), Buffer.from("\n")]) });
    const r = await validate(dir);
    expect(r.code).toBe(1);
    expect(r.diagnostics.map(where)).toEqual(["model.yaml:4:12 LG1002"]);
  });

  it("UTF-16 with a byte order mark: LG1002 that says so", { timeout: BOUND }, async () => {
    const text = `${HEAD}metadata:\n  name: a\n`;
    const dir = project({ "model.yaml": Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]) });
    const r = await validate(dir);
    expect(r.diagnostics.map(where)).toEqual(["model.yaml:1:1 LG1002"]);
    expect(r.diagnostics[0]!.message).toContain("UTF-16LE");
  });

  it("binary or Latin-1 content that is not ours: skipped silently", { timeout: BOUND }, async () => {
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
    const dir = project({ "image.yaml": bytes, "latin1.yml": Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0xe9, 0x0a]) });
    expect(await validate(dir)).toMatchObject({ code: 0, diagnostics: NOTHING_OF_OURS });
  });
});

describe("YAML that is broken or hostile", () => {
  it("a syntax error: LG1003 where it is, and the other files are still checked", { timeout: BOUND }, async () => {
    const dir = project({
      "a.yaml": `${HEAD}metadata:\n  name: [unclosed\nspec: {}\n`,
      "b.yaml": `${HEAD}metadata:\n  name: ok\n  bogus: 1\n`,
    });
    const r = await validate(dir);
    expect(r.code).toBe(1);
    expect(r.diagnostics.some((d) => d.file === "a.yaml" && d.code === "LG1003")).toBe(true);
    expect(r.diagnostics.some((d) => d.file === "b.yaml" && d.code === "LG2001")).toBe(true);
  });

  it("a billion-laughs alias bomb: LG1005 at the alias that passes the limit", { timeout: BOUND }, async () => {
    const levels = ["a", "b", "c", "d", "e", "f", "g", "h", "i"];
    let bomb = `a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n`;
    for (let i = 1; i < levels.length; i++) {
      const prev = levels[i - 1];
      bomb += `${levels[i]}: &${levels[i]} [${Array(9).fill(`*${prev}`).join(",")}]\n`;
    }
    const dir = project({ "bomb.yaml": `${HEAD}metadata: {name: lol}\nspec:\n  litellmParams:\n    model: openai/gpt-4o\n    additionalProp1:\n${bomb.replace(/^/gm, "      ")}` });
    const r = await validate(dir);
    expect(r.code).toBe(1);
    expect(r.diagnostics.map(where)).toEqual(["bomb.yaml:11:14 LG1005"]);
  });

  it("an alias to no anchor: LG1003 at the alias", { timeout: BOUND }, async () => {
    const dir = project({ "model.yaml": `${HEAD}metadata:\n  name: *nowhere\n` });
    expect((await validate(dir)).diagnostics.map(where)).toEqual(["model.yaml:4:9 LG1003"]);
  });

  it("a mapping of 100,000 keys, one of them twice: LG1004 in linear time", { timeout: BOUND }, async () => {
    const keys = Array.from({ length: 100_000 }, (_, i) => `    k${i}: v\n`).join("");
    const dir = project({ "wide.yaml": `${HEAD}spec:\n  litellmParams:\n    model: openai/gpt-4o\n${keys}    k7: again\n` });
    const r = await validate(dir);
    expect(r.diagnostics.map(where)).toEqual([`wide.yaml:${100_006}:5 LG1004`]);
    expect(r.diagnostics[0]!.message).toContain('"k7"; the first is on line 13');
  });

  it("100,000 unknown fields: the first 100 and a count, not 100,000 diagnostics", { timeout: BOUND }, async () => {
    const keys = Array.from({ length: 100_000 }, (_, i) => `    bogus${i}: 1\n`).join("");
    const dir = project({
      "wide.yaml": `${HEAD}metadata: {name: wide}\nspec:\n  modelSecretRef: {}\n  connectionRef: {secretRef: {secretName: x}}\n  litellmParams:\n    model: openai/gpt-4o\n${keys}`,
    });
    const r = await validate(dir);
    expect(r.code).toBe(1);
    expect(r.diagnostics).toHaveLength(101);
    expect(r.diagnostics.filter((d) => d.code === "LG2003")).toHaveLength(100);
    expect(r.diagnostics.find((d) => d.code === "LG2005")!.message).toBe("99900 more schema problems in this document are not shown");
  });
});

describe("files that are too large", () => {
  /** A file of about `megabytes` MB, written in chunks (never held in memory whole). */
  function bigFile(path: string, head: string, megabytes: number): void {
    const fd = openSync(path, "w");
    try {
      writeSync(fd, head);
      const chunk = "# padding padding padding padding padding padding padding padding padding padding\n".repeat(12_000);
      for (let written = 0; written < megabytes * 1024 * 1024; written += chunk.length) writeSync(fd, chunk);
    } finally {
      closeSync(fd);
    }
  }

  it("50 MB that mentions litellm: LG1006, without reading it whole", { timeout: BOUND }, async () => {
    const dir = project({});
    bigFile(join(dir, "huge.yaml"), HEAD, 50);
    const r = await validate(dir);
    expect(r.code).toBe(1);
    expect(r.diagnostics.map(where)).toEqual(["huge.yaml:1:1 LG1006"]);
    expect(r.diagnostics[0]!.message).toMatch(/^file is 50\.\d MiB; the limit is 8 MiB$/);
  });

  it("50 MB that does not: skipped silently, exit 0", { timeout: BOUND }, async () => {
    const dir = project({});
    bigFile(join(dir, "data.yaml"), "apiVersion: v1\nkind: ConfigMap\n", 50);
    expect(await validate(dir)).toMatchObject({ code: 0, diagnostics: NOTHING_OF_OURS });
  });

  it("the mention may come anywhere in the file, even across a chunk boundary", { timeout: BOUND }, async () => {
    const dir = project({});
    const path = join(dir, "late.yaml");
    bigFile(path, "apiVersion: v1\n", 9);
    const fd = openSync(path, "a");
    writeSync(fd, "kind: LiteLLMInstance # litellm\n");
    closeSync(fd);
    expect((await validate(dir)).diagnostics.map(where)).toEqual(["late.yaml:1:1 LG1006"]);
  });
});

describe("documents that are not resources", () => {
  it.each([
    ["an empty file", ""],
    ["only a comment", "# litellm resources go here\n"],
    ["only document markers", "---\n---\n# litellm\n...\n"],
    ["a list", "- apiVersion: litellm.litellm.ai/v1alpha1\n- kind: Model\n"],
    ["a scalar", "litellm.litellm.ai/v1alpha1\n"],
    ["null", "~ # litellm\n"],
    ["20,000 empty documents", "# litellm\n" + "---\n".repeat(20_000)],
  ])("%s: nothing to report but that nothing of ours was found, exit 0", { timeout: BOUND }, async (_name, text) => {
    const dir = project({ "input.yaml": text });
    expect(await validate(dir)).toMatchObject({ code: 0, diagnostics: NOTHING_OF_OURS });
  });
});

describe("nesting", () => {
  const cases: Array<[string, string]> = [
    ["20,000 nested flow sequences [[[…]]]", `${HEAD}spec: ${"[".repeat(20_000)}${"]".repeat(20_000)}\n`],
    ["20,000 nested flow mappings {a: {a: …}}", `${HEAD}spec: ${"{a: ".repeat(20_000)}1${"}".repeat(20_000)}\n`],
    ["20,000 nested block sequences - - - …", `${HEAD}spec:\n  x:\n    ${"- ".repeat(20_000)}leaf\n`],
    // Block mappings indent one more space per level: 4,000 levels is as deep as 8 MiB allows.
    ["4,000 nested block mappings", `${HEAD}spec:\n${Array.from({ length: 4_000 }, (_, i) => `${" ".repeat(i + 1)}a:\n`).join("")}`],
    ["65 nested block mappings (just over the limit)", `${HEAD}spec:\n${Array.from({ length: 65 }, (_, i) => `${" ".repeat(i + 1)}a:\n`).join("")}`],
  ];

  it.each(cases)("%s: LG1007", { timeout: BOUND }, async (_name, text) => {
    const dir = project({ "deep.yaml": text });
    const r = await validate(dir);
    expect(r.code).toBe(1);
    expect(r.diagnostics.map((d) => d.code)).toEqual(["LG1007"]);
    expect(r.diagnostics[0]!.line).toBeGreaterThanOrEqual(3);
    // The frame of a 40,000-character line is cut to a window around the column.
    for (const line of r.text.split("\n")) expect(line.length).toBeLessThan(400);
  });

  it("64 levels are allowed", { timeout: BOUND }, async () => {
    const dir = project({ "ok.yaml": `${HEAD}spec:\n${Array.from({ length: 62 }, (_, i) => `${" ".repeat(i + 1)}a:\n`).join("")}` });
    expect((await validate(dir)).diagnostics.map((d) => d.code)).not.toContain("LG1007");
  });
});

describe("positions survive BOM, CRLF and tabs", () => {
  const model = (name: string) =>
    `apiVersion: litellm.litellm.ai/v1alpha1\nkind: Model\nmetadata:\n  name: ${name}\nspec:\n  litellmParams:\n    model: openai/gpt-4o\n    tpm: "lots"\n  connectionRef: {secretRef: {secretName: x}}\n  modelSecretRef: {}\n`;
  it("plain LF: the reference", { timeout: BOUND }, async () => {
    expect((await validate(project({ "model.yaml": model("ok") }))).diagnostics.map(where)).toEqual(["model.yaml:8:10 LG2002"]);
  });

  it("a UTF-8 byte order mark does not shift line 1", { timeout: BOUND }, async () => {
    const dir = project({ "model.yaml": "\uFEFFkind: Modle\napiVersion: litellm.litellm.ai/v1alpha1\n" });
    expect((await validate(dir)).diagnostics.map(where)).toEqual(["model.yaml:1:7 LG1009"]);
  });

  it("CRLF line endings give the same positions, and a frame without \\r", { timeout: BOUND }, async () => {
    const dir = project({ "model.yaml": model("ok").replace(/\n/g, "\r\n") });
    const r = await validate(dir);
    expect(r.diagnostics.map(where)).toEqual(["model.yaml:8:10 LG2002"]);
    expect(r.text).toContain('> 8 |     tpm: "lots"\n');
    expect(r.text).not.toContain("\r");
  });

  it("a tab counts as one column; tab indentation is a syntax error at its line", { timeout: BOUND }, async () => {
    const inValue = project({ "model.yaml": model("ok").replace('tpm: "lots"', 'tpm:\t"lots"') });
    expect((await validate(inValue)).diagnostics.map(where)).toEqual(["model.yaml:8:10 LG2002"]);
    const asIndent = project({ "model.yaml": `${HEAD}metadata:\n\tname: x\n` });
    const r = await validate(asIndent);
    expect(r.diagnostics.map((d) => `${d.line} ${d.code}`)).toContain("4 LG1003");
  });

  it("non-ASCII characters before the column count once each", { timeout: BOUND }, async () => {
    const dir = project({ "model.yaml": `${HEAD}metadata:\n  name: ok\n  labels: {team: "équipe"}\nspec:\n  litellmParams: {model: "café/x", tpm: "lots"}\n` });
    const r = await validate(dir);
    expect(r.diagnostics.map(where)).toContain("model.yaml:7:41 LG2002");
  });
});

it("bad input of every kind at once: every file reported, exit 1, within the bound", { timeout: BOUND }, async () => {
  const dir = project({
    "a-syntax.yaml": `${HEAD}metadata: [\n`,
    "b-utf8.yaml": Buffer.concat([Buffer.from(HEAD), Buffer.from([0xc3, 0x28])]),
    "c-deep.yaml": `${HEAD}spec: ${"[".repeat(5_000)}${"]".repeat(5_000)}\n`,
    "d-list.yaml": "- litellm\n",
    "e-empty.yaml": "",
    "f-unknown-kind.yaml": "apiVersion: litellm.litellm.ai/v1alpha1\nkind: Modle\n",
  });
  const r = await validate(dir);
  expect(r.code).toBe(1);
  expect([...new Set(r.diagnostics.map((d) => d.file))]).toEqual(["a-syntax.yaml", "b-utf8.yaml", "c-deep.yaml", "f-unknown-kind.yaml"]);
  expect(readdirSync(dir)).toHaveLength(6);
});
