import { parseAllDocuments, type Document, type DocumentOptions, type EmptyStream, type ParseOptions, type ScalarTag, type SchemaOptions } from "yaml";

/*
 * The YAML parser as this compiler calls it: the first parse (parse.ts) and the re-parse that
 * locates a pointer (locate.ts) must agree, so both go through here.
 */

export interface Position {
  line: number;
  column: number;
}

/** YAML 1.2 core's float forms (and YAML 1.1's, which PyYAML reads the same for these). */
const FLOAT_FORM = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;

/**
 * An explicit `!!float`. The `yaml` package resolves `!!float 1` to the string "1" (its float
 * tags only match literals with a dot or an exponent); PyYAML, which LiteLLM uses, reads the
 * float 1.0. A tag without `test` is chosen for explicit tags only, so plain scalars are
 * resolved as before. A value that is no float is a located error.
 */
const explicitFloatTag: ScalarTag = {
  tag: "tag:yaml.org,2002:float",
  resolve(str, onError) {
    if (FLOAT_FORM.test(str)) return Number(str);
    if (/^[-+]?\.(?:inf|Inf|INF)$/.test(str)) return str.startsWith("-") ? -Infinity : Infinity;
    if (/^\.(?:nan|NaN|NAN)$/.test(str)) return NaN;
    onError(`!!float ${JSON.stringify(str)} is not a number`);
    return str;
  },
};

/** The parser's options: the first parse and the re-parse that locates a pointer must agree. */
export const PARSE_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  // yaml's own check compares each key with every earlier one: minutes for a mapping of
  // 100,000 keys. walkNodes() in parse.ts does the same in linear time.
  uniqueKeys: false,
  prettyErrors: false,
  strict: true,
  // Warnings (a collection used as a key, an unknown tag) would go to process.emitWarning.
  logLevel: "error" as const,
  // LiteLLM reads config.yaml with PyYAML (YAML 1.1), which applies merge keys (`<<: *base`):
  // so do we, in every block, typed fields included, rather than keep a literal "<<" key.
  merge: true,
  customTags: [explicitFloatTag],
};

export function parseYaml(text: string): Document.Parsed[] | EmptyStream {
  return parseAllDocuments(text, PARSE_OPTIONS) as Document.Parsed[] | EmptyStream;
}

/**
 * Line and column (from 1) of an offset, counted from the text's line feeds: the lines an
 * editor shows. (yaml's own LineCounter misses a line after a tab-indented line inside a plain
 * scalar, and then places later errors on the line before, past its end.) The index of line
 * starts is built on the first call.
 */
export function positionsIn(text: string): (offset: number) => Position {
  let starts: number[] | undefined;
  return (offset) => {
    if (!starts) {
      starts = [0];
      for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    }
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  };
}

