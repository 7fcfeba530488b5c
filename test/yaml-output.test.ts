// The YAML writer is judged by the readers that will consume its output: the `yaml` package
// as YAML 1.2 and as YAML 1.1, and PyYAML (LiteLLM's loader) with both its pure-Python
// SafeLoader (what yaml.safe_load uses) and libyaml's CSafeLoader (the C scanner that go-yaml
// v2 was ported from). Every PyYAML check batches all its texts into one python3 process.
//
// Rough throughput, measured by hand on a shared machine (not asserted): 10,000 LiteLLM
// model entries of ~50 fields each (14.9 MB of YAML) take 1.8–3.9 s in toYaml, about the
// same as YAML.stringify with default options on the same data (2.5–4.2 s); YAML.parse of
// the result takes 8–17 s. A CPU profile puts ~15% of toYaml in this module's scalar
// decisions and node building; the rest is the library's layout code and GC.
import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import YAML, { Document } from 'yaml';
import { formatNumber, isAmbiguousPlain, toYaml, toYamlStream, YamlValueError } from '../src/render/yaml.js';

// ---------------------------------------------------------------------------------------
// Typed values: [type, payload], so that int 1, float 1.5, "1" and true never look alike,
// and maps are ordered pair lists so that key order is compared too.

type Typed = readonly [string, unknown];

function typedOf(v: unknown): Typed {
  if (v === null) return ['null', null];
  switch (typeof v) {
    case 'boolean':
      return ['bool', v];
    case 'string':
      return ['str', v];
    case 'number':
      // Mirrors the writer's rule: safe integers are ints, every other number is a float.
      return Number.isInteger(v) && Math.abs(v) <= Number.MAX_SAFE_INTEGER
        ? ['int', String(v === 0 ? 0 : v)]
        : ['float', String(v)];
    case 'object': {
      if (Array.isArray(v)) return ['seq', v.map(typedOf)];
      const proto: unknown = Object.getPrototypeOf(v);
      if (proto === Object.prototype || proto === null) {
        const record = v as Record<string, unknown>;
        return ['map', Object.keys(record).map((k) => [['str', k], typedOf(record[k])])];
      }
      return ['other', Object.prototype.toString.call(v)];
    }
    default:
      return ['other', typeof v];
  }
}

/** Python's encoding (see PY_SCRIPT) → typedOf's: float reprs become JS shortest reprs. */
function fromPython(t: Typed): Typed {
  const [type, payload] = t;
  switch (type) {
    case 'float':
      return ['float', String(Number(payload))];
    case 'int': {
      const n = Number(payload);
      return Number.isSafeInteger(n) ? ['int', String(n)] : ['int(unsafe)', payload];
    }
    case 'seq':
      return ['seq', (payload as Typed[]).map(fromPython)];
    case 'map':
      return ['map', (payload as Array<[Typed, Typed]>).map(([k, x]) => [fromPython(k), fromPython(x)])];
    default:
      return t;
  }
}

// ---------------------------------------------------------------------------------------
// PyYAML

const PY_SCRIPT = String.raw`
import sys, json, yaml
def enc(v):
    if v is None: return ["null", None]
    if isinstance(v, bool): return ["bool", v]
    if isinstance(v, int): return ["int", str(v)]
    if isinstance(v, float): return ["float", repr(v)]
    if isinstance(v, str): return ["str", v]
    if isinstance(v, list): return ["seq", [enc(x) for x in v]]
    if isinstance(v, dict): return ["map", [[enc(k), enc(x)] for k, x in v.items()]]
    return ["other", type(v).__name__ + " " + repr(v)]
def load(text, loader):
    try:
        return ["ok", [enc(d) for d in yaml.load_all(text, Loader=loader)]]
    except Exception as e:
        return ["error", type(e).__name__ + ": " + str(e)]
mode = sys.argv[1]
items = json.loads(sys.stdin.buffer.read().decode("utf-8"))
if mode == "load":
    out = [[load(t, yaml.SafeLoader), load(t, yaml.CSafeLoader)] for t in items]
elif mode == "resolve":
    r = yaml.resolver.Resolver()
    out = [r.resolve(yaml.ScalarNode, s, (True, False)) for s in items]
elif mode == "represent":
    out = [yaml.safe_dump(float(x)) for x in items]
json.dump(out, sys.stdout)
`;

