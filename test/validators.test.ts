// The ajv validators generated at build time (src/compiler/generated/validators.ts, by
// scripts/gen-validators.mjs): up to date with schemas/, and reporting exactly what ajv
// compiling the same schemas at run time reports, error for error, including the `schema`,
// `parentSchema` and `data` of verbose mode that the diagnostics quote.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Ajv, ErrorObject, ValidateFunction } from "ajv";
import { parseAllDocuments } from "yaml";
import { describe, expect, it } from "vitest";
import * as generated from "../src/compiler/generated/validators.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const KINDS = ["LiteLLMInstance", "Model", "CompilerConfig"] as const;
type Kind = (typeof KINDS)[number];

interface GenValidatorsModule {
  OUT: string;
  generate(options?: { root?: string }): Promise<Record<string, string>>;
  makeAjv(options?: { root?: string; source?: boolean }): Ajv;
}

async function script(): Promise<GenValidatorsModule> {
  // A computed specifier: the generator is plain .mjs without declarations.
  return (await import(pathToFileURL(join(ROOT, "scripts", "gen-validators.mjs")).href)) as GenValidatorsModule;
}

type Validate = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
const GENERATED = generated as unknown as Record<Kind, Validate>;

/** Every YAML document of the fixtures and examples that has a kind of ours, or looks like one. */
function corpus(): unknown[] {
  const docs: unknown[] = [];
  for (const top of ["fixtures", "examples"]) {
    for (const entry of readdirSync(join(ROOT, top), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !/\.ya?ml$/.test(entry.name)) continue;
      let text: string;
      try {
        text = new TextDecoder("utf-8", { fatal: true }).decode(readFileSync(join(entry.parentPath, entry.name)));
      } catch {
        continue;
      }
      if (text.length > 1_000_000) continue;
      for (const doc of parseAllDocuments(text, { uniqueKeys: false, logLevel: "silent" })) {
        if (doc.errors.length > 0) continue;
        try {
          const value = doc.toJS({ maxAliasCount: 100 }) as unknown;
          // An alias to an enclosing node makes a cycle: compared errors are printed as JSON.
          if (value && typeof value === "object" && isAcyclic(value)) docs.push(value);
        } catch {
          // alias bombs and the like: not what this test is about
        }
      }
    }
  }
  return docs;
}

function isAcyclic(value: unknown): boolean {
  try {
    JSON.stringify(value);
    return true;
  } catch {
    return false;
  }
}

/** Variants of a document that break it: each field dropped, each scalar retyped, each mapping emptied. */
function mutations(value: unknown): unknown[] {
  const out: unknown[] = [];
  const walk = (node: unknown, rebuild: (replacement: unknown) => unknown, depth: number) => {
    if (depth > 6 || out.length > 80) return;
    if (Array.isArray(node)) {
      node.forEach((item, i) => walk(item, (r) => rebuild(node.map((x, j) => (j === i ? r : x))), depth + 1));
      out.push(rebuild({ not: "a list" }));
    } else if (node && typeof node === "object") {
      const record = node as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        const { [key]: _dropped, ...rest } = record;
        out.push(rebuild(rest));
        walk(record[key], (r) => rebuild({ ...record, [key]: r }), depth + 1);
      }
      out.push(rebuild({ ...record, unexpectedFieldX: 1 }));
      out.push(rebuild([]));
    } else {
      out.push(rebuild(typeof node === "string" ? 42 : "a string"));
      out.push(rebuild(null));
      if (typeof node === "number") out.push(rebuild(-1));
    }
  };
  walk(value, (r) => r, 0);
  return out;
}

const schemaTexts = new WeakMap<object, string>();

/** A schema object as text, computed once per object: errors share a few large ones. */
function schemaText(schema: unknown): string {
  if (!schema || typeof schema !== "object") return JSON.stringify(schema);
  let text = schemaTexts.get(schema);
  if (text === undefined) schemaTexts.set(schema, (text = JSON.stringify(schema)));
  return text;
}

/** Everything an error carries, as one string (toEqual over thousands of verbose errors takes minutes). */
function fingerprint(errors: ErrorObject[] | null | undefined): string {
  if (!errors) return "null";
  return errors
    .map(({ schema, parentSchema, data, ...rest }) => [JSON.stringify(rest), schemaText(schema), schemaText(parentSchema), JSON.stringify(data)].join("\u0000"))
    .join("\u0001");
}

describe("generated validators", () => {
  it(`equal what scripts/gen-validators.mjs generates from schemas/ (else: npm run gen)`, async () => {
    const gen = await script();
    const files = await gen.generate();
    expect(Object.keys(files)).toEqual([gen.OUT]);
    const committed = readFileSync(join(ROOT, gen.OUT), "utf8");
    expect(committed === files[gen.OUT], `${gen.OUT} is stale: run npm run gen`).toBe(true);
    expect(committed).not.toMatch(/\brequire\(/);
    expect(committed).not.toMatch(/\b20\d\d-\d\d-\d\d\b/); // no timestamp
    expect(await gen.generate()).toEqual(files);
  });

  it("report exactly the errors of ajv compiling the schemas at run time", { timeout: 60_000 }, async () => {
    const ajv = (await script()).makeAjv();
    const runtime = Object.fromEntries(KINDS.map((kind) => [kind, ajv.getSchema(kind) as ValidateFunction])) as Record<Kind, ValidateFunction>;
    const docs = corpus();
    expect(docs.length).toBeGreaterThan(50);
    let compared = 0;
    let failing = 0;
    for (const doc of docs) {
      const own = (doc as { kind?: unknown }).kind;
      // A document of ours and its mutations against its own kind; anything else, as it is, against all three.
      const ours = KINDS.filter((k) => k === own);
      for (const variant of ours.length > 0 ? [doc, ...mutations(doc)] : [doc]) {
        for (const kind of ours.length > 0 ? ours : KINDS) {
          const expected = runtime[kind](variant);
          const actual = GENERATED[kind](variant);
          // verbose mode: schema, parentSchema and data compared by value (they are other objects).
          const same = actual === expected && fingerprint(GENERATED[kind].errors) === fingerprint(runtime[kind].errors);
          if (!same) {
            expect(actual).toBe(expected);
            expect(GENERATED[kind].errors ?? null).toEqual(runtime[kind].errors ?? null);
          }
          compared++;
          if (!expected) failing++;
        }
      }
    }
    console.log(`validators: ${docs.length} documents, ${compared} validations compared, ${failing} failing`);
    expect(compared).toBeGreaterThan(1000);
    expect(failing).toBeGreaterThan(1000);
  });
});
