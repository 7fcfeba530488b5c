/**
 * Deterministic YAML text that every reader in our path reads to the same types:
 * YAML 1.2 core (the `yaml` package, go-yaml v3/kyaml), YAML 1.1 as PyYAML reads it
 * (LiteLLM's config.yaml loader) and go-yaml v2 / sigs.k8s.io/yaml (kubectl, Argo CD, Flux).
 *
 * The `yaml` package lays out the document; this module only decides how each scalar is
 * written. Rules:
 * - A string is double-quoted (as a JSON string literal, which is also a valid YAML 1.1 and
 *   1.2 double-quoted scalar) when any of those readers would resolve it as a non-string,
 *   when it holds a character that a reader mangles outside quotes (tab, C0/C1 controls,
 *   U+2028/U+2029/U+0085 which YAML 1.1 treats as line breaks, BOM, U+FFFE/U+FFFF), or
 *   when it is multi-line but a literal block cannot hold it exactly. A string with a lone
 *   surrogate (not valid Unicode) is refused.
 * - A multi-line string is a literal block (`|`, `|-`, with an indentation indicator when
 *   its first line starts with a space), so embedded config files stay readable and come
 *   back byte-identical.
 * - Everything else is plain unless the `yaml` package needs quotes for syntax (`: `, ` #`,
 *   a leading indicator…), in which case it too is a JSON string literal.
 * - A safe integer is written as an integer. Any other finite number is written the way
 *   PyYAML's own representer writes a float (Python `repr`, then `.0` added to a mantissa
 *   without a dot): `0.5`, `8.0e-07`, `1.0e+20`. YAML 1.1 requires the dot and the signed
 *   exponent; without them `8e-07` is a string to PyYAML.
 *   JS has one number type, so a float that happens to be integral (`3.0`) is written as the
 *   integer `3`; callers that need float-typed output for such values must not rely on this
 *   module to tell the difference. Integral values beyond 2^53 cannot be meant as exact
 *   integers, so they are written as floats (`1e20` → `1.0e+20`).
 *
 * Input must be plain data (null, boolean, finite number, string, array, plain object);
 * anything else, `undefined` included, throws with a path, because silently dropping or
 * converting a value would hide an emitter bug. Key order is kept as given; note that JS
 * objects always enumerate integer-like keys ("1", "20") first, in ascending order.
 */
import { Document, Pair, Scalar, YAMLMap, YAMLSeq, type Node, type ScalarTag, type ToStringOptions } from 'yaml';
import { stringifyString, stringTag as libraryStringTag } from 'yaml/util';
import { FloatValue } from '../records.js';