function python<T>(mode: 'load' | 'resolve' | 'represent', items: unknown[]): T[] {
  const out = execFileSync('python3', ['-c', PY_SCRIPT, mode], {
    input: JSON.stringify(items),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return JSON.parse(out) as T[];
}

type PyLoad = ['ok', Typed[]] | ['error', string];

/** Each text's documents as PyYAML's SafeLoader and CSafeLoader read them. */
function pyLoadAll(texts: string[]): Array<{ safe: Typed[] | string; libyaml: Typed[] | string }> {
  const show = (r: PyLoad): Typed[] | string => (r[0] === 'ok' ? r[1].map(fromPython) : `PyYAML error: ${r[1]}`);
  return python<[PyLoad, PyLoad]>('load', texts).map(([safe, libyaml]) => ({ safe: show(safe), libyaml: show(libyaml) }));
}

// ---------------------------------------------------------------------------------------
// The `yaml` package

function libLoadAll(text: string, version: '1.1' | '1.2'): Typed[] | string {
  const docs = YAML.parseAllDocuments(text, { version, uniqueKeys: true });
  if (!Array.isArray(docs)) return 'empty stream';
  const errors = docs.flatMap((d) => [...d.errors, ...d.warnings].map((e) => e.message));
  if (errors.length > 0) return `yaml ${version} error: ${errors.join('; ')}`;
  return docs.map((d) => typedOf(d.toJS()));
}

/**
 * Writes each value as its own text and checks that all four readers give back the same
 * value with the same types and key order.
 */
function expectRoundTrip(values: unknown[]): string[] {
  const texts = values.map((v) => toYaml(v));
  const py = pyLoadAll(texts);
  values.forEach((value, i) => {
    const text = texts[i]!;
    const want = [typedOf(value)];
    const ctx = `${JSON.stringify(value)} written as:\n${text}`;
    expect(libLoadAll(text, '1.2'), ctx).toEqual(want);
    expect(libLoadAll(text, '1.1'), ctx).toEqual(want);
    expect(py[i]!.safe, ctx).toEqual(want);
    expect(py[i]!.libyaml, ctx).toEqual(want);
  });
  return texts;
}

/** A string in every position where layout differs: root, value, key, sequence items, deep nesting. */
function placements(s: string): unknown[] {
  return [s, { k: s }, { [s]: 'v' }, [s], { a: [{ b: s, c: [s, { d: s }] }] }, [[s]], { a: { b: { [s]: s } } }];
}

// ---------------------------------------------------------------------------------------
// Cases

/** Plain scalars that some reader resolves to a non-string. */
const AMBIGUOUS = [
  // YAML 1.1 booleans (y/Y/n/N: go-yaml v2 only)
  ...['y', 'Y', 'yes', 'Yes', 'YES', 'n', 'N', 'no', 'No', 'NO', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE'],
  ...['on', 'On', 'ON', 'off', 'Off', 'OFF'],
  // nulls
  ...['~', 'null', 'Null', 'NULL', ''],
  // ints, YAML 1.1 and 1.2 forms, and go-yaml v2's (it strips every `_`, Go's ParseInt base 0 takes 0X/0O/0B)
  ...['0', '-1', '+1', '42', '0b1010', '-0b1010', '0x1F', '0X1F', '-0x1F', '0777', '0o17', '0O17', '-0o17', '0B11'],
  ...['1_000', '190:20:30', '-1:30', '0_x1F', '-_1', '1__0', '0_', '08', '12345678901234567890'],
  // floats
  ...['1e5', '1E5', '1e+5', '1e-5', 'e5', '.e5', '1.5', '-1.5', '.5', '-.5', '1.', '+1.5e3', '8e-07', '8.0e-07'],
  ...['.inf', '-.inf', '+.inf', '.Inf', '.INF', '.nan', '.NaN', '.NAN', '1_0.5', '190:20:30.15', '1e_5', '-_.5'],
  ...['0x1p3', '+inf', '-Infinity', '+nan'],
  // YAML 1.1 timestamps, including PyYAML's empty fraction and wide zone
  ...['2001-12-14', '2001-12-14t21:59:43.10-05:00', '2001-12-14 21:59:43.10 -5', '2001-12-14 21:59:43.'],
  ...['2001-12-14 21:59:43 +35', '2001-1-2', '2002-12-14T21:59:43Z'],
  // merge key and PyYAML's value key
  ...['<<', '='],
];

/** Strings that are strings to every reader but need care for syntax or characters. */
const TRICKY = [
  ...['a: b', 'a:b', 'a:', '#a', 'a #b', 'a#b', '- a', '-a', '--', '---', '---a', '...', '...a', '? a', '?a', ':a'],
  ...['@a', '`a', '%a', '!a', '!!str', '*a', '&a', '|', '>', '{a', '[a', 'a,b', 'a]', '"a', "'a", 'a"b', "a'b", 'a\\b'],
  ...[' lead', 'trail ', ' ', 'a\tb', '\t', 'a\u2028b', 'a\u2029b', 'a\x85b', 'a\x80b', 'a\x7fb', '\x00', '\x1b[0m'],
  ...['a\rb', 'a\r\nb', '\ufeffa', 'a\ufeff', 'x\ufffe', 'x\uffff', '😀', '漢字', 'é', '\u00a0'],
  ...['a\u00a0', 'os.environ/AZURE_API_KEY', 'https://x.openai.azure.com/', 'azure/gpt-4o', 'gpt-4o-2024-08-06'],
  ...['v1.2.3', '1.2.3', '10.0.0.1', 'model-1', 'inf', 'nan', 'Infinity', 'x'.repeat(2000), 'yes please', 'no.'],
];

/** Multi-line strings: literal blocks where exact, double quotes where not. */
const MULTILINE = [
  ...['a\nb', 'a\nb\n', 'a\nb\n\n', '\n', '\n\n', 'a\n', '\na', '\n\na\n', ' a\nb', ' a\nb\n', '  a\n b\n'],
  ...['a\n  b\n', 'a  \nb  ', 'a\t\n\tb\n', 'a\n \nb', 'a\n\n\nb\n', 'a\n ', 'a\n\t', '---\na\n', 'a\n---\nb\n'],
  ...['a\n...\n', '# c\nx: 1\n', 'a: b\nc: d\n', '\ta\nb', '\n\ta\nb', ' \ta\nb', 'a\n\tb', 'a\nb ', ' \na', '   \n a\n', '\n  a\nb\n', 'a\r\nb\n'],
  ...['a\u2028b\nc', 'yes\nno\n', '%YAML 1.1\n---\n'],
];

const LITELLM_CONFIG = `model_list:
- model_name: gpt-4o
  litellm_params:
    model: azure/gpt-4o
    api_key: os.environ/AZURE_API_KEY
    input_cost_per_token: 2.5e-06
  model_info:
    id: "yes"
litellm_settings:
  drop_params: true
  success_callback: ["langfuse"]  # trailing comment   
  note: |
    nested block
      more indented
general_settings: {}
`;

// ---------------------------------------------------------------------------------------

describe('toYaml strings', () => {
  it('quotes every string that some reader would resolve to another type', () => {
    for (const s of AMBIGUOUS) {
      expect(isAmbiguousPlain(s), s).toBe(true);
      expect(toYaml({ k: s }), s).toBe(`k: ${JSON.stringify(s)}\n`);
    }
    expectRoundTrip(AMBIGUOUS.flatMap(placements));
  });

  it('round-trips strings that need care for syntax or characters, in every position', () => {
    expectRoundTrip(TRICKY.flatMap(placements));
  });

  it('leaves ordinary strings plain', () => {
    for (const s of ['os.environ/AZURE_API_KEY', 'azure/gpt-4o', 'gpt-4o-2024-08-06', '1.2.3', '10.0.0.1', 'inf', 'yes please', 'a:b', '-a']) {
      expect(toYaml({ k: s })).toBe(`k: ${s}\n`);
    }
  });

  it('escapes characters YAML 1.1 readers mangle, as JSON escapes', () => {
    expect(toYaml({ k: 'a\tb' })).toBe('k: "a\\tb"\n');
    expect(toYaml({ k: 'a\x85b' })).toBe('k: "a\\u0085b"\n');
    expect(toYaml({ k: 'a\u2028b' })).toBe('k: "a\\u2028b"\n');
    expect(toYaml({ k: '\ufeffa' })).toBe('k: "\\ufeffa"\n');
    expect(toYaml({ k: 'a\x7f' })).toBe('k: "a\\u007f"\n');
    // Everything quoted is a JSON string literal.
    for (const s of [...AMBIGUOUS, ...TRICKY]) {
      const line = toYaml({ k: s });
      if (line.startsWith('k: "')) expect(JSON.parse(line.slice(3)), JSON.stringify(s)).toBe(s);
    }
  });

  it('writes multi-line strings as literal blocks that come back exactly', () => {
    expect(toYaml({ k: 'a\nb\n' })).toBe('k: |\n  a\n  b\n');
    expect(toYaml({ k: 'a\nb' })).toBe('k: |-\n  a\n  b\n');
    expect(toYaml({ k: '  a\nb\n' })).toBe('k: |2\n    a\n  b\n');
    expect(toYaml({ k: 'a  \nb\t\n' })).toBe('k: |\n  a  \n  b\t\n');
    // Keep chomping would be exact but hides content in trailing blank lines and would end
    // the document with more than one newline: double quotes instead.
    expect(toYaml({ k: 'a\n\n' })).toBe('k: "a\\n\\n"\n');
    expect(toYaml({ k: 'a\n  ' })).toBe('k: "a\\n  "\n');
    expect(toYaml({ 'a\nb': 1 })).toBe('"a\\nb": 1\n');
    expectRoundTrip(MULTILINE.flatMap(placements));
  });

  it('embeds a config file byte-identically, as a literal block', () => {
    const configMap = {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'proxy-config' },
      data: { 'config.yaml': LITELLM_CONFIG, 'generated.yaml': toYaml({ a: ['yes', 8e-7, { b: 'x\ny\n' }] }) },
    };
    const [text] = expectRoundTrip([configMap]);
    expect(text).toContain('  config.yaml: |\n    model_list:\n    - model_name: gpt-4o\n');
    expect(YAML.parse(text!).data['config.yaml']).toBe(LITELLM_CONFIG);
  });
});

describe('toYaml numbers', () => {
  const FLOATS: Array<[number, string]> = [
    [8e-7, '8.0e-07'],
    [1.55e-5, '1.55e-05'],
    [1e20, '1.0e+20'],
    [0.1, '0.1'],
    [98.5, '98.5'],
    [1000.988, '1000.988'],
    [5e-324, '5.0e-324'],
    [1.7976931348623157e308, '1.7976931348623157e+308'],
    [-2.5e-6, '-2.5e-06'],
    [0.0001, '0.0001'],
    [0.00001, '1.0e-05'],
    [1e16, '1.0e+16'],
    [2 ** 53, '9007199254740992.0'],
    [-(2 ** 60), '-1.152921504606847e+18'],
    [123456.789e-30, '1.23456789e-25'],
  ];

  it('writes floats as PyYAML does, so YAML 1.1 reads them as floats of the same value', () => {
    for (const [n, text] of FLOATS) expect(formatNumber(n), String(n)).toBe(text);
    expectRoundTrip(FLOATS.map(([n]) => n));
    expectRoundTrip([FLOATS.map(([n]) => n), { input_cost_per_token: 8e-7, rpm: 100 }]);
    // Why: PyYAML's float needs a dot and a signed exponent.
    const [plainJs] = pyLoadAll(['a: 8e-07\nb: 1e+20\n']);
    expect(plainJs!.safe).toEqual([['map', [[['str', 'a'], ['str', '8e-07']], [['str', 'b'], ['str', '1e+20']]]]]);
  });

  it('writes safe integers as integers and -0 as 0', () => {
    expect(toYaml([0, -0, 3, -17, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER])).toBe(
      '- 0\n- 0\n- 3\n- -17\n- 9007199254740991\n- -9007199254740991\n',
    );
    expectRoundTrip([[0, 3, -17, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER]]);
  });

  it('matches PyYAML’s own float representer on random doubles', () => {
    const doubles = fc
      .sample(fc.double({ noNaN: true, noDefaultInfinity: true }), { numRuns: 3000, seed: 42 })
      .concat(fc.sample(fc.double({ min: 1e-9, max: 1e4, noNaN: true }), { numRuns: 1000, seed: 7 }))
      .filter((n) => !(Number.isInteger(n) && Math.abs(n) <= Number.MAX_SAFE_INTEGER));
    // As strings: JSON would hand Python an int for 1e20.
    const represented = python<string>('represent', doubles.map(String));
    doubles.forEach((n, i) => expect(formatNumber(n), String(n)).toBe(represented[i]!.replace(/\n\.\.\.\n$/, '')));
    const texts = doubles.map((n) => toYaml(n));
    const py = pyLoadAll([texts.join('---\n')]);
    expect(py[0]!.safe).toEqual(doubles.map(typedOf));
  });

  it('refuses NaN and infinities, with the path', () => {
    for (const bad of [NaN, Infinity, -Infinity]) {
      expect(() => toYaml({ a: [1, { b: bad }] })).toThrow(YamlValueError);
      expect(() => toYaml({ a: [1, { b: bad }] })).toThrow(`at "/a/1/b"`);
    }
  });
});

describe('toYaml structure', () => {
  it('keeps key order, uses 2-space indent and kubectl-style sequences', () => {
    const value = {
      zeta: 1,
      alpha: { y: true, x: null },
      spec: { containers: [{ name: 'proxy', args: ['--port', '4000'], env: [] }], volumes: {} },
    };
    expect(toYaml(value)).toBe(
      [
        'zeta: 1',
        'alpha:',
        '  "y": true', // go-yaml v2 reads a plain y key as true
        '  x: null',
        'spec:',
        '  containers:',
        '  - name: proxy',
        '    args:',
        '    - --port',
        '    - "4000"',
        '    env: []',
        '  volumes: {}',
        '',
      ].join('\n'),
    );
  });

  it('is deterministic and never writes anchors or aliases', () => {
    const shared = { model: 'm', params: ['a', 'b'] };
    const value = { one: shared, two: shared, list: [shared, shared] };
    const text = toYaml(value);
    expect(toYaml(value)).toBe(text);
    expect(toYaml(structuredClone(value))).toBe(text);
    expect(text).not.toMatch(/[&*]/);
    expect(YAML.parse(text)).toEqual(value);
  });

  it('does not fold long lines', () => {
    const long = Array.from({ length: 100 }, (_, i) => `word${i}`).join(' ');
    expect(toYaml({ k: long })).toBe(`k: ${long}\n`);
    expect(toYaml({ k: long + ': x' })).toBe(`k: ${JSON.stringify(long + ': x')}\n`);
  });

  it('writes streams as documents separated by ---', () => {
    expect(toYamlStream([{ a: 1 }, 'yes', [], { b: 'x\ny\n' }])).toBe('a: 1\n---\n"yes"\n---\n[]\n---\nb: |\n  x\n  y\n');
    expect(toYamlStream([])).toBe('');
    const docs = [{ a: 1 }, 'x\n', 8e-7, null, { '---': '...' }];
    const [py] = pyLoadAll([toYamlStream(docs)]);
    expect(py!.safe).toEqual(docs.map(typedOf));
    expect(libLoadAll(toYamlStream(docs), '1.2')).toEqual(docs.map(typedOf));
  });

  it('refuses anything that is not plain data, with the path', () => {
    class Model {
      name = 'x';
    }
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = { back: cyclic };
    const cases: Array<[unknown, string]> = [
      [{ a: { b: undefined } }, '/a/b'],
      [{ a: [1, 2n] }, '/a/1'],
      [{ 'a/b': { '~': () => 1 } }, '/a~1b/~0'],
      [{ a: new Date(0) }, '/a'],
      [{ a: new Map() }, '/a'],
      [[new Model()], '/0'],
      [{ a: Symbol('s') }, '/a'],
      [{ a: ['ok', 'x\ud800'] }, '/a/1'],
      [{ 'k\udc00': 1 }, '/k\udc00'],
      [cyclic, '/self/back'],
    ];
    for (const [value, path] of cases) {
      expect(() => toYaml(value)).toThrow(`at "${path}"`);
    }
    expect(() => toYamlStream([{}, { a: undefined }])).toThrow('at "/1/a"');
    expect(toYaml(Object.assign(Object.create(null) as object, { a: 1 }))).toBe('a: 1\n');
  });
});

// ---------------------------------------------------------------------------------------
// Properties

const UNITS = [
  ...[':', '#', '-', '"', "'", '\n', ' ', '\t', 'a', 'Z', '0', '1', '.', 'e', '_', '|', '>', '&', '*', '!', '%', '@'],
  ...['`', '?', ',', '[', ']', '{', '}', '~', '\\', '=', '<', '+', 'é', '漢', '😀', '\u2028', '\u0085', '\ufeff', '\r'],
  ...['\x00', '\x7f', '\u00a0', '---', '...', '- ', ': ', ' #'],
];
const KEYWORDS = ['yes', 'no', 'on', 'off', 'y', 'n', 'true', 'null', '~', '<<', '=', '1e5', '0x1F', '0777', '1:30', '.inf'];

const str = fc.oneof(
  fc.string({ unit: fc.constantFrom(...UNITS), maxLength: 12 }),
  fc.constantFrom(...KEYWORDS),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
);
const num = fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.double({ noNaN: true, noDefaultInfinity: true }));
const { value: jsonLike } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    str,
    num,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(str, tie('value'), { maxKeys: 4 }),
  ),
}));

