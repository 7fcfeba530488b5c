// Loads YAML with PyYAML's safe_load (YAML 1.1), exactly as the LiteLLM proxy reads config.yaml,
// so tests can assert that the types LiteLLM will see are the ones we meant. The `yaml` package
// (YAML 1.2) disagrees with PyYAML on `8e-07`, `yes`, `on`, `0777`, `1_000` …, so only PyYAML
// itself is an honest judge.
//
// Representation (PyValue):
//   - str → string, bool → boolean, None → null, list → array, dict → plain object.
//   - int → number (bigint when beyond Number.MAX_SAFE_INTEGER).
//   - float → PyFloat { value, repr }: a distinct class, so `1.0` (float) and `1` (int) never look
//     alike. `repr` is Python's repr ("1e-07", "inf", "nan").
//   - timestamp/date, !!binary, !!set → PyOther { type, repr }.
//   - A mapping key that is not a str (e.g. `on:` → True, `1:` → 1) becomes the string
//     "!!<type> <repr>" ("!!bool True", "!!int 1"), so a test sees it instead of a silent coercion.
//
// For assertions, pyyamlTypes(text) is usually simplest: it maps the JSON pointer of every scalar
// leaf to its Python type, e.g. { "/model_list/0/litellm_params/rpm": "int",
// "/litellm_settings/drop_params": "bool" }.
import { execFileSync } from "node:child_process";

export class PyFloat {
  constructor(
    readonly value: number,
    readonly repr: string,
  ) {}
}

export class PyOther {
  constructor(
    readonly type: "timestamp" | "binary" | "set",
    readonly repr: string,
  ) {}
}

export type PyValue =
  | null
  | boolean
  | number
  | bigint
  | string
  | PyFloat
  | PyOther
  | PyValue[]
  | { [key: string]: PyValue };

export type PyType = "int" | "float" | "str" | "bool" | "null" | "timestamp" | "binary" | "set";

// Every node is sent as a [type, payload] pair: no in-band markers, so nothing in the user's
// data can collide with the encoding. Ints travel as strings to survive JSON's doubles.
const SCRIPT = `
import sys, json, base64, datetime, yaml
Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
def enc(v):
    if v is None: return ["null", None]
    if isinstance(v, bool): return ["bool", v]
    if isinstance(v, int): return ["int", str(v)]
    if isinstance(v, float): return ["float", repr(v)]
    if isinstance(v, str): return ["str", v]
    if isinstance(v, (list, tuple)): return ["seq", [enc(x) for x in v]]
    if isinstance(v, dict): return ["map", [[enc(k), enc(x)] for k, x in v.items()]]
    if isinstance(v, (datetime.date, datetime.datetime)): return ["timestamp", v.isoformat()]
    if isinstance(v, bytes): return ["binary", base64.b64encode(v).decode("ascii")]
    if isinstance(v, (set, frozenset)): return ["set", repr(sorted(v, key=repr))]
    raise TypeError("unexpected PyYAML value of type " + type(v).__name__)
data = sys.stdin.buffer.read()
if sys.argv[1] == "all":
    docs = list(yaml.load_all(data, Loader=Loader))
else:
    docs = [yaml.load(data, Loader=Loader)]
json.dump([enc(d) for d in docs], sys.stdout)
`;

type Encoded = [string, unknown];

function runPython(text: string, mode: "one" | "all"): Encoded[] {
  let out: string;
  try {
    out = execFileSync("python3", ["-c", SCRIPT, mode], {
      input: text,
      encoding: "utf8",
      stdio: ["pipe", "pipe", "pipe"],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (err) {
    const stderr = (err as { stderr?: unknown }).stderr;
    const detail = typeof stderr === "string" && stderr.trim() !== "" ? stderr.trim() : String(err);
    throw new Error(`PyYAML safe_load failed: ${detail}`);
  }
  return JSON.parse(out) as Encoded[];
}

function floatFromRepr(repr: string): number {
  if (repr === "inf") return Infinity;
  if (repr === "-inf") return -Infinity;
  if (repr === "nan") return NaN;
  return Number(repr);
}

function keyString(k: Encoded): string {
  if (k[0] === "str") return k[1] as string;
  // Python's spelling of the key, so a failing assertion reads like what LiteLLM would get.
  const repr = k[0] === "bool" ? (k[1] ? "True" : "False") : k[0] === "null" ? "None" : String(k[1]);
  return `!!${k[0]} ${repr}`;
}

function decode(node: Encoded): PyValue {
  const [type, payload] = node;
  switch (type) {
    case "null":
      return null;
    case "bool":
      return payload as boolean;
    case "str":
      return payload as string;
    case "int": {
      const n = Number(payload as string);
      return Number.isSafeInteger(n) ? n : BigInt(payload as string);
    }
    case "float":
      return new PyFloat(floatFromRepr(payload as string), payload as string);
    case "timestamp":
    case "binary":
    case "set":
      return new PyOther(type, payload as string);
    case "seq":
      return (payload as Encoded[]).map(decode);
    case "map": {
      const obj: { [key: string]: PyValue } = {};
      for (const [k, v] of payload as Array<[Encoded, Encoded]>) obj[keyString(k)] = decode(v);
      return obj;
    }
    default:
      throw new Error(`pyyaml.ts: unknown encoded type ${type}`);
  }
}

/** PyYAML safe_load of a single-document text. */
export function pyyamlLoad(text: string): PyValue {
  const [doc] = runPython(text, "one");
  if (doc === undefined) throw new Error("PyYAML returned no document");
  return decode(doc);
}

/** PyYAML safe_load_all of a multi-document stream. */
export function pyyamlLoadAll(text: string): PyValue[] {
  return runPython(text, "all").map(decode);
}

function pyTypeOf(v: PyValue): PyType | undefined {
  if (v === null) return "null";
  if (typeof v === "boolean") return "bool";
  if (typeof v === "number" || typeof v === "bigint") return "int";
  if (typeof v === "string") return "str";
  if (v instanceof PyFloat) return "float";
  if (v instanceof PyOther) return v.type;
  return undefined; // a container
}

const escapePointer = (s: string): string => s.replace(/~/g, "~0").replace(/\//g, "~1");

/** JSON pointer → Python type of every scalar leaf of an already-loaded value. */
export function pyTypesOf(value: PyValue): Record<string, PyType> {
  const out: Record<string, PyType> = {};
  const walk = (v: PyValue, ptr: string): void => {
    const t = pyTypeOf(v);
    if (t !== undefined) out[ptr] = t;
    else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${ptr}/${i}`));
    else for (const [k, x] of Object.entries(v as { [key: string]: PyValue })) walk(x, `${ptr}/${escapePointer(k)}`);
  };
  walk(value, "");
  return out;
}

/** JSON pointer → Python type of every scalar leaf, as PyYAML loads `text`. */
export function pyyamlTypes(text: string): Record<string, PyType> {
  return pyTypesOf(pyyamlLoad(text));
}

/** Drops the float tagging (PyFloat → number), for deep-equality against plain JS values. */
export function toPlain(v: PyValue): unknown {
  if (v instanceof PyFloat) return v.value;
  if (v instanceof PyOther) return v.repr;
  if (Array.isArray(v)) return v.map(toPlain);
  if (v !== null && typeof v === "object") {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toPlain(x)]));
  }
  return v;
}
