import {
  Document,
  type EmptyStream,
  isMap,
  isPair,
  isScalar,
  isSeq,
  Parser,
  type CST,
  parseAllDocuments,
  type Alias,
  type Node,
  type Pair,
  type Scalar,
  type YAMLMap,
  type ParsedNode,
  visit,
} from "yaml";
import { diagnostic, type Diagnostic } from "./diagnostics.js";
import { fromPointer } from "./pointer.js";
import type { SourceFile } from "./source.js";

/** Aliases may be used, but not to multiply a small file into a huge value (billion laughs). */
const MAX_ALIAS_COUNT = 100;
/** Deeper than any real manifest; far below what would exhaust the stack in later stages. */
export const MAX_DEPTH = 64;

export interface Position {
  line: number;
  column: number;
}

export type LocateTarget = "key" | "value";

/** One YAML document of a file, as plain data, able to say where any pointer in it came from. */
export interface ParsedDocument {
  file: string;
  /** 0-based index of the document within its file. */
  index: number;
  value: unknown;
  locate(pointer: string, target?: LocateTarget): Position;
}

export interface ParseResult {
  documents: ParsedDocument[];
  diagnostics: Diagnostic[];
}

/** The parser's options: the first parse and the re-parse that locates a pointer must agree. */
const PARSE_OPTIONS = {
  // yaml's own check compares each key with every earlier one: minutes for a mapping of
  // 100,000 keys. walkNodes() below does the same in linear time.
  uniqueKeys: false,
  prettyErrors: false,
  strict: true,
  // Warnings (a collection used as a key, an unknown tag) would go to process.emitWarning.
  logLevel: "error",
} as const;