describe('toYaml properties', () => {
  it('round-trips random JSON-like values through the yaml package (1.2 and 1.1)', () => {
    fc.assert(
      fc.property(jsonLike, (value) => {
        const text = toYaml(value);
        expect(text.endsWith('\n') && !text.endsWith('\n\n'), text).toBe(true);
        expect(toYaml(value)).toBe(text);
        expect(libLoadAll(text, '1.2'), text).toEqual([typedOf(value)]);
        expect(libLoadAll(text, '1.1'), text).toEqual([typedOf(value)]);
      }),
      { numRuns: 1000 },
    );
  });

  it('round-trips 200 random JSON-like values through PyYAML', () => {
    expectRoundTrip(fc.sample(jsonLike, { numRuns: 200, seed: 20240806 }));
  });

  // Strings made of number, date and keyword pieces, where the readers' rules differ most.
  const numericish = fc.string({
    unit: fc.constantFrom(...'0123456789_-+.:eExXoObBpP T Z'.split(''), 'inf', 'nan', 'NaN', 'Infinity', '2001-12-14', 'yes', 'on'),
    maxLength: 7,
  });
  const samples = [...new Set(fc.sample(numericish, { numRuns: 2500, seed: 1 }))];

  it('quotes whatever PyYAML’s implicit resolvers would not read as a string', () => {
    const tags = python<string>('resolve', samples);
    samples.forEach((s, i) => {
      if (tags[i] !== 'tag:yaml.org,2002:str') expect(isAmbiguousPlain(s), `${s} → ${tags[i]}`).toBe(true);
    });
  });

  it('quotes whatever the yaml package’s 1.2 core or 1.1 schema would not read as a string', () => {
    const libTests = [new Document(null, { version: '1.2' }), new Document(null, { version: '1.1' })].flatMap((d) =>
      d.schema.tags.flatMap((t) => ('test' in t && t.test instanceof RegExp && t.default ? [t.test] : [])),
    );
    expect(libTests.length).toBeGreaterThan(10);
    for (const s of [...samples, ...AMBIGUOUS, ...TRICKY]) {
      if (libTests.some((re) => re.test(s))) expect(isAmbiguousPlain(s), s).toBe(true);
    }
  });

  it('round-trips those strings through every reader', () => {
    expectRoundTrip(samples.map((s) => ({ [s]: s, list: [s] })));
  });
});
