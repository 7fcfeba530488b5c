/**
 * Terraform inputs → the LiteLLM provider's resources, each with where its arguments were
 * written. Two forms:
 *
 * - configuration (`*.tf`), parsed by HashiCorp's HCL library compiled to WebAssembly
 *   (`@cdktf/hcl2json`): an expression the importer cannot evaluate (`var.x`, `local.y`, a
 *   function call) arrives as a `${…}` string and is reported, never guessed;
 * - Terraform's JSON (`terraform show -json` of a state or a plan): values resolved, one
 *   resource per `count`/`for_each` instance, modules nested under `child_modules`.
 *
 * Positions: the JSON form is parsed by the compiler's own parser, so every argument has its
 * line and column; the HCL library gives none, so an argument is located by its `name =` line
 * inside its block (a locator, not a parser: the values come from the library).
 */
import { createRequire } from "node:module";
import path from "node:path";
import type * as Hcl2Json from "@cdktf/hcl2json";
import { diagnose, type Report } from "../../compiler/diagnostics.js";
import { childPointer } from "../../compiler/pointer.js";
import type { ParsedDocument } from "../../compiler/parse/locate.js";
import type { Position } from "../../compiler/parse/locate.js";
import { isRecord, setOwn } from "../../records.js";
import { readInput, readText, type InputFile } from "../read.js";
import type { Plain } from "../types.js";

/** One resource instance of the configuration or the state. */
export interface TerraformResource {
  /** `litellm_model`, `litellm_team`… */
  type: string;
  /** `litellm_model.gpt4`, `module.llm.litellm_model.gpt4["a"]`. */
  address: string;
  /** The resource's name and instance key, for the Model's name: `gpt4`, `gpt4-a`. */
  localName: string;
  values: Plain;
  /** `.tf`: the argument was an expression the importer cannot evaluate (`var.x`…). */
  expressions: Map<string, string>;
  /** `.tf`: every argument as the HCL library gave it, expressions as `${…}` strings (a list of references). */
  written?: Plain;
  /** `.tf`: `count` or `for_each`, which only the JSON form expands. */
  repeated?: "count" | "for_each";
  file: string;
  /** The argument's position; the block's when the argument is not written. */
  locate(argument?: string): Position;
}

export interface TerraformInput {
  file: string;
  text: string;
  resources: TerraformResource[];
}

let hcl: typeof Hcl2Json | undefined;

/** Does this path hold Terraform rather than a LiteLLM config? (`.tf`, `.tf.json`, or a `terraform show -json` file.) */
export function isTerraformPath(file: string, text: string | undefined): boolean {
  if (file.endsWith(".tf") || file.endsWith(".tf.json")) return true;
  if (!file.endsWith(".json") || text === undefined) return false;
  return /"format_version"\s*:/.test(text) && /"(values|planned_values)"\s*:/.test(text);
}

export async function readTerraform(absolute: string, cwd: string, report: Report): Promise<TerraformInput | undefined> {
  if (absolute.endsWith(".tf")) return readConfiguration(absolute, cwd, report);
  const read = readInput(absolute, cwd);
  read.diagnostics.forEach(report);
  if (!read.input) return undefined;
  return { file: read.input.file, text: read.input.text, resources: stateResources(read.input, report) };
}

async function readConfiguration(absolute: string, cwd: string, report: Report): Promise<TerraformInput | undefined> {
  const read = readText(absolute, cwd);
  read.diagnostics.forEach(report);
  if (read.text === undefined) return undefined;
  const file = read.file;
  const text = read.text;
  hcl ??= createRequire(import.meta.url)("@cdktf/hcl2json") as typeof Hcl2Json;
  let parsed: Record<string, unknown>;
  try {
    parsed = (await hcl.parse(path.basename(absolute), text)) as Record<string, unknown>;
  } catch (error) {
    // The library reports `name.tf:LINE,COL-COL: message`.
    const message = error instanceof Error ? error.message : String(error);
    const at = /:(\d+),(\d+)(?:-\d+)?: (.*?)(?:\]|$)/.exec(message);
    report(
      diagnose("LG1003", { file, line: at ? Number(at[1]) : 1, column: at ? Number(at[2]) : 1, pointer: "" }, "hcl", {
        problem: at ? at[3]!.replace(/;.*$/, "") : "the file cannot be parsed",
      }),
    );
    return undefined;
  }
  const resources: TerraformResource[] = [];
  const blocks = isRecord(parsed.resource) ? parsed.resource : {};
  for (const [type, byName] of Object.entries(blocks)) {
    if (!isRecord(byName)) continue;
    for (const [name, bodies] of Object.entries(byName)) {
      const body = Array.isArray(bodies) && isRecord(bodies[0]) ? bodies[0] : {};
      const header = blockOffset(text, type, name);
      const values: Plain = {};
      const expressions = new Map<string, string>();
      let repeated: TerraformResource["repeated"];
      for (const [key, value] of Object.entries(body)) {
        if (key === "count" || key === "for_each") {
          repeated = key;
          continue;
        }
        if (["depends_on", "lifecycle", "provider", "provisioner", "connection"].includes(key)) continue;
        const expression = expressionIn(value);
        const encoded = expression === undefined ? undefined : await jsonencoded(expression);
        if (encoded !== undefined) setOwn(values, key, encoded);
        else if (expression !== undefined) expressions.set(key, expression);
        else setOwn(values, key, value);
      }
      resources.push({
        type,
        address: `${type}.${name}`,
        localName: name,
        values,
        expressions,
        written: body,
        ...(repeated ? { repeated } : {}),
        file,
        locate: (argument) => positionIn(text, header, argument),
      });
    }
  }
  return { file, text, resources };
}

