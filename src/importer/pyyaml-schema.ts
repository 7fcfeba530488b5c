/**
 * LiteLLM reads config.yaml with PyYAML's safe_load (YAML 1.1). The `yaml` package's 1.1
 * schema is close but not equal: it reads `y`/`n` as booleans, `1e-07` (no dot) and `09` as
 * numbers and dates as Date objects, where PyYAML keeps the first three as strings. Importing
 * must see the values LiteLLM saw, or the round trip would change types behind the user's back.
 *
 * These tags replace the package's boolean, decimal-integer and float tags with PyYAML's
 * resolver patterns (pyyaml/lib/yaml/resolver.py). Timestamps are dropped on purpose: a date
 * is imported as its text (documented in docs/import.md; LiteLLM passes such values on as
 * strings anyway, e.g. `api_version`).
 */
import type { ScalarTag, Tags } from "yaml";

const BOOL = "tag:yaml.org,2002:bool";
const INT = "tag:yaml.org,2002:int";
const FLOAT = "tag:yaml.org,2002:float";
const TIMESTAMP = "tag:yaml.org,2002:timestamp";

const pyTrue: ScalarTag = {
  tag: BOOL,
  default: true,
  identify: (value) => value === true,
  test: /^(?:yes|Yes|YES|true|True|TRUE|on|On|ON)$/,
  resolve: () => true,
};

const pyFalse: ScalarTag = {
  tag: BOOL,
  default: true,
  identify: (value) => value === false,
  test: /^(?:no|No|NO|false|False|FALSE|off|Off|OFF)$/,
  resolve: () => false,
};

/** PyYAML's decimal int: no leading zero (that is octal), underscores allowed. */
const pyDecimalInt: ScalarTag = {
  tag: INT,
  default: true,
  identify: (value) => typeof value === "number" && Number.isInteger(value),
  test: /^[-+]?(?:0|[1-9][0-9_]*)$/,
  // Beyond 2^53 a JS number cannot hold the exact value; no LiteLLM setting is that large.
  resolve: (source) => Number(source.replace(/_/g, "")),
};

/** PyYAML's float: a dot is required, and an exponent needs its sign (`1.0e-07`, not `1e-07`). */
const pyFloat: ScalarTag = {
  tag: FLOAT,
  default: true,
  identify: (value) => typeof value === "number",
  test: /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/,
  resolve: (source) => {
    const s = source.replace(/_/g, "");
    if (/nan$/i.test(s)) return NaN;
    if (/inf$/i.test(s)) return s.startsWith("-") ? -Infinity : Infinity;
    return Number(s);
  },
};

/** The `yaml` package's YAML 1.1 tags, with PyYAML's resolution where the two differ. */
export function pyyamlTags(tags: Tags): Tags {
  const kept = tags.filter((t) => {
    if (typeof t === "string") return true;
    if (t.tag === BOOL || t.tag === FLOAT || t.tag === TIMESTAMP) return false;
    // The decimal int has no `format`; binary, octal, hex and sexagesimal ints match PyYAML's.
    return !(t.tag === INT && (t as ScalarTag).format === undefined);
  });
  return [...kept, pyTrue, pyFalse, pyDecimalInt, pyFloat];
}