function parseYaml(text: string): Document.Parsed[] | EmptyStream {
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

/**
 * What a parse gives: also the input of the parse cache (parse-cache.ts), which must be
 * invalidated when anything here changes what a text parses to. Bump it with such a change.
 */
export const PARSE_SEMANTICS = `yaml strict, uniqueKeys off, maxAliasCount ${MAX_ALIAS_COUNT}, maxDepth ${MAX_DEPTH}`;

export function parseSource(source: SourceFile): ParseResult {
  const diagnostics: Diagnostic[] = [];
  const documents: ParsedDocument[] = [];
  let yamlDocs: Document.Parsed[] | EmptyStream;
  try {
    // Not through parseYaml(): a frame more moves where a pathologically deep file exhausts
    // the stack, and with it the position of its LG1007.
    yamlDocs = parseAllDocuments(source.text, PARSE_OPTIONS) as Document.Parsed[] | EmptyStream;
  } catch (error) {
    // The parser recurses per nesting level; a pathological file can exhaust the stack.
    if (error instanceof RangeError) {
      return { documents, diagnostics: [tooDeep(source.path, 1, 1)] };
    }
    throw error;
  }
  // parseAllDocuments returns an EmptyStream (not an array) for a file with no documents.
  if (!Array.isArray(yamlDocs)) return { documents, diagnostics };

  const at = positionsIn(source.text);

  // Aliases need a `*`: without one, no document can expand (or fail to resolve) an alias.
  const mayHaveAliases = source.text.includes("*");
  const locator = new Locator(source.text);
  yamlDocs.forEach((doc, index) => {
    const problems = doc.errors;
    const { duplicates, depth } = problems.length === 0 ? walkNodes(doc) : { duplicates: [], depth: 0 };
    for (const { key, first } of duplicates) {
      const firstLine = at(first.range![0]).line;
      diagnostics.push(
        diagnostic(
          "LG1004",
          { file: source.path, ...at(key.range![0]), pointer: "" },
          `duplicate key ${JSON.stringify(String(key.value))}; the first is on line ${firstLine}`,
          "Remove or rename one of the two keys: YAML readers disagree on which one wins.",
        ),
      );
    }
    if (duplicates.length > 0) return;
    // yaml turns a stack overflow while composing into an ordinary error: too deep, not a syntax error.
    const overflow = problems.find((p) => p.message.includes("Maximum call stack size exceeded"));
    if (overflow) {
      // Where the stack ran out depends on the stack; the first level past the limit does not.
      const { line, column } = at(firstTooDeepOffset(source.text, index) ?? overflow.pos[0]);
      diagnostics.push(tooDeep(source.path, line, column));
      return;
    }
    if (problems.length > 0) {
      for (const problem of problems) {
        // An unclosed quote is reported where the file ends; the opening quote is what the user must fix.
        const opening = problem.code === "MISSING_CHAR" && problem.message.includes("quote") ? unclosedQuoteStart(doc, problem.pos[0]) : undefined;
        const { line, column } = at(opening ?? problem.pos[0]);
        diagnostics.push(
          diagnostic(
            "LG1003",
            { file: source.path, line, column, pointer: "" },
            firstLine(problem.message) + (opening !== undefined ? " for the string that starts here" : ""),
            "Fix the YAML syntax at this position; `yamllint` or an editor with YAML support shows the structure.",
          ),
        );
      }
      return;
    }
    let value: unknown;
    let failedAlias: { node?: Alias } = {};
    try {
      if (mayHaveAliases) failedAlias = watchAliases(doc);
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      const start = at(doc.range[0]);
      if (error instanceof RangeError) {
        diagnostics.push(tooDeep(source.path, start.line, start.column));
        return;
      }
      if (error instanceof ReferenceError) {
        const alias = failedAlias.node?.range ? at(failedAlias.node.range[0]) : start;
        const unresolved = error.message.startsWith("Unresolved alias");
        diagnostics.push(
          unresolved
            ? diagnostic(
                "LG1003",
                { file: source.path, ...alias, pointer: "" },
                `alias *${failedAlias.node?.source ?? ""} refers to no anchor defined before it`,
                "Define the anchor (&name) before the alias (*name), or write the value out.",
              )
            : diagnostic(
                "LG1005",
                { file: source.path, ...alias, pointer: "" },
                firstLine(error.message),
                `Write the repeated values out; an alias may be expanded at most ${MAX_ALIAS_COUNT} times.`,
              ),
        );
        return;
      }
      throw error;
    }
    // Without aliases the value nests exactly as the nodes do: only a deep tree needs the exact search.
    const deep = mayHaveAliases || depth > MAX_DEPTH ? findTooDeep(value) : undefined;
    if (deep !== undefined) {
      const position = locateIn(doc, deep, "value", at);
      diagnostics.push(tooDeep(source.path, position.line, position.column));
      return;
    }
    documents.push(locator.document(source.path, index, value, locateIn(doc, NAME_POINTER, "value", at)));
  });
  return { documents, diagnostics };
}

/**
 * Where `metadata.name` is: the resolver records it for every resource (the IR's `source`),
 * so it is located while the tree is at hand, and a clean build parses no file twice.
 */
const NAME_POINTER = "/metadata/name";

/** What parseSource found in a text that gave no diagnostic: enough to rebuild its documents. */
export interface ParsedText {
  /** Each document's value. */
  values: unknown[];
  /** Each document's position of metadata.name (as `locate("/metadata/name")` gives it). */
  names: Position[];
}

/** The plain parts of a clean parse, for the parse cache. */
export function parsedText(documents: readonly ParsedDocument[]): ParsedText {
  return { values: documents.map((d) => d.value), names: documents.map((d) => d.locate(NAME_POINTER)) };
}

/**
 * Documents of a text parsed before (by a run that cached the result, parse-cache.ts): the
 * same values, located in the same text. Only for texts whose parse gave no diagnostic.
 */
export function documentsOf(source: SourceFile, parsed: ParsedText): ParsedDocument[] {
  const locator = new Locator(source.text);
  return parsed.values.map((value, index) => locator.document(source.path, index, value, parsed.names[index]));
}

/** Files whose parse trees are kept for locating, most recently used last. */
const recentTrees: Locator[] = [];
const RECENT_TREES = 8;

/**
 * Positions of one file's documents. The YAML node trees are not kept after parsing (for
 * 10,000 files they cost 100+ MB and much of the run's GC): the first `locate`, which a
 * diagnostic needs, parses the text again, the same way, and the trees of the few files
 * located last are kept for the next diagnostics.
 */
class Locator {
  private trees: Document.Parsed[] | undefined;
  private at: ((offset: number) => Position) | undefined;

  constructor(private readonly text: string) {}

  document(file: string, index: number, value: unknown, name: Position | undefined): ParsedDocument {
    return {
      file,
      index,
      value,
      locate: (pointer, target = "value") =>
        name !== undefined && pointer === NAME_POINTER && target === "value" ? { ...name } : this.locate(index, pointer, target),
    };
  }

  private locate(index: number, pointer: string, target: LocateTarget): Position {
    if (!this.trees || !this.at) {
      const parsed = parseYaml(this.text);
      this.trees = Array.isArray(parsed) ? parsed : [];
      this.at = positionsIn(this.text);
      recentTrees.push(this);
      if (recentTrees.length > RECENT_TREES) recentTrees.shift()!.trees = undefined;
    } else {
      const i = recentTrees.indexOf(this);
      if (i >= 0 && i < recentTrees.length - 1) recentTrees.push(...recentTrees.splice(i, 1));
    }
    const doc = this.trees[index];
    // Unreachable: the same text parses to the same documents.
    if (!doc) return { line: 1, column: 1 };
    return locateIn(doc, pointer, target, this.at);
  }
}

/**
 * One pass over a document's nodes. `duplicates`: the second and later occurrences of a key
 * in each mapping, in document order; keys are compared as the plain data sees them (`1` and
 * `"1"` are the same property). `depth`: how deep collections nest (the top one is 0), an
 * upper bound of how deep the plain value nests when no alias expands. Iterative, so that
 * neither a wide nor a deep document can make this slow or overflow the stack.
 */
function walkNodes(doc: Document.Parsed): { duplicates: Array<{ key: Scalar; first: Scalar }>; depth: number } {
  const duplicates: Array<{ key: Scalar; first: Scalar }> = [];
  let depth = 0;
  const stack: Array<{ node: unknown; depth: number }> = [{ node: doc.contents, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth: here } = stack.pop()!;
    if (isMap(node)) {
      if (here > depth) depth = here;
      const seen = new Map<string, Scalar>();
      for (const pair of node.items) {
        const key = pair.key;
        if (isScalar(key)) {
          const name = String(key.value);
          const first = seen.get(name);
          if (first && key.range && first.range) duplicates.push({ key, first });
          else seen.set(name, key);
        } else if (key) {
          stack.push({ node: key, depth: here + 1 });
        }
        stack.push({ node: pair.value, depth: here + 1 });
      }
    } else if (isSeq(node)) {
      if (here > depth) depth = here;
      for (const item of node.items) stack.push({ node: item, depth: here + 1 });
    }
  }
  return { duplicates: duplicates.sort((a, b) => a.key.range![0] - b.key.range![0]), depth };
}

/**
 * yaml's alias errors carry no position. Each alias node of the document reports itself when
 * its resolution throws, so the diagnostic can point at the alias that went too far.
 */
function watchAliases(doc: Document.Parsed): { node?: Alias } {
  const failed: { node?: Alias } = {};
  visit(doc, {
    Alias(_key, node) {
      const resolve = node.toJSON;
      node.toJSON = function (this: Alias, ...args: Parameters<Alias["toJSON"]>) {
        try {
          return resolve.apply(this, args);
        } catch (error) {
          failed.node ??= this;
          throw error;
        }
      };
    },
  });
  return failed;
}

/** Offset of the opening quote of a quoted scalar that runs up to `end` unclosed. */
function unclosedQuoteStart(doc: Document.Parsed, end: number): number | undefined {
  let start: number | undefined;
  visit(doc, {
    Scalar(_key, node) {
      const quoted = node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE";
      if (quoted && node.range && node.range[0] < end && node.range[1] >= end - 1) start = node.range[0];
    },
  });
  return start;
}

function tooDeep(file: string, line: number, column: number): Diagnostic {
  return diagnostic(
    "LG1007",
    { file, line, column, pointer: "" },
    `nesting deeper than ${MAX_DEPTH} levels`,
    "No LiteLLM or Kubernetes resource nests this deep; check for a generated or corrupted file.",
  );
}

/**
 * Where the first collection nested deeper than MAX_DEPTH starts in document `index` of a
 * text, in the order findTooDeep() visits values; from yaml's concrete syntax tree, which,
 * unlike its documents, is built without recursion: for a file too deep to compose.
 */
function firstTooDeepOffset(text: string, index: number): number | undefined {
  let documentIndex = -1;
  for (const token of new Parser().parse(text)) {
    if (token.type !== "document" || ++documentIndex !== index) continue;
    const stack: Array<{ token: CST.Token | undefined; depth: number }> = [{ token: token.value, depth: 0 }];
    while (stack.length > 0) {
      const { token: node, depth } = stack.pop()!;
      if (node?.type !== "block-map" && node?.type !== "block-seq" && node?.type !== "flow-collection") continue;
      if (depth > MAX_DEPTH) return node.offset;
      for (const item of node.items) stack.push({ token: item.value, depth: depth + 1 });
    }
    return undefined;
  }
  return undefined;
}

/** Iterative, so that the check itself cannot overflow. Returns the pointer of the first too-deep value. */
function findTooDeep(value: unknown): string | undefined {
  const stack: Array<{ value: unknown; depth: number; pointer: string }> = [{ value, depth: 0, pointer: "" }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (item.value === null || typeof item.value !== "object") continue;
    if (item.depth > MAX_DEPTH) return item.pointer;
    const entries = Array.isArray(item.value)
      ? item.value.map((v, i) => [String(i), v] as const)
      : Object.entries(item.value);
    for (const [key, child] of entries) {
      stack.push({ value: child, depth: item.depth + 1, pointer: `${item.pointer}/${key}` });
    }
  }
  return undefined;
}

/**
 * Position of the node a pointer names. When the pointer goes further than the document
 * (a missing required field), the deepest existing node on the way stands in for it.
 */
function locateIn(
  doc: Document.Parsed,
  pointer: string,
  target: LocateTarget,
  at: (offset: number) => Position,
): Position {
  let node: Node | null | undefined = doc.contents as ParsedNode | null;
  let keyNode: Node | undefined;
  for (const segment of fromPointer(pointer)) {
    if (isMap(node)) {
      const pair = pairOf(node, segment);
      if (!pair) break;
      keyNode = pair.key as Node;
      node = pair.value as Node | null;
      if (node === null) {
        node = undefined;
        break;
      }
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)];
      if (item === undefined) break;
      keyNode = undefined;
      node = item as Node;
    } else {
      break;
    }
  }
  const chosen = target === "key" && keyNode ? keyNode : (node ?? keyNode);
  const offset = chosen?.range?.[0] ?? doc.range[0];
  return at(offset);
}

/** The pair of a key in a mapping; the last occurrence wins, as in the plain data. */
function pairOf(map: YAMLMap, key: string): Pair | undefined {
  // A short mapping (most are) is scanned: cheaper than building its index.
  if (map.items.length > 8) return keyIndex(map).get(key);
  for (let i = map.items.length - 1; i >= 0; i--) {
    const pair = map.items[i];
    if (isPair(pair) && scalarKey(pair.key) === key) return pair as Pair;
  }
  return undefined;
}

const keyIndexes = new WeakMap<object, Map<string, Pair>>();

/** A mapping's pairs by key, built once: locating every one of many diagnostics stays linear. */
function keyIndex(map: YAMLMap): Map<string, Pair> {
  let index = keyIndexes.get(map);
  if (!index) {
    index = new Map();
    for (const pair of map.items) {
      const key = isPair(pair) ? scalarKey(pair.key) : undefined;
      // The last occurrence wins, as in the plain data.
      if (key !== undefined) index.set(key, pair as Pair);
    }
    keyIndexes.set(map, index);
  }
  return index;
}

function scalarKey(key: unknown): string | undefined {
  return isScalar(key) ? String(key.value) : undefined;
}

function firstLine(message: string): string {
  return message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
}