/** Thrown for input that is not plain data; `path` is a JSON pointer into the input. */
export class YamlValueError extends Error {
  override name = 'YamlValueError';
  /** Path segments, innermost last; filled in while the error unwinds. */
  readonly segments: string[] = [];
  constructor(readonly reason: string) {
    super(reason);
  }
  get path(): string {
    return this.segments.map((s) => '/' + s.replace(/~/g, '~0').replace(/\//g, '~1')).join('');
  }
}

// ---------------------------------------------------------------------------------------
// Strings

/**
 * Plain scalars that some reader resolves to a non-string, matched exactly. YAML 1.1 bools
 * (go-yaml v2 includes y/n, PyYAML does not; quote for both), nulls, merge key `<<` and
 * PyYAML's value key `=` (safe_load fails on it: no constructor for tag:yaml.org,2002:value).
 */
const KEYWORDS = new Set([
  'y', 'Y', 'yes', 'Yes', 'YES', 'n', 'N', 'no', 'No', 'NO',
  'true', 'True', 'TRUE', 'false', 'False', 'FALSE',
  'on', 'On', 'ON', 'off', 'Off', 'OFF',
  '~', 'null', 'Null', 'NULL', '<<', '=',
]);

/**
 * Union of the numeric forms of YAML 1.2 core, YAML 1.1 (PyYAML and the `yaml` package's
 * 1.1 schema) and go-yaml v2, applied after removing every `_` (go-yaml v2 strips them all
 * before strconv.ParseInt/ParseFloat, so `-_1` and `0_x1F` are ints there). It is a
 * superset on purpose: quoting `-`, `.` or `0x` costs nothing.
 */
const NUMERIC = new RegExp(
  '^[-+]?(?:' +
    [
      // decimal int/float, optional exponent; also the `yaml` 1.1 schema's odd `e5`/`.e5`
      '[0-9]*\\.?[0-9]*(?:[eE][-+]?[0-9]+)?',
      // 0b/0o/0x in either case (Go's ParseInt base 0 takes `0X1F`, `0O17`), and Go hex floats
      '0[bBoOxX][0-9a-fA-F]*(?:\\.[0-9a-fA-F]*)?(?:[pP][-+]?[0-9]+)?',
      // YAML 1.1 sexagesimal int and float: `190:20:30`, `1:30.5`
      '[0-9]+(?::[0-9]{1,2})+(?:\\.[0-9]*)?',
      '\\.(?:inf|Inf|INF|nan|NaN|NAN)',
      // older go-yaml v2 passed signed words to strconv.ParseFloat, which takes inf/infinity/nan
      '(?:[iI][nN][fF](?:[iI][nN][iI][tT][yY])?|[nN][aA][nN])',
    ].join('|') +
    ')$',
);
/**
 * YAML 1.1 timestamps in all readers start `YYYY-M`; PyYAML also accepts an empty fraction
 * (`…:43.`) and zones like `+35` that the `yaml` package's 1.1 regex misses, so match on
 * the prefix alone.
 */
const TIMESTAMP_PREFIX = /^[0-9]{4}-[0-9]/;
const UNDERSCORES = /_/g;

/** Would some reader resolve this as a plain scalar to something other than a string? */
export function isAmbiguousPlain(s: string): boolean {
  if (s.length === 0) return true;
  const c = s.charCodeAt(0);
  // Dispatching on the first character keeps the common case (a name, a URL) regex-free:
  // only digits, + - . and e/E can start a number or timestamp in any of the readers.
  const numberStart = (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e || c === 0x65 || c === 0x45;
  if (numberStart) {
    if (TIMESTAMP_PREFIX.test(s)) return true;
    if (NUMERIC.test(s.includes('_') ? s.replace(UNDERSCORES, '') : s)) return true;
    // A document marker at column 0 makes the `yaml` package turn a root-level `---x` into a
    // `|-` block scalar; valid, but quoting is plainer.
    return s.startsWith('---') || s.startsWith('...');
  }
  return s.length <= 5 && KEYWORDS.has(s);
}

/**
 * Characters that must be escaped in any style: C0 controls except tab/LF, DEL and C1
 * controls (PyYAML's reader rejects them raw, and U+0085 is a YAML 1.1 line break), the
 * YAML 1.1 line/paragraph separators, BOM (stripped at stream start) and the non-characters
 * U+FFFE/U+FFFF (rejected by PyYAML). Lone surrogates match too, and are then refused: they
 * cannot be written as UTF-8 and libyaml rejects their `\uD800` escapes.
 */
const NEEDS_ESCAPE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udfff]/u;
/** With the u flag a surrogate range only matches halves that are not part of a pair. */
const LONE_SURROGATE = /[\ud800-\udfff]/u;
/** What JSON.stringify leaves raw among the above (it already escapes C0 controls). */
const JSON_RAW_ESCAPES = /[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/g;

/** A JSON string literal, with the extra escapes a YAML 1.1 reader needs; valid YAML 1.1 and 1.2. */
export function doubleQuoted(s: string): string {
  const json = JSON.stringify(s);
  return NEEDS_ESCAPE.test(s)
    ? json.replace(JSON_RAW_ESCAPES, (ch) => '\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0'))
    : json;
}

/**
 * Can a literal block scalar hold `s` exactly, with strip (`|-`) or clip (`|`) chomping?
 * Keep chomping (`|+`, value ends in blank or whitespace-only lines) would be exact too,
 * but its meaning hides in trailing blank lines and it would break the "document ends with
 * exactly one newline" guarantee, so such strings are double-quoted instead.
 */
function fitsLiteralBlock(s: string): boolean {
  let i = s.length;
  let newlines = 0;
  let lastNewline = -1;
  while (i > 0) {
    const ch = s.charCodeAt(i - 1);
    if (ch === 0x0a) {
      newlines++;
      if (lastNewline === -1) lastNewline = i - 1;
    } else if (ch !== 0x20 && ch !== 0x09) break;
    i--;
  }
  if (i === 0) return false; // whitespace and newlines only
  if (newlines > 1 || (newlines === 1 && lastNewline !== s.length - 1)) return false;
  // libyaml (and go-yaml, its port) rejects a tab where it is still detecting the block's
  // indentation, i.e. at the start of the first non-empty line.
  let first = 0;
  while (s.charCodeAt(first) === 0x0a) first++;
  return s.charCodeAt(first) !== 0x09;
}

function stringStyle(s: string, isKey: boolean): Scalar.Type {
  if (NEEDS_ESCAPE.test(s)) {
    if (LONE_SURROGATE.test(s)) throw new YamlValueError('string with a lone surrogate (not valid Unicode)');
    return Scalar.QUOTE_DOUBLE;
  }
  if (s.includes('\n')) return !isKey && fitsLiteralBlock(s) ? Scalar.BLOCK_LITERAL : Scalar.QUOTE_DOUBLE;
  // PyYAML cannot scan a tab inside a plain scalar ("found character '\t' that cannot start any token").
  if (s.includes('\t') || isAmbiguousPlain(s)) return Scalar.QUOTE_DOUBLE;
  return Scalar.PLAIN;
}

const stringTag: ScalarTag = {
  identify: (value) => typeof value === 'string',
  default: true,
  tag: 'tag:yaml.org,2002:str',
  resolve: (str) => str,
  stringify(item, ctx, onComment, onChompKeep) {
    if (item.type === Scalar.QUOTE_DOUBLE) return doubleQuoted(item.value as string);
    if (item.type === Scalar.BLOCK_LITERAL && ctx.indent === '') {
      // A block scalar as the whole document: the library writes its content at column 0,
      // which PyYAML rejects (it wants block content indented by at least one space), so
      // indent it; with a leading space the readers disagree on the indicator, so quote.
      if ((item.value as string).charCodeAt(0) === 0x20) return doubleQuoted(item.value as string);
      ctx = { ...ctx, forceBlockIndent: true };
    }
    // Plain and literal-block layout (indentation, chomping and indentation indicators,
    // quoting for syntax) is the library's; its quotes are JSON because of doubleQuotedAsJSON.
    return stringifyString(item, ctx, onComment, onChompKeep);
  },
};

// ---------------------------------------------------------------------------------------
// Numbers

/**
 * `n` as YAML text: a safe integer as an integer, anything else finite as PyYAML would
 * write the float (Python repr: scientific when the decimal exponent is < -4 or >= 16, a
 * mantissa that always has a dot, a signed exponent of at least two digits).
 */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) throw new YamlValueError(`cannot represent ${n}`);
  if (Number.isInteger(n) && Math.abs(n) <= Number.MAX_SAFE_INTEGER) return Object.is(n, -0) ? '0' : String(n);
  // toExponential() without an argument gives the shortest digits that round-trip, like repr.
  const exp = n.toExponential();
  const e = exp.indexOf('e');
  const negative = exp.charCodeAt(0) === 0x2d;
  const digits = exp.slice(negative ? 1 : 0, e).replace('.', '');
  const power = Number(exp.slice(e + 1));
  const sign = negative ? '-' : '';
  if (power < -4 || power >= 16) {
    const mantissa = digits.length === 1 ? digits + '.0' : digits[0] + '.' + digits.slice(1);
    const abs = Math.abs(power);
    return `${sign}${mantissa}e${power < 0 ? '-' : '+'}${abs < 10 ? '0' : ''}${abs}`;
  }
  if (power < 0) return `${sign}0.${'0'.repeat(-power - 1)}${digits}`;
  const whole = digits.length > power + 1 ? digits.slice(0, power + 1) : digits.padEnd(power + 1, '0');
  return `${sign}${whole}.${digits.slice(power + 1) || '0'}`;
}

