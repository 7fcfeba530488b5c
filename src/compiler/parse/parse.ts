import { Parser, isMap, isPair, isScalar, isSeq, parseAllDocuments, visit, type Alias, type CST, type Document, type EmptyStream, type Node as YamlNode, type Scalar } from "yaml";
import { diagnose, type Diagnostic, type Location, type Report } from "../diagnostics.js";
import type { SourceFile } from "../read/source.js";
import { locateIn, Locator, NAME_POINTER, type ParsedDocument } from "./locate.js";
import { PARSE_OPTIONS, positionsIn, type Position } from "./yaml.js";

/** Aliases may be used, but not to multiply a small file into a huge value (billion laughs). */
const MAX_ALIAS_COUNT = 100;
/** Deeper than any real manifest; far below what would exhaust the stack in later stages. */
export const MAX_DEPTH = 64;

/**
 * What a parse gives: also the input of the parse cache (cache.ts), which must be
 * invalidated when anything here changes what a text parses to. Bump it with such a change.
 */
export const PARSE_SEMANTICS = `yaml strict, uniqueKeys off, maxAliasCount ${MAX_ALIAS_COUNT}, maxDepth ${MAX_DEPTH}, float range checked, explicit !!float, integral floats`;

/** One file's YAML documents as plain data, each able to locate its pointers; what is wrong with them, reported. */
export function parseSource(source: SourceFile, report: Report): ParsedDocument[] {
  const documents: ParsedDocument[] = [];
  let yamlDocs: Document.Parsed[] | EmptyStream;
  try {
    // Not through parseYaml(): a frame more moves where a pathologically deep file exhausts
    // the stack, and with it the position of its LG1007.
    yamlDocs = parseAllDocuments(source.text, PARSE_OPTIONS) as Document.Parsed[] | EmptyStream;
  } catch (error) {
    // The parser recurses per nesting level; a pathological file can exhaust the stack.
    if (error instanceof RangeError) {
      report(tooDeep(source.path, 1, 1));
      return documents;
    }
    throw error;
  }
  // parseAllDocuments returns an EmptyStream (not an array) for a file with no documents.
  if (!Array.isArray(yamlDocs)) return documents;

  const at = positionsIn(source.text);

  // Aliases need a `*`: without one, no document can expand (or fail to resolve) an alias.
  const mayHaveAliases = source.text.includes("*");
  const locator = new Locator(source.text);
  yamlDocs.forEach((doc, index) => {
    const problems = doc.errors;
    const { duplicates, depth } = problems.length === 0 ? walkNodes(doc) : { duplicates: [], depth: 0 };
    for (const { key, first } of duplicates) {
      const firstLine = at(first.range![0]).line;
      report(
        diagnose("LG1004", { file: source.path, ...at(key.range![0]), pointer: "" }, "duplicate", { key: JSON.stringify(String(key.value)), firstLine }),
      );
    }
    if (duplicates.length > 0) return;
    // yaml turns a stack overflow while composing into an ordinary error: too deep, not a syntax error.
    const overflow = problems.find((p) => p.message.includes("Maximum call stack size exceeded"));
    if (overflow) {
      // Where the stack ran out depends on the stack; the first level past the limit does not.
      const { line, column } = at(firstTooDeepOffset(source.text, index) ?? overflow.pos[0]);
      report(tooDeep(source.path, line, column));
      return;
    }
    if (problems.length > 0) {
      for (const problem of problems) {
        // An unclosed quote is reported where the file ends; the opening quote is what the user must fix.
        const opening = problem.code === "MISSING_CHAR" && problem.message.includes("quote") ? unclosedQuoteStart(doc, problem.pos[0]) : undefined;
        const { line, column } = at(opening ?? problem.pos[0]);
        report(
          diagnose("LG1003", { file: source.path, line, column, pointer: "" }, opening !== undefined ? "unclosedQuote" : "syntax", { problem: firstLine(problem.message) }),
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
        report(tooDeep(source.path, start.line, start.column));
        return;
      }
      if (error instanceof ReferenceError) {
        const alias = failedAlias.node?.range ? at(failedAlias.node.range[0]) : start;
        const unresolved = error.message.startsWith("Unresolved alias");
        report(
          unresolved
            ? diagnose("LG1003", { file: source.path, ...alias, pointer: "" }, "unresolvedAlias", { alias: failedAlias.node?.source ?? "" })
            : diagnose("LG1005", { file: source.path, ...alias, pointer: "" }, "tooMany", { problem: firstLine(error.message), max: MAX_ALIAS_COUNT }),
        );
        return;
      }
      throw error;
    }
    const floats: string[] = [];
    const exotic = exoticNodes(doc, floats);
    if (exotic.length > 0) {
      for (const { node, problem } of exotic) report(problem({ file: source.path, ...at(node.range![0]), pointer: "" }));
      return;
    }
    // Without aliases the value nests exactly as the nodes do: only a deep tree needs the exact search.
    const deep = mayHaveAliases || depth > MAX_DEPTH ? findTooDeep(value) : undefined;
    if (deep !== undefined) {
      const position = locateIn(doc, deep, "value", at);
      report(tooDeep(source.path, position.line, position.column));
      return;
    }
    documents.push(locator.document(source.path, index, value, locateIn(doc, NAME_POINTER, "value", at), floats));
  });
  return documents;
}

/** What parseSource found in a text that gave no diagnostic: enough to rebuild its documents. */
export interface ParsedText {
  /** Each document's value. */
  values: unknown[];
  /** Each document's position of metadata.name (as `locate("/metadata/name")` gives it). */
  names: Position[];
  /** Each document's pointers of integral floats (ParsedDocument.floats). */
  floats?: string[][];
}

/** The plain parts of a clean parse, for the parse cache. */
export function parsedText(documents: readonly ParsedDocument[]): ParsedText {
  return { values: documents.map((d) => d.value), names: documents.map((d) => d.locate(NAME_POINTER)), floats: documents.map((d) => [...(d.floats ?? [])]) };
}

/**
 * Documents of a text parsed before (by a run that cached the result, cache.ts): the
 * same values, located in the same text. Only for texts whose parse gave no diagnostic.
 */
export function documentsOf(source: SourceFile, parsed: ParsedText): ParsedDocument[] {
  const locator = new Locator(source.text);
  return parsed.values.map((value, index) => locator.document(source.path, index, value, parsed.names[index], parsed.floats?.[index] ?? []));
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
  return diagnose("LG1007", { file, line, column, pointer: "" }, "tooDeep", { max: MAX_DEPTH });
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

function firstLine(message: string): string {
  return message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
}

/**
 * A float that a JavaScript number cannot tell from an integer: `!!float 1`, `1.0`, `2e3`.
 * PyYAML reads a float, and so must LiteLLM from the config.yaml we write (ParsedDocument.floats).
 */
function isIntegralFloat(node: YamlNode): boolean {
  if (!isScalar(node) || typeof node.value !== "number" || !Number.isInteger(node.value)) return false;
  if (node.tag === "tag:yaml.org,2002:float") return true;
  return node.tag === undefined && node.type === "PLAIN" && /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/.test(node.source ?? "") && /[.eE]/.test(node.source ?? "");
}

/** The JSON pointer of a node, from its ancestors as `visit` gives them (document, collections, pairs). */
function pointerOf(path: readonly unknown[], node: unknown): string {
  let pointer = "";
  const chain = [...path, node];
  for (let i = 0; i < chain.length - 1; i++) {
    const parent = chain[i];
    const child = chain[i + 1];
    if (isSeq(parent)) pointer += "/" + parent.items.indexOf(child as never);
    else if (isPair(parent) && child === parent.value) pointer += "/" + String(isScalar(parent.key) ? parent.key.value : parent.key).replace(/~/g, "~0").replace(/\//g, "~1");
  }
  return pointer;
}

/** The tags of plain data (YAML 1.2's core schema): what JSON, our schemas and config.yaml can hold. */
const PLAIN_TAGS = new Set(["str", "int", "float", "bool", "null", "map", "seq"].map((t) => `tag:yaml.org,2002:${t}`));

interface Exotic {
  node: YamlNode;
  problem: (at: Location) => Diagnostic;
}

/**
 * Nodes whose value plain data cannot hold, or would hold wrongly: a tag outside the core
 * schema (`!!binary`, `!!set`, `!!omap`, `!!timestamp`, a custom `!Ref`, `!!python/…`), which
 * would otherwise crash the output stage or be silently reduced to a string; and an integer
 * beyond 2^53, which a JavaScript number cannot hold exactly (`tpm: 9007199254740993` would
 * be written as …992); a number literal beyond the range of a double (`1e400`, read as
 * infinity, though no `.inf` was written) or non-zero but nearer to zero than the smallest
 * (`1e-400`, read as 0: a price that makes a model free), as PyYAML would read them too.
 */
function exoticNodes(doc: Document.Parsed, floats: string[]): Exotic[] {
  const found: Exotic[] = [];
  visit(doc, {
    Node(_key, node, path) {
      if (!node.range) return;
      if (isIntegralFloat(node)) floats.push(pointerOf(path, node));
      if (node.tag !== undefined && !PLAIN_TAGS.has(node.tag)) {
        const tag = node.tag.replace(/^tag:yaml\.org,2002:/, "!!");
        found.push({ node, problem: (at) => diagnose("LG1021", at, "tag", { tag }) });
        return;
      }
      if (isScalar(node) && typeof node.value === "number" && Number.isInteger(node.value) && !Number.isSafeInteger(node.value) && /^[-+]?[0-9_]+$/.test(node.source ?? "")) {
        const source = node.source ?? ""; // the test above matched it
        found.push({ node, problem: (at) => diagnose("LG1022", at, "unsafeInteger", { source }) });
      } else if (isScalar(node) && typeof node.value === "number" && node.source !== undefined) {
        const source = node.source;
        const range = !Number.isFinite(node.value) && !/^[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)$/.test(source)
          ? "overflow"
          : node.value === 0 && /[1-9]/.test(source.split(/[eE]/)[0]!)
            ? "underflow"
            : undefined;
        if (range !== undefined) found.push({ node, problem: (at) => diagnose("LG1022", at, range, { source }) });
      }
    },
  });
  return found;
}
