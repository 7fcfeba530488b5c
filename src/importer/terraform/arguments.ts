/**
 * What every Terraform resource mapping shares: where an argument was written, whether a value
 * is set (both providers send an argument only when it is: `GetOk`, `IsNull`), and the report of
 * arguments a mapping does not carry.
 */
import { diagnose } from "../../compiler/diagnostics.js";
import { closest } from "../../compiler/suggest.js";
import { hide, type ImportContext } from "../context.js";
import type { TerraformResource } from "./read.js";

export function locationOf(resource: TerraformResource, argument?: string) {
  const { line, column } = resource.locate(argument);
  return { file: resource.file, line, column, pointer: argument === undefined ? "" : `/${argument}` };
}

/** Null, empty and zero are Terraform's "unset" in a state: the providers do not send them. */
export function isSet(value: unknown): boolean {
  if (value === null || value === undefined || value === "" || value === 0 || value === false) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === "object") return Object.keys(value).length > 0;
  return true;
}

/**
 * Each set argument that is neither `known` nor `computed` (LiteLLM's or Terraform's own) is
 * reported (LG6006) with a did-you-mean; its value, possibly a misspelt credential, is kept out
 * of every frame.
 */
export function reportUnknownArguments(
  ctx: ImportContext,
  resource: TerraformResource,
  known: ReadonlySet<string>,
  computed: ReadonlySet<string>,
  what: { noPlace: string; otherwise: "unknownApiArgument" | "unknownAccessArgument" },
): void {
  for (const key of new Set([...Object.keys(resource.values), ...resource.expressions.keys()])) {
    if (known.has(key) || computed.has(key)) continue;
    const value = resource.values[key];
    if (!resource.expressions.has(key) && !isSet(value)) continue;
    hide(ctx, resource.file, value);
    const near = closest(key, [...known]);
    ctx.report(
      near !== undefined && near !== key
        ? diagnose("LG6006", locationOf(resource, key), "unknownArgumentDidYouMean", { address: resource.address, key, target: what.noPlace, suggestion: near })
        : diagnose("LG6006", locationOf(resource, key), what.otherwise, { address: resource.address, key, target: what.noPlace }),
    );
  }
}