/** A FloatValue (src/records.ts): integral, yet a float to PyYAML (`1.0`). */
export function formatFloat(n: number): string {
  return Number.isInteger(n) && Math.abs(n) <= Number.MAX_SAFE_INTEGER ? `${Object.is(n, -0) ? '-0' : String(n)}.0` : formatNumber(n);
}

const floatValueTag: ScalarTag = {
  identify: (value) => value instanceof FloatValue,
  default: true,
  tag: 'tag:yaml.org,2002:float',
  resolve: (str) => Number(str),
  stringify: (item) => formatFloat((item.value as FloatValue).value),
};

const numberTag: ScalarTag = {
  identify: (value) => typeof value === 'number',
  default: true,
  tag: 'tag:yaml.org,2002:float',
  resolve: (str) => Number(str),
  stringify: (item) => formatNumber(item.value as number),
};

// ---------------------------------------------------------------------------------------
// Documents

const boolTag: ScalarTag = {
  identify: (value) => typeof value === 'boolean',
  default: true,
  tag: 'tag:yaml.org,2002:bool',
  resolve: (str) => str === 'true',
  stringify: (item) => (item.value ? 'true' : 'false'),
};

const nullTag: ScalarTag = {
  identify: (value) => value === null,
  default: true,
  tag: 'tag:yaml.org,2002:null',
  resolve: () => null,
  stringify: () => 'null',
};