/**
 * `jsonencode({…})` of a literal (how guardrail params are written) is the JSON text Terraform
 * would compute: the argument is parsed by the same HCL library as a value of its own. Any
 * expression inside (`var.x`) leaves it an expression.
 */
async function jsonencoded(expression: string): Promise<string | undefined> {
  const inner = /^jsonencode\(([\s\S]*)\)$/.exec(expression)?.[1];
  if (inner === undefined) return undefined;
  try {
    const parsed = (await hcl!.parse("jsonencode.tf", `value = ${inner}\n`)) as Plain;
    return parsed.value !== undefined && expressionIn(parsed.value) === undefined ? JSON.stringify(parsed.value) : undefined;
  } catch {
    return undefined;
  }
}

/** `${var.key}` (or a value holding one) → the expression, as written between `${` and `}`. */
function expressionIn(value: unknown): string | undefined {
  if (typeof value === "string") {
    const match = /\$\{(.*)\}/s.exec(value);
    return match ? match[1]!.trim() : undefined;
  }
  if (Array.isArray(value)) return value.map(expressionIn).find((e) => e !== undefined);
  if (isRecord(value)) return Object.values(value).map(expressionIn).find((e) => e !== undefined);
  return undefined;
}

function blockOffset(text: string, type: string, name: string): number {
  const header = new RegExp(`^[ \\t]*resource[ \\t]+"${escape(type)}"[ \\t]+"${escape(name)}"`, "m").exec(text);
  return header?.index ?? 0;
}

function positionIn(text: string, blockStart: number, argument: string | undefined): Position {
  let offset = blockStart;
  if (argument !== undefined) {
    const re = new RegExp(`^[ \\t]*(${escape(argument)})[ \\t]*=`, "gm");
    re.lastIndex = blockStart;
    const found = re.exec(text);
    if (found) offset = found.index + found[0].indexOf(argument);
  }
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Every managed resource of `values.root_module` (state) or `planned_values.root_module` (plan), modules included. */
function stateResources(input: InputFile, report: Report): TerraformResource[] {
  const root = input.doc.value;
  const top = isRecord(root) ? (isRecord(root.values) ? "/values" : isRecord(root.planned_values) ? "/planned_values" : undefined) : undefined;
  if (!isRecord(root) || top === undefined) {
    report(
      diagnose("LG6001", { file: input.file, line: 1, column: 1, pointer: "" }, "notTerraformJson", {}),
    );
    return [];
  }
  const resources: TerraformResource[] = [];
  const visit = (module: unknown, pointer: string) => {
    if (!isRecord(module)) return;
    const list = Array.isArray(module.resources) ? module.resources : [];
    list.forEach((r, i) => {
      if (!isRecord(r) || r.mode !== "managed" || typeof r.type !== "string" || typeof r.address !== "string") return;
      const at = childPointer(childPointer(pointer, "resources"), i);
      const values = isRecord(r.values) ? r.values : {};
      const name = typeof r.name === "string" ? r.name : r.type;
      const index = r.index === undefined ? "" : `-${String(r.index)}`;
      const modulePrefix = r.address.startsWith("module.") ? r.address.split(".").filter((_, j, all) => all[j - 1] === "module").join("-") + "-" : "";
      resources.push({
        type: r.type,
        address: r.address,
        localName: `${modulePrefix}${name}${index}`,
        values,
        expressions: new Map(),
        file: input.file,
        locate: (argument) =>
          input.doc.locate(argument !== undefined && Object.hasOwn(values, argument) ? childPointer(childPointer(at, "values"), argument) : at, argument ? "key" : "value"),
      });
    });
    const children = Array.isArray(module.child_modules) ? module.child_modules : [];
    children.forEach((child, i) => visit(child, childPointer(childPointer(pointer, "child_modules"), i)));
  };
  visit((root[top.slice(1)] as Plain).root_module, `${top}/root_module`);
  return resources;
}

/** A ParsedDocument over a translated value whose pointers map back to a resource's arguments. */
export function translatedDocument(resource: TerraformResource, value: unknown, argumentAt: (pointer: string) => string | undefined): ParsedDocument {
  return { file: resource.file, index: 0, value, locate: (pointer) => resource.locate(argumentAt(pointer)) };
}
