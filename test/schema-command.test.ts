// `litellm-gitops schema`: what editors get is exactly schemas/, and every property in it says
// what it is for (editors show descriptions as hover text).
import { cli as runCli } from "./support/cli.js";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { SCHEMA_FILES } from "../src/cli/commands/schema.js";

const SCHEMAS = fileURLToPath(new URL("../schemas/", import.meta.url));
const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function run(argv: string[], cwd: string) {
  return runCli(cwd, argv);
}

type Schema = Record<string, unknown>;

/**
 * Every property schema, with its path, reached through properties, items, anyOf/oneOf/allOf
 * branches, additionalProperties and patternProperties: wherever a YAML key can be typed.
 */
function properties(schema: unknown, at = ""): Array<{ path: string; schema: Schema }> {
  if (typeof schema !== "object" || schema === null) return [];
  const s = schema as Schema;
  const out: Array<{ path: string; schema: Schema }> = [];
  for (const [name, sub] of Object.entries((s.properties as Record<string, unknown> | undefined) ?? {})) {
    // `{x: true}` in an anyOf branch only lets `required: [x]` name a property defined (and described) beside it.
    if (sub === true) continue;
    out.push({ path: `${at}/${name}`, schema: sub as Schema }, ...properties(sub, `${at}/${name}`));
  }
  for (const [name, sub] of Object.entries((s.patternProperties as Record<string, unknown> | undefined) ?? {})) {
    out.push(...properties(sub, `${at}/{${name}}`));
  }
  if (s.items) out.push(...(Array.isArray(s.items) ? s.items.flatMap((i, n) => properties(i, `${at}[${n}]`)) : properties(s.items, `${at}[]`)));
  if (typeof s.additionalProperties === "object") out.push(...properties(s.additionalProperties, `${at}/*`));
  for (const key of ["anyOf", "oneOf", "allOf"]) {
    const branches = s[key];
    if (Array.isArray(branches)) branches.forEach((b, n) => out.push(...properties(b, `${at}(${key}[${n}])`)));
  }
  return out;
}

describe("litellm-gitops schema", () => {
  it("has one file per input kind, named as in schemas/", () => {
    const inFolder = readdirSync(SCHEMAS).filter((f) => f.endsWith(".schema.json")).sort();
    expect(Object.values(SCHEMA_FILES).sort()).toEqual(inFolder);
  });

  it("--out DIR writes byte-identical copies of schemas/", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "lg-schema-"));
    made.push(dir);
    const r = await run(["schema", "--out", "editor/schemas"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    const written = readdirSync(path.join(dir, "editor/schemas")).sort();
    expect(written).toEqual(Object.values(SCHEMA_FILES).sort());
    for (const file of written) {
      expect(readFileSync(path.join(dir, "editor/schemas", file), "utf8")).toBe(readFileSync(path.join(SCHEMAS, file), "utf8"));
    }
    // Idempotent: a second run overwrites with the same bytes.
    expect((await run(["schema", "--out", "editor/schemas"], dir)).code).toBe(0);
  });

  it("without --out prints {kind: schema} as one JSON object", async () => {
    const r = await run(["schema"], process.cwd());
    expect(r.code).toBe(0);
    const all = JSON.parse(r.stdout) as Record<string, Schema>;
    expect(Object.keys(all).sort()).toEqual([
      "Callback",
      "CompilerConfig",
      "Guardrail",
      "LiteLLMInstance",
      "MCPServer",
      "Model",
      "Team",
      "TeamMemberAssociation",
      "User",
      "VirtualKey",
    ]);
    for (const [kind, file] of Object.entries(SCHEMA_FILES)) {
      expect(all[kind]).toEqual(JSON.parse(readFileSync(path.join(SCHEMAS, file), "utf8")));
      expect(all[kind]!.$id).toMatch(/^https:\/\/litellm-gitops\.dev\/schemas\/v1alpha1\//);
    }
  });

  it("rejects a stray argument with exit 2", async () => {
    const r = await run(["schema", "somewhere"], process.cwd());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--out somewhere");
  });

  it.each(Object.values(SCHEMA_FILES))("every property of %s has a description", (file) => {
    const schema = JSON.parse(readFileSync(path.join(SCHEMAS, file), "utf8")) as Schema;
    const all = properties(schema);
    expect(all.length).toBeGreaterThan(10);
    const missing = all.filter(({ schema: s }) => typeof s.description !== "string" || s.description.trim() === "").map((p) => p.path);
    expect(missing).toEqual([]);
  });
});