const TO_STRING: ToStringOptions = {
  indent: 2,
  indentSeq: false, // kubectl's layout: `key:\n- item`
  lineWidth: 0, // never fold
  minContentWidth: 0,
  blockQuote: 'literal',
  singleQuote: false,
  doubleQuotedAsJSON: true,
  defaultStringType: 'PLAIN',
  defaultKeyType: null,
  simpleKeys: false,
  directives: false,
};

/**
 * Nodes are built here rather than by Document's own createNode so that input is checked
 * as it is walked (plain data only), no aliases can appear and every string's style is
 * decided once.
 */
function toNode(value: unknown, ancestors: Set<object>): Node {
  switch (typeof value) {
    case 'string': {
      const node = new Scalar(value);
      node.type = stringStyle(value, false);
      return node;
    }
    case 'number':
      if (!Number.isFinite(value)) throw new YamlValueError(`cannot represent ${value}`);
      return new Scalar(value);
    case 'boolean':
      return new Scalar(value);
    case 'object': {
      if (value === null) return new Scalar(null);
      if (value instanceof FloatValue) {
        if (!Number.isFinite(value.value)) throw new YamlValueError(`cannot represent ${value.value}`);
        return new Scalar(value);
      }
      if (ancestors.has(value)) throw new YamlValueError('circular reference');
      ancestors.add(value);
      let node: Node;
      if (Array.isArray(value)) {
        const seq = new YAMLSeq();
        for (let i = 0; i < value.length; i++) {
          try {
            seq.items.push(toNode(value[i], ancestors));
          } catch (err) {
            throw prefixed(err, String(i));
          }
        }
        node = seq;
      } else {
        const proto: unknown = Object.getPrototypeOf(value);
        if (proto !== Object.prototype && proto !== null) {
          throw new YamlValueError(`unsupported object ${(value as object).constructor?.name ?? 'instance'}`);
        }
        const map = new YAMLMap();
        const record = value as Record<string, unknown>;
        for (const key of Object.keys(record)) {
          try {
            const keyNode = new Scalar(key);
            keyNode.type = stringStyle(key, true);
            map.items.push(new Pair(keyNode, toNode(record[key], ancestors)));
          } catch (err) {
            throw prefixed(err, key);
          }
        }
        node = map;
      }
      ancestors.delete(value);
      return node;
    }
    default:
      throw new YamlValueError(`unsupported ${typeof value} value`);
  }
}

function prefixed(err: unknown, segment: string): unknown {
  if (err instanceof YamlValueError) err.segments.unshift(segment);
  return err;
}

function withPath(err: unknown): unknown {
  if (err instanceof YamlValueError) err.message = `toYaml: ${err.reason} at "${err.path}"`;
  return err;
}

function render(value: unknown): string {
  const doc = new Document(null, {
    version: '1.2',
    schema: 'failsafe',
    // Replace the library's string tag: a second tag that identifies strings would be ignored.
    customTags: (tags) => [...tags.filter((t) => t !== libraryStringTag), stringTag, floatValueTag, numberTag, boolTag, nullTag],
  });
  doc.contents = toNode(value, new Set());
  return doc.toString(TO_STRING);
}

/** One YAML document, ending with exactly one newline. */
export function toYaml(value: unknown): string {
  try {
    return render(value);
  } catch (err) {
    throw withPath(err);
  }
}

/** Several documents, each ending with one newline, separated by `---` lines. */
export function toYamlStream(values: unknown[]): string {
  const docs: string[] = [];
  for (let i = 0; i < values.length; i++) {
    try {
      docs.push(render(values[i]));
    } catch (err) {
      throw withPath(prefixed(err, String(i)));
    }
  }
  return docs.join('---\n');
}
